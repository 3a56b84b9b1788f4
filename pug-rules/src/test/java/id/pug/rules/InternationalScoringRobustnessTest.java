package id.pug.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.engine.Language;
import id.pug.rules.international.ActivityScoring;
import id.pug.rules.international.InternationalScoring;
import id.pug.rules.international.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No plan content makes the international scorings throw, and every reason renders. */
class InternationalScoringRobustnessTest {

  @Test
  void hostilePlans_neverMakeScoringThrow() {
    List<RegionalPprgPlan> plans = HostilePlans.plans(200, 20261201L);
    for (RegionalPprgPlan plan : plans) {
      InternationalScoring scoring = InternationalScoring.of(plan);
      assertThat(scoring.activities()).hasSameSizeAs(plan.budgetLines());
      assertThat(scoring.attributedGad()).isLessThanOrEqualTo(scoring.totalSpending());
      scoring.dacCounts();
      scoring.gemAmounts();
      scoring.attributedSharePercent();
      for (ActivityScoring a : scoring.activities()) {
        assertThat(a.attributedAmount()).isLessThanOrEqualTo(a.amount());
        for (Reason r : a.dac().reasons()) {
          for (Language l : Language.values()) {
            assertThat(r.in(l)).doesNotContain("{unmet}", "{category}", "{gap}");
          }
        }
        assertThat(a.hgdgSuggestion().reasons()).hasSize(17);
      }
    }
  }
}
