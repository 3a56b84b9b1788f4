package id.pug.rules.arg;

import static id.pug.rules.arg.ArgRules.SHARE_TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.TraceEntry;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleRun;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PPRG-ARG-008 on the Kapuas plan, whose tagged lines make 74.40% of its spending: which regional
 * indicator it takes the target from, and the target met exactly.
 */
class ArgShareTargetTest {

  private static PerformanceIndicator indicator(String name, String unit, Optional<String> code) {
    return PerformanceIndicator.builder()
        .name(name)
        .unit(unit)
        .level(IndicatorLevel.IMPACT)
        .code(code)
        .addTarget(IndicatorValue.of(Year.of(2025), new BigDecimal("70")))
        .build();
  }

  private static TraceEntry onlyEntry(PerformanceIndicator indicator) {
    RegionalPprgPlan plan = Plans.kapuas(p -> p.addRegionalIndicator(indicator));
    RuleRun run = RuleRun.of(SHARE_TARGET, plan);
    assertThat(run.entries()).hasSize(1);
    return run.entries().get(0);
  }

  private static void assertTarget(PerformanceIndicator indicator) {
    TraceEntry entry = onlyEntry(indicator);
    assertThat(entry.outcome()).as(indicator.name()).isEqualTo(Outcome.PASSED);
    assertThat(entry.inputs())
        .containsEntry("target", new BigDecimal("70"))
        .containsEntry("targetSource", "regionalIndicators: " + indicator.name());
  }

  private static void assertNoTarget(PerformanceIndicator indicator) {
    TraceEntry entry = onlyEntry(indicator);
    assertThat(entry.outcome()).as(indicator.name()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(entry.inputs()).doesNotContainKey("target");
  }

  @Test
  void theTargetComesFromAnIndicatorNamedForTheArgShareInPercent() {
    assertTarget(indicator("Persentase anggaran responsif gender", "%", Optional.empty()));
    assertTarget(indicator("Persentase ARG perangkat daerah", "%", Optional.empty()));
  }

  @Test
  void theTargetComesFromAnIndicatorWithTheSipdCode_whateverItsName() {
    assertTarget(indicator("Capaian kinerja 000613", "Persen", Optional.of("000613")));
  }

  @Test
  void otherIndicators_giveNoTarget() {
    assertNoTarget(indicator("Persentase anggaran responsif gender", "Persen", Optional.empty()));
    assertNoTarget(indicator("Persentase perempuan di parlemen", "%", Optional.empty()));
    assertNoTarget(indicator("Persentase perempuan di parlemen", "%", Optional.of("000999")));
  }

  @Test
  void withoutATarget_theShareIsStillShown() {
    TraceEntry entry = RuleRun.of(SHARE_TARGET, Plans.kapuas()).entries().get(0);
    assertThat(entry.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(entry.inputs()).containsEntry("share", new BigDecimal("74.40"));
  }

  @Test
  void aShareEqualToTheTarget_meetsIt() {
    RuleRun run =
        RuleRun.of(
            SHARE_TARGET,
            Plans.kapuas(),
            s -> s.configure(SHARE_TARGET, "targetPercent", new BigDecimal("74.40")));
    assertThat(run.findings()).isEmpty();
    assertThat(run.passed()).hasSize(1);
  }
}
