package id.pug.rules.international;

import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * How a budget line fared on one {@link MarkerCriterion}: whether the configured criteria require
 * it, whether it is met, and why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class CriterionResult {
  CriterionResult() {}

  /**
   * A result.
   *
   * @param criterion the criterion
   * @param required whether the configured criteria require it
   * @param met whether the line meets it
   * @param reason why
   * @return the result
   */
  public static CriterionResult of(
      MarkerCriterion criterion, boolean required, boolean met, Reason reason) {
    return ImmutableCriterionResult.of(criterion, required, met, reason);
  }

  /**
   * The criterion.
   *
   * @return the criterion
   */
  @Value.Parameter
  public abstract MarkerCriterion criterion();

  /**
   * Whether the configured criteria require it (a switched-off requirement is still reported).
   *
   * @return true if required
   */
  @Value.Parameter
  public abstract boolean required();

  /**
   * Whether the line meets it.
   *
   * @return true if met
   */
  @Value.Parameter
  public abstract boolean met();

  /**
   * Why it is met or not.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract Reason reason();

  /**
   * Whether the criterion holds for the marker: met, or not required.
   *
   * @return true unless required and not met
   */
  public boolean satisfied() {
    return met() || !required();
  }
}
