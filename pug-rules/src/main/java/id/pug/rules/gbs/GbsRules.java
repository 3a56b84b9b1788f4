package id.pug.rules.gbs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import id.pug.core.budget.BudgetLine;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GbsFormat;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.SituationAnalysis;
import id.pug.rules.engine.Check;
import id.pug.rules.engine.EffectivePeriod;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.engine.MessageBundle;
import id.pug.rules.engine.PlanDerived;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleContext;
import id.pug.rules.engine.RuleDefinition;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.Values;
import id.pug.rules.wording.Wording;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The Gender Budget Statement (GBS; Pernyataan Anggaran Gender, Lembar Anggaran Responsif Gender):
 * whether each GBS identifies its programme, activity and sub-activity (or, in the K/L format, its
 * activity performance indicator and output), sets out a complete situation analysis, achievement
 * indicators, an action plan, a budget allocation and an expected impact, and whether it sits in
 * the chain GAP → GBS → KAK → RKA: it names a GAP the plan holds, agrees with that GAP's agency,
 * subject and reformulated objective, states the same budget as the ARG-tagged budget lines that
 * name it, funds at least one of them, and belongs to the plan's fiscal year.
 *
 * <p>Legal basis: Permendagri 15/2008 as amended by Permendagri 67/2011 — the results of the gender
 * analysis are set out in a GBS, which is the basis of the agency's KAK and an inseparable part of
 * its RKA/DPA ({@code domain.md} §2.1, quoted by the Inspektorat of Kota Magelang [S]). Perda Kota
 * Semarang 11/2021 Pasal 8 ayat (5) states the same and is cited as a mirror. The components of the
 * GBS follow the regional (Surabaya SIGAS print, the KPPPA SKPD format) and K/L (Pedoman Penandaan
 * ARG K/L) formats ({@code domain.md} §4.4). The K/L component "dampak/hasil output kegiatan" is
 * believed but its wording is unconfirmed, so the expected-impact rule is a configurable policy.
 * The article numbers of the Permendagri are not in pug's sources, so it is cited as a whole.
 */
public final class GbsRules {
  private GbsRules() {}

  static final MessageBundle BUNDLE = MessageBundle.load(GbsRules.class);

  private static final String PERMENDAGRI_15 = "Permendagri 15/2008";
  private static final String PERMENDAGRI_67 = "Permendagri 67/2011";
  private static final String SEMARANG_8_5 = "Perda Kota Semarang 11/2021 Pasal 8 ayat (5)";
  private static final EffectivePeriod SINCE_67_2011 =
      EffectivePeriod.fromYearOf(2011, PERMENDAGRI_67);

  /** Surabaya SIGAS print of a regional GBS (sub-kegiatan level). */
  private static final String SURABAYA_GBS =
      "https://dp3appkb.surabaya.go.id/sigas/pprg/printgbs/1132";

  /** The GBS chapter of the Pedoman Penandaan ARG K/L (components of the K/L GBS). */
  private static final String KL_GBS_COMPONENTS =
      "https://123dok.com/article/gender-budget-statement-instrumen-perencanaan-penganggaran-responsif-gender.z3d56j4d";

  /** The Inspektorat of Kota Magelang summarising the Permendagri: GBS → KAK → RKA/DPA. */
  private static final String MAGELANG = "https://inspektorat.magelangkota.go.id/?p=1549";

  /** The chain GAP → GBS → TOR/KAK → RKA. */
  private static final String CHAIN =
      "https://text-id.123dok.com/document/4zpkknd4y-relasi-gap-gbs-tor-rka.html";

  /**
   * PPRG-GBS-001: the GBS identifies its programme, activity and sub-activity (or IKK and output).
   */
  public static final RuleId IDENTIFICATION = RuleId.parse("PPRG-GBS-001");

  /** PPRG-GBS-002: the GBS sets out a complete situation analysis. */
  public static final RuleId SITUATION_ANALYSIS = RuleId.parse("PPRG-GBS-002");

  /** PPRG-GBS-003: the GBS states at least one achievement indicator. */
  public static final RuleId ACHIEVEMENT_INDICATOR = RuleId.parse("PPRG-GBS-003");

  /** PPRG-GBS-004: the GBS's action plan has at least one action. */
  public static final RuleId ACTION_PLAN = RuleId.parse("PPRG-GBS-004");

  /** PPRG-GBS-005: the GBS states a budget allocation above zero. */
  public static final RuleId BUDGET_ALLOCATED = RuleId.parse("PPRG-GBS-005");

