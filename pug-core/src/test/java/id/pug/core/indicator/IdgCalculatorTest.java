package id.pug.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.pug.core.InvalidValueException;
import id.pug.core.testing.Samples;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Year;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdgCalculatorTest {

  private static IdgInputs inputs(
      double parliament, double managers, double income, double populationFemale, double y) {
    return IdgInputs.builder()
        .parliamentFemale(Share.percent("parliament_f", parliament))
        .managersFemale(Share.percent("managers_f", managers))
        .incomeFemale(Share.percent("income_f", income))
        .populationFemale(Share.proportion("population_f", populationFemale))
        .incomePerCapita(y)
        .build();
  }

  // --- edep -----------------------------------------------------------------------------------

  @ParameterizedTest(name = "p_F {0}, X_F {1}")
  @CsvSource({"0.5, 21.89", "0.497, 21.89", "0.5, 49.99", "0.45, 10", "0.55, 90", "0.5, 50"})
  void edep_isThePopulationWeightedHarmonicMean(double p, double shareFemale) {
    double expected = 1 / (p / shareFemale + (1 - p) / (100 - shareFemale));

    assertThat(IdgCalculator.edep(p, shareFemale)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void edep_equalPopulations_isTwiceTheProductOverTheSum() {
    assertThat(IdgCalculator.edep(0.5, 21.89)).isCloseTo(2 * 21.89 * 78.11 / 100, within(1e-12));
    assertThat(IdgCalculator.edep(0.5, 50)).isCloseTo(50, within(1e-12));
  }

  @Test
  void edep_aZeroShareOfEitherSex_isZero() {
    assertThat(IdgCalculator.edep(0.5, 0)).isZero();
    assertThat(IdgCalculator.edep(0.5, 100)).isZero();
  }

  @Test
  void edep_aZeroShare_isZeroEvenWhereTheFormulaIsZeroOverZero() {
    // p_F = 0 with X_F = 0, and p_M = 0 with X_M = 0: the formula has 0/0, the rule says 0
    assertThat(IdgCalculator.edep(0, 0)).isZero();
    assertThat(IdgCalculator.edep(1, 100)).isZero();
  }

  @Test
  void national2021_impliesAnIncomeIndexOfAbout0_60() {
    // indicators.md §4: IDG 76.26 with parliament 21.89% and professionals 49.99% (S52, S15).
    double parliament = IdgCalculator.edep(0.5, 21.89) / 50;
    double managers = IdgCalculator.edep(0.5, 49.99) / 50;

    double income = 3 * 0.7626 - parliament - managers;

    assertThat(parliament).isCloseTo(0.684, within(0.001));
    assertThat(managers).isCloseTo(1.0, within(1e-6));
    assertThat(income).isBetween(0.55, 0.65);
  }

  @Test
  void national2021_componentsArePublished() {
    PublishedValue idg =
        PublishedValues.shipped().national(GenderIndex.IDG, Year.of(2021)).orElseThrow();

    assertThat(idg.parliamentFemalePercent())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("21.89"));
    assertThat(idg.managersFemalePercent())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("49.99"));
  }

  // --- compute --------------------------------------------------------------------------------

  @Test
  void compute_matchesAHandComputation() {
    double min = 1_007_436;
    double max = 26_572_352;
    double p = 0.497;
    double y = 11_156_000;
    double s = 0.3722;
    double edepPar = 1 / (p / 21.89 + (1 - p) / (100 - 21.89));
    double edepDm = 1 / (p / 49.99 + (1 - p) / (100 - 49.99));
    double iFemale = (s * y / p - min) / (max - min);
    double iMale = ((1 - s) * y / (1 - p) - min) / (max - min);
    double income = 1 / (p / iFemale + (1 - p) / iMale);
    double idg = 100 * (edepPar / 50 + edepDm / 50 + income) / 3;

    IdgResult result = Samples.idgCalculator().compute(Samples.idgInputs());

    assertThat(result.edepParliament()).isCloseTo(edepPar, within(1e-12));
    assertThat(result.parliamentIndex()).isCloseTo(edepPar / 50, within(1e-12));
    assertThat(result.edepManagers()).isCloseTo(edepDm, within(1e-12));
    assertThat(result.managersIndex()).isCloseTo(edepDm / 50, within(1e-12));
    assertThat(result.incomeIndexFemale()).isCloseTo(iFemale, within(1e-12));
    assertThat(result.incomeIndexMale()).isCloseTo(iMale, within(1e-12));
    assertThat(result.incomeIndex()).isCloseTo(income, within(1e-12));
    assertThat(result.idg()).isCloseTo(idg, within(1e-9));
  }

  @Test
  void compute_incomeGoalpostsChangeOnlyTheIncomeIndex() {
    IdgResult wide = IdgCalculator.withIncomeGoalposts(0, 100_000_000).compute(Samples.idgInputs());
    IdgResult narrow =
        IdgCalculator.withIncomeGoalposts(1_007_436, 26_572_352).compute(Samples.idgInputs());

    assertThat(wide.parliamentIndex()).isEqualTo(narrow.parliamentIndex());
    assertThat(wide.managersIndex()).isEqualTo(narrow.managersIndex());
    assertThat(wide.incomeIndex()).isNotEqualTo(narrow.incomeIndex());
  }

  @Test
  void compute_incomeIndicesAreClampedToZeroToOne() {
    IdgResult rich =
        IdgCalculator.withIncomeGoalposts(0, 1_000).compute(inputs(21.89, 49.99, 37.22, 0.5, 1e9));
    IdgResult poor =
        IdgCalculator.withIncomeGoalposts(1_000, 2_000)
            .compute(inputs(21.89, 49.99, 37.22, 0.5, 1));

    assertThat(rich.incomeIndexFemale()).isEqualTo(1.0);
    assertThat(rich.incomeIndexMale()).isEqualTo(1.0);
    assertThat(rich.incomeIndex()).isCloseTo(1.0, within(1e-12));
    assertThat(poor.incomeIndex()).isZero();
  }

  @Test
  void compute_parity_givesTheHighestIndicesForTheShares() {
    IdgResult parity =
        IdgCalculator.withIncomeGoalposts(0, 20_000_000)
            .compute(inputs(50, 50, 50, 0.5, 10_000_000));

    assertThat(parity.parliamentIndex()).isCloseTo(1.0, within(1e-12));
    assertThat(parity.managersIndex()).isCloseTo(1.0, within(1e-12));
    assertThat(parity.incomeIndex()).isCloseTo(0.5, within(1e-12));
    assertThat(parity.idg()).isCloseTo(100 * 2.5 / 3, within(1e-9));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0, LOW",
    "49.99, LOW",
    "50, MEDIUM",
    "59.99, MEDIUM",
    "60, HIGH",
    "80, HIGH",
    "80.01, VERY_HIGH",
    "100, VERY_HIGH"
  })
  void category_boundaries(double idg, IdgResult.Category category) {
    // indicators.md §4: < 50 low, 50-60 medium, 60-80 high, > 80 very high.
    IdgResult result = ImmutableIdgResult.builder().from(Samples.idgResult()).idg(idg).build();

    assertThat(result.category()).isEqualTo(category);
  }

  @Test
  void withIncomeGoalposts_isTheOnlyWayToCreateACalculator() {
    assertThat(
            Arrays.stream(IdgCalculator.class.getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getReturnType() == IdgCalculator.class)
                .map(Method::getName))
        .containsExactly("withIncomeGoalposts");
    assertThat(IdgCalculator.class.getConstructors()).isEmpty();
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({
    "-1, 100",
    "NaN, 100",
    "Infinity, 100",
    "100, 100",
    "100, 50",
    "0, NaN",
    "0, Infinity"
  })
  void withIncomeGoalposts_rejectsAnInvalidRange(double min, double max) {
    assertThatThrownBy(() -> IdgCalculator.withIncomeGoalposts(min, max))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.field().orElseThrow()).isIn("incomeMin", "incomeMax"));
  }

  @Test
  void inputs_rejectAPopulationShareOfZeroOrOneAndANonPositiveIncome() {
    assertThatThrownBy(() -> inputs(21.89, 49.99, 37.22, 0, 1))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("populationFemale"));
    assertThatThrownBy(() -> inputs(21.89, 49.99, 37.22, 1, 1))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> inputs(21.89, 49.99, 37.22, 0.5, 0))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("incomePerCapita"));
    assertThatThrownBy(() -> inputs(21.89, 49.99, 37.22, 0.5, Double.NaN))
        .isInstanceOf(InvalidValueException.class);
  }
}
