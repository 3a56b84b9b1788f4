package id.pug.rules.gap;

import static id.pug.rules.gap.GapRules.ALL_STEPS;
import static id.pug.rules.gap.GapRules.BASELINE_BY_SEX;
import static id.pug.rules.gap.GapRules.CAUSES_DISTINGUISHED;
import static id.pug.rules.gap.GapRules.GAP_FACTOR;
import static id.pug.rules.gap.GapRules.INDICATOR_MEASURABLE;
import static id.pug.rules.gap.GapRules.INSIGHT_DATA_BY_SEX;
import static id.pug.rules.gap.GapRules.OBJECTIVE_REFORMULATED;
import static id.pug.rules.gap.GapRules.SUBJECT_IN_DOCUMENT;
import static id.pug.rules.testing.RuleExample.failing;
import static id.pug.rules.testing.RuleExample.lacking;
import static id.pug.rules.testing.RuleExample.notApplicable;
import static id.pug.rules.testing.RuleExample.passing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleExample;
import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Passing and failing examples of the GAP rules, on the Kapuas fixture: each changes the first GAP
 * ({@code genderAnalyses[0]}, sub-kegiatan 2.08.02.2.01.01) in one respect. Figures are
 * illustrative.
 */
public final class GapExamples {
  private GapExamples() {}

  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();
  private static final GenderAnalysisPathway GAP = KAPUAS.genderAnalyses().get(0);
  private static final PerformanceIndicator INDICATOR = GAP.genderIndicators().get(0);

  /** Kapuas with its first GAP changed. */
  private static RegionalPprgPlan gap(UnaryOperator<GenderAnalysisPathway.Builder> change) {
    return Plans.gap(0, change);
  }

  /** The first GAP's steps with one step's text replaced. */
  private static Map<GapStep, String> stepsWith(GapStep step, String text) {
    Map<GapStep, String> steps = new EnumMap<>(GAP.steps());
    steps.put(step, text);
    return steps;
  }

  /** The first GAP's steps without some steps. */
  private static Map<GapStep, String> stepsWithout(GapStep... removed) {
    Map<GapStep, String> steps = new EnumMap<>(GAP.steps());
    for (GapStep step : removed) {
      steps.remove(step);
    }
    return steps;
  }

  /** The first GAP's gender indicator, changed. */
  private static RegionalPprgPlan indicator(UnaryOperator<PerformanceIndicator.Builder> change) {
    return gap(
        g ->
            g.genderIndicators(
                ImmutableList.of(
                    change.apply(PerformanceIndicator.builder().from(INDICATOR)).build())));
  }

  /** Every gender indicator of every GAP, changed. */
  private static RegionalPprgPlan everyIndicator(
      UnaryOperator<PerformanceIndicator.Builder> change) {
    return Plans.kapuas(
        p ->
            p.genderAnalyses(
                KAPUAS.genderAnalyses().stream()
                    .map(
                        g ->
                            GenderAnalysisPathway.builder()
                                .from(g)
                                .genderIndicators(
                                    g.genderIndicators().stream()
                                        .map(
                                            i ->
                                                change
                                                    .apply(PerformanceIndicator.builder().from(i))
                                                    .build())
                                        .toList())
                                .build())
                    .toList()));
  }

  private static final Year BASE_YEAR = Year.of(2024);

  /** An illustrative baseline by sex. */
  private static IndicatorValue baselineBySex() {
    return IndicatorValue.bySex(BASE_YEAR, BigDecimal.valueOf(12), BigDecimal.valueOf(18));
  }

  /** An illustrative 2025 target by sex. */
  private static IndicatorValue target() {
    return IndicatorValue.bySex(Year.of(2025), BigDecimal.valueOf(15), BigDecimal.valueOf(15));
  }