  /** PPRG-GBS-006 (policy): the GBS states its expected impact or result. */
  public static final RuleId EXPECTED_IMPACT = RuleId.parse("PPRG-GBS-006");

  /** PPRG-GBS-007: the GBS names a GAP the plan holds. */
  public static final RuleId GAP_REFERENCE = RuleId.parse("PPRG-GBS-007");

  /** PPRG-GBS-008: the GBS agrees with its GAP in agency and subject. */
  public static final RuleId AGREES_WITH_GAP = RuleId.parse("PPRG-GBS-008");

  /** PPRG-GBS-009: the GBS's objective carries the GAP's reformulated objective (step 6). */
  public static final RuleId OBJECTIVE_FROM_GAP = RuleId.parse("PPRG-GBS-009");

  /** PPRG-GBS-010: the GBS's budget equals the total of the ARG-tagged lines naming it. */
  public static final RuleId BUDGET_MATCHES_LINES = RuleId.parse("PPRG-GBS-010");

  /** PPRG-GBS-011: at least one ARG-tagged budget line names the GBS. */
  public static final RuleId FUNDS_A_LINE = RuleId.parse("PPRG-GBS-011");

  /** PPRG-GBS-012: the GBS belongs to the plan's fiscal year. */
  public static final RuleId FISCAL_YEAR = RuleId.parse("PPRG-GBS-012");

  /**
   * The rules of this family, in id order.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> rules() {
    return ImmutableList.of(
        define(IDENTIFICATION, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67)
            .source("P25", SURABAYA_GBS)
            .note(
                "Regional format: programme, kegiatan and sub-kegiatan codes (Surabaya SIGAS"
                    + " print); K/L format: programme, kegiatan, IKK and output (Pedoman Penandaan"
                    + " ARG K/L). Consistency is read from the codes' hierarchy only; whether a"
                    + " code exists in the nomenclature is not checked here.")
            .logic(GbsRules::identification),
        define(SITUATION_ANALYSIS, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67)
            .source("P24", KL_GBS_COMPONENTS, SURABAYA_GBS)
            .logic(GbsRules::situationAnalysis),
        define(ACHIEVEMENT_INDICATOR, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67)
            .source("P25")
            .note(
                "Regional format: capaian sub kegiatan / capaian program with its tolok ukur"
                    + " (P25, Surabaya print). The K/L format has no such section: its IKK and"
                    + " output stand for it.")
            .logic(GbsRules::achievementIndicator),
        define(ACTION_PLAN, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67)
            .source("P24", KL_GBS_COMPONENTS)
            .note(
                "The action plan is a confirmed component of the K/L GBS and of the regional"
                    + " PAG/GBS form (GAP step 7); the stored Surabaya print is truncated before"
                    + " it, so it is applied to both formats. Whether each action directly changes"
                    + " conditions towards equality is not judged.")
            .logic(GbsRules::actionPlan),
        define(BUDGET_ALLOCATED, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67)
            .source("P25")
            .note(
                "By definition a GBS shows that budget has been allocated to the gender issue"
                    + " (KPPPA 2012, P25); the K/L component's wording (alokasi anggaran) is"
                    + " unconfirmed, the regional PAG/GBS form has 'Jumlah Anggaran'.")
            .logic(GbsRules::budgetAllocated),
        define(EXPECTED_IMPACT, Severity.WARNING)
            .policy(
                "The K/L GBS component 'dampak/hasil output kegiatan' is believed but its wording"
                    + " is UNCONFIRMED in pug's sources (domain.md §4.4), and the stored regional"
                    + " format is truncated before any such section; so stating the expected"
                    + " impact is a configurable policy, not law.")
            .cite(PERMENDAGRI_15, PERMENDAGRI_67)
            .source("P24", KL_GBS_COMPONENTS, "REF-DOMAIN")
            .logic(GbsRules::expectedImpact),
        define(GAP_REFERENCE, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, SEMARANG_8_5)
            .source(MAGELANG)
            .note(
                "The results of the gender analysis are set out in the GBS (Permendagri as"
                    + " summarised by Inspektorat Kota Magelang [S]; Perda Kota Semarang 11/2021"
                    + " Pasal 8 ayat (5) as a mirror).")
            .logic(GbsRules::gapReference),
        define(AGREES_WITH_GAP, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67)
            .source(MAGELANG)
            .note(
                "Subjects agree when the codes are equal or one lies above the other (a GAP of a"
                    + " kegiatan covers its sub-kegiatan). A GBS without a resolvable GAP is"
                    + " reported by PPRG-GBS-007.")
            .logic(GbsRules::agreesWithGap),
        define(OBJECTIVE_FROM_GAP, Severity.WARNING)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67)
            .source("P25")
            .note(
                "GAP step 6 (reformulasi tujuan) is carried into the GBS objective and its"
                    + " achievement (P25). Texts are compared with Wording.sameOrContained"
                    + " (case, accents, punctuation ignored; one may contain the other); a warning"
                    + " because paraphrase is legitimate. A missing objective is reported even when"
                    + " the GAP cannot be resolved.")
            .logic(GbsRules::objectiveFromGap),
        define(BUDGET_MATCHES_LINES, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, SEMARANG_8_5)
            .source(MAGELANG)
            .note(
                "The GBS is an inseparable part of the RKA/DPA, so its allocation is the total of"
                    + " the ARG-tagged budget lines that name it. A GBS that no line names is"
                    + " reported by PPRG-GBS-011.")
            .logic(GbsRules::budgetMatchesLines),
        define(FUNDS_A_LINE, Severity.WARNING)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67)
            .source(CHAIN, MAGELANG)
            .note(
                "The chain GAP → GBS → KAK → RKA [C, 123dok]; a GBS that no ARG-tagged budget line"
                    + " names funds nothing in the RKA. A warning: the line may be untagged or tag"
                    + " another document id by mistake.")
            .logic(GbsRules::fundsALine),
        define(FISCAL_YEAR, Severity.WARNING)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67)
            .note(
                "The GBS belongs to the RKA/DPA of the fiscal year (tahun anggaran is a field of"
                    + " the GBS); a GBS of another year is most likely a copy not yet updated.")
            .logic(GbsRules::fiscalYear));
  }

  private static RuleDefinition define(RuleId id, Severity severity) {
    return RuleDefinition.of(id.value(), BUNDLE)
        .severity(severity)
        .category(RuleCategory.GBS)
        .effective(SINCE_67_2011);
  }

  // ----------------------------------------------------------------------------------------------
  // Helpers
  // ----------------------------------------------------------------------------------------------

  private static ElementPath pathOf(int index) {
    return ElementPath.of("budgetStatements", index);
  }

  private static Check open(RuleContext ctx, ElementPath path, GenderBudgetStatement gbs) {
    return ctx.check(path, gbs.id().value(), gbs.agency()).read("gbs", gbs.id());
  }

  /** A part of a document that must be filled in: its field, its name and whether it is there. */
  private record Part(String field, LocalizedText name, boolean present) {}

