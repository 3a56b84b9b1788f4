package id.pug.rules.engine;

import java.util.Objects;

/**
 * A validation rule: a {@link RuleDescriptor} (what it is, as data) and the check itself.
 *
 * <p>{@link #evaluate(RuleContext)} examines the plan in the context and, for each subject it looks
 * at (a budget line, a GBS, the Pokja…), opens a {@link Check} and ends it in exactly one {@link
 * Outcome}. It must not keep state between calls, must be safe to call from several threads at
 * once, and must not throw for any plan content: a missing or malformed element is a finding or
 * {@link Outcome#INSUFFICIENT_DATA}, never an exception. Write one with {@link RuleDefinition}.
 */
public interface Rule {
  /**
   * What the rule is.
   *
   * @return the descriptor
   */
  RuleDescriptor descriptor();

  /**
   * Evaluates the rule on the plan of a context.
   *
   * @param context the plan, the as-of date, the parameters and the place to record outcomes
   */
  void evaluate(RuleContext context);

  /**
   * The rule's id.
   *
   * @return the id
   */
  default RuleId id() {
    return descriptor().id();
  }

  /**
   * A rule from a descriptor and its logic.
   *
   * @param descriptor the descriptor
   * @param logic the check
   * @return the rule
   */
  static Rule of(RuleDescriptor descriptor, Logic logic) {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(logic, "logic");
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public void evaluate(RuleContext context) {
        logic.evaluate(context);
      }

      @Override
      public String toString() {
        return "Rule " + descriptor;
      }
    };
  }

  /** The check of a rule, as a lambda or method reference. */
  @FunctionalInterface
  interface Logic {
    /**
     * Evaluates the rule.
     *
     * @param context the context
     */
    void evaluate(RuleContext context);
  }
}
