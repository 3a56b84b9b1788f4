package id.pug.rules.indicator;

import static id.pug.rules.indicator.IndicatorRules.IN_RANGE;
import static id.pug.rules.indicator.IndicatorRules.ON_TRAJECTORY;
import static id.pug.rules.indicator.IndicatorRules.TARGET_COMPLETE;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.pug.core.indicator.GenderIndex;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Outcome;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleRun;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** What the indicator rules recognise, where their ranges end, and the evidence they give. */
class IndicatorRulesTest {

  private static PerformanceIndicator named(String name) {
    return PerformanceIndicator.builder()
        .name(name)
        .unit("Indeks")
        .level(IndicatorLevel.IMPACT)
        .build();
  }

  private static PerformanceIndicator index(String name, String... values) {
    PerformanceIndicator.Builder b = PerformanceIndicator.builder().from(named(name));
    for (int i = 0; i < values.length; i++) {
      b.addTarget(IndicatorValue.of(Year.of(2025 + i), new BigDecimal(values[i])));
    }
    return b.build();
  }

  private static RegionalPprgPlan with(PerformanceIndicator indicator) {
    return Plans.kapuas(p -> p.regionalIndicators(ImmutableList.of(indicator)));
  }

  @Test
  void indexOf_recognisesEachIndexByItsFullNameOrItsAbbreviation() {
    assertThat(IndicatorRules.indexOf(named("Indeks Ketimpangan Gender Kabupaten")))
        .contains(GenderIndex.IKG);
    assertThat(IndicatorRules.indexOf(named("Nilai IKG"))).contains(GenderIndex.IKG);
    assertThat(IndicatorRules.indexOf(named("Indeks Pembangunan Gender")))
        .contains(GenderIndex.IPG);
    assertThat(IndicatorRules.indexOf(named("IPG Kapuas"))).contains(GenderIndex.IPG);
    assertThat(IndicatorRules.indexOf(named("Indeks Pemberdayaan Gender")))
        .contains(GenderIndex.IDG);
    assertThat(IndicatorRules.indexOf(named("Capaian IDG"))).contains(GenderIndex.IDG);
  }

  @Test
  void indexOf_ignoresOtherIndicators_andAbbreviationsInsideWords() {
    assertThat(IndicatorRules.indexOf(named("Jumlah peserta sosialisasi"))).isEmpty();
    assertThat(IndicatorRules.indexOf(named("Indeks Pembangunan Manusia"))).isEmpty();
    assertThat(IndicatorRules.indexOf(named("Persentase SIKGA"))).isEmpty();
  }

  @Test
  void targetComplete_wantsATargetAfterTheBaselineYear() {
    PerformanceIndicator sameYear =
        PerformanceIndicator.builder()
            .from(named("Indeks Ketimpangan Gender"))
            .direction(GenderIndex.Direction.LOWER_IS_BETTER)
            .baseline(IndicatorValue.of(Year.of(2024), new BigDecimal("0.549")))
            .addTarget(IndicatorValue.of(Year.of(2024), new BigDecimal("0.540")))
            .build();
    Finding f = RuleRun.of(TARGET_COMPLETE, with(sameYear)).finding();
    assertThat(f.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(f.messageKey()).endsWith("noTarget");
    assertThat(f.path()).isEqualTo(ElementPath.parse("regionalIndicators[0].targets"));
  }

  @Test
  void targetComplete_namesTheStatedAndTheExpectedDirection() {
    RegionalPprgPlan plan =
        IndicatorExamples.ikg(i -> i.direction(GenderIndex.Direction.HIGHER_IS_BETTER));
    Finding f = RuleRun.of(TARGET_COMPLETE, plan).finding();
    assertThat(f.message(Language.ENGLISH))
        .contains("states \"higher is better\"")
        .endsWith("lower is better.");
  }

  @Test
  void onTrajectory_givesTheExpectedValueAndHowFarBehindItIs() {
    // Baseline 0.519 (2023), target 0.421 (2029): the line falls 0.098 / 6 a year, so it expects
    // 0.519 - 0.01633 = 0.50267 in 2024; 0.515 is 0.01233 behind it (lower is better).
    Finding f =
        RuleRun.of(
                ON_TRAJECTORY,
                Plans.kapuas(
                    p -> p.regionalIndicators(ImmutableList.of(IndicatorExamples.kalbar("0.515")))))
            .finding();
    assertThat(f.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(f.evidence().get("expected")).isEqualTo(new BigDecimal("0.5027"));
    assertThat(f.evidence().get("behind")).isEqualTo(new BigDecimal("0.0123"));
  }

  @Test
  void onTrajectory_ignoresValuesObservedAfterTheAsOfYear() {
    // As of 1 January 2025, a 2026 value is not yet observed.
    PerformanceIndicator future =
        PerformanceIndicator.builder()
            .from(IndicatorExamples.kalbar("0.493"))
            .actuals(ImmutableList.of(IndicatorValue.of(Year.of(2026), new BigDecimal("0.600"))))
            .build();
    Finding f = RuleRun.of(ON_TRAJECTORY, with(future)).finding();
    assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
    assertThat(f.messageKey()).endsWith("noActual");
  }

  @Test
  void inRange_ikgIncludesZeroAndOne() {
    RuleRun run = RuleRun.of(IN_RANGE, with(index("Indeks Ketimpangan Gender", "0", "1")));
    assertThat(run.findings()).isEmpty();
    assertThat(run.passed()).hasSize(1);
    assertThat(run.passed().get(0).inputs()).containsEntry("range", "0–1");
  }

  @Test
  void inRange_idgIncludesZeroAndHundred() {
    RuleRun run = RuleRun.of(IN_RANGE, with(index("Indeks Pemberdayaan Gender", "0", "100")));
    assertThat(run.findings()).isEmpty();
    assertThat(run.passed().get(0).inputs()).containsEntry("range", "0–100");
  }

  @Test
  void inRange_ipgMustBeAboveZero() {
    RuleRun ok = RuleRun.of(IN_RANGE, with(index("Indeks Pembangunan Gender", "90.5")));
    assertThat(ok.findings()).isEmpty();
    assertThat(ok.passed().get(0).inputs()).containsEntry("range", "> 0");
    Finding f = RuleRun.of(IN_RANGE, with(index("Indeks Pembangunan Gender", "0"))).finding();
    assertThat(f.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(f.path()).isEqualTo(ElementPath.parse("regionalIndicators[0].targets[0]"));
    assertThat(f.evidence().get("value")).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void inRange_negativeIkgOrIdgIsOutside() {
    assertThat(
            RuleRun.of(IN_RANGE, with(index("Indeks Ketimpangan Gender", "-0.1")))
                .finding()
                .outcome())
        .isEqualTo(Outcome.VIOLATED);
    assertThat(
            RuleRun.of(IN_RANGE, with(index("Indeks Pemberdayaan Gender", "-1")))
                .finding()
                .outcome())
        .isEqualTo(Outcome.VIOLATED);
  }
}
