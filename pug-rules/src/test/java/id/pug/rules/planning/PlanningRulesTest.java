package id.pug.rules.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.pug.core.budget.BudgetLine;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.TraceEntry;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleRun;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evidence the planning rules give, on the Kapuas plan. */
class PlanningRulesTest {
  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();

  private static TraceEntry entryAt(RuleRun run, String path) {
    ElementPath at = ElementPath.parse(path);
    return run.entries().stream()
        .filter(e -> e.path().equals(at))
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing at " + path + ": " + run.entries()));
  }

  @Test
  void renjaAnalysed_namesTheDocumentTitleAndTheGapsAnalysingIt() {
    PlanningDocument renja = KAPUAS.planningDocuments().get(0);
    ImmutableList<String> gaps =
        KAPUAS.genderAnalyses().stream()
            .map(g -> g.id().value())
            .collect(ImmutableList.toImmutableList());
    assertThat(KAPUAS.genderAnalyses())
        .allMatch(g -> g.planningDocument().orElseThrow().equals(renja.id()));
    TraceEntry entry =
        entryAt(RuleRun.of(PlanningRules.RENJA_ANALYSED, KAPUAS), "planningDocuments[0]");
    assertThat(entry.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(entry.inputs())
        .containsEntry("title", renja.title().orElseThrow())
        .containsEntry("gaps", gaps);
  }

  @Test
  void agencyResponsive_namesTheTaggedLinesAndGapsOfTheAgency() {
    ImmutableList<String> lines =
        KAPUAS.budgetLines().stream()
            .filter(BudgetLine::isTagged)
            .map(l -> l.id().value())
            .collect(ImmutableList.toImmutableList());
    ImmutableList<String> gaps =
        KAPUAS.genderAnalyses().stream()
            .map(GenderAnalysisPathway::id)
            .map(id -> id.value())
            .collect(ImmutableList.toImmutableList());
    assertThat(lines).hasSize(2);
    TraceEntry entry =
        entryAt(
            RuleRun.of(PlanningRules.AGENCY_RESPONSIVE, KAPUAS),
            "agencies['" + PlanFixtures.DP3APPKB.value() + "']");
    assertThat(entry.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(entry.inputs()).containsEntry("taggedLines", lines).containsEntry("gaps", gaps);
  }

  @Test
  void nomenclatureCode_ofAnAgencyDocument_isTheAgencys() {
    Finding f =
        RuleRun.of(PlanningRules.NOMENCLATURE_CODE, KAPUAS).findings().stream()
            .filter(x -> x.path().toString().startsWith("planningDocuments"))
            .findFirst()
            .orElseThrow();
    assertThat(f.agency()).isEqualTo(KAPUAS.planningDocuments().get(0).agency());
    assertThat(f.agency()).contains(PlanFixtures.DP3APPKB);
  }

  @Test
  void nomenclatureCode_ofAProvinceCodeInAKabupatenPlan_namesBothTiers() {
    RegionalPprgPlan plan =
        Plans.line(2, l -> l.subActivity(NomenclatureCode.parse("2.08.02.1.01.01")));
    Finding f =
        RuleRun.of(PlanningRules.NOMENCLATURE_CODE, plan).findings().stream()
            .filter(x -> x.path().equals(ElementPath.parse("budgetLines[2].subActivity")))
            .findFirst()
            .orElseThrow();
    assertThat(f.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(f.messageKey()).endsWith("wrongTier");
    assertThat(f.evidence()).containsKeys("codeTier", "planTier");
  }

  @Test
  void nomenclatureCode_notInThePartialList_namesTheListsThatHoldIt() {
    // 2.08.02.2.01.01 (2-digit sub-kegiatan) is not in the partial 2025 list, but the complete
    // 2-digit kab/kota list holds it; 2.08.02.2.01.09 is in neither.
    RegionalPprgPlan plan =
        Plans.line(2, l -> l.subActivity(NomenclatureCode.parse("2.08.02.2.01.09")));
    RuleRun run = RuleRun.of(PlanningRules.NOMENCLATURE_CODE, plan);
    Finding held = findingAt(run, "budgetLines[0].subActivity");
    assertThat(held.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
    assertThat(held.messageKey()).endsWith("notInPartialList");
    assertThat((List<?>) held.evidence().get("alsoIn")).isNotEmpty();
    Finding nowhere = findingAt(run, "budgetLines[2].subActivity");
    assertThat(nowhere.messageKey()).endsWith("notInPartialList");
    assertThat(nowhere.evidence()).doesNotContainKey("alsoIn");
  }

  private static Finding findingAt(RuleRun run, String path) {
    ElementPath at = ElementPath.parse(path);
    return run.findings().stream()
        .filter(f -> f.path().equals(at))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding at " + path + ": " + run.findings()));
  }

  @Test
  void indicatorBaseline_givesTheBaselineYear() {
    RegionalPprgPlan plan =
        Plans.line(
            0,
            l ->
                l.outputIndicator(
                    PerformanceIndicator.builder()
                        .from(l.build().outputIndicator().orElseThrow())
                        .baseline(IndicatorValue.of(Year.of(2024), BigDecimal.ONE))
                        .build()));
    TraceEntry entry =
        entryAt(
            RuleRun.of(PlanningRules.INDICATOR_BASELINE, plan),
            "budgetLines[0].outputIndicator.baseline");
    assertThat(entry.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(entry.inputs()).containsEntry("baselineYear", Year.of(2024));
  }
}
