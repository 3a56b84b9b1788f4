package id.pug.core.indicator;

/**
 * The unit in which a share or rate is given. BPS publishes MTF and MHPK20 as proportions (0.169),
 * but releases also quote them per 1,000 ("89 per 1,000") or as percent ("32.4 persen");
 * legislative shares, education and labour-force rates are percentages. The caller declares the
 * unit; pug never guesses it ({@code indicators.md} §1).
 */
public enum ShareUnit {
  /** A proportion from 0 to 1. */
  PROPORTION(1),
  /** A percentage from 0 to 100. */
  PERCENT(100),
  /** Per thousand, from 0 to 1,000. */
  PER_MILLE(1000);

  private final int whole;

  ShareUnit(int whole) {
    this.whole = whole;
  }

  /**
   * The value that stands for the whole (100%).
   *
   * @return 1, 100 or 1,000
   */
  public int whole() {
    return whole;
  }

  /**
   * Converts a value in this unit to a proportion.
   *
   * @param value the value in this unit
   * @return the proportion
   */
  public double toProportion(double value) {
    return value / whole;
  }
}
