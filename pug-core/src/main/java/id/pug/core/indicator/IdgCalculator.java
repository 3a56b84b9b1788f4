package id.pug.core.indicator;

import id.pug.core.InvalidValueException;

/**
 * Computes the Gender Empowerment Index (IDG, Indeks Pemberdayaan Gender) with UNDP's GEM design
 * ({@code indicators.md} §4): for each share the equally distributed equivalent percentage EDEP =
 * [p_F/X_F + p_M/X_M]⁻¹ (p population shares, X the percentage shares of women and men), I_par =
 * EDEP_par/50, I_DM = EDEP_DM/50; the income index is the EDEP of women's and men's income indices,
 * each scaled between income goalposts; IDG = 100 × the mean of the three.
 *
 * <p>BPS's current income goalposts are not pinned by pug's sources (national 2021 implies an
 * income index of about 0.60), so they are a required parameter. Immutable and thread-safe.
 */
public final class IdgCalculator {
  private final double incomeMin;
  private final double incomeMax;

  private IdgCalculator(double incomeMin, double incomeMax) {
    this.incomeMin = incomeMin;
    this.incomeMax = incomeMax;
  }

  /**
   * A calculator with income goalposts, in the unit of {@link IdgInputs#incomePerCapita()}.
   *
   * @param incomeMin the lower goalpost
   * @param incomeMax the upper goalpost
   * @return the calculator
   * @throws InvalidValueException unless 0 ≤ min &lt; max, both finite
   */
  public static IdgCalculator withIncomeGoalposts(double incomeMin, double incomeMax) {
    InvalidValueException.check(
        Double.isFinite(incomeMin) && incomeMin >= 0,
        IdgCalculator.class,
        "incomeMin",
        incomeMin,
        "be a finite number of at least 0");
    InvalidValueException.check(
        Double.isFinite(incomeMax) && incomeMax > incomeMin,
        IdgCalculator.class,
        "incomeMax",
        incomeMax,
        "be a finite number above incomeMin " + incomeMin);
    return new IdgCalculator(incomeMin, incomeMax);
  }

  /**
   * The equally distributed equivalent percentage of a share held by women and men.
   *
   * @param populationFemale p_F, women's share of the population
   * @param shareFemale X_F, women's share in percent
   * @return [p_F/X_F + p_M/X_M]⁻¹ with p_M = 1 − p_F and X_M = 100 − X_F; 0 when either share is 0
   */
  public static double edep(double populationFemale, double shareFemale) {
    double shareMale = 100 - shareFemale;
    if (shareFemale <= 0 || shareMale <= 0) {
      return 0;
    }
    return 1 / (populationFemale / shareFemale + (1 - populationFemale) / shareMale);
  }

  /**
   * Computes the IDG.
   *
   * @param inputs the inputs
   * @return the result
   */
  public IdgResult compute(IdgInputs inputs) {
    double p = inputs.populationFemale().proportion();
    double edepPar = edep(p, inputs.parliamentFemale().percent());
    double edepDm = edep(p, inputs.managersFemale().percent());
    double s = inputs.incomeFemale().proportion();
    double yFemale = s * inputs.incomePerCapita() / p;
    double yMale = (1 - s) * inputs.incomePerCapita() / (1 - p);
    double iFemale = clamp((yFemale - incomeMin) / (incomeMax - incomeMin));
    double iMale = clamp((yMale - incomeMin) / (incomeMax - incomeMin));
    double income = iFemale <= 0 || iMale <= 0 ? 0 : 1 / (p / iFemale + (1 - p) / iMale);
    double parliament = edepPar / 50;
    double managers = edepDm / 50;
    return ImmutableIdgResult.builder()
        .edepParliament(edepPar)
        .parliamentIndex(parliament)
        .edepManagers(edepDm)
        .managersIndex(managers)
        .incomeIndexFemale(iFemale)
        .incomeIndexMale(iMale)
        .incomeIndex(income)
        .idg(100 * (parliament + managers + income) / 3)
        .build();
  }

  private static double clamp(double index) {
    return Math.max(0, Math.min(1, index));
  }
}
