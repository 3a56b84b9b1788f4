package id.pug.rules.engine;

import id.pug.core.PugStyle;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The totals of a validation: outcomes, violations by severity, the pass rate and the compliance
 * score.
 *
 * <ul>
 *   <li>The <b>pass rate</b> is the share of decisive evaluations (passed, violated, insufficient
 *       data) that passed, in percent. Insufficient data counts against it: leaving data out never
 *       raises it.
 *   <li>The <b>compliance score</b> weighs rules rather than subjects, so a rule checked on many
 *       budget lines does not drown the others: each rule with a decisive evaluation contributes
 *       its own pass ratio, weighted 3 for an ERROR rule, 2 for a WARNING rule and 1 for an INFO
 *       rule; the score is the weighted mean, in percent. It is pug's summary measure, not an
 *       official scale.
 * </ul>
 *
 * <p>Both are rounded half-even to one decimal, and absent when no evaluation was decisive.
 * Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Summary {
  Summary() {}

  /**
   * Rules run.
   *
   * @return the count
   */
  public abstract int rulesEvaluated();

  /**
   * Rules of the rule set not run (disabled or not in effect).
   *
   * @return the count
   */
  public abstract int rulesSkipped();

  /**
   * Evaluations that passed.
   *
   * @return the count
   */
  public abstract int passed();

  /**
   * Evaluations that found a violation.
   *
   * @return the count
   */
  public abstract int violated();

  /**
   * Evaluations on subjects a rule does not apply to.
   *
   * @return the count
   */
  public abstract int notApplicable();

  /**
   * Evaluations that lacked data.
   *
   * @return the count
   */
  public abstract int insufficientData();

  /**
   * Violations of ERROR rules.
   *
   * @return the count
   */
  public abstract int errors();

  /**
   * Violations of WARNING rules.
   *
   * @return the count
   */
  public abstract int warnings();

  /**
   * Violations of INFO rules.
   *
   * @return the count
   */
  public abstract int infos();

  /**
   * The share of decisive evaluations that passed.
   *
   * @return percent, one decimal
   */
  public abstract Optional<BigDecimal> passRate();

  /**
   * The severity-weighted mean of the rules' pass ratios.
   *
   * @return percent, one decimal
   */
  public abstract Optional<BigDecimal> complianceScore();

  /**
   * The violations of one severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int violations(Severity severity) {
    return switch (severity) {
      case ERROR -> errors();
      case WARNING -> warnings();
      case INFO -> infos();
    };
  }

  /**
   * The weight of a severity in the compliance score.
   *
   * @param severity the severity
   * @return 3 for ERROR, 2 for WARNING, 1 for INFO
   */
  public static int weight(Severity severity) {
    return switch (severity) {
      case ERROR -> 3;
      case WARNING -> 2;
      case INFO -> 1;
    };
  }

  static Summary of(List<RuleRun> runs, int skipped, List<Finding> findings) {
    int passed = 0;
    int violated = 0;
    int notApplicable = 0;
    int insufficient = 0;
    BigDecimal weighted = BigDecimal.ZERO;
    long weights = 0;
    for (RuleRun run : runs) {
      passed += run.passed();
      violated += run.violated();
      notApplicable += run.notApplicable();
      insufficient += run.insufficientData();
      if (run.decisive() > 0) {
        int weight = weight(run.descriptor().severity());
        // A rule that passed every decisive check adds its weight exactly (weight x n / n, scale
        // 0): the common case, without a 34-digit division.
        weighted =
            weighted.add(
                run.passed() == run.decisive()
                    ? BigDecimal.valueOf(weight)
                    : BigDecimal.valueOf((long) weight * run.passed())
                        .divide(BigDecimal.valueOf(run.decisive()), MathContext.DECIMAL128));
        weights += weight;
      }
    }
    int decisive = passed + violated + insufficient;
    ImmutableSummary.Builder summary =
        ImmutableSummary.builder()
            .rulesEvaluated(runs.size())
            .rulesSkipped(skipped)
            .passed(passed)
            .violated(violated)
            .notApplicable(notApplicable)
            .insufficientData(insufficient)
            .errors(count(findings, Severity.ERROR))
            .warnings(count(findings, Severity.WARNING))
            .infos(count(findings, Severity.INFO));
    if (decisive > 0) {
      summary.passRate(percent(BigDecimal.valueOf(passed), BigDecimal.valueOf(decisive)));
    }
    if (weights > 0) {
      summary.complianceScore(percent(weighted, BigDecimal.valueOf(weights)));
    }
    return summary.build();
  }

  private static int count(List<Finding> findings, Severity severity) {
    return (int)
        findings.stream()
            .filter(f -> f.outcome() == Outcome.VIOLATED && f.severity() == severity)
            .count();
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(BigDecimal.valueOf(100))
        .divide(whole, MathContext.DECIMAL128)
        .setScale(1, RoundingMode.HALF_EVEN);
  }
}
