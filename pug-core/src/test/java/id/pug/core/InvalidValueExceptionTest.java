package id.pug.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import id.pug.core.region.Population;
import id.pug.core.region.RegionCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

  @Test
  void of_wholeValue_namesTypeAndQuotedValue() {
    InvalidValueException e = InvalidValueException.of(RegionCode.class, "6x.01", "be PP or PP.KK");

    assertThat(e.typeName()).isEqualTo("RegionCode");
    assertThat(e.field()).isEmpty();
    assertThat(e.rejectedValue()).isEqualTo("\"6x.01\"");
    assertThat(e).hasMessage("RegionCode must be PP or PP.KK, was \"6x.01\"");
  }

  @Test
  void of_field_namesTypeFieldAndValue() {
    InvalidValueException e =
        InvalidValueException.of(Population.class, "male", -1L, "be at least 0");

    assertThat(e.typeName()).isEqualTo("Population");
    assertThat(e.field()).contains("male");
    assertThat(e.rejectedValue()).isEqualTo("-1");
    assertThat(e).hasMessage("Population.male must be at least 0, was -1");
  }

  @Test
  void of_missingValue_isShownAsMissing() {
    InvalidValueException e = InvalidValueException.of(Population.class, "male", null, "be given");

    assertThat(e.rejectedValue()).isEqualTo("missing");
    assertThat(e).hasMessage("Population.male must be given, was missing");
  }

  @Test
  void isAPugException() {
    assertThat(InvalidValueException.of(RegionCode.class, "x", "be PP"))
        .isInstanceOf(PugException.class)
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void check_passesWhenTheConditionHolds() {
    InvalidValueException.check(true, Population.class, "male", 1L, "be at least 0");
  }

  @Test
  void check_throwsWhenTheConditionFails() {
    assertThatThrownBy(
            () ->
                InvalidValueException.check(false, Population.class, "male", -5L, "be at least 0"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("Population");
              assertThat(e.field()).contains("male");
              assertThat(e.rejectedValue()).isEqualTo("-5");
            })
        .hasMessage("Population.male must be at least 0, was -5");
  }

  @Test
  void render_quotesTextAndEscapesQuotesAndBackslashes() {
    assertThat(InvalidValueException.render("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
  }

  @Test
  void render_escapesControlCharacters() {
    assertThat(InvalidValueException.render("line1\nline2\ttab\u0000\u007f"))
        .isEqualTo("\"line1\\u000aline2\\u0009tab\\u0000\\u007f\"");
  }

  @Test
  void render_keepsNonAsciiLettersAsTheyAre() {
    assertThat(InvalidValueException.render("Kalimantan – Tengah é"))
        .isEqualTo("\"Kalimantan – Tengah é\"");
  }

  @Test
  void render_showsNonTextWithoutQuotes() {
    assertThat(InvalidValueException.render(42)).isEqualTo("42");
    assertThat(InvalidValueException.render(RegionCode.parse("62.71"))).isEqualTo("62.71");
  }

  @Test
  void render_showsNullAsMissing() {
    assertThat(InvalidValueException.render(null)).isEqualTo("missing");
  }

  @Test
  void render_keepsA120CharacterValueWhole() {
    String value = "a".repeat(120);

    assertThat(InvalidValueException.render(value)).isEqualTo("\"" + value + "\"");
  }

  @Test
  void render_cutsLongValuesAndSaysHowLongTheyWere() {
    String value = "b".repeat(121);

    assertThat(InvalidValueException.render(value))
        .isEqualTo("\"" + "b".repeat(120) + "…(121 characters)\"");
  }

  @Test
  void render_cutsLongNonTextValuesToo() {
    Object value =
        new Object() {
          @Override
          public String toString() {
            return "x".repeat(500);
          }
        };

    assertThat(InvalidValueException.render(value))
        .isEqualTo("x".repeat(120) + "…(500 characters)");
  }

  @Test
  void of_longValue_keepsTheMessageShort() {
    String value = "6".repeat(10_000);

    InvalidValueException e = InvalidValueException.of(RegionCode.class, value, "be PP");

    assertThat(e.getMessage())
        .hasSizeLessThan(200)
        .contains("RegionCode")
        .contains("10000 characters");
  }

  @Test
  void of_valueWithNewline_keepsTheMessageOnOneLine() {
    InvalidValueException e = InvalidValueException.of(RegionCode.class, "62\n71", "be PP");

    assertThat(e.getMessage()).doesNotContain("\n").contains("\"62\\u000a71\"");
    assertThat(e.rejectedValue()).isEqualTo("\"62\\u000a71\"");
  }

  @Test
  void checkNotBlank_passesForText() {
    InvalidValueException.checkNotBlank(Population.class, "name", "x");
    InvalidValueException.checkNotBlank(Population.class, "name", Optional.of("x"));
    InvalidValueException.checkNotBlank(Population.class, "name", Optional.empty());
    InvalidValueException.checkNoneBlank(Population.class, "names", List.of("a", "b"));
    InvalidValueException.checkNoneBlank(Population.class, "names", List.of());
  }

  @Test
  void checkNotBlank_rejectsBlankText() {
    assertThatThrownBy(() -> InvalidValueException.checkNotBlank(Population.class, "name", " \t"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("name"))
        .hasMessage("Population.name must not be blank, was \" \\u0009\"");
  }

  @Test
  void checkNotBlank_rejectsAPresentBlankOptional_sayingToOmitIt() {
    assertThatThrownBy(
            () -> InvalidValueException.checkNotBlank(Population.class, "name", Optional.of("")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Population.name must not be blank; omit it instead, was \"\"");
  }

  @Test
  void checkNoneBlank_rejectsTheFirstBlankText() {
    assertThatThrownBy(
            () ->
                InvalidValueException.checkNoneBlank(
                    Population.class, "names", List.of("a", " ", "")))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.rejectedValue()).isEqualTo("\" \""))
        .hasMessage("Population.names must not contain blank texts, was \" \"");
  }

  @Test
  void checkNotBlankOptional_rejectsNullTypeAndField() {
    assertThatThrownBy(
            () -> InvalidValueException.checkNotBlank(nullType(), "name", Optional.empty()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () ->
                InvalidValueException.checkNotBlank(Population.class, nullText(), Optional.empty()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void checkNoneBlank_rejectsNullTypeAndField() {
    assertThatThrownBy(() -> InvalidValueException.checkNoneBlank(nullType(), "names", List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> InvalidValueException.checkNoneBlank(Population.class, nullText(), List.of("a")))
        .isInstanceOf(NullPointerException.class);
  }

  /** The failure of a Guava map builder given {@code key} twice. */
  private static IllegalArgumentException duplicateKeyFailure(String key) {
    ImmutableMap.Builder<String, Integer> builder = ImmutableMap.builder();
    for (int value = 1; value <= 2; value++) {
      builder.put(key, value);
    }
    try {
      ImmutableMap<String, Integer> unused = builder.buildOrThrow();
    } catch (IllegalArgumentException e) {
      return e;
    }
    throw new AssertionError("the builder accepted " + key + " twice");
  }

  @Test
  void ofDuplicateKey_namesTheKeyThatWasPutTwice() {
    IllegalArgumentException failure = duplicateKeyFailure("dp3appkb");

    RuntimeException translated =
        InvalidValueException.ofDuplicateKey(Population.class, "agencies", failure);

    assertThat(translated)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).contains("agencies");
              assertThat(e.rejectedValue()).isEqualTo("\"dp3appkb\"");
            })
        .hasMessage("Population.agencies must not hold the same key twice, was \"dp3appkb\"")
        .hasCause(failure);
  }

  @Test
  void ofDuplicateKey_anEmptyKey_isShownEmpty() {
    RuntimeException translated =
        InvalidValueException.ofDuplicateKey(Population.class, "agencies", duplicateKeyFailure(""));

    assertThat(translated)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.rejectedValue()).isEqualTo("\"\""));
  }

  @Test
  void ofDuplicateKey_anyOtherFailure_isReturnedUnchanged() {
    IllegalArgumentException other = new IllegalArgumentException("something else");

    assertThat(InvalidValueException.ofDuplicateKey(Population.class, "agencies", other))
        .isSameAs(other);
  }

  @SuppressWarnings("NullAway") // passes null on purpose
  private static Class<?> nullType() {
    return null;
  }

  @SuppressWarnings("NullAway") // passes null on purpose
  private static String nullText() {
    return null;
  }
}
