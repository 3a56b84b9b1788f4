package id.pug.rules.prerequisite;

import id.pug.core.assessment.Prerequisite;
import id.pug.core.assessment.PrerequisiteAssessment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A region's readiness for PUG as pug measures it: the share of the seven prerequisites (tujuh
 * prasyarat PUG: commitment, policy, institutions, resources, sex-disaggregated data, analysis
 * tools, public participation; {@code domain.md} §6.1) for which the region holds at least one
 * evidence item, in percent.
 *
 * <p>This is pug's own measure, not the APE's: the APE evaluation's indicator list and score bands
 * are not confirmed in pug's sources (§6.3), so {@link PrerequisiteRules} maps the score to APE
 * levels only through bands a user configures. Stateless and thread-safe.
 */
public final class Readiness {
  private Readiness() {}

  /**
   * The number of prerequisites with evidence.
   *
   * @param assessment the assessment
   * @return 0 to 7
   */
  public static int prerequisitesWithEvidence(PrerequisiteAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return Prerequisite.values().length - assessment.prerequisitesWithoutEvidence().size();
  }

  /**
   * The readiness score.
   *
   * @param assessment the assessment
   * @return the share of prerequisites with evidence, percent with one decimal (0.0 to 100.0)
   */
  public static BigDecimal score(PrerequisiteAssessment assessment) {
    return BigDecimal.valueOf(prerequisitesWithEvidence(assessment) * 100L)
        .divide(BigDecimal.valueOf(Prerequisite.values().length), 1, RoundingMode.HALF_EVEN);
  }
}
