package id.pug.rules.international;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GbsAction;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.SituationAnalysis;
import id.pug.rules.engine.Language;
import id.pug.rules.testing.Plans;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each pre-filling rule of {@link HgdgSuggestion}, worked on evidence holding only a GAP or only a
 * GBS of the Kapuas plan (violence prevention), changed one part at a time.
 */
class HgdgSuggesterTest {

  private static final GenderAnalysisPathway GAP = Plans.kapuas().genderAnalyses().get(1);
  private static final GenderBudgetStatement GBS = Plans.kapuas().budgetStatements().get(1);
  private static final String GBS_ID = GBS.id().value();

  private static HgdgSuggestion gapOnly(GenderAnalysisPathway gap) {
    return HgdgEvidence.builder().gap(gap).build().suggest();
  }

  private static HgdgSuggestion gbsOnly(GenderBudgetStatement gbs) {
    return HgdgEvidence.builder().gbs(gbs).build().suggest();
  }

  /** The Kapuas GAP with only the given steps, its gap factors kept. */
  private static GenderAnalysisPathway gapWithSteps(GapStep... kept) {
    ImmutableMap.Builder<GapStep, String> steps = ImmutableMap.builder();
    for (GapStep step : kept) {
      steps.put(step, GAP.step(step).orElseThrow());
    }
    return GenderAnalysisPathway.builder().from(GAP).steps(steps.build()).build();
  }

  /** The Kapuas GAP with only the given steps, and no structured gap factors or indicators. */
  private static GenderAnalysisPathway bareGap(GapStep... kept) {
    return GenderAnalysisPathway.builder()
        .from(gapWithSteps(kept))
        .gapFactors(Map.of())
        .genderIndicators(List.of())
        .build();
  }

  private static GenderBudgetStatement gbsWith(SituationAnalysis analysis) {
    return GenderBudgetStatement.builder().from(GBS).situationAnalysis(analysis).build();
  }

  private static SituationAnalysis.Builder analysis() {
    return SituationAnalysis.builder().from(GBS.situationAnalysis());
  }

  private static Optional<BigDecimal> score(HgdgSuggestion s, HgdgItem item) {
    return s.scores().score(item);
  }