  private static ImmutableList<LocalizedText> missing(List<Part> parts) {
    ImmutableList.Builder<LocalizedText> missing = ImmutableList.builder();
    for (Part part : parts) {
      if (!part.present()) {
        missing.add(part.name());
      }
    }
    return missing.build();
  }

  private static Optional<Part> firstMissing(List<Part> parts) {
    for (Part part : parts) {
      if (!part.present()) {
        return Optional.of(part);
      }
    }
    return Optional.empty();
  }

  /** The positions of the GAPs in the plan's list, by id: made once per validation. */
  private static final PlanDerived<ImmutableMap<GapId, Integer>> GAP_POSITIONS =
      PlanDerived.positions(
          "GAP positions by id", RegionalPprgPlan::genderAnalyses, GenderAnalysisPathway::id);

  /** The position of the GAP a GBS names in the plan's list, if the plan holds it. */
  private static Optional<Integer> gapIndex(RuleContext ctx, Optional<GapId> id) {
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(ctx.derived(GAP_POSITIONS).get(id.get()));
  }

  /** A GBS's most specific code and the field holding it: sub-kegiatan, kegiatan or programme. */
  private record Subject(String field, NomenclatureCode code) {}

  private static Optional<Subject> subjectOf(GenderBudgetStatement gbs) {
    if (gbs.subActivity().isPresent()) {
      return Optional.of(new Subject("subActivity", gbs.subActivity().get()));
    }
    if (gbs.activity().isPresent()) {
      return Optional.of(new Subject("activity", gbs.activity().get()));
    }
    return gbs.programme().map(c -> new Subject("programme", c));
  }

