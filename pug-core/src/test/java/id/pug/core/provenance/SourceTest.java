package id.pug.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://www.slideshare.net/yulestian/materi-bu-asri-ii-presentation",
        "https://peraturan.bpk.go.id/Search?p=12&tema=12",
        "https://inspektorat.magelangkota.go.id/?p=1549"
      })
  void ofUrl_acceptsAbsoluteHttpAndHttpsUrls(String url) {
    Source source = Source.ofUrl(url);

    assertThat(source.url()).contains(URI.create(url));
    assertThat(source.title()).isEqualTo(url);
    assertThat(source.id()).isEmpty();
    assertThat(source.toString()).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.org/file",
        "mailto:pug@example.org",
        "file:///etc/passwd",
        "/relative/path",
        "example.org/page",
        "http:///no-host",
        "",
        "   ",
        "https://exa mple.org"
      })
  void ofUrl_rejectsNonHttpRelativeAndBlankUrls(String url) {
    assertThatThrownBy(() -> Source.ofUrl(url))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("Source");
              assertThat(e.field()).contains("url");
            })
        .hasMessageContaining("Source.url")
        .hasMessageContaining("\"" + url + "\"");
  }

  @Test
  void of_registrySource() {
    Source source =
        Source.of(
            "S4", "region list", Optional.of(URI.create("https://github.com/cahyadsn/wilayah")));

    assertThat(source.id()).contains("S4");
    assertThat(source.toString())
        .isEqualTo("S4: region list <https://github.com/cahyadsn/wilayah>");
    assertThat(Source.of("SEED-001", "news report", Optional.empty()).toString())
        .isEqualTo("SEED-001: news report");
  }

  @ParameterizedTest
  @ValueSource(strings = {"s4", "4S", "S 4", "SEED--1", "SEED-", ""})
  void of_rejectsMalformedIds(String id) {
    assertThatThrownBy(() -> Source.of(id, "title", Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Source.id")
        .hasMessageContaining("\"" + id + "\"");
  }

  @Test
  void of_rejectsABlankTitle() {
    assertThatThrownBy(() -> Source.of("S4", " ", Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Source.title");
  }

  @Test
  void looksLikeUrl_onlyForHttpAndHttps() {
    assertThat(Source.looksLikeUrl("https://x.org")).isTrue();
    assertThat(Source.looksLikeUrl("http://x.org")).isTrue();
    assertThat(Source.looksLikeUrl("S4")).isFalse();
    assertThat(Source.looksLikeUrl("ftp://x.org")).isFalse();
  }
}
