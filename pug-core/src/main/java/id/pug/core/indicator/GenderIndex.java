package id.pug.core.indicator;

/**
 * The gender-related indices pug computes and compares, with the direction in which each improves.
 */
public enum GenderIndex {
  /** Indeks Ketimpangan Gender (BPS Gender Inequality Index), 0–1; lower is better. */
  IKG("Indeks Ketimpangan Gender", Direction.LOWER_IS_BETTER),
  /** Indeks Pembangunan Manusia (Human Development Index), 0–100; higher is better. */
  IPM("Indeks Pembangunan Manusia", Direction.HIGHER_IS_BETTER),
  /**
   * Indeks Pembangunan Gender (Gender Development Index), 100 is parity; higher is better up to
   * 100.
   */
  IPG("Indeks Pembangunan Gender", Direction.HIGHER_IS_BETTER),
  /** Indeks Pemberdayaan Gender (Gender Empowerment Index), 0–100; higher is better. */
  IDG("Indeks Pemberdayaan Gender", Direction.HIGHER_IS_BETTER),
  /** UNDP Gender Inequality Index, 0–1; lower is better. */
  GII("Gender Inequality Index (UNDP)", Direction.LOWER_IS_BETTER);

  /** Which way an index improves. */
  public enum Direction {
    /** A lower value is better (IKG, GII). */
    LOWER_IS_BETTER,
    /** A higher value is better (IPM, IPG, IDG). */
    HIGHER_IS_BETTER;

    /**
     * Whether {@code a} is at least as good as {@code b}.
     *
     * @param a a value
     * @param b another value
     * @return true if {@code a} is not worse than {@code b}
     */
    public boolean atLeastAsGood(double a, double b) {
      return this == LOWER_IS_BETTER ? a <= b : a >= b;
    }

    /**
     * The improvement from {@code from} to {@code to}: positive when {@code to} is better.
     *
     * @param from the earlier value
     * @param to the later value
     * @return the signed improvement
     */
    public double improvement(double from, double to) {
      return this == LOWER_IS_BETTER ? from - to : to - from;
    }
  }

  private final String indonesian;
  private final Direction direction;

  GenderIndex(String indonesian, Direction direction) {
    this.indonesian = indonesian;
    this.direction = direction;
  }

  /**
   * The Indonesian name.
   *
   * @return for example {@code "Indeks Ketimpangan Gender"}
   */
  public String indonesian() {
    return indonesian;
  }

  /**
   * Which way the index improves.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * Compares a value with a reference, such as a province with the nation.
   *
   * @param value the value (Kalimantan Barat's IKG 2024, 0.493)
   * @param reference the reference (national IKG 2024, 0.421)
   * @return the gap
   */
  public IndicatorGap compare(double value, double reference) {
    return IndicatorGap.of(this, value, reference);
  }
}