  private static boolean related(NomenclatureCode a, NomenclatureCode b) {
    return a.equals(b) || a.isAncestorOf(b) || b.isAncestorOf(a);
  }

  // ----------------------------------------------------------------------------------------------
  // Contents
  // ----------------------------------------------------------------------------------------------

  private static final LocalizedText PROGRAMME = LocalizedText.of("program", "programme");
  private static final LocalizedText ACTIVITY = LocalizedText.of("kegiatan", "activity");
  private static final LocalizedText SUB_ACTIVITY =
      LocalizedText.of("sub kegiatan", "sub-activity");
  private static final LocalizedText IKK =
      LocalizedText.of("indikator kinerja kegiatan (IKK)", "activity performance indicator (IKK)");
  private static final LocalizedText OUTPUT =
      LocalizedText.of("output kegiatan", "activity output");

  static void identification(RuleContext ctx) {
    List<GenderBudgetStatement> all = ctx.plan().budgetStatements();
    for (int i = 0; i < all.size(); i++) {
      GenderBudgetStatement gbs = all.get(i);
      ElementPath at = pathOf(i);
      Check check = open(ctx, at, gbs).read("format", gbs.format());
      check
          .readIfPresent("programme", gbs.programme())
          .readIfPresent("activity", gbs.activity())
          .readIfPresent("subActivity", gbs.subActivity())
          .readIfPresent("activityIndicator", gbs.activityIndicator())
          .readIfPresent("output", gbs.output());
      ImmutableList<Part> parts =
          gbs.format() == GbsFormat.REGIONAL
              ? ImmutableList.of(
                  new Part("programme", PROGRAMME, gbs.programme().isPresent()),
                  new Part("activity", ACTIVITY, gbs.activity().isPresent()),
                  new Part("subActivity", SUB_ACTIVITY, gbs.subActivity().isPresent()))
              : ImmutableList.of(
                  new Part("programme", PROGRAMME, gbs.programme().isPresent()),
                  new Part("activity", ACTIVITY, gbs.activity().isPresent()),
                  new Part("activityIndicator", IKK, gbs.activityIndicator().isPresent()),
                  new Part("output", OUTPUT, gbs.output().isPresent()));
      Optional<Part> first = firstMissing(parts);
      if (first.isPresent()) {
        check.read("missing", missing(parts)).at(at.field(first.get().field())).violated("missing");
        continue;
      }
      Optional<NomenclatureCode> programme = gbs.programme();
      Optional<NomenclatureCode> activity = gbs.activity();
      Optional<NomenclatureCode> subActivity = gbs.subActivity();
      if (subActivity.isPresent()
          && activity.isPresent()
          && !subActivity.get().parent().equals(activity)) {
        check
            .read("code", subActivity.get())
            .read("parent", activity.get())
            .at(at.field("subActivity"))
            .violated("inconsistentCodes");
      } else if (activity.isPresent()
          && programme.isPresent()
          && !activity.get().parent().equals(programme)) {
        check
            .read("code", activity.get())
            .read("parent", programme.get())
            .at(at.field("activity"))
            .violated("inconsistentCodes");
      } else {
        check.passed();
      }
    }
  }

  private static final LocalizedText INSIGHT_DATA =
      LocalizedText.of("data pembuka wawasan", "insight data");
  private static final LocalizedText GAP_FACTORS =
      LocalizedText.of(
          "faktor kesenjangan (akses, partisipasi, kontrol, manfaat)",
          "gap factors (access, participation, control, benefit)");
  private static final LocalizedText INTERNAL_CAUSES =
      LocalizedText.of("sebab kesenjangan internal", "internal causes of the gap");
  private static final LocalizedText EXTERNAL_CAUSES =
      LocalizedText.of("sebab kesenjangan eksternal", "external causes of the gap");

  static void situationAnalysis(RuleContext ctx) {
    List<GenderBudgetStatement> all = ctx.plan().budgetStatements();
    for (int i = 0; i < all.size(); i++) {
      GenderBudgetStatement gbs = all.get(i);
      ElementPath at = pathOf(i).field("situationAnalysis");
      SituationAnalysis analysis = gbs.situationAnalysis();
      Check check =
          open(ctx, at, gbs)
              .read("insightData", (long) analysis.insightData().size())
              .read("gapFactors", analysis.gapFactors().keySet())
              .read("internalCauses", analysis.internalCauses().isPresent())
              .read("externalCauses", analysis.externalCauses().isPresent());
      ImmutableList<Part> parts =
          ImmutableList.of(
              new Part("insightData", INSIGHT_DATA, !analysis.insightData().isEmpty()),
              new Part("gapFactors", GAP_FACTORS, !analysis.gapFactors().isEmpty()),
              new Part("internalCauses", INTERNAL_CAUSES, analysis.internalCauses().isPresent()),
              new Part("externalCauses", EXTERNAL_CAUSES, analysis.externalCauses().isPresent()));
      Optional<Part> first = firstMissing(parts);
      if (first.isPresent()) {
        check
            .read("missing", missing(parts))
            .at(at.field(first.get().field()))
            .violated("incomplete");
      } else {
        check.passed();
      }
    }
  }

