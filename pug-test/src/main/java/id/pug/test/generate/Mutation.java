package id.pug.test.generate;

import com.google.common.collect.ImmutableSet;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Validator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One change to a valid plan of {@link PlanGenerator} that breaks one rule of the national
 * catalogue: its name, the rule it must trigger, the path where the finding must point, and {@link
 * #apply(RegionalPprgPlan)}.
 *
 * <p>Validated with {@code Validator.of(PprgCatalogue.ruleSet())} as of the default date, the
 * mutated plan has a {@code VIOLATED} finding of {@link #ruleId()} at {@link #path()}. Some rules
 * cannot be broken alone — a zero ceiling also breaks the totals of its GBS and KAK — so {@link
 * #alsoViolates()} lists the other rules the change is known to break; it is empty for most.
 * Mutations rely on the layout described in {@link PlanGenerator}; {@link
 * #appliesTo(RegionalPprgPlan)} says whether a plan has what the change needs (a finance agency,
 * say, or a fiscal year in which the rule is in effect).
 *
 * <p>Immutable and thread-safe.
 */
public final class Mutation {
  private final String name;
  private final RuleId ruleId;
  private final ElementPath path;
  private final ImmutableSet<RuleId> alsoViolates;
  private final Predicate<RegionalPprgPlan> needs;
  private final UnaryOperator<RegionalPprgPlan> change;

  private Mutation(
      String name,
      RuleId ruleId,
      ElementPath path,
      ImmutableSet<RuleId> alsoViolates,
      Predicate<RegionalPprgPlan> needs,
      UnaryOperator<RegionalPprgPlan> change) {
    this.name = name;
    this.ruleId = ruleId;
    this.path = path;
    this.alsoViolates = alsoViolates;
    this.needs = needs;
    this.change = change;
  }

  static Mutation of(
      String rule,
      String path,
      String name,
      Predicate<RegionalPprgPlan> needs,
      UnaryOperator<RegionalPprgPlan> change,
      String... alsoViolates) {
    ImmutableSet.Builder<RuleId> others = ImmutableSet.builder();
    for (String other : alsoViolates) {
      others.add(RuleId.parse(other));
    }
    return new Mutation(
        name, RuleId.parse(rule), ElementPath.parse(path), others.build(), needs, change);
  }

  /**
   * What the change does, as a sentence.
   *
   * @return for example {@code "a GBS states no budget allocation"}
   */
  public String name() {
    return name;
  }

  /**
   * The rule the mutated plan breaks.
   *
   * @return the rule's id
   */
  public RuleId ruleId() {
    return ruleId;
  }

  /**
   * Where the violation's finding points.
   *
   * @return the path, for example {@code budgetStatements[0].budget}
   */
  public ElementPath path() {
    return path;
  }

  /**
   * The other rules the change is known to break as well (their findings may point elsewhere).
   *
   * @return the rule ids; empty when the change breaks its rule alone
   */
  public ImmutableSet<RuleId> alsoViolates() {
    return alsoViolates;
  }

  /**
   * Whether the change can be made on a plan: the plan has the elements it changes, and the rule
   * runs by default and is in effect on the plan's default as-of date (1 January of its fiscal
   * year).
   *
   * @param plan a plan of {@link PlanGenerator}
   * @return true if {@link #apply(RegionalPprgPlan)} breaks the rule on it
   */
  public boolean appliesTo(RegionalPprgPlan plan) {
    Objects.requireNonNull(plan, "plan");
    Optional<Rule> rule =
        PprgCatalogue.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
    return rule.isPresent()
        && rule.get().descriptor().enabledByDefault()
        && rule.get().descriptor().period().contains(Validator.defaultAsOf(plan))
        && needs.test(plan);
  }

  /**
   * Makes the change.
   *
   * @param plan a plan of {@link PlanGenerator}
   * @return the changed plan
   * @throws IllegalArgumentException if the change cannot be made on the plan (see {@link
   *     #appliesTo(RegionalPprgPlan)})
   */
  public RegionalPprgPlan apply(RegionalPprgPlan plan) {
    if (!appliesTo(plan)) {
      throw new IllegalArgumentException(
          "mutation '" + name + "' (" + ruleId + ") does not apply to " + plan);
    }
    return change.apply(plan);
  }

  /**
   * The rule, path and name.
   *
   * @return for example {@code "PPRG-GBS-005 at budgetStatements[0].budget: a GBS states no budget
   *     allocation"}
   */
  @Override
  public String toString() {
    return ruleId + " at " + path + ": " + name;
  }
}
