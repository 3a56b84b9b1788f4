package id.pug.core.indicator;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * The inputs of the Gender Empowerment Index (IDG, Indeks Pemberdayaan Gender): women's share of
 * parliament seats, women's share of managers, administrators, professionals and technicians,
 * women's income contribution ({@code indicators.md} §4, published), plus the population shares and
 * per-capita income that the income index needs.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IdgInputs {
  IdgInputs() {}

  /**
   * A builder for the inputs.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IdgInputs}; every attribute is required. */
  public static final class Builder extends ImmutableIdgInputs.Builder {
    Builder() {}
  }

  /**
   * Women's share of parliament seats (keterlibatan perempuan di parlemen).
   *
   * @return the share
   */
  public abstract Share parliamentFemale();

  /**
   * Women's share of managers, administrators, professionals and technicians.
   *
   * @return the share
   */
  public abstract Share managersFemale();

  /**
   * Women's income contribution (sumbangan pendapatan perempuan).
   *
   * @return the share
   */
  public abstract Share incomeFemale();

  /**
   * Women's share of the population, p_F; men's is 1 − p_F.
   *
   * @return the share
   */
  public abstract Share populationFemale();

  /**
   * Per-capita income or expenditure of the whole population, in the unit of the income goalposts.
   *
   * @return the amount, above 0
   */
  public abstract double incomePerCapita();

  @Value.Check
  void check() {
    InvalidValueException.check(
        Double.isFinite(incomePerCapita()) && incomePerCapita() > 0,
        IdgInputs.class,
        "incomePerCapita",
        incomePerCapita(),
        "be a finite number above 0");
    double p = populationFemale().proportion();
    InvalidValueException.check(
        p > 0 && p < 1, IdgInputs.class, "populationFemale", p, "be between 0 and 1 (exclusive)");
  }
}