  static void achievementIndicator(RuleContext ctx) {
    List<GenderBudgetStatement> all = ctx.plan().budgetStatements();
    for (int i = 0; i < all.size(); i++) {
      GenderBudgetStatement gbs = all.get(i);
      Check check =
          open(ctx, pathOf(i).field("achievementIndicators"), gbs)
              .read("format", gbs.format())
              .read("indicators", (long) gbs.achievementIndicators().size());
      if (!gbs.achievementIndicators().isEmpty()) {
        check.passed();
        continue;
      }
      boolean ministryMeasures =
          gbs.format() == GbsFormat.MINISTRY
              && gbs.output().isPresent()
              && gbs.activityIndicator().isPresent();
      check
          .readIfPresent("activityIndicator", gbs.activityIndicator())
          .readIfPresent("output", gbs.output())
          .passedIf(ministryMeasures, "noIndicator");
    }
  }

  static void actionPlan(RuleContext ctx) {
    List<GenderBudgetStatement> all = ctx.plan().budgetStatements();
    for (int i = 0; i < all.size(); i++) {
      GenderBudgetStatement gbs = all.get(i);
      open(ctx, pathOf(i).field("actionPlan"), gbs)
          .read("actions", (long) gbs.actionPlan().size())
          .passedIf(!gbs.actionPlan().isEmpty(), "noAction");
    }
  }

  static void budgetAllocated(RuleContext ctx) {
    List<GenderBudgetStatement> all = ctx.plan().budgetStatements();
    for (int i = 0; i < all.size(); i++) {
      GenderBudgetStatement gbs = all.get(i);
      Check check = open(ctx, pathOf(i).field("budget"), gbs);
      if (gbs.budget().isEmpty()) {
        check.violated("missing");
        continue;
      }
      check.read("budget", gbs.budget().get()).passedIf(gbs.budget().get().isPositive(), "zero");
    }
  }

  static void expectedImpact(RuleContext ctx) {
    List<GenderBudgetStatement> all = ctx.plan().budgetStatements();
    for (int i = 0; i < all.size(); i++) {
      GenderBudgetStatement gbs = all.get(i);
      open(ctx, pathOf(i).field("expectedImpact"), gbs)
          .readIfPresent("expectedImpact", gbs.expectedImpact())
          .passedIf(gbs.expectedImpact().isPresent(), "missing");
    }
  }

  // ----------------------------------------------------------------------------------------------
  // The chain GAP → GBS → KAK → RKA
  // ----------------------------------------------------------------------------------------------

  static void gapReference(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    List<GenderBudgetStatement> all = plan.budgetStatements();
    for (int i = 0; i < all.size(); i++) {
      GenderBudgetStatement gbs = all.get(i);
      Check check = open(ctx, pathOf(i).field("gap"), gbs);
      if (gbs.gap().isEmpty()) {
        check.violated("noGap");
        continue;
      }
      check
          .read("gap", gbs.gap().get())
          .passedIf(plan.genderAnalysis(gbs.gap().get()).isPresent(), "unknownGap");
    }
  }

