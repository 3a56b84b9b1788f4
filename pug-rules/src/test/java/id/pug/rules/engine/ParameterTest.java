package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterTest {
  private static final Parameter MINIMUM = Parameter.integer("minimum", 3, 1, "test");
  private static final Parameter SHARE =
      Parameter.decimal("share", null, BigDecimal.ZERO, BigDecimal.valueOf(100), "no default");

  @Test
  void normalise_convertsAndChecksRange() {
    assertThat(MINIMUM.normalise(5)).isEqualTo(5L);
    assertThat(MINIMUM.defaultValue()).contains(3L);
    assertThat(SHARE.normalise(5)).isEqualTo(BigDecimal.valueOf(5));
    assertThat(SHARE.defaultValue()).isEmpty();
    assertThatThrownBy(() -> MINIMUM.normalise(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("minimum")
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> SHARE.normalise(new BigDecimal("100.5")))
        .hasMessageContaining("at most 100");
    assertThatThrownBy(() -> MINIMUM.normalise("3")).hasMessageContaining("a whole number");
    assertThatThrownBy(() -> MINIMUM.normalise(3.0)).hasMessageContaining("a whole number");
  }

  @Test
  void parse_readsCommandLineText() {
    assertThat(MINIMUM.parse(" 4 ")).isEqualTo(4L);
    assertThat(SHARE.parse("4.5")).isEqualTo(new BigDecimal("4.5"));
    assertThat(Parameter.bool("strict", false, "t").parse("ya")).isEqualTo(true);
    assertThat(Parameter.bool("strict", false, "t").parse("FALSE")).isEqualTo(false);
    assertThat(Parameter.textList("codes", List.of(), "t").parse("2.08.02.2.01, 2.14.02"))
        .isEqualTo(ImmutableList.of("2.08.02.2.01", "2.14.02"));
    assertThatThrownBy(() -> SHARE.parse("4,5"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("like 4.5");
    assertThatThrownBy(() -> Parameter.bool("strict", false, "t").parse("maybe"))
        .hasMessageContaining("true or false");
  }

  @Test
  void decimals_withAHugeExponentOrTooManyDigits_areRejected_neverExpanded() {
    // 1e-999999999 lies within 0..100; written out it would be a billion characters
    assertThatThrownBy(() -> SHARE.parse("1e-999999999"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 100 digits and 1000 places after the point");
    assertThatThrownBy(() -> SHARE.normalise(new BigDecimal("1E-1001")))
        .isInstanceOf(InvalidValueException.class);
    assertThat(SHARE.normalise(new BigDecimal("1E-1000"))).isEqualTo(new BigDecimal("1E-1000"));
    // a million digits are refused unread (reading them alone takes seconds)
    assertThatThrownBy(() -> SHARE.parse("9".repeat(1_000_000)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("a number of at most 100 characters")
        .hasMessageContaining("(1000000 characters)");
    assertThatThrownBy(() -> MINIMUM.parse("1".repeat(101)))
        .hasMessageContaining("a number of at most 100 characters");
  }

  @Test
  void bounds_areInclusive_andExposed() {
    assertThat(MINIMUM.min()).contains(BigDecimal.ONE);
    assertThat(SHARE.min()).contains(BigDecimal.ZERO);
    assertThat(SHARE.max()).contains(BigDecimal.valueOf(100));
    assertThat(MINIMUM.normalise(1)).isEqualTo(1L);
    assertThat(MINIMUM.normalise((short) 7)).isEqualTo(7L);
    assertThat(SHARE.normalise(BigDecimal.valueOf(100))).isEqualTo(BigDecimal.valueOf(100));
    assertThat(SHARE.normalise(0L)).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void limits_ofDigitsAndPlaces_areInclusive() {
    BigDecimal hundredDigits = new BigDecimal("0." + "1".repeat(100));
    assertThat(SHARE.normalise(hundredDigits)).isEqualTo(hundredDigits);
    assertThatThrownBy(() -> SHARE.normalise(new BigDecimal("0." + "1".repeat(101))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 100 digits");
    String hundredCharacters = "0." + "1".repeat(98);
    assertThat(SHARE.parse(hundredCharacters)).isEqualTo(new BigDecimal(hundredCharacters));
  }

  @Test
  void textList_dropsEmptyItems() {
    assertThat(Parameter.textList("codes", List.of(), "t").parse("a, ,b,"))
        .isEqualTo(ImmutableList.of("a", "b"));
  }

  @Test
  void choice_acceptsOnlyItsValues() {
    Parameter band = Parameter.choice("band", "A", "t", "A", "B");
    assertThat(band.parse("B")).isEqualTo("B");
    assertThat(band.choices()).containsExactly("A", "B");
    assertThatThrownBy(() -> band.parse("C")).hasMessageContaining("one of [A, B]");
    assertThatThrownBy(() -> Parameter.choice("band", "C", "t", "A", "B"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void names_areLowerCamelCase_andBasisIsRequired() {
    assertThatThrownBy(() -> Parameter.integer("Minimum", 1, 0, "t"))
        .hasMessageContaining("lowerCamelCase");
    assertThatThrownBy(() -> Parameter.integer("minimum", 1, 0, " "))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void equality_coversEveryAttribute() {
    assertThat(Parameter.integer("minimum", 3, 1, "test")).isEqualTo(MINIMUM);
    assertThat(Parameter.integer("minimum", 4, 1, "test")).isNotEqualTo(MINIMUM);
    assertThat(MINIMUM.toString()).isEqualTo("minimum: INTEGER = 3");
    assertThat(SHARE.toString()).isEqualTo("share: DECIMAL = (none)");
  }
}
