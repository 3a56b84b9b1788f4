package id.pug.rules.engine;

import id.pug.core.PugException;

/**
 * A rule's code failed while evaluating a plan: a bug in the rule, never a property of the plan.
 * The validator throws nothing else; plan content cannot make it throw.
 */
public final class RuleFailureException extends PugException {
  private static final long serialVersionUID = 1L;

  /** The rule that failed. */
  private final String ruleId;

  RuleFailureException(RuleId rule, String plan, RuntimeException cause) {
    super("Rule " + rule + " failed on plan " + plan + ": " + cause, cause);
    this.ruleId = rule.value();
  }

  /**
   * The rule that failed.
   *
   * @return its id
   */
  public RuleId ruleId() {
    return RuleId.parse(ruleId);
  }
}
