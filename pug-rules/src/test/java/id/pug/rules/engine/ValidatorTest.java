package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.agency.AgencyId;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.testing.PlanFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private static final RegionalPprgPlan PLAN = PlanFixtures.minimalPlan();

  private static ValidationReport run(Rule... rules) {
    return Validator.of(RuleSet.of("test", "1", List.of(rules))).withTrace(true).validate(PLAN);
  }

  private static final Rule FOUR_WAYS =
      TestRules.rule(
          "X-TEST-001",
          Severity.ERROR,
          ctx -> {
            ctx.check(ElementPath.of("a"), "a").passed();
            ctx.check(ElementPath.of("b"), "b", AgencyId.of("dp3appkb"))
                .read("thing", "GBS")
                .violated("bad");
            ctx.check(ElementPath.of("c"), "c").insufficientData("unknown");
            ctx.check(ElementPath.of("d"), "d").notApplicable();
          });

  @Test
  void validate_recordsEachOutcome_andAFindingForViolationsAndMissingData() {
    ValidationReport report = run(FOUR_WAYS);

    RuleRun run = report.rules().get(0);
    assertThat(run.passed()).isEqualTo(1);
    assertThat(run.violated()).isEqualTo(1);
    assertThat(run.insufficientData()).isEqualTo(1);
    assertThat(run.notApplicable()).isEqualTo(1);
    assertThat(run.count(Outcome.PASSED)).isEqualTo(1);
    assertThat(report.findings())
        .extracting(Finding::outcome, f -> f.path().toString(), Finding::subjectId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Outcome.VIOLATED, "b", "b"),
            org.assertj.core.groups.Tuple.tuple(Outcome.INSUFFICIENT_DATA, "c", "c"));
    Finding violation = report.findings().get(0);
    assertThat(violation.ruleId()).isEqualTo(RuleId.parse("X-TEST-001"));
    assertThat(violation.severity()).isEqualTo(Severity.ERROR);
    assertThat(violation.agency()).contains(AgencyId.of("dp3appkb"));
    assertThat(violation.messageKey()).isEqualTo("X-TEST-001.bad");
    assertThat(violation.message()).isEqualTo("GBS salah");
    assertThat(violation.message(Language.ENGLISH)).isEqualTo("GBS is wrong");
    assertThat(violation.evidence()).containsEntry("thing", "GBS");
    assertThat(violation.citations())
        .extracting(c -> c.format())
        .containsExactly("Permendagri 67/2011");
    assertThat(violation.title().english()).isEqualTo("Test rule X-TEST-001");
    assertThat(report.violations()).containsExactly(violation);
    assertThat(report.violations(Severity.WARNING)).isEmpty();
    assertThat(report.findingsOf(RuleId.parse("X-TEST-001"))).hasSize(2);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.summary().errors()).isEqualTo(1);
    assertThat(report.summary().passRate()).contains(new BigDecimal("33.3"));
  }

  @Test
  void aRuleThatChecksNothing_isNotApplicableToThePlan() {
    ValidationReport report = run(TestRules.rule("X-TEST-002", Severity.ERROR, ctx -> {}));
    assertThat(report.rules().get(0).notApplicable()).isEqualTo(1);
    assertThat(report.trace().orElseThrow().entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path().isRoot()).isTrue();
              assertThat(e.subjectId()).isEqualTo("62.03/2025");
            });
    assertThat(report.summary().passRate()).isEmpty();
    assertThat(report.summary().complianceScore()).isEmpty();
  }

  @Test
  void programmingErrors_failWithTheRuleNamed() {
    assertThatThrownBy(
            () ->
                run(
                    TestRules.rule(
                        "X-TEST-003",
                        Severity.ERROR,
                        ctx -> {
                          Check check = ctx.checkPlan();
                          check.passed();
                          check.passed();
                        })))
        .isInstanceOf(RuleFailureException.class)
        .hasMessageContaining("X-TEST-003")
        .hasMessageContaining("62.03/2025")
        .hasMessageContaining("already ended");
    assertThatThrownBy(
            () -> run(TestRules.rule("X-TEST-004", Severity.ERROR, ctx -> ctx.checkPlan())))
        .isInstanceOf(RuleFailureException.class)
        .hasMessageContaining("never ended");
    assertThatThrownBy(
            () ->
                run(
                    TestRules.rule(
                        "X-TEST-006",
                        Severity.ERROR,
                        ctx -> ctx.check(ElementPath.of("a"), "subject-a"))))
        .isInstanceOf(RuleFailureException.class)
        .hasMessageContaining("the check of subject-a at a never ended");
    assertThatThrownBy(
            () ->
                run(
                    TestRules.rule(
                        "X-TEST-005", Severity.ERROR, ctx -> ctx.checkPlan().violated("nope"))))
        .hasMessageContaining("has no message nope");
    assertThatThrownBy(
            () ->
                run(
                    TestRules.rule(
                        "X-TEST-006", Severity.ERROR, ctx -> ctx.checkPlan().violated("bad"))))
        .hasMessageContaining("needs evidence [thing]");
    assertThatThrownBy(
            () ->
                run(
                    TestRules.rule(
                        "X-TEST-007",
                        Severity.ERROR,
                        ctx -> {
                          throw new IllegalArgumentException("boom");
                        })))
        .isInstanceOf(RuleFailureException.class)
        .hasMessageContaining("boom")
        .satisfies(
            e -> assertThat(((RuleFailureException) e).ruleId().value()).isEqualTo("X-TEST-007"));
    assertThatThrownBy(
            () ->
                run(
                    TestRules.rule(
                        "X-TEST-008",
                        Severity.ERROR,
                        ctx -> ctx.checkPlan().insufficientData("common.nope"))))
        .hasMessageContaining("has no message common.nope");
    assertThatThrownBy(
            () ->
                run(TestRules.rule("X-TEST-009", Severity.ERROR, ctx -> ctx.integer("undeclared"))))
        .hasMessageContaining("declares no parameter undeclared");
  }

  @Test
  void skippedRules_sayWhy() {
    Rule off =
        TestRules.define("X-TEST-010", Severity.WARNING)
            .disabledByDefault()
            .logic(ctx -> ctx.checkPlan().passed());
    Rule old =
        TestRules.define("X-TEST-011", Severity.WARNING)
            .effective(
                EffectivePeriod.between(LocalDate.of(2012, 1, 1), LocalDate.of(2015, 12, 31), "t"))
            .logic(ctx -> ctx.checkPlan().passed());
    ValidationReport report = run(off, old);
    assertThat(report.rules()).isEmpty();
    assertThat(report.skipped())
        .extracting(s -> s.descriptor().id().value(), SkippedRule::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("X-TEST-010", SkippedRule.Reason.DISABLED),
            org.assertj.core.groups.Tuple.tuple("X-TEST-011", SkippedRule.Reason.NOT_IN_EFFECT));
    assertThat(report.summary().rulesSkipped()).isEqualTo(2);
    ValidationReport in2014 =
        Validator.of(RuleSet.of("test", "1", List.of(off, old)).enable(off.id()))
            .validate(PLAN, LocalDate.of(2014, 5, 1));
    assertThat(in2014.rules()).hasSize(2);
    assertThat(in2014.asOf()).isEqualTo(LocalDate.of(2014, 5, 1));
  }

  @Test
  void summary_weighsRulesBySeverity() {
    Rule half =
        TestRules.rule(
            "X-TEST-012",
            Severity.ERROR,
            ctx -> {
              ctx.check(ElementPath.of("a"), "a").passed();
              ctx.check(ElementPath.of("b"), "b").read("thing", "x").violated("bad");
            });
    Rule whole = TestRules.rule("X-TEST-013", Severity.INFO, ctx -> ctx.checkPlan().passed());
    Summary summary = run(half, whole).summary();
    // pass rate: 2 passed of 3 decisive; score: (3 x 1/2 + 1 x 1) / (3 + 1) = 62.5%
    assertThat(summary.passRate()).contains(new BigDecimal("66.7"));
    assertThat(summary.complianceScore()).contains(new BigDecimal("62.5"));
    assertThat(summary.rulesEvaluated()).isEqualTo(2);
    assertThat(summary.violations(Severity.ERROR)).isEqualTo(1);
    assertThat(Summary.weight(Severity.WARNING)).isEqualTo(2);
  }

  @Test
  void trace_isOffByDefault_andRecordsInputsParametersAndOutcomes() {
    Rule withParameter =
        TestRules.define("X-TEST-014", Severity.WARNING)
            .parameter(Parameter.integer("minimum", 3, 1, "from the test"))
            .parameter(Parameter.integer("unused", 1, 0, "never read"))
            .logic(
                ctx ->
                    ctx.checkPlan()
                        .read("thing", "plan")
                        .read("minimum", ctx.integer("minimum"))
                        .violated("bad"));
    RuleSet set = RuleSet.of("test", "1", List.of(withParameter));
    assertThat(Validator.of(set).validate(PLAN).trace()).isEmpty();

    Trace trace = Validator.of(set).withTrace(true).validate(PLAN).trace().orElseThrow();
    assertThat(trace.format()).isEqualTo("pug.trace.v1");
    TraceEntry entry = trace.entries().get(0);
    assertThat(entry.inputs()).containsEntry("minimum", 3L);
    assertThat(entry.parameters())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("minimum");
              assertThat(p.basis()).isEqualTo("from the test");
            });
    assertThat(entry.messageKey()).contains("X-TEST-014.bad");
    assertThat(trace.toJson())
        .startsWith("{\n  \"format\": \"pug.trace.v1\",\n  \"asOf\": \"2025-01-01\"")
        .contains("\"rule\": \"X-TEST-014\"")
        .contains("\"outcome\": \"VIOLATED\"")
        .contains("\"basis\": \"from the test\"");

    TraceEntry configured =
        Validator.of(set.configure(withParameter.id(), "minimum", 4))
            .withTrace(true)
            .validate(PLAN)
            .trace()
            .orElseThrow()
            .entries()
            .get(0);
    assertThat(configured.parameters().get(0).value()).isEqualTo(4L);
    assertThat(configured.parameters().get(0).basis()).isEqualTo("configured by the rule set");
  }

  @Test
  void defaultAsOf_isTheFirstDayOfTheFiscalYear() {
    assertThat(Validator.defaultAsOf(PLAN)).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(run(FOUR_WAYS).asOf()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(run(FOUR_WAYS).planId()).isEqualTo("62.03/2025");
  }

  @Test
  void sameInput_sameReport() {
    assertThat(run(FOUR_WAYS)).isEqualTo(run(FOUR_WAYS));
    assertThat(run(FOUR_WAYS).fingerprint()).hasSize(16);
  }
}
