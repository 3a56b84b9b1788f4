package id.pug.rules.action;

import com.google.common.collect.ImmutableList;
import id.pug.core.agency.AgencyId;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.YearRange;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.PlannedAction;
import id.pug.rules.engine.Check;
import id.pug.rules.engine.EffectivePeriod;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.MessageBundle;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleContext;
import id.pug.rules.engine.RuleDefinition;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Action plans (rencana aksi: the RAD PUG, the Pokja PUG's work plan, thematic plans such as a RAD
 * Kesetaraan Gender): every action has a responsible agency, a timeline inside the plan's period
 * and indicators that can be measured.
 *
 * <p>These are the elements Kalimantan Timur's 2019 Bimtek asked of each Pokja action (seed 003),
 * Kalimantan Tengah asked of its kab/kota action agendas in 2025 ("terukur", seed 001) and
 * Kalimantan Barat asked of every meeting in 2026 — a clear indicator, an outcome, a benefit and an
 * impact that can be measured (seed 000). No regulation in pug's sources prescribes the form of an
 * action, so these rules are configurable policies.
 */
public final class ActionRules {
  private ActionRules() {}

  static final MessageBundle BUNDLE = MessageBundle.load(ActionRules.class);

  /** PPRG-ACT-001 (policy): every action names a responsible agency of the plan. */
  public static final RuleId RESPONSIBLE_AGENCY = RuleId.parse("PPRG-ACT-001");

  /** PPRG-ACT-002 (policy): every action has a timeline inside the plan's period. */
  public static final RuleId TIMELINE = RuleId.parse("PPRG-ACT-002");

  /** PPRG-ACT-003 (policy): every action has an indicator with a target. */
  public static final RuleId MEASURABLE = RuleId.parse("PPRG-ACT-003");

  /** PPRG-ACT-004 (policy): every action measures an outcome or impact, not only an output. */
  public static final RuleId OUTCOME = RuleId.parse("PPRG-ACT-004");

  private static final String NOTE =
      "Practice asked by Kaltim's Bimtek on Pokja action plans (2019), Kalteng's Rakor (2025) and"
          + " Kalbar's Rakor (2026); no regulation in pug's sources prescribes the form of an action.";

  /**
   * The rules of this family, in id order.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> rules() {
    return ImmutableList.of(
        define(RESPONSIBLE_AGENCY, Severity.WARNING)
            .source("SEED-003", "SEED-001")
            .logic(ctx -> forEachAction(ctx, ActionRules::responsibleAgency)),
        define(TIMELINE, Severity.WARNING)
            .source("SEED-003", "SEED-001")
            .logic(ctx -> forEachAction(ctx, ActionRules::timeline)),
        define(MEASURABLE, Severity.WARNING)
            .source("SEED-000", "SEED-001")
            .logic(ctx -> forEachAction(ctx, ActionRules::measurable)),
        define(OUTCOME, Severity.INFO)
            .source("SEED-000")
            .logic(ctx -> forEachAction(ctx, ActionRules::outcome)));
  }

  private static RuleDefinition define(RuleId id, Severity severity) {
    return RuleDefinition.of(id.value(), BUNDLE)
        .severity(severity)
        .category(RuleCategory.ACTION_PLANS)
        .policy(NOTE)
        .cite("Permendagri 67/2011")
        .effective(EffectivePeriod.fromYearOf(2011, "Permendagri 67/2011"));
  }

  /** An action and where it lies. */
  record Located(ActionPlan plan, PlannedAction action, ElementPath path) {}

  /** The check of one action. */
  @FunctionalInterface
  interface ActionCheck {
    void check(RuleContext ctx, Located at, Check check);
  }

  private static void forEachAction(RuleContext ctx, ActionCheck rule) {
    List<ActionPlan> plans = ctx.plan().actionPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      for (int j = 0; j < plan.actions().size(); j++) {
        PlannedAction action = plan.actions().get(j);
        ElementPath path = ElementPath.of("actionPlans", i).field("actions").index(j);
        String subject = plan.id().value() + "#" + (j + 1); // the action's id in findings
        Check check =
            action.responsibleAgency().isPresent()
                ? ctx.check(path, subject, action.responsibleAgency().get())
                : ctx.check(path, subject);
        check.read("actionPlan", plan.id()).read("action", action.description());
        rule.check(ctx, new Located(plan, action, path), check);
      }
    }
  }

  static void responsibleAgency(RuleContext ctx, Located at, Check check) {
    Optional<AgencyId> agency = at.action().responsibleAgency();
    check.at(at.path().field("responsibleAgency"));
    if (agency.isEmpty()) {
      check.violated("noAgency");
      return;
    }
    check.read("agency", agency.get());
    check.passedIf(ctx.plan().agency(agency.get()).isPresent(), "unknownAgency");
  }

  static void timeline(RuleContext ctx, Located at, Check check) {
    Optional<YearMonth> start = at.action().start();
    Optional<YearMonth> end = at.action().end();
    YearRange period = at.plan().period();
    check.read("period", period.toString());
    if (start.isEmpty() || end.isEmpty()) {
      check.at(at.path().field(start.isEmpty() ? "start" : "end")).violated("noTimeline");
      return;
    }
    check.read("start", start.get()).read("end", end.get());
    boolean startIn = period.contains(Year.of(start.get().getYear()));
    boolean endIn = period.contains(Year.of(end.get().getYear()));
    if (startIn && endIn) {
      check.passed();
    } else {
      check.at(at.path().field(startIn ? "end" : "start")).violated("outsidePeriod");
    }
  }

  static void measurable(RuleContext ctx, Located at, Check check) {
    List<PerformanceIndicator> indicators = at.action().indicators();
    check.read("indicators", (long) indicators.size());
    if (indicators.isEmpty()) {
      check.at(at.path().field("indicators")).violated("noIndicator");
      return;
    }
    for (int k = 0; k < indicators.size(); k++) {
      if (indicators.get(k).targets().isEmpty()) {
        check
            .read("indicator", indicators.get(k).name())
            .at(at.path().field("indicators").index(k).field("targets"))
            .violated("noTarget");
        return;
      }
    }
    check.passed();
  }

  static void outcome(RuleContext ctx, Located at, Check check) {
    List<PerformanceIndicator> indicators = at.action().indicators();
    check.at(at.path().field("indicators"));
    if (indicators.isEmpty()) {
      check.insufficientData("noIndicator");
      return;
    }
    boolean beyondOutput =
        indicators.stream()
            .anyMatch(
                i -> i.level() == IndicatorLevel.OUTCOME || i.level() == IndicatorLevel.IMPACT);
    check.passedIf(beyondOutput, "outputOnly");
  }
}
