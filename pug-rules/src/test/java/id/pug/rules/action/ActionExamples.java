package id.pug.rules.action;

import static id.pug.rules.action.ActionRules.MEASURABLE;
import static id.pug.rules.action.ActionRules.OUTCOME;
import static id.pug.rules.action.ActionRules.RESPONSIBLE_AGENCY;
import static id.pug.rules.action.ActionRules.TIMELINE;
import static id.pug.rules.testing.RuleExample.failing;
import static id.pug.rules.testing.RuleExample.lacking;
import static id.pug.rules.testing.RuleExample.passing;

import com.google.common.collect.ImmutableList;
import id.pug.core.agency.AgencyId;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.PlannedAction;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleExample;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Passing and failing examples of the action-plan rules, on Kapuas's RAD PUG. */
public final class ActionExamples {
  private ActionExamples() {}

  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();
  private static final ActionPlan RAD = KAPUAS.actionPlans().get(0);

  /** Kapuas with action {@code j} of the RAD PUG changed. */
  static RegionalPprgPlan action(int j, UnaryOperator<PlannedAction.Builder> change) {
    ActionPlan rad =
        ActionPlan.builder()
            .from(RAD)
            .actions(
                Plans.replace(
                    RAD.actions(), j, a -> change.apply(PlannedAction.builder().from(a)).build()))
            .build();
    return Plans.kapuas(p -> p.actionPlans(ImmutableList.of(rad)));
  }

  /** Kapuas with the RAD PUG's actions replaced. */
  static RegionalPprgPlan rad(ImmutableList<PlannedAction> actions) {
    ActionPlan rad = ActionPlan.builder().from(RAD).actions(actions).build();
    return Plans.kapuas(p -> p.actionPlans(ImmutableList.of(rad)));
  }

  /** The same indicators with a target of 1 in 2025 each (illustrative). */
  static ImmutableList<PerformanceIndicator> targeted(PlannedAction action) {
    return action.indicators().stream()
        .map(
            i ->
                PerformanceIndicator.builder()
                    .from(i)
                    .addTarget(IndicatorValue.of(Year.of(2025), BigDecimal.ONE))
                    .build())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The examples.
   *
   * @return every example of the family
   */
  public static ImmutableList<RuleExample> examples() {
    return ImmutableList.of(
        passing(
            RESPONSIBLE_AGENCY,
            "the first action is the DP3APPKB's",
            KAPUAS,
            "actionPlans[0].actions[0].responsibleAgency"),
        failing(
            RESPONSIBLE_AGENCY,
            "an action without a responsible agency",
            action(0, a -> a.responsibleAgency(Optional.empty())),
            "actionPlans[0].actions[0].responsibleAgency"),
        failing(
            RESPONSIBLE_AGENCY,
            "an action given to an agency the plan lacks",
            action(1, a -> a.responsibleAgency(AgencyId.of("dinkes"))),
            "actionPlans[0].actions[1].responsibleAgency"),
        passing(
            TIMELINE, "every action runs within 2025–2029", KAPUAS, "actionPlans[0].actions[0]"),
        failing(
            TIMELINE,
            "an action with no end",
            action(0, a -> a.end(Optional.empty())),
            "actionPlans[0].actions[0].end"),
        failing(
            TIMELINE,
            "an action ending in 2031, after the RAD PUG",
            action(0, a -> a.end(YearMonth.of(2031, 6))),
            "actionPlans[0].actions[0].end"),
        passing(
            MEASURABLE,
            "every action's indicator has a 2025 target",
            rad(
                RAD.actions().stream()
                    .map(a -> PlannedAction.builder().from(a).indicators(targeted(a)).build())
                    .collect(ImmutableList.toImmutableList())),
            "actionPlans[0].actions[0]"),
        failing(
            MEASURABLE,
            "Kapuas's first action has an indicator without a target",
            KAPUAS,
            "actionPlans[0].actions[0].indicators[0].targets"),
        failing(
            MEASURABLE,
            "an action with no indicator",
            action(0, a -> a.indicators(ImmutableList.of())),
            "actionPlans[0].actions[0].indicators"),
        passing(
            OUTCOME,
            "a RAD PUG whose only action, ARG tagging, measures an outcome",
            rad(ImmutableList.of(RAD.actions().get(2))),
            "actionPlans[0].actions[0].indicators"),
        failing(
            OUTCOME,
            "the first action measures outputs only",
            KAPUAS,
            "actionPlans[0].actions[0].indicators"),
        lacking(
            OUTCOME,
            "an action with no indicator",
            action(0, a -> a.indicators(ImmutableList.of())),
            "actionPlans[0].actions[0].indicators"));
  }
}
