package id.pug.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceRegistryTest {

  // shared/reference/data/SOURCES.md: S1-S15 data sources, P1-P25 web pages; five seed reports.
  static List<String> expectedIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      ids.add("S" + i);
    }
    for (int i = 1; i <= 25; i++) {
      ids.add("P" + i);
    }
    for (int i = 0; i <= 4; i++) {
      ids.add("SEED-00" + i);
    }
    return ids;
  }

  @Test
  void shipped_holdsEverySourceOfTheSharedNotes() {
    SourceRegistry registry = SourceRegistry.shipped();

    assertThat(registry.all().keySet()).containsAll(expectedIds());
    assertThat(registry.all().keySet())
        .allSatisfy(id -> assertThat(id).matches("S\\d+|P\\d+|SEED-\\d{3}|REF-[A-Z]+"));
    assertThat(registry.all().values()).allSatisfy(s -> assertThat(s.title()).isNotBlank());
    assertThat(registry.all()).hasSize(expectedIds().size() + 3);
  }

  @Test
  void shipped_keepsFileOrder() {
    assertThat(SourceRegistry.shipped().all().keySet()).startsWith("S1", "S2", "S3");
  }

  @Test
  void shipped_webPagesHaveTheirAddress() {
    SourceRegistry registry = SourceRegistry.shipped();

    assertThat(registry.find("P1").orElseThrow().url())
        .contains(
            URI.create(
                "http://www.kla.id/bimtek-sistem-informasi-online-perlindungan-perempuan-dan-anak-simfoni-ppa-2017/"));
    assertThat(registry.find("SEED-002").orElseThrow().title()).contains("Banjarbaru");
    assertThat(registry.find("S99")).isEmpty();
  }

  @Test
  void resolve_readsUrlsAndIds() {
    SourceRegistry registry = SourceRegistry.shipped();

    assertThat(registry.resolve("S4")).isSameAs(registry.find("S4").orElseThrow());
    assertThat(registry.resolve("https://example.org/a").url())
        .contains(URI.create("https://example.org/a"));
  }

  @Test
  void resolve_rejectsAnUnknownId() {
    assertThatThrownBy(() -> SourceRegistry.shipped().resolve("S99"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Source")
        .hasMessageContaining("\"S99\"");
  }

  @Test
  void load_readsARegistry() {
    SourceRegistry registry =
        SourceRegistry.load(
            TextSource.ofString(
                "s.csv", "id,title,url\nS1,\"a, b\",https://x.org\nREF-X,notes,\n"));

    assertThat(registry.all().keySet()).containsExactly("S1", "REF-X");
    assertThat(registry.find("S1").orElseThrow().title()).isEqualTo("a, b");
    assertThat(registry.find("REF-X").orElseThrow().url()).isEmpty();
  }

  @Test
  void load_rejectsADuplicateId() {
    assertThatThrownBy(
            () ->
                SourceRegistry.load(
                    TextSource.ofString("s.csv", "id,title,url\nS1,a,\nS2,b,\nS1,c,\n")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("s.csv line 4, column id: ")
        .hasMessageContaining("S1");
  }

  @Test
  void load_rejectsABadUrl() {
    assertThatThrownBy(
            () ->
                SourceRegistry.load(
                    TextSource.ofString("s.csv", "id,title,url\nS1,a,ftp://x.org\n")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("s.csv line 2, column url: ")
        .hasMessageContaining("\"ftp://x.org\"");
  }

  @Test
  void load_rejectsABadId() {
    assertThatThrownBy(
            () -> SourceRegistry.load(TextSource.ofString("s.csv", "id,title,url\ns1,a,\n")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("s.csv line 2, column id: ")
        .hasMessageContaining("Source.id");
  }
}
