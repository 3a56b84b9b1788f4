package id.pug.core.indicator;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * The goalposts of the IPM (BPS "new method", 2010 on; published, reproduced exactly — {@code
 * indicators.md} §2): life expectancy 20–85 years, expected years of schooling capped at 18, mean
 * years of schooling capped at 15, adjusted per-capita expenditure Rp1,007,436 – Rp26,572,352 per
 * person per year.
 *
 * <p>The sex-specific IPM behind the IPG uses other life-expectancy goalposts (women 22.5–87.5, men
 * 17.5–82.5), following UNDP's GDI — recalled, not re-read in a BPS text, so configurable ({@link
 * #gdiFemale()}, {@link #gdiMale()}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IpmGoalposts {
  IpmGoalposts() {}

  /**
   * A builder, starting from BPS's goalposts.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IpmGoalposts}; every attribute has a default. */
  public static final class Builder extends ImmutableIpmGoalposts.Builder {
    Builder() {}
  }

  /**
   * BPS's published goalposts.
   *
   * @return the goalposts
   */
  public static IpmGoalposts bps() {
    return builder().build();
  }

  /**
   * The goalposts of women's IPM for the IPG: life expectancy 22.5–87.5 (UNDP GDI, recalled).
   *
   * @return the goalposts
   */
  public static IpmGoalposts gdiFemale() {
    return builder().lifeExpectancyMin(22.5).lifeExpectancyMax(87.5).build();
  }

  /**
   * The goalposts of men's IPM for the IPG: life expectancy 17.5–82.5 (UNDP GDI, recalled).
   *
   * @return the goalposts
   */
  public static IpmGoalposts gdiMale() {
    return builder().lifeExpectancyMin(17.5).lifeExpectancyMax(82.5).build();
  }

  /**
   * Lowest life expectancy (UHH), years.
   *
   * @return 20 by default
   */
  @Value.Default
  public double lifeExpectancyMin() {
    return 20;
  }

  /**
   * Highest life expectancy (UHH), years.
   *
   * @return 85 by default
   */
  @Value.Default
  public double lifeExpectancyMax() {
    return 85;
  }

  /**
   * Cap on expected years of schooling (HLS).
   *
   * @return 18 by default
   */
  @Value.Default
  public double expectedSchoolingMax() {
    return 18;
  }

  /**
   * Cap on mean years of schooling (RLS).
   *
   * @return 15 by default
   */
  @Value.Default
  public double meanSchoolingMax() {
    return 15;
  }

  /**
   * Lowest adjusted per-capita expenditure, rupiah per person per year.
   *
   * @return 1,007,436 by default
   */
  @Value.Default
  public double expenditureMin() {
    return 1_007_436;
  }

  /**
   * Highest adjusted per-capita expenditure, rupiah per person per year.
   *
   * @return 26,572,352 by default
   */
  @Value.Default
  public double expenditureMax() {
    return 26_572_352;
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        lifeExpectancyMax() > lifeExpectancyMin(),
        IpmGoalposts.class,
        "lifeExpectancyMax",
        lifeExpectancyMax(),
        "be above lifeExpectancyMin " + lifeExpectancyMin());
    InvalidValueException.check(
        expenditureMin() > 0 && expenditureMax() > expenditureMin(),
        IpmGoalposts.class,
        "expenditureMax",
        expenditureMax(),
        "be above expenditureMin " + expenditureMin() + ", which must be above 0");
    InvalidValueException.check(
        expectedSchoolingMax() > 0,
        IpmGoalposts.class,
        "expectedSchoolingMax",
        expectedSchoolingMax(),
        "be above 0");
    InvalidValueException.check(
        meanSchoolingMax() > 0,
        IpmGoalposts.class,
        "meanSchoolingMax",
        meanSchoolingMax(),
        "be above 0");
  }
}
