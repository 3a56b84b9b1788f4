package id.pug.core.region;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * A population count by sex (penduduk laki-laki dan perempuan): the sex-disaggregated denominator
 * that PPRG analysis needs (data terpilah).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Population {
  Population() {}

  /**
   * Males (laki-laki).
   *
   * @return the number of males, at least 0
   */
  @Value.Parameter
  public abstract long male();

  /**
   * Females (perempuan).
   *
   * @return the number of females, at least 0
   */
  @Value.Parameter
  public abstract long female();

  /**
   * A population count.
   *
   * @param male number of males
   * @param female number of females
   * @return the count
   * @throws InvalidValueException if either is negative or their sum overflows
   */
  public static Population of(long male, long female) {
    return ImmutablePopulation.of(male, female);
  }

  /**
   * Everyone.
   *
   * @return males plus females
   */
  public long total() {
    return male() + female();
  }

  /**
   * The sex ratio: males per 100 females (rasio jenis kelamin), as BPS publishes it.
   *
   * @return males × 100 / females
   * @throws ArithmeticException if there are no females
   */
  public double sexRatio() {
    if (female() == 0) {
      throw new ArithmeticException("Population.sexRatio is undefined when female is 0");
    }
    return male() * 100.0 / female();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(male() >= 0, Population.class, "male", male(), "be at least 0");
    InvalidValueException.check(
        female() >= 0, Population.class, "female", female(), "be at least 0");
    InvalidValueException.check(
        male() <= Long.MAX_VALUE - female(),
        Population.class,
        "female",
        female(),
        "keep the total within a long");
  }
}
