package id.pug.rules.prerequisite;

import static id.pug.rules.prerequisite.PrerequisiteRules.APE_BAND;
import static id.pug.rules.prerequisite.PrerequisiteRules.EVIDENCE;
import static id.pug.rules.testing.RuleExample.failing;
import static id.pug.rules.testing.RuleExample.lacking;
import static id.pug.rules.testing.RuleExample.passing;

import com.google.common.collect.ImmutableList;
import id.pug.core.assessment.Prerequisite;
import id.pug.core.assessment.PrerequisiteAssessment;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleExample;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Passing and failing examples of the prerequisite rules. The APE band cut-offs used here (50, 70,
 * 90) are illustrative test configuration, not APE values, which pug's sources do not give.
 */
public final class PrerequisiteExamples {
  private PrerequisiteExamples() {}

  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();

  static RegionalPprgPlan without(Set<Prerequisite> missing) {
    PrerequisiteAssessment assessment = KAPUAS.assessment().orElseThrow();
    return Plans.kapuas(
        p ->
            p.assessment(
                PrerequisiteAssessment.builder()
                    .from(assessment)
                    .evidence(
                        assessment.evidence().stream()
                            .filter(e -> !missing.contains(e.prerequisite()))
                            .toList())
                    .build()));
  }

  static RuleSet bands(RuleSet set) {
    return set.configure(APE_BAND, "pratamaFrom", new BigDecimal("50"))
        .configure(APE_BAND, "madyaFrom", new BigDecimal("70"))
        .configure(APE_BAND, "utamaFrom", new BigDecimal("90"))
        .configure(APE_BAND, "requiredBand", "MADYA");
  }

  /**
   * The examples.
   *
   * @return every example of the family
   */
  public static ImmutableList<RuleExample> examples() {
    return ImmutableList.of(
        passing(EVIDENCE, "Kapuas has evidence for all seven", KAPUAS, "assessment.evidence"),
        failing(
            EVIDENCE,
            "no evidence of sex-disaggregated data",
            without(Set.of(Prerequisite.SEX_DISAGGREGATED_DATA)),
            "assessment.evidence"),
        lacking(
            EVIDENCE,
            "the plan holds no assessment",
            Plans.kapuas(p -> p.assessment(Optional.empty())),
            "assessment"),
        lacking(APE_BAND, "no band cut-offs are configured", KAPUAS, "assessment"),
        lacking(
                APE_BAND,
                "the plan holds no assessment to band",
                Plans.kapuas(p -> p.assessment(Optional.empty())),
                "assessment")
            .configured(PrerequisiteExamples::bands),
        passing(APE_BAND, "seven of seven reaches Madya and above", KAPUAS, "assessment")
            .configured(PrerequisiteExamples::bands),
        failing(
                APE_BAND,
                "four of seven (57.1%) reaches Pratama only",
                without(
                    Set.of(
                        Prerequisite.RESOURCES,
                        Prerequisite.SEX_DISAGGREGATED_DATA,
                        Prerequisite.PUBLIC_PARTICIPATION)),
                "assessment")
            .configured(PrerequisiteExamples::bands));
  }
}
