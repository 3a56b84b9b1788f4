package id.pug.core.indicator;

import id.pug.core.InvalidValueException;
import java.util.Objects;

/**
 * Computes the Human Development Index (IPM, Indeks Pembangunan Manusia) with BPS's new method
 * ({@code indicators.md} §2): the geometric mean of a health, an education and an expenditure
 * index. Indonesia 2023 — UHH 73.93, HLS 13.15, RLS 8.77, PPP Rp11,899 thousand — gives 74.39.
 *
 * <p>Immutable and thread-safe.
 */
public final class IpmCalculator {
  private final IpmGoalposts goalposts;

  private IpmCalculator(IpmGoalposts goalposts) {
    this.goalposts = goalposts;
  }

  /**
   * A calculator with BPS's goalposts.
   *
   * @return the calculator
   */
  public static IpmCalculator bps() {
    return new IpmCalculator(IpmGoalposts.bps());
  }

  /**
   * A calculator with other goalposts.
   *
   * @param goalposts the goalposts
   * @return the calculator
   */
  public static IpmCalculator with(IpmGoalposts goalposts) {
    return new IpmCalculator(Objects.requireNonNull(goalposts, "goalposts"));
  }

  /**
   * Computes the IPM.
   *
   * @param lifeExpectancy UHH, years at birth
   * @param expectedSchooling HLS, years
   * @param meanSchooling RLS, years
   * @param expenditure PPP, adjusted per-capita expenditure in rupiah per person per year (Rp11,899
   *     thousand is 11,899,000)
   * @return the result
   * @throws InvalidValueException if a value is not finite, is negative, or lies below the lower
   *     goalpost (the index would be negative)
   */
  public IpmResult compute(
      double lifeExpectancy, double expectedSchooling, double meanSchooling, double expenditure) {
    check("lifeExpectancy", lifeExpectancy, goalposts.lifeExpectancyMin());
    check("expectedSchooling", expectedSchooling, 0);
    check("meanSchooling", meanSchooling, 0);
    check("expenditure", expenditure, goalposts.expenditureMin());
    double health =
        (lifeExpectancy - goalposts.lifeExpectancyMin())
            / (goalposts.lifeExpectancyMax() - goalposts.lifeExpectancyMin());
    double education =
        (Math.min(expectedSchooling, goalposts.expectedSchoolingMax())
                    / goalposts.expectedSchoolingMax()
                + Math.min(meanSchooling, goalposts.meanSchoolingMax())
                    / goalposts.meanSchoolingMax())
            / 2;
    double spending =
        (Math.log(expenditure) - Math.log(goalposts.expenditureMin()))
            / (Math.log(goalposts.expenditureMax()) - Math.log(goalposts.expenditureMin()));
    return ImmutableIpmResult.builder()
        .healthIndex(health)
        .educationIndex(education)
        .expenditureIndex(spending)
        .ipm(100 * Math.cbrt(health * education * spending))
        .build();
  }

  private static void check(String field, double value, double min) {
    InvalidValueException.check(
        Double.isFinite(value) && value >= min,
        IpmCalculator.class,
        field,
        value,
        "be a finite number of at least " + min);
  }
}
