package id.pug.rules.international;

import com.google.common.collect.ImmutableList;
import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * pug's suggested value of a gender marker for one budget line, with the reasons, the criteria it
 * checked and whether they are confirmed (they never are: {@link MarkerCriteria}).
 *
 * <p>A suggestion, "coding what pug sees" in the plan's documents ({@code domain.md} §8.3): the
 * marker itself is assigned by whoever reports to the donor or the UN system. Immutable and
 * thread-safe.
 *
 * @param <M> the marker: {@link DacMarker} or {@link GenderEqualityMarker}
 */
@Value.Immutable
@PugStyle
public abstract class MarkerSuggestion<M extends Enum<M> & GenderMarker> {
  MarkerSuggestion() {}

  static <M extends Enum<M> & GenderMarker> ImmutableMarkerSuggestion.Builder<M> builder() {
    return ImmutableMarkerSuggestion.builder();
  }

  /**
   * The suggested value.
   *
   * @return the value
   */
  public abstract M value();

  /**
   * Why: first the conclusion, then the reason of each criterion checked.
   *
   * @return the reasons
   */
  public abstract ImmutableList<Reason> reasons();

  /**
   * The criteria checked, with their results.
   *
   * @return the results, in {@link MarkerCriterion} order
   */
  public abstract ImmutableList<CriterionResult> criteria();

  /**
   * Whether the criteria used are confirmed in pug's sources.
   *
   * @return false: the DAC minimum criteria are UNCONFIRMED (§8.2), the mapping is pug's reading
   */
  public final boolean criteriaConfirmed() {
    return false;
  }

  /**
   * The value and the first reason.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return value() + (reasons().isEmpty() ? "" : " (" + reasons().get(0).text().english() + ")");
  }
}
