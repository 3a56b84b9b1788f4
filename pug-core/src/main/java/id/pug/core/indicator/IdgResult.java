package id.pug.core.indicator;

import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * An IDG with its three indices.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IdgResult {
  IdgResult() {}

  /** BPS's classes of the IDG: below 50 low, 50–60 medium, 60–80 high, above 80 very high. */
  public enum Category {
    /** Below 50. */
    LOW,
    /** 50 to 60. */
    MEDIUM,
    /** 60 to 80. */
    HIGH,
    /** Above 80. */
    VERY_HIGH
  }

  /**
   * The equally distributed equivalent percentage of parliament seats.
   *
   * @return EDEP_par
   */
  public abstract double edepParliament();

  /**
   * I_par = EDEP_par / 50.
   *
   * @return the parliament index
   */
  public abstract double parliamentIndex();

  /**
   * The EDEP of managers, administrators, professionals and technicians.
   *
   * @return EDEP_DM
   */
  public abstract double edepManagers();

  /**
   * I_DM = EDEP_DM / 50.
   *
   * @return the decision-making index
   */
  public abstract double managersIndex();

  /**
   * Women's income index, (y_F − min) / (max − min) with y_F = S_F · Y / p_F.
   *
   * @return the index
   */
  public abstract double incomeIndexFemale();

  /**
   * Men's income index, (y_M − min) / (max − min) with y_M = (1 − S_F) · Y / p_M.
   *
   * @return the index
   */
  public abstract double incomeIndexMale();

  /**
   * The EDEP of the two income indices.
   *
   * @return the income index
   */
  public abstract double incomeIndex();

  /**
   * IDG = 100 × mean of the three indices.
   *
   * @return the IDG
   */
  public abstract double idg();

  /**
   * The IDG's class.
   *
   * @return the class
   */
  public Category category() {
    double v = idg();
    if (v < 50) {
      return Category.LOW;
    }
    if (v < 60) {
      return Category.MEDIUM;
    }
    return v <= 80 ? Category.HIGH : Category.VERY_HIGH;
  }
}
