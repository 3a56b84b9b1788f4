package id.pug.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.pug.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GiiCalculatorTest {

  /** Indonesia, HDR 2014, with the recalled seat share of 18.6%. */
  private static GiiResult indonesia(double mmr, double abr, double seatsFemale) {
    return GiiCalculator.compute(
        mmr,
        abr,
        Share.percent("pr_f", seatsFemale),
        Share.percent("pr_m", 100 - seatsFemale),
        Share.percent("se_f", 39.9),
        Share.percent("se_m", 49.2),
        Share.percent("lfpr_f", 51.3),
        Share.percent("lfpr_m", 84.4));
  }

  @Test
  void compute_indonesiaHdr2014_is0_4995() {
    GiiResult result = indonesia(220, 48.3, 18.6);

    assertThat(result.gii()).isCloseTo(0.4995, within(0.0005));
    assertThat(result.zeroSeatReplaced()).isFalse();
  }

  @Test
  void compute_intermediatesMatchAHandComputation() {
    double rhF = Math.sqrt((10 / 220.0) * (1 / 48.3));
    double eF = Math.sqrt(0.186 * 0.399);
    double eM = Math.sqrt(0.814 * 0.492);
    double gF = Math.pow(rhF * eF * 0.513, 1.0 / 3);
    double gM = Math.pow(eM * 0.844, 1.0 / 3);
    double harm = 2 / (1 / gF + 1 / gM);
    double gFM = Math.pow(((rhF + 1) / 2) * ((eF + eM) / 2) * ((0.513 + 0.844) / 2), 1.0 / 3);

    GiiResult result = indonesia(220, 48.3, 18.6);

    assertThat(result.reproductiveHealthFemale()).isCloseTo(rhF, within(1e-12));
    assertThat(result.achievementFemale()).isCloseTo(gF, within(1e-12));
    assertThat(result.achievementMale()).isCloseTo(gM, within(1e-12));
    assertThat(result.harmonicMean()).isCloseTo(harm, within(1e-12));
    assertThat(result.reference()).isCloseTo(gFM, within(1e-12));
    assertThat(result.gii()).isCloseTo(1 - harm / gFM, within(1e-12));
  }

  @ParameterizedTest(name = "MMR {0} counts as {1}")
  @CsvSource({"1, 10", "9.99, 10", "10, 10", "1000, 1000", "1000.1, 1000", "5000, 1000"})
  void compute_truncatesMaternalMortalityTo10And1000(double mmr, double truncated) {
    GiiResult result = indonesia(mmr, 48.3, 18.6);

    assertThat(result).isEqualTo(indonesia(truncated, 48.3, 18.6));
    assertThat(result.reproductiveHealthFemale())
        .isCloseTo(Math.sqrt(10 / truncated / 48.3), within(1e-15));
  }

  private static GiiResult withSeats(double female, double male) {
    return GiiCalculator.compute(
        220,
        48.3,
        Share.percent("pr_f", female),
        Share.percent("pr_m", male),
        Share.percent("se_f", 39.9),
        Share.percent("se_m", 49.2),
        Share.percent("lfpr_f", 51.3),
        Share.percent("lfpr_m", 84.4));
  }

  @Test
  void compute_zeroWomensSeats_replacedWithOneTenthPercentAndFlagged() {
    GiiResult zero = withSeats(0, 100);

    assertThat(zero.zeroSeatReplaced()).isTrue();
    assertThat(zero.gii()).isCloseTo(withSeats(0.1, 100).gii(), within(1e-12));
    assertThat(withSeats(0.1, 100).zeroSeatReplaced()).isFalse();
  }

  @Test
  void compute_zeroMensSeats_replacedAndFlagged() {
    GiiResult zero = withSeats(100, 0);

    assertThat(zero.zeroSeatReplaced()).isTrue();
    assertThat(zero.gii()).isCloseTo(withSeats(100, 0.1).gii(), within(1e-12));
  }

  @ParameterizedTest(name = "MMR {0}, ABR {1}")
  @CsvSource({"0, 48.3", "-1, 48.3", "NaN, 48.3", "Infinity, 48.3", "220, 0", "220, NaN"})
  void compute_rejectsANonPositiveOrNonFiniteRate(double mmr, double abr) {
    assertThatThrownBy(() -> indonesia(mmr, abr, 18.6))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.field().orElseThrow())
                    .isIn("maternalMortality", "adolescentBirthRate"));
  }
}
