package id.pug.rules.engine;

import com.google.common.primitives.ImmutableIntArray;
import id.pug.core.budget.BudgetLine;
import id.pug.core.plan.RegionalPprgPlan;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules of one validation share about its plan, computed at most once per validation when
 * a rule first asks for it ({@link PlanDerived}): the positions of the ARG-tagged budget lines,
 * say, so that each rule about tagged lines does not walk every line of the plan again. Belongs to
 * one validation, on one thread; never shared between validations, so a validation's cost includes
 * it.
 */
final class PlanScope {
  private final RegionalPprgPlan plan;
  private final String planId;
  private final Map<PlanDerived<?>, Object> derived = new IdentityHashMap<>();

  PlanScope(RegionalPprgPlan plan, String planId) {
    this.plan = plan;
    this.planId = planId;
  }

  /** The plan's id in findings, made once. */
  String planId() {
    return planId;
  }

  /** A derived value, computed the first time a rule asks for it. */
  @SuppressWarnings("unchecked")
  <T> T derived(PlanDerived<T> value) {
    Object known = derived.get(value);
    if (known == null) {
      known = value.compute(plan);
      derived.put(value, known);
    }
    return (T) known;
  }

  /** The positions of the ARG-tagged lines in {@code plan.budgetLines()}, in plan order. */
  static final PlanDerived<ImmutableIntArray> TAGGED_LINE_POSITIONS =
      PlanDerived.of("ARG-tagged line positions", PlanScope::taggedLinePositions);

  private static ImmutableIntArray taggedLinePositions(RegionalPprgPlan plan) {
    List<BudgetLine> lines = plan.budgetLines();
    ImmutableIntArray.Builder tagged = ImmutableIntArray.builder();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isTagged()) {
        tagged.add(i);
      }
    }
    return tagged.build();
  }
}
