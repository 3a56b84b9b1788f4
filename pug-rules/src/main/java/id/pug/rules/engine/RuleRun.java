package id.pug.rules.engine;

import com.google.common.collect.ImmutableMap;
import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * A rule a validation ran: its descriptor, the parameter values it ran with, and how many of its
 * evaluations ended in each {@link Outcome}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class RuleRun {
  RuleRun() {}

  static ImmutableRuleRun.Builder builder() {
    return ImmutableRuleRun.builder();
  }

  /**
   * The rule.
   *
   * @return its descriptor
   */
  public abstract RuleDescriptor descriptor();

  /**
   * The parameter values the rule ran with (defaults or configured), by name; parameters with no
   * value are absent.
   *
   * @return the values, in canonical types
   */
  public abstract ImmutableMap<String, Object> parameters();

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
   * Evaluations on subjects the rule does not apply to.
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
   * The rule's id.
   *
   * @return the id
   */
  public RuleId id() {
    return descriptor().id();
  }

  /**
   * The count of one outcome.
   *
   * @param outcome the outcome
   * @return the count
   */
  public int count(Outcome outcome) {
    return switch (outcome) {
      case PASSED -> passed();
      case VIOLATED -> violated();
      case NOT_APPLICABLE -> notApplicable();
      case INSUFFICIENT_DATA -> insufficientData();
    };
  }

  /**
   * All evaluations.
   *
   * @return the total count
   */
  public int evaluations() {
    return passed() + violated() + notApplicable() + insufficientData();
  }

  /**
   * Evaluations that decided something about compliance: passed, violated or lacking data.
   *
   * @return the count
   */
  public int decisive() {
    return passed() + violated() + insufficientData();
  }
}
