package id.pug.rules.engine;

import com.google.common.collect.ImmutableList;
import id.pug.core.PugStyle;
import id.pug.core.region.RegionCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of validating a plan: which rule set (version and fingerprint) ran on which plan as of
 * which date, every rule run with its outcome counts, the rules skipped and why, the findings in a
 * deterministic order (rule order, then the order the rule met its subjects), a {@link Summary}
 * and, if asked for, the {@link Trace}.
 *
 * <p>The same plan, rule set and as-of date always give an equal report. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class ValidationReport {
  ValidationReport() {}

  static ImmutableValidationReport.Builder builder() {
    return ImmutableValidationReport.builder();
  }

  /**
   * The plan's region.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * The plan's fiscal year.
   *
   * @return the year
   */
  public abstract Year fiscalYear();

  /**
   * The date whose law was applied.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * The rule set's version: its catalogue and packs with their versions.
   *
   * @return for example {@code "pprg-national 2026.12 + babel-2016 1"}
   */
  public abstract String ruleSetVersion();

  /**
   * A fingerprint of the rules, severities, periods and parameter values that ran: equal
   * fingerprints mean equal rules.
   *
   * @return 16 hexadecimal digits
   */
  public abstract String fingerprint();

  /**
   * The rules run, in rule-set order.
   *
   * @return the runs
   */
  public abstract ImmutableList<RuleRun> rules();

  /**
   * The rules not run, and why.
   *
   * @return the skipped rules
   */
  public abstract ImmutableList<SkippedRule> skipped();

  /**
   * The findings: violations and evaluations that lacked data.
   *
   * @return the findings
   */
  public abstract ImmutableList<Finding> findings();

  /**
   * The totals.
   *
   * @return the summary
   */
  public abstract Summary summary();

  /**
   * The trace, when the validator was asked for one.
   *
   * @return the trace
   */
  public abstract Optional<Trace> trace();

  /**
   * The plan's id: region and fiscal year.
   *
   * @return for example {@code "62.03/2025"}
   */
  public String planId() {
    return region() + "/" + fiscalYear();
  }

  /**
   * Whether an ERROR rule was violated: the plan does not meet PPRG criteria.
   *
   * @return true if there is an error
   */
  public boolean hasErrors() {
    return summary().errors() > 0;
  }

  /**
   * The violations (not the insufficient-data findings).
   *
   * @return the violations, in report order
   */
  public ImmutableList<Finding> violations() {
    return findings().stream()
        .filter(f -> f.outcome() == Outcome.VIOLATED)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The violations of one severity.
   *
   * @param severity the severity
   * @return the violations
   */
  public ImmutableList<Finding> violations(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return violations().stream()
        .filter(f -> f.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The findings of one rule.
   *
   * @param rule the rule's id
   * @return the findings
   */
  public ImmutableList<Finding> findingsOf(RuleId rule) {
    Objects.requireNonNull(rule, "rule");
    return findings().stream()
        .filter(f -> f.ruleId().equals(rule))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The run of one rule.
   *
   * @param rule the rule's id
   * @return the run, or empty if the rule did not run
   */
  public Optional<RuleRun> run(RuleId rule) {
    Objects.requireNonNull(rule, "rule");
    return rules().stream().filter(r -> r.id().equals(rule)).findFirst();
  }

  /**
   * The plan, date and totals.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "ValidationReport["
        + planId()
        + " as of "
        + asOf()
        + ", "
        + rules().size()
        + " rules, "
        + summary().errors()
        + " errors, "
        + summary().warnings()
        + " warnings, "
        + summary().insufficientData()
        + " insufficient data]";
  }
}