  /**
   * The examples.
   *
   * @return every example of the family
   */
  public static ImmutableList<RuleExample> examples() {
    String insightPath = "genderAnalyses[0].steps['INSIGHT_DATA']";
    String factorsPath = "genderAnalyses[0].steps['GAP_FACTORS']";
    String objectivePath = "genderAnalyses[0].steps['REFORMULATED_OBJECTIVE']";
    return ImmutableList.of(
        // PPRG-GAP-001
        passing(
            ALL_STEPS, "the Kapuas GAP fills in all nine steps", KAPUAS, "genderAnalyses[0].steps"),
        failing(
            ALL_STEPS,
            "the GAP has no action plan (step 7)",
            gap(g -> g.steps(stepsWithout(GapStep.ACTION_PLAN))),
            "genderAnalyses[0].steps"),
        // PPRG-GAP-002
        passing(
            INSIGHT_DATA_BY_SEX,
            "the insight data gives the population by sex",
            KAPUAS,
            insightPath),
        failing(
            INSIGHT_DATA_BY_SEX,
            "the insight data names neither women nor men",
            gap(
                g ->
                    g.steps(
                        stepsWith(
                            GapStep.INSIGHT_DATA,
                            "Belum semua perangkat daerah menyusun GAP dan GBS"))),
            insightPath),
        lacking(
            INSIGHT_DATA_BY_SEX,
            "the GAP has no insight data",
            gap(g -> g.steps(stepsWithout(GapStep.INSIGHT_DATA))),
            insightPath),
        // PPRG-GAP-003
        passing(
            GAP_FACTOR,
            "the GAP records all four APKM factors",
            KAPUAS,
            "genderAnalyses[0].gapFactors"),
        passing(
            GAP_FACTOR,
            "without structured factors, the step-3 text names the four APKM aspects",
            gap(g -> g.gapFactors(ImmutableMap.of())),
            factorsPath),
        failing(
            GAP_FACTOR,
            "the step-3 text names no gap factor and there are no structured factors",
            gap(
                g ->
                    g.gapFactors(ImmutableMap.of())
                        .steps(
                            stepsWith(
                                GapStep.GAP_FACTORS,
                                "Belum semua perangkat daerah menyusun GAP dan GBS"))),
            factorsPath),
        lacking(
            GAP_FACTOR,
            "the GAP has neither structured factors nor a step-3 text",
            gap(g -> g.gapFactors(ImmutableMap.of()).steps(stepsWithout(GapStep.GAP_FACTORS))),
            factorsPath),
        // PPRG-GAP-004
        passing(
            CAUSES_DISTINGUISHED,
            "internal and external causes differ",
            KAPUAS,
            "genderAnalyses[0].steps['EXTERNAL_CAUSES']"),
        failing(
            CAUSES_DISTINGUISHED,
            "the external cause repeats the internal one in other case and punctuation",
            gap(
                g ->
                    g.steps(
                        stepsWith(
                            GapStep.EXTERNAL_CAUSES,
                            "pemahaman aparatur tentang PPRG belum merata."))),
            "genderAnalyses[0].steps['EXTERNAL_CAUSES']"),
        lacking(
            CAUSES_DISTINGUISHED,
            "the GAP has no internal causes",
            gap(g -> g.steps(stepsWithout(GapStep.INTERNAL_CAUSES))),
            "genderAnalyses[0].steps['INTERNAL_CAUSES']"),
        // PPRG-GAP-005
        passing(
            OBJECTIVE_REFORMULATED,
            "the reformulated objective asks every agency to prepare GAP, GBS and KAK",
            KAPUAS,
            objectivePath),
        failing(
            OBJECTIVE_REFORMULATED,
            "the reformulated objective copies the original objective of step 1",
            gap(
                g ->
                    g.steps(
                        stepsWith(
                            GapStep.REFORMULATED_OBJECTIVE,
                            "Terkoordinasinya perumusan kebijakan pelaksanaan PUG"))),
            objectivePath),
        lacking(
            OBJECTIVE_REFORMULATED,
            "the GAP has no reformulated objective",
            gap(g -> g.steps(stepsWithout(GapStep.REFORMULATED_OBJECTIVE))),
            objectivePath),
        lacking(
            OBJECTIVE_REFORMULATED,
            "the GAP does not state the policy and its objective (step 1)",
            gap(g -> g.steps(stepsWithout(GapStep.POLICY_SELECTION))),
            "genderAnalyses[0].steps['POLICY_SELECTION']"),
        // PPRG-GAP-006
        passing(
            BASELINE_BY_SEX,
            "every gender indicator has a 2024 baseline for women and men",
            everyIndicator(i -> i.baseline(baselineBySex())),
            "genderAnalyses[0].genderIndicators[0].baseline"),
        failing(
            BASELINE_BY_SEX,
            "the Kapuas gender indicator has no baseline",
            KAPUAS,
            "genderAnalyses[0].genderIndicators[0].baseline"),
        failing(
            BASELINE_BY_SEX,
            "the baseline is a total only",
            indicator(i -> i.baseline(IndicatorValue.of(BASE_YEAR, BigDecimal.valueOf(30)))),
            "genderAnalyses[0].genderIndicators[0].baseline"),
        lacking(
            BASELINE_BY_SEX,
            "the baseline is given as step-8 text only",
            gap(g -> g.genderIndicators(ImmutableList.of())),
            "genderAnalyses[0].steps['BASELINE']"),
        lacking(
            BASELINE_BY_SEX,
            "the GAP has neither structured indicators nor a step-8 text",
            gap(g -> g.genderIndicators(ImmutableList.of()).steps(stepsWithout(GapStep.BASELINE))),
            "genderAnalyses[0].steps['BASELINE']"),
        // PPRG-GAP-007
        passing(
            INDICATOR_MEASURABLE,
            "every gender indicator is by sex and has a 2025 target",
            everyIndicator(i -> i.addTarget(target())),
            "genderAnalyses[0].genderIndicators[0]"),
        failing(
            INDICATOR_MEASURABLE,
            "the Kapuas gender indicator has no target",
            KAPUAS,
            "genderAnalyses[0].genderIndicators[0].targets"),
        failing(
            INDICATOR_MEASURABLE,
            "the targeted gender indicator is not declared sex-disaggregated",
            indicator(i -> i.addTarget(target()).sexDisaggregated(false)),
            "genderAnalyses[0].genderIndicators[0].sexDisaggregated"),
        lacking(
            INDICATOR_MEASURABLE,
            "the gender indicator is given as step-9 text only",
            gap(g -> g.genderIndicators(ImmutableList.of())),
            "genderAnalyses[0].steps['GENDER_INDICATORS']"),
        lacking(
            INDICATOR_MEASURABLE,
            "the GAP has neither structured indicators nor a step-9 text",
            gap(
                g ->
                    g.genderIndicators(ImmutableList.of())
                        .steps(stepsWithout(GapStep.GENDER_INDICATORS))),
            "genderAnalyses[0].steps['GENDER_INDICATORS']"),
        // PPRG-GAP-008
        passing(
            SUBJECT_IN_DOCUMENT,
            "sub-kegiatan 2.08.02.2.01.01 is in the DP3APPKB's Renja",
            KAPUAS,
            "genderAnalyses[0].subject"),
        failing(
            SUBJECT_IN_DOCUMENT,
            "the GAP analyses sub-kegiatan 2.08.02.2.01.03, which the Renja does not hold",
            gap(g -> g.subject(NomenclatureCode.parse("2.08.02.2.01.03"))),
            "genderAnalyses[0].subject"),
        failing(
            SUBJECT_IN_DOCUMENT,
            "the GAP names a planning document the plan does not hold",
            gap(g -> g.planningDocument(PlanningDocumentId.of("renja-contoh-tidak-ada"))),
            "genderAnalyses[0].planningDocument"),
        lacking(
            SUBJECT_IN_DOCUMENT,
            "the GAP records no analysed code",
            gap(g -> g.subject(Optional.empty())),
            "genderAnalyses[0].subject"),
        lacking(
            SUBJECT_IN_DOCUMENT,
            "the Renja the GAPs name records no programmes",
            Plans.kapuas(
                p ->
                    p.planningDocuments(
                        Plans.replace(
                            KAPUAS.planningDocuments(),
                            0,
                            d ->
                                PlanningDocument.builder()
                                    .from(d)
                                    .programmes(ImmutableList.of())
                                    .build()))),
            "planningDocuments[0].programmes"),
        notApplicable(
            SUBJECT_IN_DOCUMENT,
            "no GAP names a planning document",
            Plans.kapuas(
                p ->
                    p.genderAnalyses(
                        KAPUAS.genderAnalyses().stream()
                            .map(
                                g ->
                                    GenderAnalysisPathway.builder()
                                        .from(g)
                                        .planningDocument(Optional.empty())
                                        .build())
                            .toList()))));
  }
}
