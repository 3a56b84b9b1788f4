package id.pug.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.testing.PlanFixtures;
import id.pug.rules.engine.Finding;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleRun;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The policy packs' counts and thresholds, on the Kapuas plan. */
class PolicyPacksTest {

  @Test
  void focalPointsAppointedByHeadsOfAgencies_areNotCounted() {
    // Every Kapuas focal point is appointed by a decree of the head of its agency.
    assertThat(Plans.kapuas().focalPointsOf(PlanFixtures.DP3APPKB))
        .isNotEmpty()
        .allMatch(f -> f.decree().isPresent());
    Finding f =
        RuleRun.of(PolicyPacks.MURUNG_RAYA_FOCAL_POINTS, PackExamples.dp3appkbOnly(Plans.kapuas()))
            .finding();
    assertThat(f.evidence()).containsEntry("appointed", 0L);
  }

  @Test
  void aShareEqualToTheMinimum_meetsIt() {
    // Kapuas's tagged lines make 74.40% of its spending.
    RuleRun run =
        RuleRun.of(
            PolicyPacks.PHILIPPINES_SHARE,
            Plans.kapuas(),
            s ->
                s.configure(
                    PolicyPacks.PHILIPPINES_SHARE, "minimumSharePercent", new BigDecimal("74.40")));
    assertThat(run.findings()).isEmpty();
    assertThat(run.passed()).hasSize(1);
    assertThat(run.passed().get(0).inputs()).containsEntry("share", new BigDecimal("74.40"));
  }
}
