package id.pug.core.indicator;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * The inputs of the Gender Development Index (IPG) computed from sex-specific components: life
 * expectancy and schooling by sex, and the data that split per-capita expenditure between women and
 * men — the ratio of women's to men's non-agricultural wage (W_F/W_M), each sex's share of the
 * labour force (EA) and each sex's share of the population (p) — following UNDP's GDI ({@code
 * indicators.md} §3; recalled, keep configurable).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IpgInputs {
  IpgInputs() {}

  /**
   * A builder for the inputs.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IpgInputs}; every attribute is required. */
  public static final class Builder extends ImmutableIpgInputs.Builder {
    Builder() {}
  }

  /**
   * UHH, women.
   *
   * @return years
   */
  public abstract double lifeExpectancyFemale();

  /**
   * UHH, men.
   *
   * @return years
   */
  public abstract double lifeExpectancyMale();

  /**
   * HLS, women.
   *
   * @return years
   */
  public abstract double expectedSchoolingFemale();

  /**
   * HLS, men.
   *
   * @return years
   */
  public abstract double expectedSchoolingMale();

  /**
   * RLS, women.
   *
   * @return years
   */
  public abstract double meanSchoolingFemale();

  /**
   * RLS, men.
   *
   * @return years
   */
  public abstract double meanSchoolingMale();

  /**
   * PPP: adjusted per-capita expenditure of the whole population, rupiah per person per year.
   *
   * @return the expenditure
   */
  public abstract double expenditure();

  /**
   * W_F / W_M: women's non-agricultural wage as a ratio of men's.
   *
   * @return the ratio, above 0
   */
  public abstract double wageRatio();

  /**
   * EA_F: women's share of the labour force, a proportion.
   *
   * @return the share
   */
  public abstract double labourShareFemale();

  /**
   * EA_M: men's share of the labour force, 1 − EA_F.
   *
   * @return the share
   */
  public double labourShareMale() {
    return 1 - labourShareFemale();
  }

  /**
   * p_F: women's share of the population, a proportion.
   *
   * @return the share
   */
  public abstract double populationShareFemale();

  /**
   * p_M: men's share of the population, 1 − p_F.
   *
   * @return the share
   */
  public double populationShareMale() {
    return 1 - populationShareFemale();
  }

  @Value.Check
  void check() {
    positive("lifeExpectancyFemale", lifeExpectancyFemale());
    positive("lifeExpectancyMale", lifeExpectancyMale());
    nonNegative("expectedSchoolingFemale", expectedSchoolingFemale());
    nonNegative("expectedSchoolingMale", expectedSchoolingMale());
    nonNegative("meanSchoolingFemale", meanSchoolingFemale());
    nonNegative("meanSchoolingMale", meanSchoolingMale());
    positive("expenditure", expenditure());
    positive("wageRatio", wageRatio());
    share("labourShareFemale", labourShareFemale());
    share("populationShareFemale", populationShareFemale());
  }

  private static void positive(String field, double value) {
    InvalidValueException.check(
        Double.isFinite(value) && value > 0,
        IpgInputs.class,
        field,
        value,
        "be a finite number above 0");
  }

  private static void nonNegative(String field, double value) {
    InvalidValueException.check(
        Double.isFinite(value) && value >= 0,
        IpgInputs.class,
        field,
        value,
        "be a finite number of at least 0");
  }

  private static void share(String field, double value) {
    InvalidValueException.check(
        Double.isFinite(value) && value > 0 && value < 1,
        IpgInputs.class,
        field,
        value,
        "be a proportion between 0 and 1 (exclusive)");
  }
}
