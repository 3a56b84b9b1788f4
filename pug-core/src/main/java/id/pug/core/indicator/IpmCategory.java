package id.pug.core.indicator;

/**
 * BPS's classes of human development: low below 60, medium 60–70, high 70–80, very high 80 and
 * above ({@code indicators.md} §2).
 */
public enum IpmCategory {
  /** Rendah: IPM below 60. */
  LOW,
  /** Sedang: 60 ≤ IPM &lt; 70. */
  MEDIUM,
  /** Tinggi: 70 ≤ IPM &lt; 80. */
  HIGH,
  /** Sangat tinggi: IPM ≥ 80. */
  VERY_HIGH;

  /**
   * The class of an IPM value.
   *
   * @param ipm the IPM
   * @return its class
   */
  public static IpmCategory of(double ipm) {
    if (ipm < 60) {
      return LOW;
    }
    if (ipm < 70) {
      return MEDIUM;
    }
    return ipm < 80 ? HIGH : VERY_HIGH;
  }
}
