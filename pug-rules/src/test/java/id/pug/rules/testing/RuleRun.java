package id.pug.rules.testing;

import com.google.common.collect.ImmutableList;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.TraceEntry;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.rules.packs.PolicyPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One rule of the catalogue or a policy pack run alone on a plan, with its trace: for tests that
 * check a rule's evidence, which {@link RuleExample}s do not.
 *
 * @param report the report
 */
public record RuleRun(ValidationReport report) {

  /**
   * Runs a rule as of the plan's default date.
   *
   * @param id the rule
   * @param plan the plan
   * @return the run
   */
  public static RuleRun of(RuleId id, RegionalPprgPlan plan) {
    return of(id, plan, Validator.defaultAsOf(plan));
  }

  /**
   * Runs a rule as of a date.
   *
   * @param id the rule
   * @param plan the plan
   * @param asOf the as-of date
   * @return the run
   */
  public static RuleRun of(RuleId id, RegionalPprgPlan plan, LocalDate asOf) {
    return of(id, plan, asOf, s -> s);
  }

  /**
   * Runs a rule configured, as of the plan's default date.
   *
   * @param id the rule
   * @param plan the plan
   * @param configure how to configure the rule set (parameters)
   * @return the run
   */
  public static RuleRun of(RuleId id, RegionalPprgPlan plan, UnaryOperator<RuleSet> configure) {
    return of(id, plan, Validator.defaultAsOf(plan), configure);
  }

  private static RuleRun of(
      RuleId id, RegionalPprgPlan plan, LocalDate asOf, UnaryOperator<RuleSet> configure) {
    Rule rule =
        Stream.concat(PprgCatalogue.rules().stream(), PolicyPacks.allRules().stream())
            .filter(r -> r.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no rule " + id));
    RuleSet set = configure.apply(RuleSet.of("test", "1", List.of(rule)).enable(id));
    return new RuleRun(Validator.of(set).withTrace(true).validate(plan, asOf));
  }

  /**
   * The findings.
   *
   * @return the findings
   */
  public ImmutableList<Finding> findings() {
    return report.findings();
  }

  /**
   * The only finding; fails if there is not exactly one.
   *
   * @return the finding
   */
  public Finding finding() {
    if (report.findings().size() != 1) {
      throw new AssertionError("expected one finding, got " + report.findings());
    }
    return report.findings().get(0);
  }

  /**
   * The evaluations.
   *
   * @return the trace entries
   */
  public ImmutableList<TraceEntry> entries() {
    return report.trace().orElseThrow().entries();
  }

  /**
   * The evaluations that passed.
   *
   * @return the passed entries
   */
  public ImmutableList<TraceEntry> passed() {
    return entries().stream()
        .filter(e -> e.outcome() == Outcome.PASSED)
        .collect(ImmutableList.toImmutableList());
  }
}
