package id.pug.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinpointTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Pasal 4 ayat (1) huruf b",
        "Lampiran II",
        "Lampiran II Pasal 3",
        "Pasal 8A",
        "Pasal 4",
        "Pasal 4 ayat (1)",
        "Pasal 4 huruf a angka 2",
        "Lampiran 2",
        "Lampiran IV Pasal 10 ayat (12) huruf z angka 3"
      })
  void parse_canonicalForm_roundTrips(String text) {
    Pinpoint pinpoint = Pinpoint.parse(text);

    assertThat(pinpoint.format()).isEqualTo(text);
    assertThat(pinpoint.toString()).isEqualTo(text);
    assertThat(Pinpoint.parse(pinpoint.format())).isEqualTo(pinpoint);
  }

  @Test
  void parse_readsEachPart() {
    Pinpoint pinpoint = Pinpoint.parse("Lampiran II Pasal 4 ayat (1) huruf b angka 2");

    assertThat(pinpoint.appendix()).contains("II");
    assertThat(pinpoint.article()).contains("4");
    assertThat(pinpoint.paragraph()).hasValue(1);
    assertThat(pinpoint.letter()).contains('b');
    assertThat(pinpoint.item()).hasValue(2);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pasal 4 ayat 1 | Pasal 4 ayat (1)",
        "PASAL 4 AYAT (1) HURUF B | Pasal 4 ayat (1) huruf b",
        "  Pasal   4   ayat   (1)  | Pasal 4 ayat (1)",
        "pasal 8a | Pasal 8A",
        "lampiran ii pasal 3 | Lampiran II Pasal 3",
      })
  void parse_isLenient_andFormatIsCanonical(String text, String canonical) {
    assertThat(Pinpoint.parse(text).format()).isEqualTo(canonical);
    assertThat(Pinpoint.parse(text)).isEqualTo(Pinpoint.parse(canonical));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ayat (1)",
        "huruf b",
        "huruf B1",
        "Pasal 4 huruf B1",
        "Pasal",
        "Pasal four",
        "Pasal 4 ayat (1",
        "Pasal 4 ayat",
        "Bab II",
        "Pasal 4 Lampiran II",
        "Pasal 4,",
      })
  void parse_rejectsMalformedText_namingTypeAndValue(String text) {
    assertThatThrownBy(() -> Pinpoint.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.typeName()).isEqualTo("Pinpoint"))
        .hasMessageContaining("Pinpoint")
        .hasMessageContaining("\"" + text + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void parse_rejectsBlankText(String text) {
    assertThatThrownBy(() -> Pinpoint.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Pinpoint");
  }

  @Test
  void parse_rejectsArticleZero() {
    assertThatThrownBy(() -> Pinpoint.parse("Pasal 0"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("article"))
        .hasMessageContaining("Pinpoint.article")
        .hasMessageContaining("\"0\"");
  }

  @Test
  void parse_rejectsParagraphZero() {
    assertThatThrownBy(() -> Pinpoint.parse("Pasal 4 ayat (0)"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Pinpoint.paragraph");
  }

  @Test
  void parse_rejectsNumbersOfMoreThanFourDigits() {
    assertThatThrownBy(() -> Pinpoint.parse("Pasal 4 ayat (12345)"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Pinpoint")
        .hasMessageContaining("\"Pasal 4 ayat (12345)\"");
  }

  @Test
  void parse_acceptsNumbersOfFourDigits() {
    Pinpoint pinpoint = Pinpoint.parse("Pasal 4 ayat (1234) huruf a angka 9999");

    assertThat(pinpoint.paragraph()).hasValue(1234);
    assertThat(pinpoint.item()).hasValue(9999);
  }

  @Test
  void builder_acceptsParagraphAndItemOne() {
    Pinpoint pinpoint = Pinpoint.builder().article("4").paragraph(1).letter('a').item(1).build();

    assertThat(pinpoint.format()).isEqualTo("Pasal 4 ayat (1) huruf a angka 1");
  }

  @Test
  void article_isAPinpointToAnArticle() {
    assertThat(Pinpoint.article("8A").format()).isEqualTo("Pasal 8A");
  }

  @Test
  void builder_requiresAnAppendixOrArticle() {
    assertThatThrownBy(() -> Pinpoint.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Pinpoint.article");
  }

  @Test
  void builder_paragraphLetterOrNumberRequireAnArticle() {
    assertThatThrownBy(() -> Pinpoint.builder().appendix("II").paragraph(1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Pinpoint.article");
    assertThatThrownBy(() -> Pinpoint.builder().appendix("II").letter('a').build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Pinpoint.article");
  }

  @Test
  void builder_rejectsMalformedParts() {
    assertThatThrownBy(() -> Pinpoint.builder().appendix("ii").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Pinpoint.appendix")
        .hasMessageContaining("\"ii\"");
    assertThatThrownBy(() -> Pinpoint.builder().article("8a").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Pinpoint.article")
        .hasMessageContaining("\"8a\"");
    assertThatThrownBy(() -> Pinpoint.builder().article("4").letter('B').build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Pinpoint.letter");
    assertThatThrownBy(() -> Pinpoint.builder().article("4").item(0).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Pinpoint.item");
  }

  @Test
  void builder_errorsArePugExceptions() {
    assertThatThrownBy(() -> Pinpoint.builder().article("0").build())
        .isInstanceOf(PugException.class);
  }
}
