package id.pug.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.pug.core.InvalidValueException;
import id.pug.core.refdata.CsvReader;
import id.pug.core.refdata.CsvRow;
import id.pug.core.refdata.TextSource;
import id.pug.core.testing.Samples;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IkgCalculatorTest {

  private static final IkgCalculator STANDARD = IkgCalculator.standard();

  /** Jawa Barat 2018 (source S1): published IKG 0.508. */
  private static final IkgComponents JABAR_2018 = Samples.ikgComponents();

  private static IkgComponents components(
      double mtf,
      double mhpk20,
      double prMale,
      double prFemale,
      double seMale,
      double seFemale,
      double tpakMale,
      double tpakFemale) {
    return IkgComponents.ofPublished(
        mtf, mhpk20, prMale, prFemale, seMale, seFemale, tpakMale, tpakFemale);
  }

  private static double ikg(IkgComponents components) {
    return STANDARD.compute(components).ikg();
  }

  // --- published rows -------------------------------------------------------------------------

  /**
   * Every row of the shipped copy of {@code ikg_sample_components.csv}, read from the classpath.
   */
  static Stream<Arguments> publishedRows() {
    ImmutableList<CsvRow> rows =
        CsvReader.readKeepingOtherColumns(
            TextSource.ofResource(IkgCalculator.class, "ikg_sample_components.csv"),
            ImmutableSet.of(
                "region",
                "year",
                "MTF",
                "MHPK20",
                "PR_M_pct",
                "PR_F_pct",
                "SE25_M_pct",
                "SE25_F_pct",
                "TPAK_M_pct",
                "TPAK_F_pct",
                "IKG_published"));
    assertThat(rows).as("sample rows shipped").isNotEmpty();
    return rows.stream()
        .map(row -> Arguments.of(Named.of(row.get("region") + " " + row.get("year"), row)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedRows")
  void compute_reproducesEveryPublishedSampleRow_withinOneThousandth(CsvRow row) {
    IkgComponents components =
        components(
            row.parse("MTF", Double::parseDouble),
            row.parse("MHPK20", Double::parseDouble),
            row.parse("PR_M_pct", Double::parseDouble),
            row.parse("PR_F_pct", Double::parseDouble),
            row.parse("SE25_M_pct", Double::parseDouble),
            row.parse("SE25_F_pct", Double::parseDouble),
            row.parse("TPAK_M_pct", Double::parseDouble),
            row.parse("TPAK_F_pct", Double::parseDouble));
    double published = row.parse("IKG_published", Double::parseDouble);

    IkgResult result = STANDARD.compute(components);

    assertThat(result.ikg()).isCloseTo(published, within(0.001));
    assertThat(result.flags()).isEmpty();
  }

  @Test
  void compute_jawaBarat2018_roundsToThePublished0_508() {
    IkgResult result = STANDARD.compute(JABAR_2018);

    assertThat(result.ikgRounded()).isEqualTo(0.508);
    assertThat(result.components()).isEqualTo(JABAR_2018);
    assertThat(result.constants()).isEqualTo(IkgConstants.defaults());
  }

  // --- intermediates --------------------------------------------------------------------------

  @Test
  void compute_intermediatesMatchAHandComputationOfTheFormula() {
    // indicators.md §1, written out independently with pow(x, 1/3) instead of cbrt.
    double a = 0.005;
    double b = 0.01;
    double mtf = 0.198;
    double mhpk20 = 0.279;
    double prF = 0.22;
    double prM = 0.78;
    double seF = 0.2863;
    double seM = 0.3655;
    double tpakF = 0.4225;
    double tpakM = 0.8296;
    double third = 1.0 / 3;
    double rhF = Math.sqrt((a / mtf) * (b / mhpk20));
    double eF = Math.sqrt(prF * seF);
    double eM = Math.sqrt(prM * seM);
    double gF = Math.pow(rhF * eF * tpakF, third);
    double gM = Math.pow(1 * eM * tpakM, third);
    double harm = 2 / (1 / gF + 1 / gM);
    double gFM = Math.pow(((rhF + 1) / 2) * ((eF + eM) / 2) * ((tpakF + tpakM) / 2), third);
    double ikg = 1 - harm / gFM;

    IkgResult result = STANDARD.compute(JABAR_2018);

    assertThat(result.reproductiveHealthFemale()).isCloseTo(rhF, within(1e-12));
    assertThat(result.empowermentFemale()).isCloseTo(eF, within(1e-12));
    assertThat(result.empowermentMale()).isCloseTo(eM, within(1e-12));
    assertThat(result.achievementFemale()).isCloseTo(gF, within(1e-12));
    assertThat(result.achievementMale()).isCloseTo(gM, within(1e-12));
    assertThat(result.harmonicMean()).isCloseTo(harm, within(1e-12));
    assertThat(result.reference()).isCloseTo(gFM, within(1e-12));
    assertThat(result.ikg()).isCloseTo(ikg, within(1e-12));
    assertThat(ikg).isCloseTo(0.508, within(0.001));
  }

  // --- floors and flags -----------------------------------------------------------------------

  @Test
  void compute_zeroMtf_usesTheFloorAndSaysSo() {
    // DKI Jakarta 2024 has MTF 0; only a floor a = 0.005 reproduces its published IKG.
    IkgResult result = STANDARD.compute(JABAR_2018.with(IkgComponent.MTF, 0));

    assertThat(result.flags()).containsExactly(IkgFlag.MTF_AT_FLOOR);
    assertThat(result.reproductiveHealthFemale())
        .isCloseTo(Math.sqrt(1 * (0.01 / 0.279)), within(1e-15));
    assertThat(result.ikg()).isBetween(0.0, 1.0);
  }

  @Test
  void compute_mtfBelowTheFloor_givesTheSameIkgAsTheFloor() {
    double atFloor = ikg(JABAR_2018.with(IkgComponent.MTF, 0.005));

    assertThat(ikg(JABAR_2018.with(IkgComponent.MTF, 0))).isEqualTo(atFloor);
    assertThat(ikg(JABAR_2018.with(IkgComponent.MTF, 0.004))).isEqualTo(atFloor);
    assertThat(STANDARD.compute(JABAR_2018.with(IkgComponent.MTF, 0.005)).flags())
        .as("at the floor, not below it")
        .isEmpty();
  }

  @Test
  void compute_mhpk20BelowItsFloor_isFlagged() {
    IkgResult result =
        STANDARD.compute(JABAR_2018.with(IkgComponent.MHPK20, 0.009).with(IkgComponent.MTF, 0));

    assertThat(result.flags())
        .containsExactlyInAnyOrder(IkgFlag.MTF_AT_FLOOR, IkgFlag.MHPK20_AT_FLOOR);
    assertThat(result.reproductiveHealthFemale()).isEqualTo(1.0);
  }

  @Test
  void compute_mhpk20AtItsFloor_isNotFlagged() {
    IkgResult atFloor = STANDARD.compute(JABAR_2018.with(IkgComponent.MHPK20, 0.01));

    assertThat(atFloor.flags()).as("at the floor, not below it").isEmpty();
    assertThat(atFloor.ikg()).isEqualTo(ikg(JABAR_2018.with(IkgComponent.MHPK20, 0.005)));
  }

  @Test
  void compute_withOtherConstants_changesTheResult() {
    IkgCalculator higherMtfFloor =
        IkgCalculator.with(IkgConstants.builder().mtfFloor(0.01).build());

    double standard = ikg(JABAR_2018);
    double overridden = higherMtfFloor.compute(JABAR_2018).ikg();

    assertThat(overridden).isLessThan(standard);
    assertThat(higherMtfFloor.constants().mtfFloor()).isEqualTo(0.01);
    assertThat(higherMtfFloor.compute(JABAR_2018).constants().mtfFloor()).isEqualTo(0.01);
  }

  @Test
  void compute_aboveBothFloors_onlyTheProductOfTheFloorsMatters() {
    IkgCalculator swapped =
        IkgCalculator.with(IkgConstants.builder().mtfFloor(0.01).mhpk20Floor(0.005).build());

    assertThat(swapped.compute(JABAR_2018).ikg()).isCloseTo(ikg(JABAR_2018), within(1e-15));
  }

  @Test
  void compute_zeroMtf_dependsOnHowTheProductIsSplit() {
    // Why a = 0.005 is pinned by DKI Jakarta's zero MTF, not just the product a·b.
    IkgComponents zeroMtf = JABAR_2018.with(IkgComponent.MTF, 0);
    IkgCalculator swapped =
        IkgCalculator.with(IkgConstants.builder().mtfFloor(0.01).mhpk20Floor(0.005).build());

    assertThat(swapped.compute(zeroMtf).ikg()).isNotCloseTo(ikg(zeroMtf), within(1e-6));
  }

  @Test
  void constants_defaultsAreTheInferredFloorsAndReplacement() {
    IkgConstants defaults = IkgConstants.defaults();

    assertThat(defaults.mtfFloor()).isEqualTo(0.005).isEqualTo(IkgConstants.MTF_FLOOR);
    assertThat(defaults.mhpk20Floor()).isEqualTo(0.01).isEqualTo(IkgConstants.MHPK20_FLOOR);
    assertThat(defaults.zeroSeatPolicy()).isEqualTo(ZeroSeatPolicy.REPLACE_WITH_0_1_PERCENT);
    assertThat(STANDARD.constants()).isEqualTo(defaults);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(doubles = {0, -0.005, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
  void constants_rejectAFloorOutsideZeroToOne(double floor) {
    assertThatThrownBy(() -> IkgConstants.builder().mtfFloor(floor).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("mtfFloor"));
    assertThatThrownBy(() -> IkgConstants.builder().mhpk20Floor(floor).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("mhpk20Floor"));
  }

  @Test
  void constants_acceptAFloorOfOne() {
    assertThat(IkgConstants.builder().mtfFloor(1).mhpk20Floor(1).build().mtfFloor()).isEqualTo(1);
  }

  // --- zero seats -----------------------------------------------------------------------------

  @Test
  void compute_zeroFemaleSeats_replacedWithOneTenthPercentAndFlagged() {
    IkgComponents zeroSeats = components(0.198, 0.279, 100, 0, 36.55, 28.63, 82.96, 42.25);
    IkgComponents oneTenthPercent = components(0.198, 0.279, 100, 0.1, 36.55, 28.63, 82.96, 42.25);

    IkgResult result = STANDARD.compute(zeroSeats);

    assertThat(result.flags()).containsExactly(IkgFlag.FEMALE_SEATS_ZERO_REPLACED);
    assertThat(result.ikg()).isEqualTo(ikg(oneTenthPercent));
    assertThat(result.empowermentFemale()).isCloseTo(Math.sqrt(0.001 * 0.2863), within(1e-15));
    assertThat(STANDARD.compute(oneTenthPercent).flags()).isEmpty();
  }

  @Test
  void compute_zeroMaleSeats_replacedAndFlagged() {
    IkgResult result =
        STANDARD.compute(components(0.198, 0.279, 0, 100, 36.55, 28.63, 82.96, 42.25));

    assertThat(result.flags()).containsExactly(IkgFlag.MALE_SEATS_ZERO_REPLACED);
    assertThat(result.empowermentMale()).isCloseTo(Math.sqrt(0.001 * 0.3655), within(1e-15));
  }

  @Test
  void compute_zeroFemaleSeats_underTheRejectPolicy_throwsNamingTheField() {
    IkgCalculator rejecting =
        IkgCalculator.with(IkgConstants.builder().zeroSeatPolicy(ZeroSeatPolicy.REJECT).build());
    IkgComponents zeroSeats = components(0.198, 0.279, 100, 0, 36.55, 28.63, 82.96, 42.25);

    assertThatThrownBy(() -> rejecting.compute(zeroSeats))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("IkgComponents");
              assertThat(e.field()).contains("parliamentFemale");
            })
        .hasMessageContaining("REJECT");
    assertThat(rejecting.compute(JABAR_2018).ikg()).isEqualTo(ikg(JABAR_2018));
  }

  // --- achievement zero -----------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = IkgComponent.class,
      names = {"EDUCATION_FEMALE", "LABOUR_FEMALE", "EDUCATION_MALE", "LABOUR_MALE"})
  void compute_aZeroEducationOrLabourRate_givesIkgOneAndIsFlagged(IkgComponent component) {
    IkgResult result = STANDARD.compute(JABAR_2018.with(component, 0));

    assertThat(result.flags()).containsExactly(IkgFlag.ACHIEVEMENT_ZERO);
    assertThat(result.harmonicMean()).isZero();
    assertThat(result.ikg()).isEqualTo(1.0);
  }

  @Test
  void compute_everyRateZero_givesIkgOne() {
    IkgResult result = STANDARD.compute(components(0, 0, 0, 0, 0, 0, 0, 0));

    assertThat(result.ikg()).isEqualTo(1.0);
    assertThat(result.flags()).contains(IkgFlag.ACHIEVEMENT_ZERO);
  }

  // --- levers ---------------------------------------------------------------------------------

  @Test
  void levers_oneForEachComponent_strongestFirst() {
    ImmutableList<IkgLever> levers = STANDARD.levers(JABAR_2018);

    assertThat(levers)
        .extracting(IkgLever::component)
        .containsExactlyInAnyOrder(IkgComponent.values());
    assertThat(levers).isSortedAccordingTo(Comparator.comparingDouble(IkgLever::effectOfOnePoint));
    assertThat(levers.get(0).component()).isEqualTo(IkgComponent.MTF);
    assertThat(levers).allSatisfy(l -> assertThat(l.effectOfOnePoint()).isNegative());
  }

  @Test
  void levers_directionsOnJawaBarat2018() {
    ImmutableList<IkgLever> levers = STANDARD.levers(JABAR_2018);

    assertThat(levers)
        .filteredOn(l -> l.lowersIkgBy() == IkgLever.Direction.DECREASE)
        .extracting(IkgLever::component)
        .containsExactlyInAnyOrder(
            IkgComponent.MTF,
            IkgComponent.MHPK20,
            IkgComponent.PARLIAMENT_MALE,
            IkgComponent.EDUCATION_MALE,
            IkgComponent.LABOUR_MALE);
    assertThat(levers)
        .filteredOn(l -> l.lowersIkgBy() == IkgLever.Direction.INCREASE)
        .extracting(IkgLever::component)
        .containsExactlyInAnyOrder(
            IkgComponent.PARLIAMENT_FEMALE,
            IkgComponent.EDUCATION_FEMALE,
            IkgComponent.LABOUR_FEMALE);
    assertThat(levers)
        .allSatisfy(l -> assertThat(l.current()).isEqualTo(JABAR_2018.get(l.component())));
  }

  @Test
  void levers_sensitivitySign_followsTheDirection() {
    for (IkgLever lever : STANDARD.levers(JABAR_2018)) {
      if (lever.lowersIkgBy() == IkgLever.Direction.DECREASE) {
        assertThat(lever.sensitivityPerPoint()).as("%s", lever.component()).isPositive();
      } else {
        assertThat(lever.sensitivityPerPoint()).as("%s", lever.component()).isNegative();
      }
    }
  }

  @Test
  void levers_effectOfOnePoint_isTheExactChangeOfAOnePointMove() {
    double base = ikg(JABAR_2018);

    for (IkgLever lever : STANDARD.levers(JABAR_2018)) {
      double x = JABAR_2018.get(lever.component()).proportion();
      double moved = lever.lowersIkgBy() == IkgLever.Direction.INCREASE ? x + 0.01 : x - 0.01;
      double expected = ikg(JABAR_2018.with(lever.component(), moved)) - base;

      assertThat(lever.effectOfOnePoint()).as("%s", lever.component()).isEqualTo(expected);
    }
  }

  @Test
  void levers_sensitivityPerPoint_approximatesTheOnePointEffect() {
    for (IkgLever lever : STANDARD.levers(JABAR_2018)) {
      assertThat(Math.abs(lever.sensitivityPerPoint()))
          .as("%s", lever.component())
          .isCloseTo(Math.abs(lever.effectOfOnePoint()), within(2e-4));
    }
  }

  @Test
  void levers_aComponentBelowItsFloor_hasNoDirectionAndNoEffect() {
    IkgComponents belowFloor = JABAR_2018.with(IkgComponent.MTF, 0.003);

    IkgLever mtf =
        STANDARD.levers(belowFloor).stream()
            .filter(l -> l.component() == IkgComponent.MTF)
            .findFirst()
            .orElseThrow();

    assertThat(mtf.lowersIkgBy()).isEqualTo(IkgLever.Direction.NONE);
    assertThat(mtf.effectOfOnePoint()).isZero();
    assertThat(mtf.sensitivityPerPoint()).isZero();
    assertThat(STANDARD.levers(belowFloor).get(7).component()).isEqualTo(IkgComponent.MTF);
  }

  @Test
  void levers_aOnePointRiseThatOnlyReachesTheFloor_hasNoDirection() {
    // MHPK20 0 → 0.01 only reaches the floor (0.01): the IKG does not move either way.
    IkgComponents zeroMhpk20 = JABAR_2018.with(IkgComponent.MHPK20, 0);

    IkgLever mhpk20 =
        STANDARD.levers(zeroMhpk20).stream()
            .filter(l -> l.component() == IkgComponent.MHPK20)
            .findFirst()
            .orElseThrow();

    assertThat(ikg(zeroMhpk20.with(IkgComponent.MHPK20, 0.01))).isEqualTo(ikg(zeroMhpk20));
    assertThat(mhpk20.lowersIkgBy()).isEqualTo(IkgLever.Direction.NONE);
    assertThat(mhpk20.effectOfOnePoint()).isZero();
  }

  // --- solve ----------------------------------------------------------------------------------

  @Test
  void solve_aTargetEqualToTheCurrentIkg_keepsTheCurrentValue() {
    // 0.1234 is not on the solver's 0.05-point grid
    IkgComponents components = JABAR_2018.with(IkgComponent.MTF, 0.1234);

    IkgTargetSolution solution = STANDARD.solve(components, IkgComponent.MTF, ikg(components));

    assertThat(solution.requiredValue().orElseThrow().proportion()).isEqualTo(0.1234);
  }

  @Test
  void solve_aTargetEqualToTheBestIkg_isReachedAtTheEndOfTheRange() {
    double best = ikg(JABAR_2018.with(IkgComponent.LABOUR_FEMALE, 1.0));

    IkgTargetSolution solution = STANDARD.solve(JABAR_2018, IkgComponent.LABOUR_FEMALE, best);

    assertThat(solution.reachable()).isTrue();
    assertThat(solution.requiredValue().orElseThrow().proportion()).isEqualTo(1.0);
    assertThat(solution.bestIkg()).isEqualTo(best);
  }

  @Test
  void solve_whenNoValueBeatsTheCurrentOne_theBestIsTheCurrentValue() {
    // MTF 0.003 is below the floor (0.005): every MTF from 0 to 0.005 gives the same IKG.
    IkgComponents belowFloor = JABAR_2018.with(IkgComponent.MTF, 0.003);

    IkgTargetSolution solution = STANDARD.solve(belowFloor, IkgComponent.MTF, 0.0);

    assertThat(solution.reachable()).isFalse();
    assertThat(solution.bestValue().proportion()).isEqualTo(0.003);
    assertThat(solution.bestIkg()).isEqualTo(ikg(belowFloor));
  }

  @Test
  void solve_reachableTarget_givesAValueWhoseIkgIsTheTarget() {
    IkgTargetSolution solution = STANDARD.solve(JABAR_2018, IkgComponent.MTF, 0.45);

    assertThat(solution.reachable()).isTrue();
    double required = solution.requiredValue().orElseThrow().proportion();
    assertThat(ikg(JABAR_2018.with(IkgComponent.MTF, required))).isCloseTo(0.45, within(1e-6));
    assertThat(required).isBetween(0.005, 0.198);
    assertThat(solution.component()).isEqualTo(IkgComponent.MTF);
    assertThat(solution.target()).isEqualTo(0.45);
    assertThat(solution.currentIkg()).isEqualTo(ikg(JABAR_2018));
    assertThat(solution.currentValue()).isEqualTo(JABAR_2018.mtf());
  }

  @ParameterizedTest(name = "{0} to {1}")
  @MethodSource("reachableTargets")
  void solve_returnsTheCrossingNearestTheCurrentValue(IkgComponent component, double target) {
    double current = JABAR_2018.get(component).proportion();

    IkgTargetSolution solution = STANDARD.solve(JABAR_2018, component, target);

    double required = solution.requiredValue().orElseThrow().proportion();
    assertThat(ikg(JABAR_2018.with(component, required))).isCloseTo(target, within(1e-6));
    // An independent fine scan: every point strictly between the current and the required value
    // stays above the target, so no crossing is nearer.
    int steps = 20_000;
    for (int i = 0; i <= steps; i++) {
      double x = (double) i / steps;
      if (Math.abs(x - current) < Math.abs(required - current) - 1e-6) {
        assertThat(ikg(JABAR_2018.with(component, x)))
            .as("IKG at %s, nearer to %s than %s", x, current, required)
            .isGreaterThan(target);
      }
    }
  }

  static Stream<Arguments> reachableTargets() {
    return Stream.of(
        Arguments.of(IkgComponent.MTF, 0.45),
        Arguments.of(IkgComponent.MHPK20, 0.48),
        // U-shaped: crossings near 0.60 and above 0.91; the nearer one is expected.
        Arguments.of(IkgComponent.PARLIAMENT_FEMALE, 0.45),
        Arguments.of(IkgComponent.PARLIAMENT_FEMALE, 0.43),
        Arguments.of(IkgComponent.LABOUR_FEMALE, 0.49),
        Arguments.of(IkgComponent.EDUCATION_MALE, 0.49));
  }

  @Test
  void solve_nearestCrossing_ofAUShapedComponent_isTheLowerOne() {
    IkgTargetSolution solution = STANDARD.solve(JABAR_2018, IkgComponent.PARLIAMENT_FEMALE, 0.45);

    assertThat(solution.requiredValue().orElseThrow().proportion()).isBetween(0.22, 0.9);
    assertThat(solution.bestValue().proportion()).isGreaterThan(0.9);
  }

  @Test
  void solve_unreachableTarget_isEmptyWithTheBestAScanFinds() {
    IkgTargetSolution solution = STANDARD.solve(JABAR_2018, IkgComponent.MTF, 0.0);

    assertThat(solution.reachable()).isFalse();
    assertThat(solution.requiredValue()).isEmpty();
    double scanMin = Double.MAX_VALUE;
    for (int i = 0; i <= 1000; i++) {
      scanMin = Math.min(scanMin, ikg(JABAR_2018.with(IkgComponent.MTF, i / 1000.0)));
    }
    assertThat(solution.bestIkg()).isCloseTo(scanMin, within(1e-12)).isGreaterThan(0.0);
    assertThat(solution.bestIkg())
        .isEqualTo(ikg(JABAR_2018.with(IkgComponent.MTF, solution.bestValue().proportion())));
    assertThat(solution.bestValue().proportion()).isLessThanOrEqualTo(IkgConstants.MTF_FLOOR);
  }

  @Test
  void solve_unreachableTargetByWomensLabourAlone_bestIsFullParticipation() {
    IkgTargetSolution solution = STANDARD.solve(JABAR_2018, IkgComponent.LABOUR_FEMALE, 0.45);

    assertThat(solution.reachable()).isFalse();
    assertThat(solution.bestValue().proportion()).isEqualTo(1.0);
    assertThat(solution.bestIkg())
        .isEqualTo(ikg(JABAR_2018.with(IkgComponent.LABOUR_FEMALE, 1.0)))
        .isGreaterThan(0.45);
  }

  @ParameterizedTest(name = "target {0}")
  @ValueSource(doubles = {0.5084879589962497, 0.6, 1.0})
  void solve_targetAlreadyMet_returnsTheCurrentValue(double target) {
    IkgTargetSolution solution = STANDARD.solve(JABAR_2018, IkgComponent.MTF, target);

    assertThat(solution.requiredValue()).contains(JABAR_2018.mtf());
  }

  @ParameterizedTest(name = "target {0}")
  @ValueSource(doubles = {Double.NaN, -0.1, 1.5, Double.POSITIVE_INFINITY})
  void solve_rejectsATargetOutsideZeroToOne(double target) {
    assertThatThrownBy(() -> STANDARD.solve(JABAR_2018, IkgComponent.MTF, target))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("target"));
  }

  @Test
  void solve_seatShareUnderTheRejectPolicy_doesNotFailOnTheScansZeroShares() {
    IkgCalculator rejecting =
        IkgCalculator.with(IkgConstants.builder().zeroSeatPolicy(ZeroSeatPolicy.REJECT).build());

    IkgTargetSolution solution = rejecting.solve(JABAR_2018, IkgComponent.PARLIAMENT_FEMALE, 0.45);

    assertThat(solution.requiredValue().orElseThrow().proportion()).isBetween(0.22, 0.9);
  }
}