  static void agreesWithGap(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    List<GenderBudgetStatement> all = plan.budgetStatements();
    for (int i = 0; i < all.size(); i++) {
      GenderBudgetStatement gbs = all.get(i);
      ElementPath at = pathOf(i);
      Check check = open(ctx, at, gbs).readIfPresent("gap", gbs.gap());
      Optional<Integer> j = gapIndex(ctx, gbs.gap());
      if (j.isEmpty()) {
        // PPRG-GBS-007 reports the missing or dangling GAP; agreement cannot be judged without it.
        check.at(at.field("gap")).insufficientData("common.noGap");
        continue;
      }
      GenderAnalysisPathway gap = plan.genderAnalyses().get(j.get());
      check.read("gbsAgency", gbs.agency()).read("gapAgency", gap.agency());
      if (!gap.agency().equals(gbs.agency())) {
        check.at(at.field("agency")).violated("otherAgency");
        continue;
      }
      Optional<Subject> subject = subjectOf(gbs);
      if (subject.isEmpty()) {
        // PPRG-GBS-001 reports the missing codes.
        check.at(at.field("subActivity")).insufficientData("noSubject");
        continue;
      }
      check.read("gbsSubject", subject.get().code());
      if (gap.subject().isEmpty()) {
        check
            .at(ElementPath.of("genderAnalyses", j.get()).field("subject"))
            .insufficientData("noSubject");
        continue;
      }
      check.read("gapSubject", gap.subject().get());
      if (related(subject.get().code(), gap.subject().get())) {
        check.passed();
      } else {
        check.at(at.field(subject.get().field())).violated("otherSubject");
      }
    }
  }

  static void objectiveFromGap(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    List<GenderBudgetStatement> all = plan.budgetStatements();
    for (int i = 0; i < all.size(); i++) {
      GenderBudgetStatement gbs = all.get(i);
      ElementPath at = pathOf(i);
      Check check = open(ctx, at.field("objective"), gbs).readIfPresent("gap", gbs.gap());
      if (gbs.objective().isEmpty()) {
        // Missing whatever the GAP says: the objective is a field of every GBS format in use.
        check.violated("noObjective");
        continue;
      }
      String objective = gbs.objective().get();
      check.read("objective", objective);
      Optional<Integer> j = gapIndex(ctx, gbs.gap());
      if (j.isEmpty()) {
        check.at(at.field("gap")).insufficientData("common.noGap");
        continue;
      }
      Optional<String> reformulated =
          plan.genderAnalyses().get(j.get()).step(GapStep.REFORMULATED_OBJECTIVE);
      if (reformulated.isEmpty()) {
        check
            .at(
                ElementPath.of("genderAnalyses", j.get())
                    .field("steps")
                    .key(GapStep.REFORMULATED_OBJECTIVE.name()))
            .insufficientData("noReformulation");
        continue;
      }
      check
          .read("reformulatedObjective", reformulated.get())
          .passedIf(Wording.sameOrContained(objective, reformulated.get()), "differs");
    }
  }

  static void budgetMatchesLines(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    List<GenderBudgetStatement> all = plan.budgetStatements();
    for (int i = 0; i < all.size(); i++) {
      GenderBudgetStatement gbs = all.get(i);
      Check check = open(ctx, pathOf(i).field("budget"), gbs);
      ImmutableList<BudgetLine> lines = plan.linesOf(gbs.id());
      if (lines.isEmpty()) {
        // No ARG-tagged line names this GBS: PPRG-GBS-011 reports it, there is nothing to add up.
        check.notApplicable();
        continue;
      }
      BigDecimal total = Values.total(Lists.transform(lines, BudgetLine::amount));
      check
          .readLazily("lines", () -> Lists.transform(lines, BudgetLine::id))
          .read("linesTotal", Values.amount(total));
      if (gbs.budget().isEmpty()) {
        check.insufficientData("noBudget");
        continue;
      }
      check
          .read("gbsBudget", gbs.budget().get())
          .passedIf(gbs.budget().get().toBigDecimal().compareTo(total) == 0, "mismatch");
    }
  }

  static void fundsALine(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    List<GenderBudgetStatement> all = plan.budgetStatements();
    for (int i = 0; i < all.size(); i++) {
      GenderBudgetStatement gbs = all.get(i);
      ImmutableList<BudgetLine> lines = plan.linesOf(gbs.id());
      open(ctx, pathOf(i), gbs)
          .readLazily("lines", () -> Lists.transform(lines, BudgetLine::id))
          .passedIf(!lines.isEmpty(), "orphan");
    }
  }

  static void fiscalYear(RuleContext ctx) {
    List<GenderBudgetStatement> all = ctx.plan().budgetStatements();
    for (int i = 0; i < all.size(); i++) {
      GenderBudgetStatement gbs = all.get(i);
      open(ctx, pathOf(i).field("fiscalYear"), gbs)
          .read("gbsYear", gbs.fiscalYear())
          .read("fiscalYear", ctx.plan().fiscalYear())
          .passedIf(gbs.fiscalYear().equals(ctx.plan().fiscalYear()), "otherYear");
    }
  }
}
