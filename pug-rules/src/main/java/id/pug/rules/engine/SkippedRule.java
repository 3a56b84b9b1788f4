package id.pug.rules.engine;

import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * A rule of the rule set that a validation did not run, and why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class SkippedRule {
  SkippedRule() {}

  /** Why a rule did not run. */
  public enum Reason {
    /** The rule set has it switched off (a policy that is off by default, say). */
    DISABLED,
    /** The as-of date lies outside the rule's effective period. */
    NOT_IN_EFFECT
  }

  /**
   * The rule.
   *
   * @return its descriptor
   */
  @Value.Parameter
  public abstract RuleDescriptor descriptor();

  /**
   * Why it did not run.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract Reason reason();

  static SkippedRule of(RuleDescriptor descriptor, Reason reason) {
    return ImmutableSkippedRule.of(descriptor, reason);
  }
}
