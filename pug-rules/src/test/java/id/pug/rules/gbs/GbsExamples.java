package id.pug.rules.gbs;

import static id.pug.rules.gbs.GbsRules.ACHIEVEMENT_INDICATOR;
import static id.pug.rules.gbs.GbsRules.ACTION_PLAN;
import static id.pug.rules.gbs.GbsRules.AGREES_WITH_GAP;
import static id.pug.rules.gbs.GbsRules.BUDGET_ALLOCATED;
import static id.pug.rules.gbs.GbsRules.BUDGET_MATCHES_LINES;
import static id.pug.rules.gbs.GbsRules.EXPECTED_IMPACT;
import static id.pug.rules.gbs.GbsRules.FISCAL_YEAR;
import static id.pug.rules.gbs.GbsRules.FUNDS_A_LINE;
import static id.pug.rules.gbs.GbsRules.GAP_REFERENCE;
import static id.pug.rules.gbs.GbsRules.IDENTIFICATION;
import static id.pug.rules.gbs.GbsRules.OBJECTIVE_FROM_GAP;
import static id.pug.rules.gbs.GbsRules.SITUATION_ANALYSIS;
import static id.pug.rules.testing.RuleExample.failing;
import static id.pug.rules.testing.RuleExample.lacking;
import static id.pug.rules.testing.RuleExample.notApplicable;
import static id.pug.rules.testing.RuleExample.passing;

import com.google.common.collect.ImmutableList;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GbsFormat;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.SituationAnalysis;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleExample;
import java.time.Year;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Passing and failing examples of the GBS rules, on the Kapuas fixture: budgetStatements[0] is the
 * GBS of sub-kegiatan 2.08.02.2.01.01 (PUG policy), named by budgetLines[0].
 */
public final class GbsExamples {
  private GbsExamples() {}

  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();
  private static final GenderBudgetStatement GBS = KAPUAS.budgetStatements().get(0);
  private static final GenderAnalysisPathway GAP = KAPUAS.genderAnalyses().get(0);

  /** Kapuas with its first GBS changed. */
  private static RegionalPprgPlan gbs(UnaryOperator<GenderBudgetStatement.Builder> change) {
    return Plans.gbs(0, change);
  }

  /** Kapuas with the first GBS's situation analysis changed. */
  private static RegionalPprgPlan analysis(UnaryOperator<SituationAnalysis.Builder> change) {
    return gbs(
        g ->
            g.situationAnalysis(
                change.apply(SituationAnalysis.builder().from(GBS.situationAnalysis())).build()));
  }

  /** Kapuas with its first GAP changed. */
  private static RegionalPprgPlan gap(UnaryOperator<GenderAnalysisPathway.Builder> change) {
    return Plans.gap(0, change);
  }

  /** Kapuas with the ARG tag of its first budget line changed. */
  private static RegionalPprgPlan firstTag(UnaryOperator<ArgTag.Builder> change) {
    return Plans.tag(0, change);
  }

  /** The first GBS in the K/L format, with an illustrative IKK and output. */
  private static GenderBudgetStatement.Builder ministry(GenderBudgetStatement.Builder g) {
    return g.format(GbsFormat.MINISTRY)
        .activityIndicator("Jumlah kebijakan pelaksanaan PUG yang dikoordinasikan (contoh)")
        .output("Dokumen hasil koordinasi perumusan kebijakan PUG (contoh)");
  }

  private static final Optional<NomenclatureCode> NONE = Optional.empty();

