package id.pug.rules.prerequisite;

import static id.pug.rules.prerequisite.PrerequisiteRules.APE_BAND;
import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.assessment.Prerequisite;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleRun;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * PPRG-PRQ-002 at its cut-offs. Kapuas has evidence of all seven prerequisites, a score of 100. The
 * cut-offs are illustrative test configuration, not APE values.
 */
class ApeBandTest {

  private static RuleSet bands(RuleSet set, String madyaFrom) {
    return set.configure(APE_BAND, "pratamaFrom", new BigDecimal("50"))
        .configure(APE_BAND, "madyaFrom", new BigDecimal(madyaFrom))
        .configure(APE_BAND, "requiredBand", "MADYA");
  }

  @Test
  void aScoreEqualToTheCutOff_reachesTheBand() {
    RuleRun run = RuleRun.of(APE_BAND, Plans.kapuas(), s -> bands(s, "100"));
    assertThat(run.findings()).isEmpty();
    assertThat(run.passed()).hasSize(1);
    assertThat(run.passed().get(0).inputs())
        .containsEntry("band", "MADYA")
        .containsEntry("score", new BigDecimal("100.0"));
  }

  @Test
  void aScoreBelowEveryCutOff_reachesNoBand() {
    // Four of seven: 57.1, below a Pratama cut-off of 60.
    RuleRun run =
        RuleRun.of(
            APE_BAND,
            PrerequisiteExamples.without(
                Set.of(
                    Prerequisite.RESOURCES,
                    Prerequisite.SEX_DISAGGREGATED_DATA,
                    Prerequisite.PUBLIC_PARTICIPATION)),
            s -> bands(s, "70").configure(APE_BAND, "pratamaFrom", new BigDecimal("60")));
    assertThat(run.finding().outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(run.finding().evidence())
        .containsEntry("band", "—")
        .containsEntry("score", new BigDecimal("57.1"));
  }
}
