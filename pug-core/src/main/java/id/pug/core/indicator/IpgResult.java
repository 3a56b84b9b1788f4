package id.pug.core.indicator;

import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * An IPG (Indeks Pembangunan Gender) with the sex-specific IPMs and expenditures behind it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IpgResult {
  IpgResult() {}

  /**
   * S_F = (W_F/W_M · EA_F) / (W_F/W_M · EA_F + EA_M): women's share of earned income.
   *
   * @return the share
   */
  public abstract double incomeShareFemale();

  /**
   * PPP_F = S_F · PPP / p_F.
   *
   * @return women's per-capita expenditure
   */
  public abstract double expenditureFemale();

  /**
   * PPP_M = (1 − S_F) · PPP / p_M.
   *
   * @return men's per-capita expenditure
   */
  public abstract double expenditureMale();

  /**
   * Women's IPM.
   *
   * @return the IPM
   */
  public abstract IpmResult female();

  /**
   * Men's IPM.
   *
   * @return the IPM
   */
  public abstract IpmResult male();

  /**
   * IPG = IPM_F / IPM_M × 100; 100 is parity.
   *
   * @return the IPG
   */
  public abstract double ipg();
}
