package id.pug.core.indicator;

import com.google.common.collect.ImmutableSet;
import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * An IKG value with every intermediate of its formula, so that a user can explain the number
 * ({@code indicators.md} §1): RH_F, E_F, E_M, G_F, G_M, HARM, G_FM and the IKG, with the inputs,
 * the constants used and flags for floors and policies applied.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IkgResult {
  IkgResult() {}

  /**
   * The inputs.
   *
   * @return the components
   */
  public abstract IkgComponents components();

  /**
   * The constants and policy used.
   *
   * @return the constants
   */
  public abstract IkgConstants constants();

  /**
   * RH_F = sqrt((a / max(MTF, a)) · (b / max(MHPK20, b))): women's reproductive-health term.
   *
   * @return RH_F, in (0, 1]
   */
  public abstract double reproductiveHealthFemale();

  /**
   * E_F = sqrt(PR_F · SE_F): women's empowerment term.
   *
   * @return E_F
   */
  public abstract double empowermentFemale();

  /**
   * E_M = sqrt(PR_M · SE_M): men's empowerment term.
   *
   * @return E_M
   */
  public abstract double empowermentMale();

  /**
   * G_F = (RH_F · E_F · TPAK_F)^(1/3): women's achievement.
   *
   * @return G_F
   */
  public abstract double achievementFemale();

  /**
   * G_M = (E_M · TPAK_M)^(1/3): men's achievement.
   *
   * @return G_M
   */
  public abstract double achievementMale();

  /**
   * HARM = 2 / (1/G_F + 1/G_M): the harmonic mean, sexes weighted equally.
   *
   * @return HARM
   */
  public abstract double harmonicMean();

  /**
   * G_FM: the reference of averaged components.
   *
   * @return G_FM
   */
  public abstract double reference();

  /**
   * IKG = 1 − HARM / G_FM. Lower is better.
   *
   * @return the IKG, from 0 to 1
   */
  public abstract double ikg();

  /**
   * Floors and policies that were applied.
   *
   * @return the flags, empty when none applied
   */
  public abstract ImmutableSet<IkgFlag> flags();

  /**
   * The IKG rounded as BPS publishes it.
   *
   * @return the IKG to three decimals
   */
  public double ikgRounded() {
    return Math.round(ikg() * 1000) / 1000.0;
  }
}
