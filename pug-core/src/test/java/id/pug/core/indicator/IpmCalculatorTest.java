package id.pug.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.pug.core.InvalidValueException;
import id.pug.core.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpmCalculatorTest {

  private static final IpmCalculator BPS = IpmCalculator.bps();

  @Test
  void compute_indonesia2023_is74_39() {
    // indicators.md §2 (S40): UHH 73.93, HLS 13.15, RLS 8.77, PPP Rp11,899 thousand.
    IpmResult result = BPS.compute(73.93, 13.15, 8.77, 11_899_000);

    assertThat(result.ipm()).isCloseTo(74.39, within(0.005));
    assertThat(result.category()).isEqualTo(IpmCategory.HIGH);
  }

  @Test
  void compute_indicesMatchAHandComputation() {
    double health = (73.93 - 20) / (85 - 20);
    double education = (13.15 / 18 + 8.77 / 15) / 2;
    double expenditure =
        (Math.log(11_899_000) - Math.log(1_007_436)) / (Math.log(26_572_352) - Math.log(1_007_436));

    IpmResult result = BPS.compute(73.93, 13.15, 8.77, 11_899_000);

    assertThat(result.healthIndex()).isCloseTo(health, within(1e-12));
    assertThat(result.educationIndex()).isCloseTo(education, within(1e-12));
    assertThat(result.expenditureIndex()).isCloseTo(expenditure, within(1e-12));
    assertThat(result.ipm())
        .isCloseTo(100 * Math.pow(health * education * expenditure, 1.0 / 3), within(1e-9));
  }

  @Test
  void compute_atEveryUpperGoalpost_is100() {
    assertThat(BPS.compute(85, 18, 15, 26_572_352).ipm()).isCloseTo(100, within(1e-9));
  }

  @Test
  void compute_capsExpectedSchoolingAt18AndMeanSchoolingAt15() {
    IpmResult capped = BPS.compute(73.93, 18, 15, 11_899_000);

    assertThat(BPS.compute(73.93, 20, 15, 11_899_000)).isEqualTo(capped);
    assertThat(BPS.compute(73.93, 18, 16, 11_899_000)).isEqualTo(capped);
    assertThat(BPS.compute(73.93, 20, 16, 11_899_000).educationIndex()).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "NaN, 13.15, 8.77, 11899000, lifeExpectancy",
    "19.99, 13.15, 8.77, 11899000, lifeExpectancy",
    "Infinity, 13.15, 8.77, 11899000, lifeExpectancy",
    "73.93, NaN, 8.77, 11899000, expectedSchooling",
    "73.93, -1, 8.77, 11899000, expectedSchooling",
    "73.93, 13.15, NaN, 11899000, meanSchooling",
    "73.93, 13.15, -0.5, 11899000, meanSchooling",
    "73.93, 13.15, 8.77, NaN, expenditure",
    "73.93, 13.15, 8.77, 1007435, expenditure",
    "73.93, 13.15, 8.77, 11899, expenditure",
    "73.93, 13.15, 8.77, Infinity, expenditure"
  })
  void compute_rejectsAValueThatIsNotFiniteOrBelowItsLowerGoalpost(
      double uhh, double hls, double rls, double ppp, String field) {
    assertThatThrownBy(() -> BPS.compute(uhh, hls, rls, ppp))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("IpmCalculator");
              assertThat(e.field()).contains(field);
            });
  }

  @Test
  void compute_atTheLowerGoalposts_isZero() {
    assertThat(BPS.compute(20, 13.15, 8.77, 11_899_000).ipm()).isZero();
    assertThat(BPS.compute(73.93, 13.15, 8.77, 1_007_436).ipm()).isZero();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0, LOW",
    "59.99, LOW",
    "60, MEDIUM",
    "69.99, MEDIUM",
    "70, HIGH",
    "79.99, HIGH",
    "80, VERY_HIGH",
    "100, VERY_HIGH"
  })
  void category_boundaries(double ipm, IpmCategory category) {
    assertThat(IpmCategory.of(ipm)).isEqualTo(category);
    assertThat(ImmutableIpmResult.builder().from(Samples.ipmResult()).ipm(ipm).build().category())
        .isEqualTo(category);
  }

  @Test
  void with_customGoalposts_changesTheIndices() {
    IpmGoalposts goalposts =
        IpmGoalposts.builder()
            .lifeExpectancyMin(25)
            .lifeExpectancyMax(90)
            .expectedSchoolingMax(17)
            .meanSchoolingMax(16)
            .expenditureMin(1_000_000)
            .expenditureMax(30_000_000)
            .build();

    IpmResult result = IpmCalculator.with(goalposts).compute(73.93, 13.15, 8.77, 11_899_000);

    assertThat(result.healthIndex()).isCloseTo((73.93 - 25) / 65, within(1e-12));
    assertThat(result.educationIndex()).isCloseTo((13.15 / 17 + 8.77 / 16) / 2, within(1e-12));
    assertThat(result.expenditureIndex())
        .isCloseTo(
            (Math.log(11_899_000) - Math.log(1_000_000))
                / (Math.log(30_000_000) - Math.log(1_000_000)),
            within(1e-12));
    assertThatThrownBy(() -> IpmCalculator.with(goalposts).compute(24.9, 13.15, 8.77, 11_899_000))
        .isInstanceOf(InvalidValueException.class);
    assertThat(IpmCalculator.with(IpmGoalposts.bps()).compute(73.93, 13.15, 8.77, 11_899_000))
        .isEqualTo(BPS.compute(73.93, 13.15, 8.77, 11_899_000));
  }

  @Test
  void goalposts_bpsAndGdi() {
    IpmGoalposts bps = IpmGoalposts.bps();
    assertThat(bps.lifeExpectancyMin()).isEqualTo(20);
    assertThat(bps.lifeExpectancyMax()).isEqualTo(85);
    assertThat(bps.expectedSchoolingMax()).isEqualTo(18);
    assertThat(bps.meanSchoolingMax()).isEqualTo(15);
    assertThat(bps.expenditureMin()).isEqualTo(1_007_436);
    assertThat(bps.expenditureMax()).isEqualTo(26_572_352);
    assertThat(IpmGoalposts.gdiFemale().lifeExpectancyMin()).isEqualTo(22.5);
    assertThat(IpmGoalposts.gdiFemale().lifeExpectancyMax()).isEqualTo(87.5);
    assertThat(IpmGoalposts.gdiMale().lifeExpectancyMin()).isEqualTo(17.5);
    assertThat(IpmGoalposts.gdiMale().lifeExpectancyMax()).isEqualTo(82.5);
    assertThat(IpmGoalposts.gdiFemale().expenditureMax()).isEqualTo(bps.expenditureMax());
  }

  @Test
  void goalposts_rejectAnEmptyOrNonPositiveRange() {
    assertThatThrownBy(() -> IpmGoalposts.builder().lifeExpectancyMax(20).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("lifeExpectancyMax"));
    assertThatThrownBy(() -> IpmGoalposts.builder().expenditureMin(0).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> IpmGoalposts.builder().expenditureMax(1_000_000).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("expenditureMax"));
    assertThatThrownBy(() -> IpmGoalposts.builder().expectedSchoolingMax(0).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> IpmGoalposts.builder().meanSchoolingMax(-1).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void goalposts_rejectAnExpenditureRangeOfZeroWidth() {
    assertThatThrownBy(
            () ->
                IpmGoalposts.builder().expenditureMin(1_007_436).expenditureMax(1_007_436).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "IpmGoalposts.expenditureMax must be above expenditureMin 1007436.0, which must be"
                + " above 0, was 1007436.0");
  }

  @Test
  void goalposts_rejectAMeanSchoolingMaximumOfZero() {
    assertThatThrownBy(() -> IpmGoalposts.builder().meanSchoolingMax(0).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("IpmGoalposts.meanSchoolingMax must be above 0, was 0.0");
  }

  @Test
  void goalposts_acceptTheSmallestRangesAboveTheirBounds() {
    IpmGoalposts goalposts =
        IpmGoalposts.builder()
            .expenditureMin(1)
            .expenditureMax(2)
            .meanSchoolingMax(0.5)
            .expectedSchoolingMax(0.5)
            .build();

    assertThat(goalposts.expenditureMax()).isEqualTo(2);
    assertThat(goalposts.meanSchoolingMax()).isEqualTo(0.5);
  }
}
