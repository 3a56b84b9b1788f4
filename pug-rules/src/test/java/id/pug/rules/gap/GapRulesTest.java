package id.pug.rules.gap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.pprg.GapFactor;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.TraceEntry;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleRun;
import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The evidence the GAP rules give, on the Kapuas plan's first GAP changed in one respect. */
class GapRulesTest {
  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();
  private static final GenderAnalysisPathway GAP = KAPUAS.genderAnalyses().get(0);

  private static RegionalPprgPlan gap(UnaryOperator<GenderAnalysisPathway.Builder> change) {
    return Plans.gap(0, change);
  }

  private static Map<GapStep, String> stepsWithout(GapStep... removed) {
    Map<GapStep, String> steps = new EnumMap<>(GAP.steps());
    for (GapStep step : removed) {
      steps.remove(step);
    }
    return steps;
  }

  private static Finding findingOn(RuleRun run, int gap) {
    String prefix = "genderAnalyses[" + gap + "]";
    return run.findings().stream()
        .filter(f -> f.path().toString().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding on " + prefix + ": " + run.findings()));
  }

  private static TraceEntry passedAt(RuleRun run, String path) {
    ElementPath at = ElementPath.parse(path);
    return run.passed().stream()
        .filter(e -> e.path().equals(at))
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing passed at " + path + ": " + run.entries()));
  }

  @Test
  void allSteps_countsTheFilledSteps() {
    // Nine steps, three of them removed; step 9 stays filled by the structured indicators.
    RegionalPprgPlan plan =
        gap(
            g ->
                g.steps(
                    stepsWithout(GapStep.BASELINE, GapStep.EXTERNAL_CAUSES, GapStep.ACTION_PLAN)));
    Finding f = findingOn(RuleRun.of(GapRules.ALL_STEPS, plan), 0);
    assertThat(f.evidence()).containsEntry("filledSteps", 6L);
    assertThat((List<?>) f.evidence().get("missingSteps")).hasSize(3);
  }

  @Test
  void gapFactor_namesOnlyTheRecordedFactors_inApkmOrder() {
    RegionalPprgPlan plan =
        gap(
            g ->
                g.gapFactors(
                    Map.of(
                        GapFactor.BENEFIT, "Manfaat layanan belum dirasakan perempuan",
                        GapFactor.ACCESS, "Akses perempuan pada layanan terbatas")));
    TraceEntry passed =
        passedAt(RuleRun.of(GapRules.GAP_FACTOR, plan), "genderAnalyses[0].gapFactors");
    assertThat(passed.inputs().get("factors"))
        .isEqualTo(
            List.of(
                LocalizedText.of(GapFactor.ACCESS.indonesian(), "access"),
                LocalizedText.of(GapFactor.BENEFIT.indonesian(), "benefit")));
  }

  @Test
  void causesDistinguished_showsTheInternalCauses_whenTheExternalAreMissing() {
    RegionalPprgPlan plan = gap(g -> g.steps(stepsWithout(GapStep.EXTERNAL_CAUSES)));
    Finding f = findingOn(RuleRun.of(GapRules.CAUSES_DISTINGUISHED, plan), 0);
    assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
    assertThat(f.evidence())
        .containsEntry("internalCauses", GAP.step(GapStep.INTERNAL_CAUSES).orElseThrow())
        .doesNotContainKey("externalCauses");
  }

  @Test
  void objectiveReformulated_showsTheOriginalObjective_whenTheReformulationIsMissing() {
    RegionalPprgPlan plan = gap(g -> g.steps(stepsWithout(GapStep.REFORMULATED_OBJECTIVE)));
    Finding f = findingOn(RuleRun.of(GapRules.OBJECTIVE_REFORMULATED, plan), 0);
    assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
    assertThat(f.evidence())
        .containsEntry("originalObjective", GAP.step(GapStep.POLICY_SELECTION).orElseThrow())
        .doesNotContainKey("reformulatedObjective");
  }

  @Test
  void baselineBySex_showsEachPartOfTheBaseline() {
    PerformanceIndicator indicator = GAP.genderIndicators().get(0);
    IndicatorValue bySex =
        IndicatorValue.bySex(Year.of(2024), BigDecimal.valueOf(40), BigDecimal.valueOf(25));
    RegionalPprgPlan passing =
        gap(
            g ->
                g.genderIndicators(
                    List.of(
                        PerformanceIndicator.builder().from(indicator).baseline(bySex).build())));
    TraceEntry passed =
        passedAt(
            RuleRun.of(GapRules.BASELINE_BY_SEX, passing),
            "genderAnalyses[0].genderIndicators[0].baseline");
    assertThat(passed.inputs())
        .containsEntry("female", BigDecimal.valueOf(40))
        .containsEntry("male", BigDecimal.valueOf(25));

    IndicatorValue total =
        IndicatorValue.builder()
            .year(Year.of(2024))
            .total(BigDecimal.valueOf(65))
            .text("65 peserta")
            .build();
    RegionalPprgPlan failing =
        gap(
            g ->
                g.genderIndicators(
                    List.of(
                        PerformanceIndicator.builder().from(indicator).baseline(total).build())));
    Finding f = findingOn(RuleRun.of(GapRules.BASELINE_BY_SEX, failing), 0);
    assertThat(f.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(f.evidence())
        .containsEntry("total", BigDecimal.valueOf(65))
        .containsEntry("text", "65 peserta")
        .doesNotContainKey("female");
  }

  @Test
  void subjectInDocument_findsTheNamedDocument_notTheFirst() {
    PlanningDocument renja =
        KAPUAS.planningDocuments().stream()
            .filter(d -> d.id().equals(GAP.planningDocument().orElseThrow()))
            .findFirst()
            .orElseThrow();
    PlanningDocument decoy =
        PlanningDocument.builder()
            .from(renja)
            .id(PlanningDocumentId.of("renja-lain"))
            .programmes(List.of())
            .title(Optional.empty())
            .build();
    RegionalPprgPlan plan =
        Plans.kapuas(
            p ->
                p.planningDocuments(
                    ImmutableList.<PlanningDocument>builder()
                        .add(decoy)
                        .addAll(
                            KAPUAS.planningDocuments().stream()
                                .filter(d -> !d.equals(decoy))
                                .toList())
                        .build()));
    RuleRun run = RuleRun.of(GapRules.SUBJECT_IN_DOCUMENT, plan);
    assertThat(run.findings()).isEmpty();
    TraceEntry passed = passedAt(run, "genderAnalyses[0].subject");
    assertThat(passed.inputs()).containsEntry("documentTitle", renja.title().orElseThrow());
  }
}
