package id.pug.rules.arg;

import static id.pug.rules.arg.ArgRules.CATEGORY_MATCHES_ACTIVITY;
import static id.pug.rules.arg.ArgRules.EQUALITY_GAP;
import static id.pug.rules.arg.ArgRules.LINE_MATCHES_GBS;
import static id.pug.rules.arg.ArgRules.SHARE_TARGET;
import static id.pug.rules.arg.ArgRules.SPECIFIC_TARGET_GROUP;
import static id.pug.rules.arg.ArgRules.TAG_HAS_GAP;
import static id.pug.rules.arg.ArgRules.TAG_HAS_GBS;
import static id.pug.rules.arg.ArgRules.TAG_POSITIVE_AMOUNT;
import static id.pug.rules.testing.RuleExample.failing;
import static id.pug.rules.testing.RuleExample.lacking;
import static id.pug.rules.testing.RuleExample.notApplicable;
import static id.pug.rules.testing.RuleExample.passing;

import com.google.common.collect.ImmutableList;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.money.Rupiah;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.SituationAnalysis;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.engine.RuleId;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleExample;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Passing and failing examples of the ARG rules, on the Kapuas fixture. */
public final class ArgExamples {
  private ArgExamples() {}

  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();

  /** Kapuas with budget line {@code i} changed. */
  static RegionalPprgPlan line(int i, UnaryOperator<BudgetLine.Builder> change) {
    return Plans.line(i, change);
  }

  /** Kapuas with the ARG tag of budget line {@code i} changed. */
  static RegionalPprgPlan tag(int i, UnaryOperator<ArgTag.Builder> change) {
    return Plans.tag(i, change);
  }

  /** Kapuas with GBS {@code i} changed. */
  static RegionalPprgPlan gbs(int i, UnaryOperator<GenderBudgetStatement.Builder> change) {
    return Plans.gbs(i, change);
  }

  private static RuleExample target(
      RuleId rule, String name, RegionalPprgPlan plan, String percent, boolean passes) {
    RuleExample example =
        passes
            ? passing(rule, name, plan, "budgetLines")
            : failing(rule, name, plan, "budgetLines");
    return example.configured(s -> s.configure(rule, "targetPercent", new BigDecimal(percent)));
  }