  private static void assertScore(HgdgSuggestion s, HgdgItem item, String score, String key) {
    assertThat(score(s, item))
        .as("%s score", item)
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(score));
    assertThat(s.reason(item).key()).as("%s reason", item).isEqualTo(key);
  }

  private static void assertUnscored(HgdgSuggestion s, HgdgItem item, String key) {
    assertThat(score(s, item)).as("%s score", item).isEmpty();
    assertThat(s.reason(item).key()).as("%s reason", item).isEqualTo(key);
  }

  // 2.0 ------------------------------------------------------------------------------------------

  @Test
  void gbsInsightWithFiguresBySex_gives2_andNamesTheGbs() {
    // The GBS's achievement indicator holds no values by sex; its insight data names the women and
    // men of Kapuas with figures.
    HgdgSuggestion s = gbsOnly(GBS);
    assertScore(s, HgdgItem.SEX_DISAGGREGATED_DATA, "2", "hgdg.2.0.gbsFiguresBySex");
    assertThat(s.reason(HgdgItem.SEX_DISAGGREGATED_DATA).in(Language.ENGLISH))
        .isEqualTo("The insight data of GBS " + GBS_ID + " names women and men with figures.");
  }

  @Test
  void gbsInsightWithoutFigures_gives1_andNamesTheGbs() {
    HgdgSuggestion s =
        gbsOnly(
            gbsWith(
                analysis()
                    .insightData(
                        List.of("Korban kekerasan dalam rumah tangga sebagian besar perempuan"))
                    .build()));
    assertScore(s, HgdgItem.SEX_DISAGGREGATED_DATA, "1", "hgdg.2.0.gbsInsight");
    assertThat(s.reason(HgdgItem.SEX_DISAGGREGATED_DATA).in(Language.ENGLISH)).contains(GBS_ID);
  }

  // 3.1 ------------------------------------------------------------------------------------------

  @Test
  void gapFactorsWithCauses_inTheGapAlone_give1() {
    HgdgSuggestion s = gapOnly(GAP);
    assertScore(s, HgdgItem.GENDER_GAPS, "1", "hgdg.3.1.factorsAndCauses");
  }

  @Test
  void gapFactorsWithCauses_inTheGbsAlone_give1() {
    HgdgSuggestion s = gbsOnly(GBS);
    assertScore(s, HgdgItem.GENDER_GAPS, "1", "hgdg.3.1.factorsAndCauses");
  }

  @Test
  void eitherCauseStepOfTheGap_isEnough() {
    assertScore(
        gapOnly(gapWithSteps(GapStep.GAP_FACTORS, GapStep.INTERNAL_CAUSES)),
        HgdgItem.GENDER_GAPS,
        "1",
        "hgdg.3.1.factorsAndCauses");
    assertScore(
        gapOnly(gapWithSteps(GapStep.GAP_FACTORS, GapStep.EXTERNAL_CAUSES)),
        HgdgItem.GENDER_GAPS,
        "1",
        "hgdg.3.1.factorsAndCauses");
    assertScore(
        gapOnly(gapWithSteps(GapStep.GAP_FACTORS)),
        HgdgItem.GENDER_GAPS,
        "0.5",
        "hgdg.3.1.partial");
  }

  @Test
  void eitherCauseOfTheGbs_isEnough() {
    assertScore(
        gbsOnly(gbsWith(analysis().externalCauses(Optional.empty()).build())),
        HgdgItem.GENDER_GAPS,
        "1",
        "hgdg.3.1.factorsAndCauses");
    assertScore(
        gbsOnly(gbsWith(analysis().internalCauses(Optional.empty()).build())),
        HgdgItem.GENDER_GAPS,
        "1",
        "hgdg.3.1.factorsAndCauses");
    assertScore(
        gbsOnly(
            gbsWith(
                analysis()
                    .internalCauses(Optional.empty())
                    .externalCauses(Optional.empty())
                    .build())),
        HgdgItem.GENDER_GAPS,
        "0.5",
        "hgdg.3.1.partial");
  }

  @Test
  void gapWithoutFactorsOrIssueText_leaves3_1Unscored() {
    GenderAnalysisPathway bare =
        GenderAnalysisPathway.builder()
            .from(gapWithSteps(GapStep.INTERNAL_CAUSES))
            .gapFactors(Map.of())
            .build();
    assertUnscored(gapOnly(bare), HgdgItem.GENDER_GAPS, "hgdg.3.1.none");
  }

  // 4.0 ------------------------------------------------------------------------------------------

  @Test
  void reformulatedObjectiveOfTheGap_alone_gives1() {
    assertScore(
        gapOnly(gapWithSteps(GapStep.REFORMULATED_OBJECTIVE)),
        HgdgItem.GOALS,
        "1",
        "hgdg.4.0.objectiveOnly");
    assertUnscored(gapOnly(gapWithSteps(GapStep.ACTION_PLAN)), HgdgItem.GOALS, "hgdg.4.0.none");
  }

  @Test
  void actionOutputsOrOutcomes_areResults() {
    GenderBudgetStatement withoutResults =
        GenderBudgetStatement.builder()
            .from(GBS)
            .expectedImpact(Optional.empty())
            .achievementIndicators(List.of())
            .actionPlan(List.of(GbsAction.builder().description("Sosialisasi").build()))
            .build();
    assertScore(gbsOnly(withoutResults), HgdgItem.GOALS, "1", "hgdg.4.0.objectiveOnly");
    GenderBudgetStatement withOutput =
        GenderBudgetStatement.builder()
            .from(withoutResults)
            .actionPlan(
                List.of(GbsAction.builder().description("Sosialisasi").output("Leaflet").build()))
            .build();
    assertScore(gbsOnly(withOutput), HgdgItem.GOALS, "2", "hgdg.4.0.objectiveAndResults");
    GenderBudgetStatement withOutcome =
        GenderBudgetStatement.builder()
            .from(withoutResults)
            .actionPlan(
                List.of(
                    GbsAction.builder()
                        .description("Sosialisasi")
                        .outcome("Perempuan mengetahui layanan pengaduan")
                        .build()))
            .build();
    HgdgSuggestion s = gbsOnly(withOutcome);
    assertScore(s, HgdgItem.GOALS, "2", "hgdg.4.0.objectiveAndResults");
    assertThat(s.reason(HgdgItem.GOALS).in(Language.ENGLISH)).contains(GBS_ID);
  }

  // 5.0 ------------------------------------------------------------------------------------------

  @Test
  void gapActionPlanBesideGapFactorsStep_gives1() {
    assertScore(
        gapOnly(bareGap(GapStep.GAP_FACTORS, GapStep.ACTION_PLAN)),
        HgdgItem.STRATEGIES,
        "1",
        "hgdg.5.0.actionsForIssues");
    assertUnscored(gapOnly(bareGap(GapStep.ACTION_PLAN)), HgdgItem.STRATEGIES, "hgdg.5.0.none");
    assertUnscored(gapOnly(bareGap(GapStep.GAP_FACTORS)), HgdgItem.STRATEGIES, "hgdg.5.0.none");
  }

  @Test
  void gbsActionPlanBesideGbsGapFactors_gives1() {
    assertScore(gbsOnly(GBS), HgdgItem.STRATEGIES, "1", "hgdg.5.0.actionsForIssues");
    assertUnscored(
        gbsOnly(gbsWith(analysis().gapFactors(Map.of()).build())),
        HgdgItem.STRATEGIES,
        "hgdg.5.0.none");
  }
}
