package id.pug.core.indicator;

import id.pug.core.InvalidValueException;

/**
 * Computes UNDP's Gender Inequality Index (GII), for comparison with BPS's IKG ({@code
 * indicators.md} §5): the same aggregation, with RH_F = sqrt((10/MMR) · (1/ABR)), the maternal
 * mortality ratio MMR (per 100,000 live births) truncated to 10–1,000, the adolescent birth rate
 * ABR (births per 1,000 women aged 15–19), and a zero parliament share replaced with 0.1%
 * [recalled]. Indonesia in the Human Development Report 2014 — MMR 220, ABR 48.3, secondary
 * education 39.9%/49.2%, labour force 51.3%/84.4%, with a seat share of 18.6% [recalled] — gives
 * 0.500.
 *
 * <p>Stateless and thread-safe.
 */
public final class GiiCalculator {
  private GiiCalculator() {}

  /**
   * Computes the GII.
   *
   * @param maternalMortality MMR, deaths per 100,000 live births
   * @param adolescentBirthRate ABR, births per 1,000 women aged 15–19
   * @param parliamentFemale women's share of parliament seats
   * @param parliamentMale men's share of parliament seats
   * @param educationFemale women 25+ with at least some secondary education
   * @param educationMale men 25+ with at least some secondary education
   * @param labourFemale women's labour-force participation rate
   * @param labourMale men's labour-force participation rate
   * @return the result
   * @throws InvalidValueException if MMR or ABR is not a finite number above 0
   */
  public static GiiResult compute(
      double maternalMortality,
      double adolescentBirthRate,
      Share parliamentFemale,
      Share parliamentMale,
      Share educationFemale,
      Share educationMale,
      Share labourFemale,
      Share labourMale) {
    InvalidValueException.check(
        Double.isFinite(maternalMortality) && maternalMortality > 0,
        GiiCalculator.class,
        "maternalMortality",
        maternalMortality,
        "be a finite number above 0");
    InvalidValueException.check(
        Double.isFinite(adolescentBirthRate) && adolescentBirthRate > 0,
        GiiCalculator.class,
        "adolescentBirthRate",
        adolescentBirthRate,
        "be a finite number above 0");
    double mmr = Math.max(10, Math.min(1000, maternalMortality));
    double rhF = Math.sqrt((10 / mmr) * (1 / adolescentBirthRate));
    boolean replaced = parliamentFemale.proportion() == 0 || parliamentMale.proportion() == 0;
    GenderGap gap =
        GenderGap.of(
            rhF,
            parliamentFemale.proportion() == 0 ? 0.001 : parliamentFemale.proportion(),
            parliamentMale.proportion() == 0 ? 0.001 : parliamentMale.proportion(),
            educationFemale.proportion(),
            educationMale.proportion(),
            labourFemale.proportion(),
            labourMale.proportion());
    return ImmutableGiiResult.builder()
        .reproductiveHealthFemale(rhF)
        .achievementFemale(gap.gF)
        .achievementMale(gap.gM)
        .harmonicMean(gap.harm)
        .reference(gap.gFM)
        .gii(gap.index)
        .zeroSeatReplaced(replaced)
        .build();
  }
}
