package id.pug.rules.institution;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.TraceEntry;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PPRG-INST-005: an agency sits in the Pokja as a member, or as its chair or secretary. In Kapuas
 * Bappeda chairs and the DP3APPKB is secretary; here neither is also listed as a member.
 */
class PokjaMembershipTest {

  @Test
  void theChairsAndTheSecretarysAgencies_sitInThePokja() {
    PokjaPug pokja = Plans.kapuas().pokja().orElseThrow();
    assertThat(pokja.chair().orElseThrow().agency()).isEqualTo(PlanFixtures.BAPPEDA);
    assertThat(pokja.secretary().orElseThrow().agency()).isEqualTo(PlanFixtures.DP3APPKB);
    RegionalPprgPlan plan =
        Plans.kapuas(
            p ->
                p.pokja(
                    PokjaPug.builder()
                        .from(pokja)
                        .members(List.of(pokja.members().get(2), pokja.members().get(3)))
                        .build()));
    assertThat(plan.pokja().orElseThrow().members())
        .noneMatch(m -> m.agency().equals(PlanFixtures.BAPPEDA))
        .noneMatch(m -> m.agency().equals(PlanFixtures.DP3APPKB));
    RuleRun run = RuleRun.of(InstitutionRules.POKJA_ALL_AGENCIES, plan);
    assertThat(run.findings()).isEmpty();
    assertThat(run.entries())
        .extracting(TraceEntry::subjectId)
        .contains(PlanFixtures.BAPPEDA.value(), PlanFixtures.DP3APPKB.value());
    assertThat(run.entries()).extracting(TraceEntry::outcome).containsOnly(Outcome.PASSED);
  }
}
