package id.pug.core.indicator;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * The gap between a value and a reference value of the same index: Kalimantan Barat's IKG of 0.493
 * in 2024 against the national 0.421 is 0.072 higher, 17.1% above the reference, and worse, since a
 * lower IKG is better (seed 000).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IndicatorGap {
  IndicatorGap() {}

  /**
   * The gap.
   *
   * @param index the index
   * @param value the value
   * @param reference the reference
   * @return the gap
   * @throws InvalidValueException if a value is not finite or the reference is 0
   */
  public static IndicatorGap of(GenderIndex index, double value, double reference) {
    return ImmutableIndicatorGap.builder().index(index).value(value).reference(reference).build();
  }

  /**
   * The index.
   *
   * @return the index
   */
  public abstract GenderIndex index();

  /**
   * The value compared.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * The reference.
   *
   * @return the reference
   */
  public abstract double reference();

  /**
   * value − reference.
   *
   * @return the difference
   */
  public double difference() {
    return value() - reference();
  }

  /**
   * The difference as a percentage of the reference.
   *
   * @return (value − reference) / reference × 100
   */
  public double relativePercent() {
    return difference() / reference() * 100;
  }

  /**
   * Whether the value is worse than the reference, given the index's direction.
   *
   * @return true if worse
   */
  public boolean isWorse() {
    return !index().direction().atLeastAsGood(value(), reference());
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        Double.isFinite(value()), IndicatorGap.class, "value", value(), "be finite");
    InvalidValueException.check(
        Double.isFinite(reference()) && reference() != 0,
        IndicatorGap.class,
        "reference",
        reference(),
        "be a finite number other than 0");
  }
}
