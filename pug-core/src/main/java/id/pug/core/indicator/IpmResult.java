package id.pug.core.indicator;

import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * An IPM (Indeks Pembangunan Manusia) with its dimension indices.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IpmResult {
  IpmResult() {}

  /**
   * I_health = (UHH − min) / (max − min).
   *
   * @return the health index
   */
  public abstract double healthIndex();

  /**
   * I_edu = (min(HLS, 18)/18 + min(RLS, 15)/15) / 2.
   *
   * @return the education index
   */
  public abstract double educationIndex();

  /**
   * I_exp = (ln PPP − ln min) / (ln max − ln min).
   *
   * @return the expenditure index
   */
  public abstract double expenditureIndex();

  /**
   * IPM = 100 · (I_health · I_edu · I_exp)^(1/3).
   *
   * @return the IPM
   */
  public abstract double ipm();

  /**
   * The IPM's class.
   *
   * @return low, medium, high or very high
   */
  public IpmCategory category() {
    return IpmCategory.of(ipm());
  }
}
