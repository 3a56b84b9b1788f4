package id.pug.core.indicator;

import id.pug.core.InvalidValueException;
import java.util.Objects;

/**
 * A share or rate between 0 and 100%, such as the proportion of women whose last live birth was not
 * in a health facility, or women's labour-force participation rate. Created with its declared unit;
 * held as a proportion.
 *
 * <p>Immutable and thread-safe.
 */
public final class Share implements Comparable<Share> {
  private final double proportion;

  private Share(double proportion) {
    this.proportion = proportion;
  }

  /**
   * A share in a declared unit.
   *
   * @param name what the share is, for messages (such as {@code "mtf"} or {@code "tpak_f"})
   * @param value the value in {@code unit}
   * @param unit the unit
   * @return the share
   * @throws InvalidValueException if the value is not a finite number from 0 to the whole of the
   *     unit
   */
  public static Share of(String name, double value, ShareUnit unit) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(value) || value < 0 || value > unit.whole()) {
      throw InvalidValueException.of(
          Share.class,
          name,
          value,
          "be a number from 0 to "
              + unit.whole()
              + " ("
              + unit.name().toLowerCase(java.util.Locale.ROOT)
              + ")");
    }
    return new Share(unit.toProportion(value) + 0.0); // + 0.0 turns -0.0 into 0.0
  }

  /**
   * A proportion from 0 to 1.
   *
   * @param name what the share is
   * @param value the proportion
   * @return the share
   */
  public static Share proportion(String name, double value) {
    return of(name, value, ShareUnit.PROPORTION);
  }

  /**
   * A percentage from 0 to 100.
   *
   * @param name what the share is
   * @param value the percentage
   * @return the share
   */
  public static Share percent(String name, double value) {
    return of(name, value, ShareUnit.PERCENT);
  }

  /**
   * The share as a proportion.
   *
   * @return from 0 to 1
   */
  public double proportion() {
    return proportion;
  }

  /**
   * The share as a percentage.
   *
   * @return from 0 to 100
   */
  public double percent() {
    return proportion * 100;
  }

  @Override
  public int compareTo(Share other) {
    return Double.compare(proportion, other.proportion);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Share share && Double.compare(share.proportion, proportion) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(proportion);
  }

  /**
   * The proportion.
   *
   * @return for example {@code "0.198"}
   */
  @Override
  public String toString() {
    return Double.toString(proportion);
  }
}
