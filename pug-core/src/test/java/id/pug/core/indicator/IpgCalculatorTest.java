package id.pug.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.pug.core.InvalidValueException;
import id.pug.core.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpgCalculatorTest {

  private static final IpgCalculator STANDARD = IpgCalculator.standard();

  /** Equal sexes: UHH 72, HLS 13, RLS 9, equal wages, labour-force and population shares. */
  private static IpgInputs.Builder equalSexes() {
    return IpgInputs.builder()
        .lifeExpectancyFemale(72)
        .lifeExpectancyMale(72)
        .expectedSchoolingFemale(13)
        .expectedSchoolingMale(13)
        .meanSchoolingFemale(9)
        .meanSchoolingMale(9)
        .expenditure(11_899_000)
        .wageRatio(1)
        .labourShareFemale(0.5)
        .populationShareFemale(0.5);
  }

  // --- of -------------------------------------------------------------------------------------

  @Test
  void of_isTheRatioOfTheIpmsTimes100() {
    assertThat(IpgCalculator.of(69.5, 76.0)).isCloseTo(69.5 / 76.0 * 100, within(1e-12));
    assertThat(IpgCalculator.of(69.5, 76.0)).isCloseTo(91.447, within(0.001));
    assertThat(IpgCalculator.of(80, 70)).isGreaterThan(100);
  }

  @Test
  void of_parityIs100() {
    assertThat(IpgCalculator.of(74.39, 74.39)).isEqualTo(100.0);
  }

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource({"0, 70", "-1, 70", "NaN, 70", "Infinity, 70", "70, 0", "70, -3", "70, NaN"})
  void of_rejectsAnIpmThatIsNotAFiniteNumberAboveZero(double female, double male) {
    assertThatThrownBy(() -> IpgCalculator.of(female, male))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.field().orElseThrow()).isIn("ipmFemale", "ipmMale"));
  }

  // --- compute --------------------------------------------------------------------------------

  @Test
  void compute_equalSexes_isCloseToButNotExactly100_becauseTheGoalpostsDiffer() {
    // By hand: equal earned-income shares give both sexes the national expenditure; only the
    // life-expectancy goalposts differ (women 22.5-87.5, men 17.5-82.5, UNDP GDI).
    double education = (13.0 / 18 + 9.0 / 15) / 2;
    double expenditure =
        (Math.log(11_899_000) - Math.log(1_007_436)) / (Math.log(26_572_352) - Math.log(1_007_436));
    double ipmFemale = 100 * Math.pow((72 - 22.5) / 65 * education * expenditure, 1.0 / 3);
    double ipmMale = 100 * Math.pow((72 - 17.5) / 65 * education * expenditure, 1.0 / 3);
    double expected = ipmFemale / ipmMale * 100;

    IpgResult result = STANDARD.compute(equalSexes().build());

    assertThat(result.incomeShareFemale()).isEqualTo(0.5);
    assertThat(result.expenditureFemale()).isEqualTo(11_899_000);
    assertThat(result.expenditureMale()).isEqualTo(11_899_000);
    assertThat(result.female().ipm()).isCloseTo(ipmFemale, within(1e-9));
    assertThat(result.male().ipm()).isCloseTo(ipmMale, within(1e-9));
    assertThat(result.ipg()).isCloseTo(expected, within(1e-9));
    assertThat(result.ipg()).isBetween(95.0, 99.9);
  }

  @Test
  void compute_equalSexes_withEqualGoalposts_isExactlyParity() {
    IpgResult result =
        IpgCalculator.with(IpmGoalposts.bps(), IpmGoalposts.bps()).compute(equalSexes().build());

    assertThat(result.ipg()).isCloseTo(100, within(1e-12));
  }

  @Test
  void compute_splitsExpenditureByTheEarnedIncomeShare() {
    IpgInputs inputs = Samples.ipgInputs();
    double weighted = 0.77 * 0.39;
    double share = weighted / (weighted + 0.61);

    IpgResult result = STANDARD.compute(inputs);

    assertThat(result.incomeShareFemale()).isCloseTo(share, within(1e-15));
    assertThat(result.expenditureFemale()).isCloseTo(share * 11_899_000 / 0.497, within(1e-6));
    assertThat(result.expenditureMale()).isCloseTo((1 - share) * 11_899_000 / 0.503, within(1e-6));
    assertThat(result.female())
        .isEqualTo(
            IpmCalculator.with(IpmGoalposts.gdiFemale())
                .compute(75.0, 13.3, 8.4, result.expenditureFemale()));
    assertThat(result.male())
        .isEqualTo(
            IpmCalculator.with(IpmGoalposts.gdiMale())
                .compute(71.0, 13.0, 9.1, result.expenditureMale()));
    assertThat(result.ipg())
        .isEqualTo(IpgCalculator.of(result.female().ipm(), result.male().ipm()));
  }

  @Test
  void compute_raisingWomensWageRatio_raisesTheIpg() {
    double previous = 0;
    for (double ratio : new double[] {0.5, 0.6, 0.77, 0.9, 1.0, 1.2}) {
      double ipg = STANDARD.compute(equalSexes().wageRatio(ratio).build()).ipg();

      assertThat(ipg).as("wage ratio %s", ratio).isGreaterThan(previous);
      previous = ipg;
    }
  }

  @Test
  void compute_aSexSpecificValueBelowItsGoalpost_isRejected() {
    // Women's life-expectancy goalpost starts at 22.5, men's at 17.5.
    assertThatThrownBy(() -> STANDARD.compute(equalSexes().lifeExpectancyFemale(20).build()))
        .isInstanceOf(InvalidValueException.class);
    assertThat(STANDARD.compute(equalSexes().lifeExpectancyMale(20).build()).ipg())
        .isGreaterThan(100);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(doubles = {0, 1, -0.1, 1.2, Double.NaN})
  void inputs_rejectAShareOutsideZeroToOne(double share) {
    assertThatThrownBy(() -> equalSexes().labourShareFemale(share).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("labourShareFemale"));
    assertThatThrownBy(() -> equalSexes().populationShareFemale(share).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.field()).contains("populationShareFemale"));
  }

  @Test
  void inputs_rejectOtherInvalidValues() {
    assertThatThrownBy(() -> equalSexes().wageRatio(0).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("wageRatio"));
    assertThatThrownBy(() -> equalSexes().expenditure(Double.NaN).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> equalSexes().lifeExpectancyMale(0).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> equalSexes().meanSchoolingFemale(-1).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> equalSexes().expectedSchoolingMale(Double.POSITIVE_INFINITY).build())
        .isInstanceOf(InvalidValueException.class);
    assertThat(equalSexes().meanSchoolingFemale(0).build().meanSchoolingFemale()).isZero();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "lifeExpectancyFemale, 0, a finite number above 0",
    "lifeExpectancyMale, -1, a finite number above 0",
    "expectedSchoolingFemale, -1, a finite number of at least 0",
    "expectedSchoolingMale, -0.5, a finite number of at least 0",
    "meanSchoolingFemale, -2, a finite number of at least 0",
    "meanSchoolingMale, -0.5, a finite number of at least 0",
    "expenditure, 0, a finite number above 0",
    "wageRatio, -1, a finite number above 0"
  })
  void inputs_builderRejectsEachInvalidField_namingTypeFieldAndValue(
      String field, double value, String expectation) {
    IpgInputs.Builder builder = equalSexes();
    switch (field) {
      case "lifeExpectancyFemale" -> builder.lifeExpectancyFemale(value);
      case "lifeExpectancyMale" -> builder.lifeExpectancyMale(value);
      case "expectedSchoolingFemale" -> builder.expectedSchoolingFemale(value);
      case "expectedSchoolingMale" -> builder.expectedSchoolingMale(value);
      case "meanSchoolingFemale" -> builder.meanSchoolingFemale(value);
      case "meanSchoolingMale" -> builder.meanSchoolingMale(value);
      case "expenditure" -> builder.expenditure(value);
      case "wageRatio" -> builder.wageRatio(value);
      default -> throw new AssertionError(field);
    }

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("IpgInputs." + field + " must be " + expectation + ", was " + value);
  }

  @Test
  void inputs_deriveTheMensSharesAsComplements() {
    IpgInputs inputs = equalSexes().labourShareFemale(0.39).populationShareFemale(0.497).build();

    assertThat(inputs.labourShareMale()).isCloseTo(0.61, within(1e-15));
    assertThat(inputs.populationShareMale()).isCloseTo(0.503, within(1e-15));
  }
}
