package id.pug.rules.testing;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.RuleSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A passing or failing example of a rule: a plan fragment, the outcome the rule must reach on it,
 * and the path where it must reach it. {@code RuleExamplesTest} runs every example; a rule without
 * a passing and a failing example fails that test.
 *
 * @param rule the rule
 * @param name what the example shows, as a sentence
 * @param plan the plan
 * @param asOf the as-of date, if not the default (1 January of the fiscal year)
 * @param configure how to configure the rule set (parameters, switches)
 * @param expected the outcome the rule must reach
 * @param path where: the subject that passes, or the element a finding points at
 */
public record RuleExample(
    RuleId rule,
    String name,
    RegionalPprgPlan plan,
    Optional<LocalDate> asOf,
    UnaryOperator<RuleSet> configure,
    Outcome expected,
    ElementPath path) {

  /**
   * An example the rule passes: no finding, and a passed evaluation at the path.
   *
   * @param rule the rule
   * @param name what it shows
   * @param plan the plan
   * @param path the subject that passes
   * @return the example
   */
  public static RuleExample passing(RuleId rule, String name, RegionalPprgPlan plan, String path) {
    return new RuleExample(
        rule, name, plan, Optional.empty(), s -> s, Outcome.PASSED, ElementPath.parse(path));
  }

  /**
   * An example the rule finds violated at a path.
   *
   * @param rule the rule
   * @param name what it shows
   * @param plan the plan
   * @param path the element the finding points at
   * @return the example
   */
  public static RuleExample failing(RuleId rule, String name, RegionalPprgPlan plan, String path) {
    return new RuleExample(
        rule, name, plan, Optional.empty(), s -> s, Outcome.VIOLATED, ElementPath.parse(path));
  }

  /**
   * An example where the rule lacks data at a path.
   *
   * @param rule the rule
   * @param name what it shows
   * @param plan the plan
   * @param path the element the finding points at
   * @return the example
   */
  public static RuleExample lacking(RuleId rule, String name, RegionalPprgPlan plan, String path) {
    return new RuleExample(
        rule,
        name,
        plan,
        Optional.empty(),
        s -> s,
        Outcome.INSUFFICIENT_DATA,
        ElementPath.parse(path));
  }

  /**
   * An example where the rule does not apply to anything.
   *
   * @param rule the rule
   * @param name what it shows
   * @param plan the plan
   * @return the example
   */
  public static RuleExample notApplicable(RuleId rule, String name, RegionalPprgPlan plan) {
    return new RuleExample(
        rule, name, plan, Optional.empty(), s -> s, Outcome.NOT_APPLICABLE, ElementPath.root());
  }

  /**
   * The same example judged as of another date.
   *
   * @param date the as-of date
   * @return the example
   */
  public RuleExample asOf(LocalDate date) {
    return new RuleExample(
        rule, name, plan, Optional.of(Objects.requireNonNull(date)), configure, expected, path);
  }

  /**
   * The same example with the rule set configured.
   *
   * @param operator how to configure it
   * @return the example
   */
  public RuleExample configured(UnaryOperator<RuleSet> operator) {
    return new RuleExample(rule, name, plan, asOf, operator, expected, path);
  }

  @Override
  public String toString() {
    return rule + " " + expected + ": " + name;
  }
}
