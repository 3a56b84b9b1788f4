package id.pug.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.testing.PlanFixtures;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The national catalogue on pug-core's illustrative Kabupaten Kapuas 2025 plan: complete and
 * consistent, so it breaks no ERROR rule; what remains are the warnings a real plan of its shape
 * would draw, and nomenclature codes that pug's partial 2025 list cannot confirm.
 */
class KapuasReportTest {
  private static final ValidationReport REPORT =
      Validator.of(PprgCatalogue.ruleSet()).validate(PlanFixtures.kabupatenKapuas2025());

  @Test
  void kapuas_breaksNoErrorRule() {
    assertThat(REPORT.violations(Severity.ERROR)).isEmpty();
    assertThat(REPORT.hasErrors()).isFalse();
  }

  @Test
  void kapuas_lacksDataOnlyWhereTheSourcesAreIncomplete() {
    assertThat(
            REPORT.findings().stream()
                .filter(f -> f.outcome() == Outcome.INSUFFICIENT_DATA)
                .map(f -> f.ruleId().value())
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("PPRG-PLAN-005", "PPRG-IND-002");
  }

  @Test
  void kapuas_drawsTheWarningsOfItsGaps() {
    assertThat(
            REPORT.violations().stream()
                .map(Finding::ruleId)
                .map(Object::toString)
                .distinct()
                .collect(Collectors.toList()))
        .containsExactly(
            "PPRG-INST-009",
            "PPRG-INST-012",
            "PPRG-INST-013",
            "PPRG-PLAN-004",
            "PPRG-PLAN-006",
            "PPRG-PLAN-007",
            "PPRG-PLAN-008",
            "PPRG-GAP-006",
            "PPRG-GAP-007",
            "PPRG-ACT-003",
            "PPRG-ACT-004");
    assertThat(REPORT.summary().complianceScore()).isPresent();
    assertThat(REPORT.summary().rulesEvaluated()).isEqualTo(PprgCatalogue.rules().size() - 1);
  }
}
