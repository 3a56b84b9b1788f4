package id.pug.rules.gbs;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.TraceEntry;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleRun;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The evidence of the GBS rules, on the Kapuas plan's second GBS changed in one respect. */
class GbsRulesTest {
  private static final GenderBudgetStatement GBS = Plans.kapuas().budgetStatements().get(1);

  private static TraceEntry entryAt(RuleRun run, String path) {
    ElementPath at = ElementPath.parse(path);
    return run.entries().stream()
        .filter(e -> e.path().equals(at))
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing at " + path + ": " + run.entries()));
  }

  @Test
  void identification_listsOnlyTheMissingCodes() {
    RegionalPprgPlan plan = Plans.gbs(1, g -> g.subActivity(Optional.empty()));
    Finding f = RuleRun.of(GbsRules.IDENTIFICATION, plan).finding();
    assertThat(f.path()).isEqualTo(ElementPath.parse("budgetStatements[1].subActivity"));
    assertThat((List<?>) f.evidence().get("missing")).hasSize(1);
  }

  @Test
  void situationAnalysis_listsOnlyTheMissingParts() {
    RegionalPprgPlan plan =
        Plans.gbs(
            1,
            g ->
                g.situationAnalysis(
                    id.pug.core.pprg.SituationAnalysis.builder()
                        .from(GBS.situationAnalysis())
                        .externalCauses(Optional.empty())
                        .build()));
    Finding f = RuleRun.of(GbsRules.SITUATION_ANALYSIS, plan).finding();
    assertThat(f.path())
        .isEqualTo(ElementPath.parse("budgetStatements[1].situationAnalysis.externalCauses"));
    assertThat((List<?>) f.evidence().get("missing")).hasSize(1);
  }

  @Test
  void agreesWithGap_comparesTheKegiatan_whenTheGbsStatesNoSubKegiatan() {
    RegionalPprgPlan plan = Plans.gbs(1, g -> g.subActivity(Optional.empty()));
    TraceEntry entry = entryAt(RuleRun.of(GbsRules.AGREES_WITH_GAP, plan), "budgetStatements[1]");
    assertThat(entry.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(entry.inputs()).containsEntry("gbsSubject", GBS.activity().orElseThrow().format());
  }

  @Test
  void agreesWithGap_comparesTheProgramme_whenTheGbsStatesOnlyThat() {
    RegionalPprgPlan plan =
        Plans.gbs(1, g -> g.subActivity(Optional.empty()).activity(Optional.empty()));
    TraceEntry entry = entryAt(RuleRun.of(GbsRules.AGREES_WITH_GAP, plan), "budgetStatements[1]");
    assertThat(entry.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(entry.inputs()).containsEntry("gbsSubject", GBS.programme().orElseThrow().format());
    assertThat(GBS.programme()).contains(NomenclatureCode.parse("2.08.03"));
  }
}
