package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.testing.PlanFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a report, its runs, findings and summary answer, and the small enums they print with. */
class ReportApiTest {
  private static final RegionalPprgPlan PLAN = PlanFixtures.minimalPlan();

  private static final Rule FOUR_WAYS =
      TestRules.rule(
          "X-API-001",
          Severity.ERROR,
          ctx -> {
            ctx.check(ElementPath.of("a"), "a").passed();
            ctx.check(ElementPath.of("b"), "b").read("thing", "GBS").violated("bad");
            ctx.check(ElementPath.of("c"), "c").insufficientData("unknown");
            ctx.check(ElementPath.of("d"), "d").notApplicable();
          });

  private static final Rule ROOT_WARNING =
      TestRules.rule(
          "X-API-002",
          Severity.WARNING,
          ctx -> {
            ctx.check(ElementPath.of("e"), "e").passed();
            ctx.check(ElementPath.root(), "plan").read("thing", "RAD").violated("bad");
          });

  /**
   * A fresh report in each test, not a static one: PIT swaps its mutant in after class
   * initialisation, so a report built once would never run mutated code.
   */
  private final ValidationReport report =
      Validator.of(RuleSet.of("test", "1", List.of(FOUR_WAYS, ROOT_WARNING))).validate(PLAN);

  @Test
  void run_countsEvaluations_andDecisiveOnes() {
    RuleRun run = report.run(FOUR_WAYS.id()).orElseThrow();

    assertThat(run.id()).isEqualTo(FOUR_WAYS.id());
    assertThat(run.evaluations()).isEqualTo(4);
    assertThat(run.decisive()).isEqualTo(3);
    assertThat(report.run(ROOT_WARNING.id()).orElseThrow().evaluations()).isEqualTo(2);
    assertThat(report.run(RuleId.parse("X-API-999"))).isEmpty();
  }

  @Test
  void findingsOf_keepsOnlyThatRulesFindings() {
    assertThat(report.findingsOf(FOUR_WAYS.id()))
        .extracting(f -> f.path().toString())
        .containsExactly("b", "c");
    assertThat(report.findingsOf(ROOT_WARNING.id()))
        .extracting(Finding::subjectId)
        .containsExactly("plan");
  }

  @Test
  void summary_addsTheRunsOfEveryRule() {
    Summary s = report.summary();

    assertThat(s.passed()).isEqualTo(2);
    assertThat(s.violated()).isEqualTo(2);
    assertThat(s.insufficientData()).isEqualTo(1);
    assertThat(s.notApplicable()).isEqualTo(1);
    assertThat(s.errors()).isEqualTo(1);
    assertThat(s.warnings()).isEqualTo(1);
  }

  @Test
  void finding_toString_isRuleSeverityPathAndIndonesianMessage() {
    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "X-API-001 ERROR b: GBS salah",
            "X-API-001 ERROR (data tidak cukup) c: Tidak diketahui",
            "X-API-002 WARNING (rencana): RAD salah");
  }

  @Test
  void toStrings_nameThePlanAndTheTrace() {
    assertThat(report.toString()).startsWith("ValidationReport[" + report.planId() + " as of ");
    RuleSet set = RuleSet.of("test", "1", List.of(FOUR_WAYS));
    assertThat(Validator.of(set).toString()).doesNotContain("traced");
    assertThat(Validator.of(set).withTrace(true).toString()).endsWith(", traced]");
  }

  @Test
  void outcomes_haveLabelsInBothLanguages_andOnlyTwoAreFindings() {
    assertThat(Outcome.VIOLATED.label(Language.INDONESIAN)).isEqualTo("dilanggar");
    assertThat(Outcome.VIOLATED.label(Language.ENGLISH)).isEqualTo("violated");
    assertThat(Outcome.NOT_APPLICABLE.label(Language.INDONESIAN)).isEqualTo("tidak berlaku");
    assertThat(Outcome.PASSED.isFinding()).isFalse();
    assertThat(Outcome.NOT_APPLICABLE.isFinding()).isFalse();
    assertThat(Outcome.VIOLATED.isFinding()).isTrue();
    assertThat(Outcome.INSUFFICIENT_DATA.isFinding()).isTrue();
  }

  @Test
  void languages_parseTheirTags_inAnyCase() {
    assertThat(Language.INDONESIAN.tag()).isEqualTo("id");
    assertThat(Language.ENGLISH.tag()).isEqualTo("en");
    assertThat(Language.parse(" EN ")).isEqualTo(Language.ENGLISH);
    assertThat(Language.parse("id")).isEqualTo(Language.INDONESIAN);
    assertThatThrownBy(() -> Language.parse("fr"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("fr");
  }

  @Test
  void basisKinds_haveLabelsInBothLanguages() {
    assertThat(RuleBasis.Kind.LEGAL.label(Language.INDONESIAN)).isEqualTo("ketentuan peraturan");
    assertThat(RuleBasis.Kind.POLICY.label(Language.ENGLISH))
        .isEqualTo("configurable local policy");
  }
}
