package id.pug.rules.arg;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.TermsOfReference;
import id.pug.rules.engine.Check;
import id.pug.rules.engine.EffectivePeriod;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.engine.MessageBundle;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.Parameter;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleContext;
import id.pug.rules.engine.RuleDefinition;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import id.pug.rules.wording.Wording;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Gender-responsive budget (Anggaran Responsif Gender, ARG): the tags of budget lines, their chain
 * to the GAP and GBS, their categories, and the ARG share of spending.
 *
 * <p>Legal basis: under Permendagri 15/2008 as amended by Permendagri 67/2011 the results of the
 * gender analysis are set out in a GBS that is an inseparable part of the RKA/DPA ({@code
 * domain.md} §2.1, Inspektorat Kota Magelang's summary [S]); for ministries, Permen PPN 1/2021
 * requires a KAK accompanied by a GBS for ARG tagging (§5.2), cited as the parallel national rule.
 * The three ARG categories are the Juklak PPRG's (§5.1). Which activities count as
 * institutionalisation, and the region's ARG target, are configurable: no national mapping or
 * threshold is confirmed (§5.1, §5.3).
 */
public final class ArgRules {
  private ArgRules() {}

  static final MessageBundle BUNDLE = MessageBundle.load(ArgRules.class);

  private static final String PERMENDAGRI_15 = "Permendagri 15/2008";
  private static final String PERMENDAGRI_67 = "Permendagri 67/2011";
  private static final String PERMEN_PPN_1 = "Permen PPN 1/2021";
  private static final String JUKLAK = "SE Bersama 270/M.PPN/11/2012 Lampiran 2";
  private static final String MAGELANG = "https://inspektorat.magelangkota.go.id/?p=1549";
  private static final String JUKLAK_PAGE = "https://yukirin.xyz/pprg/files/basic-html/page33.html";

  private static final EffectivePeriod SINCE_JUKLAK =
      EffectivePeriod.from(
          java.time.LocalDate.of(2012, 11, 1),
          "from 1 November 2012, when the joint circular on the national PPRG strategy was signed"
              + " (its year is inferred from its numbers)");

  /** PPRG-ARG-001: an ARG-tagged line names a GBS the plan holds. */
  public static final RuleId TAG_HAS_GBS = RuleId.parse("PPRG-ARG-001");

  /** PPRG-ARG-002: an ARG-tagged line names a GAP the plan holds. */
  public static final RuleId TAG_HAS_GAP = RuleId.parse("PPRG-ARG-002");

  /** PPRG-ARG-003: an ARG-tagged line has a positive amount. */
  public static final RuleId TAG_POSITIVE_AMOUNT = RuleId.parse("PPRG-ARG-003");

  /** PPRG-ARG-004: an ARG-tagged line and its GBS have the same agency and sub-kegiatan. */
  public static final RuleId LINE_MATCHES_GBS = RuleId.parse("PPRG-ARG-004");

  /** PPRG-ARG-005 (policy): the ARG category agrees with the activity. */
  public static final RuleId CATEGORY_MATCHES_ACTIVITY = RuleId.parse("PPRG-ARG-005");

  /** PPRG-ARG-006: a category-1 (specific target) line names its target group. */
  public static final RuleId SPECIFIC_TARGET_GROUP = RuleId.parse("PPRG-ARG-006");

  /** PPRG-ARG-007: a category-2 (equality) line names the gender gap it closes. */
  public static final RuleId EQUALITY_GAP = RuleId.parse("PPRG-ARG-007");

  /** PPRG-ARG-008 (policy): the ARG share of spending reaches the region's target. */
  public static final RuleId SHARE_TARGET = RuleId.parse("PPRG-ARG-008");

  /** The SIPD and RPJMN codes of the "Persentase ARG" indicator ({@code domain.md} §5.3). */
  static final Set<String> SHARE_INDICATOR_CODES = Set.of("000613", "000963", "04.19.05.01.01");

  /**
   * The rules of this family, in id order.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> rules() {
    return ImmutableList.of(
        define(TAG_HAS_GBS, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, PERMEN_PPN_1)
            .source(MAGELANG)
            .logic(ArgRules::tagHasGbs),
        define(TAG_HAS_GAP, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67)
            .source(MAGELANG)
            .logic(ArgRules::tagHasGap),
        define(TAG_POSITIVE_AMOUNT, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67)
            .note("A tag marks an allocation (ARG is an allocation of budget, domain.md §5.1).")
            .logic(ArgRules::positiveAmount),
        define(LINE_MATCHES_GBS, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67)
            .source("https://dp3appkb.surabaya.go.id/sigas/pprg/printgbs/1132")
            .note("Regional GBS are written per sub-kegiatan with Permendagri 90/2019 codes [C].")
            .logic(ArgRules::lineMatchesGbs),
        define(CATEGORY_MATCHES_ACTIVITY, Severity.WARNING)
            .policy(
                "The categories are the Juklak PPRG's; which activities are institutionalisation is"
                    + " pug's reading of the kegiatan 2.08.02.2.01 Pelembagaan PUG [S] and of the"
                    + " regional anggaran pelembagaan PUG items (domain.md §2.2, §5.4), so the mapping"
                    + " is a parameter.")
            .cite(JUKLAK)
            .source(JUKLAK_PAGE, "REF-BUDGET")
            .parameter(
                Parameter.textList(
                    "institutionalisationActivities",
                    List.of("2.08.02.2.01"),
                    "kegiatan 2.08.02.2.01 Pelembagaan PUG (nomenclature 050-5889, domain.md §5.4 [S])"))
            .parameter(
                Parameter.bool(
                    "strict",
                    false,
                    "off: institutionalisation lines outside the listed activities (gender data,"
                        + " training in other agencies) are allowed"))
            .logic(ArgRules::categoryMatchesActivity),
        define(SPECIFIC_TARGET_GROUP, Severity.WARNING)
            .legal(JUKLAK)
            .effective(SINCE_JUKLAK)
            .source(JUKLAK_PAGE)
            .note(
                "The tag's target group is read first; otherwise the KAK's beneficiaries, when they"
                    + " name women or men (heuristic, Wording.namesASex).")
            .logic(ArgRules::specificTargetGroup),
        define(EQUALITY_GAP, Severity.WARNING)
            .legal(JUKLAK)
            .effective(SINCE_JUKLAK)
            .source(JUKLAK_PAGE)
            .note(
                "The tag's gender gap is read first; otherwise the gap factors (APKM) of the line's"
                    + " GBS situation analysis.")
            .logic(ArgRules::equalityGap),
        define(SHARE_TARGET, Severity.WARNING)
            .policy(
                "No national minimum ARG share is confirmed (domain.md §5.3): the target is the"
                    + " region's own (a Persentase ARG indicator of the plan) or one the user sets."
                    + " Share = ARG-tagged ceilings / all ceilings x 100, after Belitung Timur's"
                    + " definition; other regions' denominators may differ.")
            .cite("Perpres 12/2025")
            .source("https://sdi.beltim.go.id/kodref/04.03.019")
            .parameter(
                Parameter.decimal(
                    "targetPercent",
                    null,
                    BigDecimal.ZERO,
                    BigDecimal.valueOf(100),
                    "no default: no national threshold is confirmed; set the region's target, or"
                        + " give the plan a Persentase ARG indicator with a target for the year"))
            .logic(ArgRules::shareTarget));
  }

  private static RuleDefinition define(RuleId id, Severity severity) {
    return RuleDefinition.of(id.value(), BUNDLE)
        .severity(severity)
        .category(RuleCategory.ARG)
        .effective(EffectivePeriod.fromYearOf(2011, PERMENDAGRI_67));
  }

  private static ElementPath line(int i) {
    return ElementPath.of("budgetLines", i);
  }

  private static Check open(RuleContext ctx, int i, BudgetLine line) {
    return ctx.check(line(i), line.id().value(), line.agency())
        .read("line", line.id())
        .read("subActivity", line.subActivity());
  }

  // ----------------------------------------------------------------------------------------------

  /** The check of one ARG-tagged budget line. */
  @FunctionalInterface
  interface TaggedLineCheck {
    void check(int index, BudgetLine line, ArgTag tag, Check check);
  }

  /**
   * What a rule's full check of a tagged line would end in, if that outcome makes no finding
   * ({@link Outcome#PASSED} or {@link Outcome#NOT_APPLICABLE}); null when the line needs the full
   * check.
   */
  @FunctionalInterface
  interface QuickOutcome {
    @Nullable Outcome of(BudgetLine line, ArgTag tag);
  }

  /**
   * Hands every ARG-tagged line, in plan order, to the rule; a line whose outcome {@code quick}
   * already knows is counted without a check when the validation keeps no trace ({@link
   * RuleContext#endedWithoutCheck}). {@code quick} must agree with {@code rule}: the validation
   * with a trace, which always takes the full check, is the test of that.
   */
  private static void forEachTaggedLine(RuleContext ctx, QuickOutcome quick, TaggedLineCheck rule) {
    List<BudgetLine> lines = ctx.plan().budgetLines();
    ImmutableIntArray tagged = ctx.taggedLinePositions();
    for (int k = 0; k < tagged.length(); k++) {
      int i = tagged.get(k);
      BudgetLine line = lines.get(i);
      ArgTag tag = line.argTag().orElseThrow();
      Outcome known = quick.of(line, tag);
      if (known == null || !ctx.endedWithoutCheck(known)) {
        rule.check(i, line, tag, open(ctx, i, line));
      }
    }
  }

  private static @Nullable Outcome passedIf(boolean passes) {
    return passes ? Outcome.PASSED : null;
  }

  static void tagHasGbs(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    forEachTaggedLine(
        ctx,
        (line, tag) -> passedIf(plan.gbsOf(line).isPresent()),
        (i, line, tag, check) -> {
          check.at(line(i).field("argTag").field("gbs"));
          if (tag.gbs().isEmpty()) {
            check.violated("noGbs");
            return;
          }
          check.read("gbs", tag.gbs().get());
          check.passedIf(ctx.plan().gbsOf(line).isPresent(), "unknownGbs");
        });
  }

  static void tagHasGap(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    forEachTaggedLine(
        ctx,
        (line, tag) -> passedIf(plan.gapOf(line).isPresent()),
        (i, line, tag, check) -> {
          check.at(line(i).field("argTag").field("gap"));
          if (tag.gap().isEmpty()) {
            check.violated("noGap");
            return;
          }
          check.read("gap", tag.gap().get());
          check.passedIf(ctx.plan().gapOf(line).isPresent(), "unknownGap");
        });
  }

  static void positiveAmount(RuleContext ctx) {
    forEachTaggedLine(
        ctx,
        (line, tag) -> passedIf(line.amount().isPositive()),
        (i, line, tag, check) ->
            check
                .at(line(i).field("amount"))
                .read("amount", line.amount())
                .passedIf(line.amount().isPositive(), "zero"));
  }

  static void lineMatchesGbs(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    forEachTaggedLine(
        ctx,
        (line, tag) -> {
          Optional<GenderBudgetStatement> gbs = plan.gbsOf(line);
          return passedIf(
              gbs.isPresent()
                  && gbs.get().agency().equals(line.agency())
                  && gbs.get().subActivity().equals(Optional.of(line.subActivity())));
        },
        (i, line, tag, check) -> {
          check.read("agency", line.agency());
          Optional<GenderBudgetStatement> gbs = plan.gbsOf(line);
          if (gbs.isEmpty()) {
            check.at(line(i).field("argTag").field("gbs")).insufficientData("common.noGbs");
            return;
          }
          check.read("gbs", gbs.get().id()).read("gbsAgency", gbs.get().agency());
          if (!gbs.get().agency().equals(line.agency())) {
            check.at(line(i).field("agency")).violated("otherAgency");
            return;
          }
          if (gbs.get().subActivity().isEmpty()) {
            int at = plan.budgetStatements().indexOf(gbs.get());
            check
                .at(ElementPath.of("budgetStatements", at).field("subActivity"))
                .insufficientData("noSubActivity");
            return;
          }
          check.read("gbsSubActivity", gbs.get().subActivity().get());
          check
              .at(line(i).field("subActivity"))
              .passedIf(
                  gbs.get().subActivity().get().equals(line.subActivity()), "otherSubActivity");
        });
  }

  private static LocalizedText category(ArgCategory category) {
    String english =
        switch (category) {
          case SPECIFIC_TARGET -> "specific gender target budget";
          case EQUALITY -> "gender equality budget";
          case INSTITUTIONALISATION -> "gender equality institutionalisation budget";
        };
    return LocalizedText.of(category.indonesian(), english);
  }

  static void categoryMatchesActivity(RuleContext ctx) {
    ImmutableList<NomenclatureCode> activities =
        ctx.textList("institutionalisationActivities").stream()
            .map(NomenclatureCode::parse)
            .collect(ImmutableList.toImmutableList());
    boolean strict = ctx.flag("strict");
    forEachTaggedLine(
        ctx,
        (line, tag) ->
            passedIf(
                categoryViolation(tag.category(), listed(activities, line.subActivity()), strict)
                    == null),
        (i, line, tag, check) -> {
          ArgCategory category = tag.category();
          boolean listed = listed(activities, line.subActivity());
          check
              .at(line(i).field("argTag").field("category"))
              .read("category", category(category))
              .read("institutionalisationActivity", listed);
          String violation = categoryViolation(category, listed, strict);
          if (violation != null) {
            check.violated(violation);
          } else {
            check.passed();
          }
        });
  }

  /**
   * The message key of a category that disagrees with its activity, or null if it agrees: a listed
   * institutionalisation activity must be category 3; in strict mode, category 3 must be one.
   */
  private static @Nullable String categoryViolation(
      ArgCategory category, boolean listed, boolean strict) {
    if (listed && category != ArgCategory.INSTITUTIONALISATION) {
      return "shouldBeInstitutionalisation";
    }
    if (!listed && category == ArgCategory.INSTITUTIONALISATION && strict) {
      return "notInstitutionalisation";
    }
    return null;
  }

  /** Whether a code is one of the activities or lies under one. */
  private static boolean listed(List<NomenclatureCode> activities, NomenclatureCode code) {
    for (NomenclatureCode activity : activities) {
      if (activity.equals(code) || activity.isAncestorOf(code)) {
        return true;
      }
    }
    return false;
  }

  static void specificTargetGroup(RuleContext ctx) {
    forEachTaggedLine(
        ctx,
        (line, tag) ->
            tag.category() != ArgCategory.SPECIFIC_TARGET
                ? Outcome.NOT_APPLICABLE
                : passedIf(tag.targetGroup().isPresent()),
        (i, line, tag, check) -> {
          check.at(line(i).field("argTag").field("targetGroup"));
          if (tag.category() != ArgCategory.SPECIFIC_TARGET) {
            check.notApplicable();
          } else if (tag.targetGroup().isPresent()) {
            check.read("targetGroup", tag.targetGroup().get()).passed();
          } else {
            Optional<String> beneficiaries =
                ctx.plan().kakOf(line).flatMap(TermsOfReference::beneficiaries);
            if (beneficiaries.isPresent() && Wording.namesASex(beneficiaries.get())) {
              check.read("kakBeneficiaries", beneficiaries.get()).passed();
            } else {
              check.violated("noTargetGroup");
            }
          }
        });
  }

  static void equalityGap(RuleContext ctx) {
    forEachTaggedLine(
        ctx,
        (line, tag) ->
            tag.category() != ArgCategory.EQUALITY
                ? Outcome.NOT_APPLICABLE
                : passedIf(tag.genderGap().isPresent()),
        (i, line, tag, check) -> {
          check.at(line(i).field("argTag").field("genderGap"));
          if (tag.category() != ArgCategory.EQUALITY) {
            check.notApplicable();
            return;
          }
          if (tag.genderGap().isPresent()) {
            check.read("genderGap", tag.genderGap().get()).passed();
            return;
          }
          Optional<GenderBudgetStatement> gbs = ctx.plan().gbsOf(line);
          if (gbs.isEmpty()) {
            check.insufficientData("common.noGbs");
            return;
          }
          var factors = gbs.get().situationAnalysis().gapFactors().keySet();
          check.read("gbs", gbs.get().id()).read("gbsGapFactors", factors);
          check.passedIf(!factors.isEmpty(), "noGap");
        });
  }

  static void shareTarget(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    Check check = ctx.checkPlan().at(ElementPath.of("budgetLines"));
    BigDecimal tagged = ArgShare.tagged(plan);
    BigDecimal total = ArgShare.total(plan);
    check.read("tagged", tagged).read("total", total);
    Optional<BigDecimal> share = ArgShare.percent(tagged, total);
    Optional<BigDecimal> target = ctx.optionalDecimal("targetPercent");
    String targetSource = "parameter";
    if (target.isEmpty()) {
      List<PerformanceIndicator> indicators = plan.regionalIndicators();
      for (int i = 0; i < indicators.size() && target.isEmpty(); i++) {
        PerformanceIndicator indicator = indicators.get(i);
        if (isShareIndicator(indicator)) {
          target = indicator.targetFor(plan.fiscalYear()).flatMap(IndicatorValue::total);
          targetSource = "regionalIndicators: " + indicator.name();
        }
      }
    }
    if (target.isEmpty()) {
      share.ifPresent(s -> check.read("share", s));
      check.notApplicable();
      return;
    }
    check.read("target", target.get()).read("targetSource", targetSource);
    if (share.isEmpty()) {
      check.insufficientData("noSpending");
      return;
    }
    check.read("share", share.get());
    check.passedIf(share.get().compareTo(target.get()) >= 0, "belowTarget");
  }

  /**
   * Whether an indicator is the "Persentase ARG" indicator: by its SIPD or RPJMN code, or by a name
   * about the share of gender-responsive budget measured in percent.
   */
  static boolean isShareIndicator(PerformanceIndicator indicator) {
    if (indicator.code().map(SHARE_INDICATOR_CODES::contains).orElse(false)) {
      return true;
    }
    String name = Wording.normalise(indicator.name());
    return (name.contains("anggaran responsif gender") || name.contains("persentase arg"))
        && indicator.unit().strip().equals("%");
  }
}
