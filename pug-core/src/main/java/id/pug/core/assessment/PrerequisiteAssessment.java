package id.pug.core.assessment;

import com.google.common.collect.ImmutableList;
import id.pug.core.PugStyle;
import id.pug.core.region.RegionCode;
import java.time.Year;
import org.immutables.value.Value;

/**
 * A region's evidence for the seven PUG prerequisites in a year.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class PrerequisiteAssessment {
  PrerequisiteAssessment() {}

  /**
   * A builder for an assessment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrerequisiteAssessment}; required: region and year. */
  public static final class Builder extends ImmutablePrerequisiteAssessment.Builder {
    Builder() {}
  }

  /**
   * The region.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * The year assessed.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The evidence items.
   *
   * @return the evidence
   */
  public abstract ImmutableList<Evidence> evidence();

  /**
   * The evidence for one prerequisite.
   *
   * @param prerequisite the prerequisite
   * @return its evidence items
   */
  public ImmutableList<Evidence> evidenceFor(Prerequisite prerequisite) {
    java.util.Objects.requireNonNull(prerequisite, "prerequisite");
    ImmutableList.Builder<Evidence> found = ImmutableList.builder();
    for (Evidence each : evidence()) {
      if (each.prerequisite() == prerequisite) {
        found.add(each);
      }
    }
    return found.build();
  }

  /**
   * The prerequisites without any evidence, in order.
   *
   * @return the prerequisites lacking evidence
   */
  public ImmutableList<Prerequisite> prerequisitesWithoutEvidence() {
    return java.util.Arrays.stream(Prerequisite.values())
        .filter(p -> evidenceFor(p).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }
}
