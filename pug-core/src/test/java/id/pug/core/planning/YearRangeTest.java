package id.pug.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YearRangeTest {

  @Test
  void of_startAndEnd() {
    YearRange range = YearRange.of(Year.of(2026), Year.of(2028));

    assertThat(range.start()).isEqualTo(Year.of(2026));
    assertThat(range.end()).isEqualTo(Year.of(2028));
    assertThat(range.length()).isEqualTo(3);
  }

  @Test
  void of_aSingleYear() {
    YearRange range = YearRange.of(Year.of(2025));

    assertThat(range.start()).isEqualTo(Year.of(2025));
    assertThat(range.end()).isEqualTo(Year.of(2025));
    assertThat(range.length()).isEqualTo(1);
    assertThat(range).isEqualTo(YearRange.of(Year.of(2025), Year.of(2025)));
  }

  @Test
  void of_rejectsAnEndBeforeTheStart() {
    assertThatThrownBy(() -> YearRange.of(Year.of(2028), Year.of(2026)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("YearRange");
              assertThat(e.field()).contains("end");
            })
        .hasMessage("YearRange.end must not be before the start 2028, was 2026");
  }

  @Test
  void parse_aHyphenatedRange() {
    assertThat(YearRange.parse("2026-2028")).isEqualTo(YearRange.of(Year.of(2026), Year.of(2028)));
  }

  @Test
  void parse_anEnDashRange() {
    assertThat(YearRange.parse("2026–2028")).isEqualTo(YearRange.of(Year.of(2026), Year.of(2028)));
  }

  @Test
  void parse_spacesAroundTheDash() {
    assertThat(YearRange.parse("2025 – 2029"))
        .isEqualTo(YearRange.of(Year.of(2025), Year.of(2029)));
  }

  @Test
  void parse_aSingleYear() {
    assertThat(YearRange.parse("2026")).isEqualTo(YearRange.of(Year.of(2026)));
  }

  @Test
  void parse_rejectsAnEndBeforeTheStart() {
    assertThatThrownBy(() -> YearRange.parse("2028-2026"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("YearRange.end must not be before the start 2028");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "26-28",
        "2026/2028",
        "2026—2028",
        "2026-",
        "-2026",
        "20262",
        "2026 2028",
        "abcd",
        " 2026",
        "2026-28",
        "2026-2028-2030"
      })
  void parse_rejectsOtherForms_namingTypeAndText(String text) {
    assertThatThrownBy(() -> YearRange.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.typeName()).isEqualTo("YearRange"))
        .hasMessageStartingWith("YearRange must be YYYY or YYYY-YYYY")
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void contains_bothEndsIncluded() {
    YearRange range = YearRange.parse("2026-2028");

    assertThat(range.contains(Year.of(2025))).isFalse();
    assertThat(range.contains(Year.of(2026))).isTrue();
    assertThat(range.contains(Year.of(2027))).isTrue();
    assertThat(range.contains(Year.of(2028))).isTrue();
    assertThat(range.contains(Year.of(2029))).isFalse();
    assertThat(YearRange.of(Year.of(2025)).contains(Year.of(2025))).isTrue();
  }

  @Test
  void length_countsBothEnds() {
    assertThat(YearRange.parse("2025-2029").length()).isEqualTo(5);
    assertThat(YearRange.parse("2025").length()).isEqualTo(1);
  }

  @Test
  void toString_usesAnEnDash_andParsesBack() {
    YearRange range = YearRange.parse("2026-2028");

    assertThat(range.toString()).isEqualTo("2026–2028");
    assertThat(YearRange.parse(range.toString())).isEqualTo(range);
    assertThat(YearRange.of(Year.of(2026)).toString()).isEqualTo("2026");
  }
}
