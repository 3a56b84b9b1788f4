package id.pug.core.indicator;

import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * The five indicators of the Gender Inequality Index (IKG), the two that concern women only and the
 * three by sex ({@code indicators.md} §1, BPS):
 *
 * <ul>
 *   <li>reproductive health: MTF, the proportion of women 15–49 whose last live birth in the past
 *       two years was not in a health facility; MHPK20, the proportion whose first live birth was
 *       before age 20;
 *   <li>empowerment: PR, the share of legislative seats by sex (DPR nationally, DPRD in regions);
 *       SE, the share of the population aged 25 and over with at least senior secondary education,
 *       by sex;
 *   <li>labour market: TPAK, the labour-force participation rate by sex (Sakernas, August).
 * </ul>
 *
 * <p>Each is a {@link Share} created with its declared unit. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IkgComponents {
  IkgComponents() {}

  /**
   * A builder for the components.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IkgComponents}; every component is required. */
  public static final class Builder extends ImmutableIkgComponents.Builder {
    Builder() {}

    /**
     * Sets one component.
     *
     * @param component the component
     * @param share its value
     * @return this builder
     */
    public Builder set(IkgComponent component, Share share) {
      switch (component) {
        case MTF -> mtf(share);
        case MHPK20 -> mhpk20(share);
        case PARLIAMENT_FEMALE -> parliamentFemale(share);
        case PARLIAMENT_MALE -> parliamentMale(share);
        case EDUCATION_FEMALE -> educationFemale(share);
        case EDUCATION_MALE -> educationMale(share);
        case LABOUR_FEMALE -> labourFemale(share);
        case LABOUR_MALE -> labourMale(share);
      }
      return this;
    }
  }

  /**
   * The components as BPS publishes them: MTF and MHPK20 as proportions, the others as percentages.
   *
   * @param mtf MTF, a proportion
   * @param mhpk20 MHPK20, a proportion
   * @param prMale men's share of legislative seats, %
   * @param prFemale women's share of legislative seats, %
   * @param seMale men 25+ with at least senior secondary education, %
   * @param seFemale women 25+ with at least senior secondary education, %
   * @param tpakMale men's labour-force participation rate, %
   * @param tpakFemale women's labour-force participation rate, %
   * @return the components
   * @throws id.pug.core.InvalidValueException if a value is out of range, naming it
   */
  public static IkgComponents ofPublished(
      double mtf,
      double mhpk20,
      double prMale,
      double prFemale,
      double seMale,
      double seFemale,
      double tpakMale,
      double tpakFemale) {
    return builder()
        .mtf(Share.proportion("mtf", mtf))
        .mhpk20(Share.proportion("mhpk20", mhpk20))
        .parliamentMale(Share.percent("pr_m", prMale))
        .parliamentFemale(Share.percent("pr_f", prFemale))
        .educationMale(Share.percent("se_m", seMale))
        .educationFemale(Share.percent("se_f", seFemale))
        .labourMale(Share.percent("tpak_m", tpakMale))
        .labourFemale(Share.percent("tpak_f", tpakFemale))
        .build();
  }

  /**
   * MTF: women 15–49 whose last live birth was not in a health facility.
   *
   * @return the share
   */
  public abstract Share mtf();

  /**
   * MHPK20: women 15–49 whose first live birth was before age 20.
   *
   * @return the share
   */
  public abstract Share mhpk20();

  /**
   * PR for women: women's share of legislative seats.
   *
   * @return the share
   */
  public abstract Share parliamentFemale();

  /**
   * PR for men: men's share of legislative seats.
   *
   * @return the share
   */
  public abstract Share parliamentMale();

  /**
   * SE for women: women 25+ with at least senior secondary education.
   *
   * @return the share
   */
  public abstract Share educationFemale();

  /**
   * SE for men: men 25+ with at least senior secondary education.
   *
   * @return the share
   */
  public abstract Share educationMale();

  /**
   * TPAK for women: women's labour-force participation rate.
   *
   * @return the rate
   */
  public abstract Share labourFemale();

  /**
   * TPAK for men: men's labour-force participation rate.
   *
   * @return the rate
   */
  public abstract Share labourMale();

  /**
   * The value of one component.
   *
   * @param component the component
   * @return its share
   */
  public Share get(IkgComponent component) {
    switch (component) {
      case MTF:
        return mtf();
      case MHPK20:
        return mhpk20();
      case PARLIAMENT_FEMALE:
        return parliamentFemale();
      case PARLIAMENT_MALE:
        return parliamentMale();
      case EDUCATION_FEMALE:
        return educationFemale();
      case EDUCATION_MALE:
        return educationMale();
      case LABOUR_FEMALE:
        return labourFemale();
      case LABOUR_MALE:
        return labourMale();
    }
    throw new AssertionError(component);
  }

  /**
   * A copy with one component changed, as a proportion. The legislative shares of women and men are
   * complements when they add up to 100%: changing one then changes the other by the same amount.
   *
   * @param component the component
   * @param proportion its new value, from 0 to 1
   * @return the changed components
   * @throws id.pug.core.InvalidValueException if the value (or its complement) is out of range
   */
  public IkgComponents with(IkgComponent component, double proportion) {
    Builder b = builder().from(this);
    b.set(component, Share.proportion(component.column(), proportion));
    if (seatsAreComplements()) {
      Share complement = Share.proportion(component.column(), Math.max(0, 1 - proportion));
      if (component == IkgComponent.PARLIAMENT_FEMALE) {
        b.parliamentMale(complement);
      } else if (component == IkgComponent.PARLIAMENT_MALE) {
        b.parliamentFemale(complement);
      }
    }
    return b.build();
  }

  /**
   * Whether the legislative shares of women and men add up to 100% (to within 0.01 percentage
   * point), as seat shares of one legislature do.
   *
   * @return true if they are complements
   */
  public boolean seatsAreComplements() {
    return Math.abs(parliamentFemale().proportion() + parliamentMale().proportion() - 1) < 1e-4;
  }
}
