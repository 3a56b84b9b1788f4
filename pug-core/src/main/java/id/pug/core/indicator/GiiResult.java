package id.pug.core.indicator;

import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * UNDP's Gender Inequality Index with its intermediates.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class GiiResult {
  GiiResult() {}

  /**
   * RH_F = sqrt((10 / MMR) · (1 / ABR)), MMR truncated to 10–1,000.
   *
   * @return the reproductive-health term
   */
  public abstract double reproductiveHealthFemale();

  /**
   * G_F.
   *
   * @return women's achievement
   */
  public abstract double achievementFemale();

  /**
   * G_M.
   *
   * @return men's achievement
   */
  public abstract double achievementMale();

  /**
   * HARM.
   *
   * @return the harmonic mean
   */
  public abstract double harmonicMean();

  /**
   * G_FM.
   *
   * @return the reference
   */
  public abstract double reference();

  /**
   * GII = 1 − HARM / G_FM.
   *
   * @return the GII
   */
  public abstract double gii();

  /**
   * Whether a zero parliament share was replaced with 0.1%.
   *
   * @return true if replaced
   */
  public abstract boolean zeroSeatReplaced();
}