  /**
   * The examples.
   *
   * @return every example of the family
   */
  public static ImmutableList<RuleExample> examples() {
    Map<GapStep, String> withoutStep6 = new EnumMap<>(GapStep.class);
    withoutStep6.putAll(GAP.steps());
    withoutStep6.remove(GapStep.REFORMULATED_OBJECTIVE);
    RegionalPprgPlan danglingGap = gbs(g -> g.gap(GapId.of("gap-contoh-tidak-ada")));
    return ImmutableList.of(
        // PPRG-GBS-001
        passing(
            IDENTIFICATION,
            "the GBS states programme, kegiatan and sub-kegiatan codes that nest",
            KAPUAS,
            "budgetStatements[0]"),
        failing(
            IDENTIFICATION,
            "the GBS states no sub-kegiatan",
            gbs(g -> g.subActivity(NONE)),
            "budgetStatements[0].subActivity"),
        failing(
            IDENTIFICATION,
            "the sub-kegiatan lies under another kegiatan than the one stated",
            gbs(g -> g.subActivity(PlanFixtures.VIOLENCE_PREVENTION)),
            "budgetStatements[0].subActivity"),
        failing(
            IDENTIFICATION,
            "the kegiatan lies under another programme than the one stated",
            gbs(g -> g.programme(NomenclatureCode.parse("2.08.03"))),
            "budgetStatements[0].activity"),
        passing(
            IDENTIFICATION,
            "a K/L-format GBS states programme, kegiatan, IKK and output",
            gbs(GbsExamples::ministry),
            "budgetStatements[0]"),
        failing(
            IDENTIFICATION,
            "a K/L-format GBS states no IKK",
            gbs(g -> ministry(g).activityIndicator(Optional.empty())),
            "budgetStatements[0].activityIndicator"),
        // PPRG-GBS-002
        passing(
            SITUATION_ANALYSIS,
            "the situation analysis has data, factors and both causes",
            KAPUAS,
            "budgetStatements[0].situationAnalysis"),
        failing(
            SITUATION_ANALYSIS,
            "the situation analysis has no insight data",
            analysis(a -> a.insightData(ImmutableList.of())),
            "budgetStatements[0].situationAnalysis.insightData"),
        failing(
            SITUATION_ANALYSIS,
            "the situation analysis names no gap factor",
            analysis(a -> a.gapFactors(Map.of())),
            "budgetStatements[0].situationAnalysis.gapFactors"),
        failing(
            SITUATION_ANALYSIS,
            "the situation analysis names no external cause",
            analysis(a -> a.externalCauses(Optional.empty())),
            "budgetStatements[0].situationAnalysis.externalCauses"),
        failing(
            SITUATION_ANALYSIS,
            "the situation analysis is empty",
            gbs(g -> g.situationAnalysis(SituationAnalysis.empty())),
            "budgetStatements[0].situationAnalysis.insightData"),
        // PPRG-GBS-003
        passing(
            ACHIEVEMENT_INDICATOR,
            "the GBS states an achievement indicator",
            KAPUAS,
            "budgetStatements[0].achievementIndicators"),
        failing(
            ACHIEVEMENT_INDICATOR,
            "a regional GBS states no achievement indicator",
            gbs(g -> g.achievementIndicators(ImmutableList.of())),
            "budgetStatements[0].achievementIndicators"),
        passing(
            ACHIEVEMENT_INDICATOR,
            "a K/L-format GBS measures by its IKK and output",
            gbs(g -> ministry(g).achievementIndicators(ImmutableList.of())),
            "budgetStatements[0].achievementIndicators"),
        failing(
            ACHIEVEMENT_INDICATOR,
            "a K/L-format GBS has an output but no IKK and no indicator",
            gbs(
                g ->
                    ministry(g)
                        .activityIndicator(Optional.empty())
                        .achievementIndicators(ImmutableList.of())),
            "budgetStatements[0].achievementIndicators"),
        // PPRG-GBS-004
        passing(ACTION_PLAN, "the GBS lists an action", KAPUAS, "budgetStatements[0].actionPlan"),
        failing(
            ACTION_PLAN,
            "the GBS's action plan is empty",
            gbs(g -> g.actionPlan(ImmutableList.of())),
            "budgetStatements[0].actionPlan"),
        // PPRG-GBS-005
        passing(
            BUDGET_ALLOCATED,
            "the GBS allocates Rp70.590.400",
            KAPUAS,
            "budgetStatements[0].budget"),
        failing(
            BUDGET_ALLOCATED,
            "the GBS states no budget",
            gbs(g -> g.budget(Optional.empty())),
            "budgetStatements[0].budget"),
        failing(
            BUDGET_ALLOCATED,
            "the GBS allocates nothing",
            gbs(g -> g.budget(Rupiah.ZERO)),
            "budgetStatements[0].budget"),
        // PPRG-GBS-006
        passing(
            EXPECTED_IMPACT,
            "the GBS states its expected impact",
            KAPUAS,
            "budgetStatements[0].expectedImpact"),
        failing(
            EXPECTED_IMPACT,
            "the GBS states no expected impact",
            gbs(g -> g.expectedImpact(Optional.empty())),
            "budgetStatements[0].expectedImpact"),
        // PPRG-GBS-007
        passing(
            GAP_REFERENCE,
            "the GBS names the GAP of its sub-kegiatan",
            KAPUAS,
            "budgetStatements[0].gap"),
        failing(
            GAP_REFERENCE,
            "the GBS names no GAP",
            gbs(g -> g.gap(Optional.empty())),
            "budgetStatements[0].gap"),
        failing(
            GAP_REFERENCE,
            "the GBS names a GAP the plan lacks",
            danglingGap,
            "budgetStatements[0].gap"),
        // PPRG-GBS-008
        passing(
            AGREES_WITH_GAP,
            "GBS and GAP share agency and sub-kegiatan",
            KAPUAS,
            "budgetStatements[0]"),
        passing(
            AGREES_WITH_GAP,
            "a GBS stated at kegiatan level covers the GAP's sub-kegiatan",
            gbs(g -> g.subActivity(NONE)),
            "budgetStatements[0]"),
        lacking(
            AGREES_WITH_GAP,
            "the GBS states no programme, kegiatan or sub-kegiatan",
            gbs(g -> g.programme(NONE).activity(NONE).subActivity(NONE)),
            "budgetStatements[0].subActivity"),
        lacking(
            AGREES_WITH_GAP,
            "the GAP the GBS names is not in the plan",
            danglingGap,
            "budgetStatements[0].gap"),
        failing(
            AGREES_WITH_GAP,
            "the GBS belongs to Bappeda but the GAP to the DP3APPKB",
            gbs(g -> g.agency(PlanFixtures.BAPPEDA)),
            "budgetStatements[0].agency"),
        failing(
            AGREES_WITH_GAP,
            "the GBS is on violence prevention but its GAP on PUG policy",
            gbs(
                g ->
                    g.programme(NomenclatureCode.parse("2.08.03"))
                        .activity(NomenclatureCode.parse("2.08.03.2.01"))
                        .subActivity(PlanFixtures.VIOLENCE_PREVENTION)),
            "budgetStatements[0].subActivity"),
        lacking(
            AGREES_WITH_GAP,
            "the GAP records no subject",
            gap(g -> g.subject(NONE)),
            "genderAnalyses[0].subject"),
        // PPRG-GBS-009
        passing(
            OBJECTIVE_FROM_GAP,
            "the GBS objective is the GAP's reformulated objective",
            KAPUAS,
            "budgetStatements[0].objective"),
        failing(
            OBJECTIVE_FROM_GAP,
            "the GBS states no objective",
            gbs(g -> g.objective(Optional.empty())),
            "budgetStatements[0].objective"),
        failing(
            OBJECTIVE_FROM_GAP,
            "the GBS objective is the gender-neutral original",
            gbs(g -> g.objective("Terkoordinasinya perumusan kebijakan pelaksanaan PUG")),
            "budgetStatements[0].objective"),
        lacking(
            OBJECTIVE_FROM_GAP,
            "the GBS's GAP is not in the plan, so no reformulation to compare",
            danglingGap,
            "budgetStatements[0].gap"),
        lacking(
            OBJECTIVE_FROM_GAP,
            "the GAP has no step 6",
            gap(g -> g.steps(withoutStep6)),
            "genderAnalyses[0].steps['REFORMULATED_OBJECTIVE']"),
        // PPRG-GBS-010
        passing(
            BUDGET_MATCHES_LINES,
            "the GBS allocation equals its tagged line's ceiling",
            KAPUAS,
            "budgetStatements[0].budget"),
        failing(
            BUDGET_MATCHES_LINES,
            "the GBS allocates Rp80.000.000 against a ceiling of Rp70.590.400",
            gbs(g -> g.budget(Rupiah.of(80_000_000))),
            "budgetStatements[0].budget"),
        failing(
            BUDGET_MATCHES_LINES,
            "the tagged line's ceiling was cut to Rp60.000.000",
            Plans.kapuas(
                p ->
                    p.budgetLines(
                        Plans.replace(
                            KAPUAS.budgetLines(),
                            0,
                            l ->
                                BudgetLine.builder()
                                    .from(l)
                                    .amount(Rupiah.of(60_000_000))
                                    .build()))),
            "budgetStatements[0].budget"),
        lacking(
            BUDGET_MATCHES_LINES,
            "the GBS states no budget to compare with its line",
            gbs(g -> g.budget(Optional.empty())),
            "budgetStatements[0].budget"),
        notApplicable(
            BUDGET_MATCHES_LINES,
            "no tagged budget line names any GBS",
            Plans.kapuas(p -> p.budgetLines(ImmutableList.of(KAPUAS.budgetLines().get(2))))),
        // PPRG-GBS-011
        passing(FUNDS_A_LINE, "the PUG policy line names the GBS", KAPUAS, "budgetStatements[0]"),
        failing(
            FUNDS_A_LINE,
            "the tagged line no longer names the GBS",
            firstTag(t -> t.gbs(Optional.empty())),
            "budgetStatements[0]"),
        // PPRG-GBS-012
        passing(FISCAL_YEAR, "the GBS is for 2025", KAPUAS, "budgetStatements[0].fiscalYear"),
        failing(
            FISCAL_YEAR,
            "the GBS is a copy from 2024",
            gbs(g -> g.fiscalYear(Year.of(2024))),
            "budgetStatements[0].fiscalYear"));
  }
}
