package id.pug.core.indicator;

import id.pug.core.InvalidValueException;
import java.util.Objects;

/**
 * Computes the Gender Development Index (IPG, Indeks Pembangunan Gender): IPG = IPM_F / IPM_M ×
 * 100, 100 being parity (BPS metadata S50, published). The sex-specific IPMs follow UNDP's GDI:
 * life-expectancy goalposts of 22.5–87.5 for women and 17.5–82.5 for men, the other goalposts as
 * the IPM, and per-capita expenditure split by the earned-income share (recalled, not re-read in a
 * BPS text: the goalposts are configurable) — {@code indicators.md} §3.
 *
 * <p>Immutable and thread-safe.
 */
public final class IpgCalculator {
  private final IpmCalculator female;
  private final IpmCalculator male;

  private IpgCalculator(IpmGoalposts female, IpmGoalposts male) {
    this.female = IpmCalculator.with(female);
    this.male = IpmCalculator.with(male);
  }

  /**
   * A calculator with UNDP GDI goalposts (recalled).
   *
   * @return the calculator
   */
  public static IpgCalculator standard() {
    return new IpgCalculator(IpmGoalposts.gdiFemale(), IpmGoalposts.gdiMale());
  }

  /**
   * A calculator with other goalposts.
   *
   * @param female goalposts of women's IPM
   * @param male goalposts of men's IPM
   * @return the calculator
   */
  public static IpgCalculator with(IpmGoalposts female, IpmGoalposts male) {
    return new IpgCalculator(
        Objects.requireNonNull(female, "female"), Objects.requireNonNull(male, "male"));
  }

  /**
   * The IPG of two published sex-specific IPMs.
   *
   * @param ipmFemale women's IPM
   * @param ipmMale men's IPM
   * @return IPM_F / IPM_M × 100
   * @throws InvalidValueException if an IPM is not a finite number above 0
   */
  public static double of(double ipmFemale, double ipmMale) {
    InvalidValueException.check(
        Double.isFinite(ipmFemale) && ipmFemale > 0,
        IpgCalculator.class,
        "ipmFemale",
        ipmFemale,
        "be above 0");
    InvalidValueException.check(
        Double.isFinite(ipmMale) && ipmMale > 0,
        IpgCalculator.class,
        "ipmMale",
        ipmMale,
        "be above 0");
    return ipmFemale / ipmMale * 100;
  }

  /**
   * Computes the IPG from sex-specific components.
   *
   * @param inputs the inputs
   * @return the result with both IPMs
   * @throws InvalidValueException if a sex-specific value lies below its goalpost
   */
  public IpgResult compute(IpgInputs inputs) {
    double weightedFemale = inputs.wageRatio() * inputs.labourShareFemale();
    double share = weightedFemale / (weightedFemale + inputs.labourShareMale());
    double pppFemale = share * inputs.expenditure() / inputs.populationShareFemale();
    double pppMale = (1 - share) * inputs.expenditure() / inputs.populationShareMale();
    IpmResult f =
        female.compute(
            inputs.lifeExpectancyFemale(),
            inputs.expectedSchoolingFemale(),
            inputs.meanSchoolingFemale(),
            pppFemale);
    IpmResult m =
        male.compute(
            inputs.lifeExpectancyMale(),
            inputs.expectedSchoolingMale(),
            inputs.meanSchoolingMale(),
            pppMale);
    return ImmutableIpgResult.builder()
        .incomeShareFemale(share)
        .expenditureFemale(pppFemale)
        .expenditureMale(pppMale)
        .female(f)
        .male(m)
        .ipg(of(f.ipm(), m.ipm()))
        .build();
  }
}
