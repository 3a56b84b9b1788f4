package id.pug.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.pug.core.InvalidValueException;
import id.pug.core.region.RegionCode;
import id.pug.core.testing.Samples;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorTargetTest {

  /** Kalimantan Barat: 0.519 in 2023 (published) to a hypothetical 0.421 in 2029. */
  private static final IndicatorTarget KALBAR = Samples.indicatorTarget();

  /** A hypothetical IPG target: 91.63 in 2022 (national, published) to 95 in 2027. */
  private static final IndicatorTarget IPG =
      IndicatorTarget.builder()
          .index(GenderIndex.IPG)
          .region("INDONESIA")
          .baselineYear(Year.of(2022))
          .baselineValue(91.63)
          .targetYear(Year.of(2027))
          .targetValue(95)
          .build();

  // --- expectedIn -----------------------------------------------------------------------------

  @Test
  void expectedIn_followsTheStraightLine() {
    assertThat(KALBAR.expectedIn(Year.of(2023))).isEqualTo(0.519);
    assertThat(KALBAR.expectedIn(Year.of(2024)))
        .isCloseTo(0.519 - (0.519 - 0.421) / 6, within(1e-12));
    assertThat(KALBAR.expectedIn(Year.of(2026))).isCloseTo(0.47, within(1e-12));
    assertThat(KALBAR.expectedIn(Year.of(2029))).isEqualTo(0.421);
  }

  @Test
  void expectedIn_afterTheTargetYear_isTheTarget() {
    assertThat(KALBAR.expectedIn(Year.of(2030))).isEqualTo(0.421);
    assertThat(KALBAR.expectedIn(Year.of(2045))).isEqualTo(0.421);
  }

  @Test
  void expectedIn_aYearBeforeTheBaseline_isRejected() {
    assertThatThrownBy(() -> KALBAR.expectedIn(Year.of(2022)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("year"))
        .hasMessageContaining("2023");
  }

  // --- status: lower is better (IKG) ----------------------------------------------------------

  @Test
  void status_kalbar2024Published_isOnTrack() {
    TargetStatus status = KALBAR.status(Year.of(2024), 0.493);

    assertThat(status.state()).isEqualTo(TargetStatus.State.ON_TRACK);
    assertThat(status.expected()).isCloseTo(0.50267, within(1e-5));
    assertThat(status.aheadOfTrajectory()).isPositive().isCloseTo(0.00967, within(1e-5));
    assertThat(status.remainingToTarget()).isCloseTo(0.072, within(1e-12));
    assertThat(status.target()).isEqualTo(KALBAR);
    assertThat(status.year()).isEqualTo(Year.of(2024));
    assertThat(status.observed()).isEqualTo(0.493);
  }

  @Test
  void status_aboveTheTrajectory_isOffTrack() {
    TargetStatus status = KALBAR.status(Year.of(2024), 0.51);

    assertThat(status.state()).isEqualTo(TargetStatus.State.OFF_TRACK);
    assertThat(status.aheadOfTrajectory()).isNegative().isCloseTo(-0.00733, within(1e-5));
    assertThat(status.remainingToTarget()).isCloseTo(0.089, within(1e-12));
  }

  @Test
  void status_atOrBelowTheTarget_isAchieved() {
    TargetStatus status = KALBAR.status(Year.of(2024), 0.42);

    assertThat(status.state()).isEqualTo(TargetStatus.State.ACHIEVED);
    assertThat(status.remainingToTarget()).isZero();
    assertThat(status.aheadOfTrajectory()).isPositive();
    assertThat(KALBAR.status(Year.of(2029), 0.421).state()).isEqualTo(TargetStatus.State.ACHIEVED);
  }

  @Test
  void status_onTheTrajectory_isOnTrack() {
    double expected = KALBAR.expectedIn(Year.of(2026));

    TargetStatus status = KALBAR.status(Year.of(2026), expected);

    assertThat(status.state()).isEqualTo(TargetStatus.State.ON_TRACK);
    assertThat(status.aheadOfTrajectory()).isZero();
  }

  // --- status: higher is better (IPG) ---------------------------------------------------------

  @ParameterizedTest(name = "{0} in 2023 is {1}")
  @CsvSource({"92.5, ON_TRACK", "92.0, OFF_TRACK", "95.2, ACHIEVED", "95, ACHIEVED"})
  void status_ipg_higherIsBetter(double observed, TargetStatus.State state) {
    assertThat(IPG.status(Year.of(2023), observed).state()).isEqualTo(state);
  }

  @Test
  void status_ipg_signsFollowTheDirection() {
    TargetStatus ahead = IPG.status(Year.of(2023), 92.5);
    TargetStatus behind = IPG.status(Year.of(2023), 92.0);

    assertThat(ahead.expected()).isCloseTo(91.63 + 3.37 / 5, within(1e-9));
    assertThat(ahead.aheadOfTrajectory()).isCloseTo(92.5 - 92.304, within(1e-9));
    assertThat(ahead.remainingToTarget()).isCloseTo(2.5, within(1e-9));
    assertThat(behind.aheadOfTrajectory()).isNegative();
    assertThat(IPG.direction()).isEqualTo(GenderIndex.Direction.HIGHER_IS_BETTER);
    assertThat(KALBAR.direction()).isEqualTo(GenderIndex.Direction.LOWER_IS_BETTER);
  }

  @Test
  void status_withAnOverriddenDirection_judgesThatWay() {
    IndicatorTarget reversed =
        IndicatorTarget.builder()
            .from(KALBAR)
            .direction(GenderIndex.Direction.HIGHER_IS_BETTER)
            .build();

    assertThat(reversed.status(Year.of(2024), 0.493).state())
        .isEqualTo(TargetStatus.State.ACHIEVED);
  }

  @Test
  void status_rejectsAYearBeforeTheBaselineAndANonFiniteValue() {
    assertThatThrownBy(() -> KALBAR.status(Year.of(2022), 0.5))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> KALBAR.status(Year.of(2024), Double.NaN))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("observed"));
  }

  // --- validation -----------------------------------------------------------------------------

  @ParameterizedTest(name = "target year {0}")
  @CsvSource({"2023", "2020"})
  void builder_rejectsATargetYearNotAfterTheBaseline(int year) {
    assertThatThrownBy(
            () -> IndicatorTarget.builder().from(KALBAR).targetYear(Year.of(year)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("targetYear"));
  }

  @Test
  void builder_rejectsABlankRegionAndNonFiniteValues() {
    assertThatThrownBy(() -> IndicatorTarget.builder().from(KALBAR).region(" ").build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () -> IndicatorTarget.builder().from(KALBAR).baselineValue(Double.NaN).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () ->
                IndicatorTarget.builder()
                    .from(KALBAR)
                    .targetValue(Double.POSITIVE_INFINITY)
                    .build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void regionCode_isOptional() {
    assertThat(KALBAR.regionCode()).contains(RegionCode.parse("61"));
    assertThat(IPG.regionCode()).isEmpty();
  }
}