  /**
   * The examples.
   *
   * @return every example of the family
   */
  public static ImmutableList<RuleExample> examples() {
    PerformanceIndicator argShareIndicator =
        PerformanceIndicator.builder()
            .name("Persentase Anggaran Responsif Gender (ARG)")
            .unit("%")
            .level(IndicatorLevel.IMPACT)
            .code("000963")
            .addTarget(IndicatorValue.of(Year.of(2025), new BigDecimal("70")))
            .build();
    return ImmutableList.of(
        passing(
            TAG_HAS_GBS, "both tagged lines name their GBS", KAPUAS, "budgetLines[1].argTag.gbs"),
        failing(
            TAG_HAS_GBS,
            "the violence-prevention line is tagged without a GBS",
            tag(1, t -> t.gbs(Optional.empty())),
            "budgetLines[1].argTag.gbs"),
        failing(
            TAG_HAS_GBS,
            "the tag names a GBS the plan lacks",
            tag(1, t -> t.gbs(GbsId.of("gbs-lain"))),
            "budgetLines[1].argTag.gbs"),
        passing(
            TAG_HAS_GAP, "both tagged lines name their GAP", KAPUAS, "budgetLines[0].argTag.gap"),
        failing(
            TAG_HAS_GAP,
            "the PUG policy line is tagged without a GAP",
            tag(0, t -> t.gap(Optional.empty())),
            "budgetLines[0].argTag.gap"),
        passing(TAG_POSITIVE_AMOUNT, "tagged lines have ceilings", KAPUAS, "budgetLines[0].amount"),
        failing(
            TAG_POSITIVE_AMOUNT,
            "a tagged line with a zero ceiling",
            line(0, l -> l.amount(Rupiah.ZERO)),
            "budgetLines[0].amount"),
        passing(
            LINE_MATCHES_GBS,
            "each tagged line and its GBS share agency and sub-kegiatan",
            KAPUAS,
            "budgetLines[0].subActivity"),
        failing(
            LINE_MATCHES_GBS,
            "the GBS states another sub-kegiatan than the line",
            gbs(0, g -> g.subActivity(PlanFixtures.PUG_IMPLEMENTATION)),
            "budgetLines[0].subActivity"),
        failing(
            LINE_MATCHES_GBS,
            "the GBS belongs to another agency",
            gbs(0, g -> g.agency(PlanFixtures.BAPPEDA)),
            "budgetLines[0].agency"),
        lacking(
            LINE_MATCHES_GBS,
            "the GBS states no sub-kegiatan code",
            gbs(0, g -> g.subActivity(Optional.empty())),
            "budgetStatements[0].subActivity"),
        lacking(
            LINE_MATCHES_GBS,
            "the line names no GBS",
            tag(0, t -> t.gbs(Optional.empty())),
            "budgetLines[0].argTag.gbs"),
        passing(
            CATEGORY_MATCHES_ACTIVITY,
            "the Pelembagaan PUG line is tagged institutionalisation",
            KAPUAS,
            "budgetLines[0].argTag.category"),
        failing(
            CATEGORY_MATCHES_ACTIVITY,
            "the Pelembagaan PUG line is tagged as an equality budget",
            tag(0, t -> t.category(ArgCategory.EQUALITY)),
            "budgetLines[0].argTag.category"),
        failing(
                CATEGORY_MATCHES_ACTIVITY,
                "strict: violence prevention tagged as institutionalisation",
                tag(1, t -> t.category(ArgCategory.INSTITUTIONALISATION)),
                "budgetLines[1].argTag.category")
            .configured(s -> s.configure(CATEGORY_MATCHES_ACTIVITY, "strict", true)),
        passing(
            SPECIFIC_TARGET_GROUP,
            "a category-1 tag names its target group",
            tag(
                1,
                t ->
                    t.category(ArgCategory.SPECIFIC_TARGET)
                        .targetGroup("Perempuan korban kekerasan dalam rumah tangga")),
            "budgetLines[1].argTag.targetGroup"),
        passing(
            SPECIFIC_TARGET_GROUP,
            "a category-1 line whose KAK names women and men as beneficiaries",
            tag(1, t -> t.category(ArgCategory.SPECIFIC_TARGET)),
            "budgetLines[1].argTag.targetGroup"),
        failing(
            SPECIFIC_TARGET_GROUP,
            "a category-1 line with no target group and no KAK",
            tag(1, t -> t.category(ArgCategory.SPECIFIC_TARGET).kak(Optional.empty())),
            "budgetLines[1].argTag.targetGroup"),
        notApplicable(SPECIFIC_TARGET_GROUP, "Kapuas has no category-1 line", KAPUAS),
        passing(
            EQUALITY_GAP,
            "the equality line's GBS names the gap factors",
            KAPUAS,
            "budgetLines[1].argTag.genderGap"),
        passing(
            EQUALITY_GAP,
            "the equality tag names the gap itself",
            tag(
                1,
                t ->
                    t.genderGap("Akses perempuan di desa terpencil pada layanan pengaduan terbatas")
                        .gbs(Optional.empty())),
            "budgetLines[1].argTag.genderGap"),
        failing(
            EQUALITY_GAP,
            "neither the tag nor the GBS names a gap factor",
            gbs(1, g -> g.situationAnalysis(SituationAnalysis.empty())),
            "budgetLines[1].argTag.genderGap"),
        lacking(
            EQUALITY_GAP,
            "the equality line names no GBS",
            tag(1, t -> t.gbs(Optional.empty())),
            "budgetLines[1].argTag.genderGap"),
        notApplicable(SHARE_TARGET, "no ARG target is given", KAPUAS),
        target(SHARE_TARGET, "a 74.40% share meets a 50% target", KAPUAS, "50", true),
        target(SHARE_TARGET, "a 74.40% share misses an 80% target", KAPUAS, "80", false),
        passing(
            SHARE_TARGET,
            "the plan's own Persentase ARG target of 70% for 2025 is met",
            Plans.kapuas(p -> p.addRegionalIndicator(argShareIndicator)),
            "budgetLines"),
        lacking(
                SHARE_TARGET,
                "every line is zero, so no share",
                Plans.kapuas(
                    p ->
                        p.budgetLines(
                            KAPUAS.budgetLines().stream()
                                .map(l -> BudgetLine.builder().from(l).amount(Rupiah.ZERO).build())
                                .toList())),
                "budgetLines")
            .configured(s -> s.configure(SHARE_TARGET, "targetPercent", BigDecimal.TEN)));
  }
}
