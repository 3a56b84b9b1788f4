package id.pug.examples;

import static id.pug.test.PugAssertions.assertThat;

import id.pug.rules.engine.Language;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import id.pug.test.PugPlans;
import id.pug.test.PugSoftAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An auditor's test of exported plans, as the README shows it: load the example plan files,
 * validate them against the national PPRG catalogue, and assert on their findings with pug-test's
 * AssertJ assertions.
 */
class AuditorExampleTest {
  private static final Path PLANS = Path.of("..", "examples", "plans");

  @Test
  void kapuas2025_meetsPprgCriteria() {
    assertThat(PugPlans.validate(PLANS.resolve("kapuas-2025.json"))).hasNoErrors();
  }

  @Test
  void kapuas2025Broken_breaksTheRulesAnAuditorChecks() {
    // readme-auditor:begin
    ValidationReport report = PugPlans.validate(PLANS.resolve("kapuas-2025-broken.json"));
    assertThat(report)
        .inLanguage(Language.ENGLISH)
        .hasViolation("PPRG-GBS-010")
        .atPath("budgetStatements[0].budget")
        .withSeverity(Severity.ERROR)
        .citing("Permendagri 67/2011")
        .and()
        .hasViolation("PPRG-ARG-001")
        .atPath("budgetLines[1].argTag.gbs");
    // readme-auditor:end
  }

  @Test
  void kapuas2025Broken_breaksFiveErrorRules_andWarnsLikeTheValidPlan() {
    assertThat(PugPlans.validate(PLANS.resolve("kapuas-2025-broken.json")))
        .containsOnlyViolations(
            "PPRG-INST-002",
            "PPRG-GAP-001",
            "PPRG-GBS-010",
            "PPRG-GBS-011",
            "PPRG-KAK-002",
            "PPRG-ARG-001",
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
  }

  @Test
  void kapuas2025Broken_softly() {
    ValidationReport report = PugPlans.validate(PLANS.resolve("kapuas-2025-broken.json"));
    PugSoftAssertions softly = new PugSoftAssertions();
    softly.assertThat(report).hasViolation("PPRG-INST-002").atPath("pokja.decree");
    softly.assertThat(report).hasViolation("PPRG-ARG-001").atPath("budgetLines[1].argTag.gbs");
    softly.assertThat(report).hasViolation("PPRG-KAK-002").atPath("termsOfReference[1].gbs");
    softly.assertThat(report).hasViolation("PPRG-GAP-001").atPath("genderAnalyses[0].steps");
    softly.assertAll();
  }
}
