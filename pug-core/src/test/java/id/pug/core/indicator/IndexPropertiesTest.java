package id.pug.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bounds and monotonicity of the IPM, IPG and IDG calculators over seeded random inputs within the
 * BPS goalposts (500 cases each, the same every run): each index stays in its range, and improving
 * one input for women never lowers it.
 */
class IndexPropertiesTest {
  private static final int CASES = 500;
  private static final long SEED = 20_261_201L;
  private static final IpmGoalposts BPS = IpmGoalposts.bps();

  /** IPM inputs within the BPS goalposts. */
  record IpmCase(double life, double expected, double mean, double spending) {
    static IpmCase draw(SplittableRandom r) {
      return new IpmCase(
          r.nextDouble(BPS.lifeExpectancyMin(), BPS.lifeExpectancyMax()),
          r.nextDouble(0, BPS.expectedSchoolingMax()),
          r.nextDouble(0, BPS.meanSchoolingMax()),
          r.nextDouble(BPS.expenditureMin(), BPS.expenditureMax()));
    }
  }

  static Stream<IpmCase> ipmCases() {
    SplittableRandom random = new SplittableRandom(SEED);
    return IntStream.range(0, CASES).mapToObj(i -> IpmCase.draw(random));
  }

  @ParameterizedTest
  @MethodSource("ipmCases")
  void ipm_staysBetweenZeroAndHundred_andRisesWithEachInput(IpmCase c) {
    IpmCalculator calc = IpmCalculator.bps();
    double ipm = calc.compute(c.life(), c.expected(), c.mean(), c.spending()).ipm();
    assertThat(ipm).isBetween(0.0, 100.0);
    assertThat(calc.compute(c.life() + 0.5, c.expected(), c.mean(), c.spending()).ipm())
        .isGreaterThanOrEqualTo(ipm);
    assertThat(calc.compute(c.life(), c.expected() + 0.5, c.mean(), c.spending()).ipm())
        .isGreaterThanOrEqualTo(ipm);
    assertThat(calc.compute(c.life(), c.expected(), c.mean() + 0.5, c.spending()).ipm())
        .isGreaterThanOrEqualTo(ipm);
    assertThat(calc.compute(c.life(), c.expected(), c.mean(), c.spending() * 1.1).ipm())
        .isGreaterThanOrEqualTo(ipm);
  }

  /** IPG inputs: each sex's values drawn independently, within the goalposts. */
  static Stream<IpgInputs> ipgCases() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    return IntStream.range(0, CASES)
        .mapToObj(
            i ->
                IpgInputs.builder()
                    .lifeExpectancyFemale(r.nextDouble(60, 80))
                    .lifeExpectancyMale(r.nextDouble(60, 80))
                    .expectedSchoolingFemale(r.nextDouble(8, 16))
                    .expectedSchoolingMale(r.nextDouble(8, 16))
                    .meanSchoolingFemale(r.nextDouble(5, 12))
                    .meanSchoolingMale(r.nextDouble(5, 12))
                    .expenditure(r.nextDouble(8_000_000, 16_000_000))
                    .wageRatio(r.nextDouble(0.5, 1.2))
                    .labourShareFemale(r.nextDouble(0.25, 0.55))
                    .populationShareFemale(r.nextDouble(0.47, 0.53))
                    .build());
  }

  @ParameterizedTest
  @MethodSource("ipgCases")
  void ipg_isTheRatioOfTheTwoIpms_andRisesWithWomensOutcomes(IpgInputs in) {
    IpgResult result = IpgCalculator.standard().compute(in);
    assertThat(result.ipg())
        .isCloseTo(IpgCalculator.of(result.female().ipm(), result.male().ipm()), within(1e-9))
        .isPositive();
    IpgInputs better =
        IpgInputs.builder()
            .from(in)
            .lifeExpectancyFemale(in.lifeExpectancyFemale() + 1)
            .meanSchoolingFemale(in.meanSchoolingFemale() + 0.5)
            .build();
    assertThat(IpgCalculator.standard().compute(better).ipg()).isGreaterThanOrEqualTo(result.ipg());
    IpgInputs betterForMen =
        IpgInputs.builder().from(in).lifeExpectancyMale(in.lifeExpectancyMale() + 1).build();
    assertThat(IpgCalculator.standard().compute(betterForMen).ipg())
        .isLessThanOrEqualTo(result.ipg());
  }

  static Stream<double[]> idgCases() {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    return IntStream.range(0, CASES)
        .mapToObj(
            i ->
                new double[] {
                  r.nextDouble(1, 46), // women's share of parliament, %
                  r.nextDouble(1, 46), // of managers, %
                  r.nextDouble(10, 49), // of income, %
                  r.nextDouble(0.47, 0.53), // of the population
                  r.nextDouble(5_000_000, 30_000_000) // income per capita
                });
  }

  private static IdgInputs idgInputs(double[] c) {
    return IdgInputs.builder()
        .parliamentFemale(Share.percent("parliament_f", c[0]))
        .managersFemale(Share.percent("managers_f", c[1]))
        .incomeFemale(Share.percent("income_f", c[2]))
        .populationFemale(Share.proportion("population_f", c[3]))
        .incomePerCapita(c[4])
        .build();
  }

  @ParameterizedTest
  @MethodSource("idgCases")
  void idg_staysBetweenZeroAndHundred_andRisesAsWomensSharesApproachTheirPeak(double[] c) {
    IdgCalculator calc = IdgCalculator.withIncomeGoalposts(1_007_436, 26_572_352);
    double idg = calc.compute(idgInputs(c)).idg();
    assertThat(idg).isBetween(0.0, 100.0);
    // The EDEP [p/X + (1-p)/(100-X)]^-1 peaks where X/(100-X) = sqrt(p/(1-p)): below that share,
    // more seats or managerial posts for women never lower the IDG.
    double peak = 100 * Math.sqrt(c[3]) / (Math.sqrt(c[3]) + Math.sqrt(1 - c[3]));
    double[] moreSeats = c.clone();
    moreSeats[0] = Math.min(c[0] + 1, peak);
    assertThat(calc.compute(idgInputs(moreSeats)).idg()).isGreaterThanOrEqualTo(idg - 1e-12);
    double[] moreManagers = c.clone();
    moreManagers[1] = Math.min(c[1] + 1, peak);
    assertThat(calc.compute(idgInputs(moreManagers)).idg()).isGreaterThanOrEqualTo(idg - 1e-12);
    // The equally distributed equivalent is symmetric between the sexes.
    assertThat(IdgCalculator.edep(c[3], c[0]))
        .isCloseTo(IdgCalculator.edep(1 - c[3], 100 - c[0]), within(1e-9));
  }
}
