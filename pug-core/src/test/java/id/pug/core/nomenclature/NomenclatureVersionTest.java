package id.pug.core.nomenclature;

import static id.pug.core.testing.Samples.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.region.GovernmentLevel;
import id.pug.core.testing.Samples;
import java.time.Year;
import org.junit.jupiter.api.Test;

class NomenclatureVersionTest {

  private static NomenclatureCode code(String text) {
    return NomenclatureCode.parse(text);
  }

  /** A kab/kota version covering 2.08, without entries. */
  private static NomenclatureVersion.Builder version(Coverage coverage) {
    return NomenclatureVersion.builder()
        .id("kabkota-test")
        .name("test")
        .validFrom(Year.of(2021))
        .governmentLevel(GovernmentLevel.REGENCY_CITY)
        .coverage(coverage)
        .addBidangUrusan(code("2.08"))
        .addSource(Samples.source());
  }

  private static NomenclatureVersion.Builder with(
      NomenclatureVersion.Builder builder, String... codes) {
    for (String c : codes) {
      builder.putEntry(code(c), entry(c, "name of " + c));
    }
    return builder;
  }

  private static void assertRejected(
      NomenclatureVersion.Builder builder, String field, String value) {
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("NomenclatureVersion");
              assertThat(e.field()).contains(field);
            })
        .hasMessageContaining("NomenclatureVersion." + field)
        .hasMessageContaining(value);
  }

  @Test
  void completeList_withEveryParent_isAccepted() {
    NomenclatureVersion v =
        with(
                version(Coverage.COMPLETE),
                "2",
                "2.08",
                "2.08.02",
                "2.08.02.2.01",
                "2.08.02.2.01.01",
                "2.08.02.2.01.02")
            .build();

    assertThat(v.entries()).hasSize(6);
    assertThat(v.entries().keySet().asList()).isSorted();
    assertThat(v.nameOf(code("2.08.02.2.01.02"))).contains("name of 2.08.02.2.01.02");
    assertThat(v.find(code("2.08.02.2.01.03"))).isEmpty();
    assertThat(v.childrenOf(code("2.08.02.2.01")))
        .extracting(e -> e.code().format())
        .containsExactly("2.08.02.2.01.01", "2.08.02.2.01.02");
    assertThat(v.ancestorsOf(code("2.08.02.2.01.02")))
        .extracting(e -> e.code().format())
        .containsExactly("2", "2.08", "2.08.02", "2.08.02.2.01");
    assertThat(v.entriesAt(NomenclatureLevel.SUB_KEGIATAN)).hasSize(2);
    assertThat(v.covers(code("2.08.07"))).isTrue();
    assertThat(v.covers(code("2.14.01"))).isFalse();
    assertThat(v.covers(code("2"))).isFalse();
  }

  @Test
  void completeList_missingAParent_isRejected() {
    assertRejected(
        with(version(Coverage.COMPLETE), "2", "2.08", "2.08.02.2.01"), "entries", "2.08.02");
  }

  @Test
  void partialList_missingAParent_isAccepted() {
    NomenclatureVersion v = with(version(Coverage.PARTIAL), "2.08.02.2.01.0001").build();

    assertThat(v.ancestorsOf(code("2.08.02.2.01.0001"))).isEmpty();
  }

  @Test
  void mixedSubKegiatanWidths_areRejected() {
    assertRejected(
        with(version(Coverage.PARTIAL), "2.08.02.2.01.01", "2.08.02.2.01.0002"),
        "entries",
        "2.08.02.2.01.0002");
  }

  @Test
  void anEntryOutsideTheCoveredBidang_isRejected() {
    assertRejected(with(version(Coverage.PARTIAL), "2.14.02"), "entries", "2.14.02");
  }

  @Test
  void anUrusanEntryOutsideTheCoveredBidang_isRejected() {
    assertRejected(with(version(Coverage.PARTIAL), "3"), "entries", "3");
  }

  @Test
  void anEntryWithTheWrongLevelDigit_isRejected() {
    assertRejected(with(version(Coverage.PARTIAL), "2.08.02.1.01"), "entries", "2.08.02.1.01");
  }

  @Test
  void anEntryStoredUnderAnotherCode_isRejected() {
    assertRejected(
        version(Coverage.PARTIAL).putEntry(code("2.08.02"), entry("2.08.03", "x")),
        "entries",
        "2.08.02");
  }

  @Test
  void bidangUrusan_mustHoldBidangCodes() {
    assertRejected(
        version(Coverage.PARTIAL).addBidangUrusan(code("2.08.02")), "bidangUrusan", "2.08.02");
    assertRejected(
        NomenclatureVersion.builder()
            .id("v")
            .name("v")
            .validFrom(Year.of(2021))
            .governmentLevel(GovernmentLevel.REGENCY_CITY)
            .coverage(Coverage.PARTIAL)
            .addSource(Samples.source()),
        "bidangUrusan",
        "[]");
  }

  @Test
  void idNameAndSources_areChecked() {
    assertRejected(version(Coverage.PARTIAL).id("Kabkota_Test"), "id", "\"Kabkota_Test\"");
    assertRejected(version(Coverage.PARTIAL).name(" "), "name", "\" \"");
    assertRejected(
        NomenclatureVersion.builder()
            .id("v")
            .name("v")
            .validFrom(Year.of(2021))
            .governmentLevel(GovernmentLevel.REGENCY_CITY)
            .coverage(Coverage.PARTIAL)
            .addBidangUrusan(code("2.08")),
        "sources",
        "[]");
  }

  @Test
  void builder_missingRequiredAttributes_namesTypeAndAttributes() {
    assertThatThrownBy(() -> NomenclatureVersion.builder().id("v").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("NomenclatureVersion")
        .hasMessageContaining("name")
        .hasMessageContaining("validFrom")
        .hasMessageContaining("governmentLevel")
        .hasMessageContaining("coverage");
  }

  @Test
  void toString_namesIdAndSize() {
    assertThat(Samples.nomenclatureVersion().toString())
        .contains("kabkota-sample")
        .contains("3 entries");
  }
}
