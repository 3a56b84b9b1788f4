package id.pug.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RupiahTest {

  private static final long MAX = Long.MAX_VALUE;

  /** The smallest amount: the range is symmetric, so Long.MIN_VALUE is not an amount. */
  private static final long MIN = -Long.MAX_VALUE;

  private static void assertOverflow(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("Rupiah");
              assertThat(e.field()).contains("amount");
            })
        .hasMessageStartingWith("Rupiah.amount must stay within ±Rp9.223.372.036.854.775.807");
  }

  // --- parse ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "\"{0}\" = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Rp1.234.567      | 1234567",
        "Rp 1.234.567     | 1234567",
        "Rp. 1.234.567    | 1234567",
        "Rp.1.234.567     | 1234567",
        "1234567          | 1234567",
        "1.234.567        | 1234567",
        "Rp1.234.567,00   | 1234567",
        "Rp1.234.567,-    | 1234567",
        "Rp 979.409.600,00| 979409600",
        "-Rp5.000         | -5000",
        "-5000            | -5000",
        "0                | 0",
        "Rp0              | 0",
        "Rp999            | 999",
        "Rp1.000          | 1000",
        "9223372036854775807 | 9223372036854775807",
        "Rp9.223.372.036.854.775.807 | 9223372036854775807",
        "-Rp9.223.372.036.854.775.807 | -9223372036854775807"
      })
  void parse_acceptsTheIndonesianFormAndPlainDigits(String text, long amount) {
    assertThat(Rupiah.parse(text)).isEqualTo(Rupiah.of(amount));
    assertThat(Rupiah.parse(text).amount()).isEqualTo(amount);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "1,234,567",
        "Rp1.234.567,50",
        "Rp1.234.567,01",
        "Rp1.234.567,0",
        "1.23.456",
        "1234.567",
        "Rp",
        "Rp.",
        "",
        " ",
        "-",
        "12 345",
        "Rp1.234.5678",
        "Rp1.234.567.",
        "Rp1.234.567.-",
        "1.234,567",
        " Rp1.000",
        "Rp1.000 ",
        "Rp  1.000",
        "rp1.000",
        "RP1.000",
        "IDR 1.000",
        "Rp-5.000",
        "--5",
        "+5",
        "1_000",
        "1e6",
        "١٢٣"
      })
  void parse_rejectsOtherForms_namingTypeAndText(String text) {
    assertThatThrownBy(() -> Rupiah.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("Rupiah");
              assertThat(e.field()).isEmpty();
            })
        .hasMessageStartingWith("Rupiah must be whole rupiah")
        .hasMessageContaining("\"" + text + "\"");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Rp0.001", "0.500", "Rp01.000", "Rp001.000.000"})
  void parse_rejectsAGroupedAmountWithALeadingZero(String text) {
    assertThatThrownBy(() -> Rupiah.parse(text)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void parse_rejectsATwentyDigitAmount_namingTypeAndText() {
    String text = "12345678901234567890";

    assertThatThrownBy(() -> Rupiah.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.typeName()).isEqualTo("Rupiah"))
        .hasMessage("Rupiah must be within ±Rp9.223.372.036.854.775.807, was \"" + text + "\"");
    assertThatThrownBy(() -> Rupiah.parse("Rp12.345.678.901.234.567.890"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Rupiah")
        .hasMessageContaining("\"Rp12.345.678.901.234.567.890\"");
  }

  @Test
  void parse_rejectsOneMoreThanTheLargestLong() {
    assertThatThrownBy(() -> Rupiah.parse("9223372036854775808"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"9223372036854775808\"");
  }

  @Test
  void parse_negativeZeroIsZero() {
    assertThat(Rupiah.parse("-0")).isSameAs(Rupiah.ZERO);
    assertThat(Rupiah.parse("-Rp0")).isEqualTo(Rupiah.ZERO);
  }

  // --- format and round trip ------------------------------------------------------------------

  @ParameterizedTest(name = "{0} = \"{1}\"")
  @CsvSource({
    "0, Rp0",
    "1, Rp1",
    "999, Rp999",
    "1000, Rp1.000",
    "-5000, -Rp5.000",
    "1234567, Rp1.234.567",
    "979409600, Rp979.409.600",
    "100000000, Rp100.000.000",
    "9223372036854775807, Rp9.223.372.036.854.775.807",
    "-9223372036854775807, -Rp9.223.372.036.854.775.807"
  })
  void format_groupsThousandsWithDots(long amount, String text) {
    assertThat(Rupiah.of(amount).format()).isEqualTo(text);
    assertThat(Rupiah.of(amount).toString()).isEqualTo(text);
  }

  /** Fixed edge cases and 500 pseudo-random amounts of every magnitude (seeded, repeatable). */
  static LongStream amounts() {
    Random random = new Random(20_250_101L);
    LongStream edges =
        LongStream.of(
            0,
            1,
            -1,
            9,
            10,
            99,
            100,
            999,
            1_000,
            -1_000,
            999_999,
            1_000_000,
            70_590_400,
            MAX,
            MAX - 1,
            MIN + 1,
            MIN + 2);
    LongStream randoms =
        LongStream.generate(() -> random.nextLong() >> random.nextInt(64))
            .filter(a -> a != Long.MIN_VALUE)
            .limit(500);
    return LongStream.concat(edges, randoms);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("amounts")
  void formatThenParse_roundTrips(long amount) {
    Rupiah rupiah = Rupiah.of(amount);
    String formatted = rupiah.format();

    assertThat(formatted).matches("-?Rp\\d{1,3}(\\.\\d{3})*");
    assertThat(Rupiah.parse(formatted)).isEqualTo(rupiah);
    assertThat(Rupiah.parse(formatted.replace("Rp", "Rp ") + ",00")).isEqualTo(rupiah);
    assertThat(Rupiah.parse(formatted.replace("Rp", "Rp. ") + ",-")).isEqualTo(rupiah);
    assertThat(Rupiah.parse(Long.toString(amount))).isEqualTo(rupiah);
  }

  // --- arithmetic -----------------------------------------------------------------------------

  @Test
  void plus_minus_times_areExact() {
    assertThat(Rupiah.of(70_590_400).plus(Rupiah.of(100_000_000)))
        .isEqualTo(Rupiah.of(170_590_400));
    assertThat(Rupiah.of(5).minus(Rupiah.of(8))).isEqualTo(Rupiah.of(-3));
    assertThat(Rupiah.of(125_000).times(12)).isEqualTo(Rupiah.of(1_500_000));
    assertThat(Rupiah.of(5).times(-2)).isEqualTo(Rupiah.of(-10));
    assertThat(Rupiah.of(5).times(0)).isSameAs(Rupiah.ZERO);
  }

  @Test
  void plus_reachesTheBoundsAndThrowsBeyondThem() {
    assertThat(Rupiah.of(MAX - 1).plus(Rupiah.of(1))).isEqualTo(Rupiah.of(MAX));
    assertThat(Rupiah.of(MIN + 1).plus(Rupiah.of(-1))).isEqualTo(Rupiah.of(MIN));
    assertThat(Rupiah.of(MAX).plus(Rupiah.of(MIN))).isEqualTo(Rupiah.ZERO);

    assertOverflow(() -> Rupiah.of(MAX).plus(Rupiah.of(1)));
    assertOverflow(() -> Rupiah.of(MIN).plus(Rupiah.of(-1)));
    assertOverflow(() -> Rupiah.of(MAX).plus(Rupiah.of(MAX)));
    assertThatThrownBy(() -> Rupiah.of(MAX).plus(Rupiah.of(1)))
        .hasMessageContaining("Rp9.223.372.036.854.775.807 + Rp1");
    // lands exactly on Long.MIN_VALUE without overflowing a long: refused by the symmetric range
    assertThatThrownBy(() -> Rupiah.of(MIN).plus(Rupiah.of(-1)))
        .hasMessageContaining("-Rp9.223.372.036.854.775.807 + -Rp1");
  }

  @Test
  void minus_reachesTheBoundsAndThrowsBeyondThem() {
    assertThat(Rupiah.ZERO.minus(Rupiah.of(MAX))).isEqualTo(Rupiah.of(MIN));
    assertThat(Rupiah.ZERO.minus(Rupiah.of(MIN))).isEqualTo(Rupiah.of(MAX));
    assertThat(Rupiah.of(MAX - 1).minus(Rupiah.of(-1))).isEqualTo(Rupiah.of(MAX));

    assertOverflow(() -> Rupiah.of(MIN).minus(Rupiah.of(1)));
    assertOverflow(() -> Rupiah.of(MAX).minus(Rupiah.of(-1)));
    assertOverflow(() -> Rupiah.of(-1).minus(Rupiah.of(MAX)));
    assertThatThrownBy(() -> Rupiah.of(MIN).minus(Rupiah.of(1)))
        .hasMessageContaining("-Rp9.223.372.036.854.775.807 - Rp1");
  }

  @Test
  void times_reachesTheBoundsAndThrowsBeyondThem() {
    long half = 1L << 62;
    assertThat(Rupiah.of(-half + 1).times(2)).isEqualTo(Rupiah.of(MIN + 1));
    assertThat(Rupiah.of(MAX).times(-1)).isEqualTo(Rupiah.of(MIN));
    assertThat(Rupiah.of(MIN).times(1)).isEqualTo(Rupiah.of(MIN));
    assertThat(Rupiah.ZERO.times(MAX)).isEqualTo(Rupiah.ZERO);

    assertOverflow(() -> Rupiah.of(half).times(2));
    assertOverflow(() -> Rupiah.of(MAX).times(2));
    assertOverflow(() -> Rupiah.of(-half).times(2));
    assertThat(Rupiah.of(MIN).times(-1)).isEqualTo(Rupiah.of(MAX));
    assertOverflow(() -> Rupiah.of(2).times(MIN));
    assertThatThrownBy(() -> Rupiah.of(MAX).times(2))
        .hasMessageContaining("Rp9.223.372.036.854.775.807 × 2");
    // -2^62 × 2 is exactly Long.MIN_VALUE: no long overflow, but outside the symmetric range
    assertThatThrownBy(() -> Rupiah.of(-half).times(2))
        .hasMessageContaining("-Rp4.611.686.018.427.387.904 × 2");
  }

  @Test
  void sum_addsEveryAmount() {
    assertThat(
            Rupiah.sum(
                List.of(Rupiah.of(70_590_400), Rupiah.of(100_000_000), Rupiah.of(220_000_000))))
        .isEqualTo(Rupiah.of(390_590_400));
    assertThat(Rupiah.sum(List.of(Rupiah.of(5), Rupiah.of(-5)))).isSameAs(Rupiah.ZERO);
    assertThat(Rupiah.sum(List.of())).isSameAs(Rupiah.ZERO);
    assertThat(Rupiah.sum(List.of(Rupiah.of(MAX)))).isEqualTo(Rupiah.of(MAX));
  }

  @Test
  void sum_throwsWhenTheTotalOverflows() {
    assertOverflow(() -> Rupiah.sum(List.of(Rupiah.of(MAX), Rupiah.of(1))));
    assertOverflow(() -> Rupiah.sum(List.of(Rupiah.of(MIN), Rupiah.of(-1))));
  }

  @Test
  void sum_ofAmountsStartingWithANegativeOne() {
    assertThat(Rupiah.sum(List.of(Rupiah.of(-5), Rupiah.of(3)))).isEqualTo(Rupiah.of(-2));
    assertThat(Rupiah.sum(List.of(Rupiah.of(-70_000), Rupiah.of(-30_000))))
        .isEqualTo(Rupiah.of(-100_000));
  }

  @Test
  void sum_throwsWhenTheTotalOverflows_evenIfTheWrappedLongWouldBeInRange() {
    // MAX + 2 wraps to -MAX, which is a valid amount: the overflow must still be seen.
    assertOverflow(() -> Rupiah.sum(List.of(Rupiah.of(MAX), Rupiah.of(2))));
    assertOverflow(() -> Rupiah.sum(List.of(Rupiah.of(MIN), Rupiah.of(-2))));
    assertOverflow(() -> Rupiah.sum(List.of(Rupiah.of(MAX), Rupiah.of(MAX))));
  }

  @Test
  void sum_dependsOnlyOnTheTotal_notOnTheOrder() {
    assertThat(Rupiah.sum(List.of(Rupiah.of(MAX), Rupiah.of(-1), Rupiah.of(1))))
        .isEqualTo(Rupiah.of(MAX));
    assertThat(Rupiah.sum(List.of(Rupiah.of(MAX), Rupiah.of(1), Rupiah.of(-1))))
        .isEqualTo(Rupiah.of(MAX));
  }

  // --- predicates, ordering, equality, BigDecimal ---------------------------------------------

  @Test
  void sign_predicates() {
    assertThat(Rupiah.of(-1).isNegative()).isTrue();
    assertThat(Rupiah.of(-1).isZero()).isFalse();
    assertThat(Rupiah.of(-1).isPositive()).isFalse();
    assertThat(Rupiah.ZERO.isZero()).isTrue();
    assertThat(Rupiah.ZERO.isNegative()).isFalse();
    assertThat(Rupiah.ZERO.isPositive()).isFalse();
    assertThat(Rupiah.of(1).isPositive()).isTrue();
  }

  @Test
  void of_zero_isTheZeroConstant() {
    assertThat(Rupiah.of(0)).isSameAs(Rupiah.ZERO);
    assertThat(Rupiah.ZERO.amount()).isZero();
  }

  @Test
  void compareTo_ordersByAmount() {
    assertThat(
            Stream.of(5L, MIN, 0L, -5L, MAX, 1_000L).map(Rupiah::of).sorted().map(Rupiah::amount))
        .containsExactly(MIN, -5L, 0L, 5L, 1_000L, MAX);
    assertThat(Rupiah.of(1)).isGreaterThan(Rupiah.ZERO).isLessThan(Rupiah.of(2));
    assertThat(Rupiah.of(7).compareTo(Rupiah.parse("Rp7"))).isZero();
  }

  @Test
  void equalsAndHashCode_followTheAmount() {
    assertThat(Rupiah.parse("Rp1.234.567")).isEqualTo(Rupiah.of(1_234_567));
    assertThat(Rupiah.parse("Rp1.234.567").hashCode()).isEqualTo(Rupiah.of(1_234_567).hashCode());
    assertThat(Rupiah.of(1)).isNotEqualTo(Rupiah.of(-1));
    assertThat((Object) Rupiah.of(1)).isNotEqualTo(1L);
  }

  @Test
  void toBigDecimal_isExactWithScaleZero() {
    assertThat(Rupiah.of(MAX).toBigDecimal()).isEqualTo(new BigDecimal("9223372036854775807"));
    assertThat(Rupiah.of(MIN).toBigDecimal()).isEqualTo(new BigDecimal("-9223372036854775807"));
    assertThat(Rupiah.of(-5).toBigDecimal().scale()).isZero();
    assertThat(Rupiah.ZERO.toBigDecimal()).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void of_rejectsLongMinValue_soThatTheRangeIsSymmetric() {
    assertOverflow(() -> Rupiah.of(Long.MIN_VALUE));
    assertThatThrownBy(() -> Rupiah.parse("-Rp9.223.372.036.854.775.808"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Rupiah must be within ±Rp9.223.372.036.854.775.807");
  }

  @Test
  void parse_rejectsAFirstGroupWithALeadingZero() {
    assertThatThrownBy(() -> Rupiah.parse("Rp0.001")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Rupiah.parse("0.500")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Rupiah.parse("007")).isInstanceOf(InvalidValueException.class);
    assertThat(Rupiah.parse("0")).isEqualTo(Rupiah.ZERO);
  }
}
