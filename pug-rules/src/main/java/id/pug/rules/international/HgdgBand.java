package id.pug.rules.international;

import id.pug.core.InvalidValueException;
import id.pug.core.money.Rupiah;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What an HGDG total means, and the share of a budget attributable to gender and development (GAD)
 * under PCW-NEDA-DBM Joint Circular 2012-01 ({@code domain.md} §8.1 [C]; {@link
 * ScoringSource#HGDG_ATTRIBUTION}):
 *
 * <table>
 *   <caption>HGDG bands</caption>
 *   <tr><th>Total</th><th>Meaning</th><th>Attributable to GAD</th></tr>
 *   <tr><td>0 – 3.9</td><td>GAD invisible (proposal returned)</td><td>0%</td></tr>
 *   <tr><td>4.0 – 7.9</td><td>Promising GAD prospects (conditional pass)</td><td>25%</td></tr>
 *   <tr><td>8.0 – 14.9</td><td>Gender-sensitive (passes the GAD test)</td><td>50%</td></tr>
 *   <tr><td>15.0 – 19.9</td><td>Gender-responsive (proponent commended)</td><td>75%</td></tr>
 *   <tr><td>20.0</td><td>Fully gender-responsive</td><td>100%</td></tr>
 * </table>
 *
 * <p>The HGDG handbook writes the gender-responsive band as 15.0–20.0, without a separate top band;
 * pug follows the Joint Circular's five bands, since only they carry the attribution. The sources
 * give the ranges to one decimal; totals built from 0.33 and 0.67 scores can fall between them
 * (3.99), so pug reads each band as running from its lower bound up to, not including, the next
 * band's: 3.99 is still "GAD invisible". That reading is pug's.
 */
public enum HgdgBand {
  /** 0 – 3.9: GAD invisible; the proposal is returned; 0% attributable. */
  GAD_INVISIBLE("0", "3.9", 0, "GAD invisible (proposal returned)"),
  /** 4.0 – 7.9: promising GAD prospects (conditional pass); 25% attributable. */
  PROMISING("4.0", "7.9", 25, "Promising GAD prospects (conditional pass)"),
  /** 8.0 – 14.9: gender-sensitive, passes the GAD test; 50% attributable. */
  GENDER_SENSITIVE("8.0", "14.9", 50, "Gender-sensitive (passes the GAD test)"),
  /** 15.0 – 19.9: gender-responsive, proponent commended; 75% attributable. */
  GENDER_RESPONSIVE("15.0", "19.9", 75, "Gender-responsive (proponent commended)"),
  /** 20.0: fully gender-responsive; 100% attributable. */
  FULLY_GENDER_RESPONSIVE("20.0", "20.0", 100, "Fully gender-responsive");

  /** The highest HGDG total: 20. */
  public static final BigDecimal MAXIMUM_TOTAL = BigDecimal.valueOf(20);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal from;
  private final BigDecimal to;
  private final int attributionPercent;
  private final String meaning;

  HgdgBand(String from, String to, int attributionPercent, String meaning) {
    this.from = new BigDecimal(from);
    this.to = new BigDecimal(to);
    this.attributionPercent = attributionPercent;
    this.meaning = meaning;
  }

  /**
   * The band of a total.
   *
   * @param total an HGDG total, 0 to 20
   * @return the band
   * @throws InvalidValueException if the total is below 0 or above 20
   */
  public static HgdgBand of(BigDecimal total) {
    Objects.requireNonNull(total, "total");
    if (total.signum() < 0 || total.compareTo(MAXIMUM_TOTAL) > 0) {
      throw InvalidValueException.of(
          HgdgBand.class, "total", total.toPlainString(), "be from 0 to 20");
    }
    HgdgBand band = GAD_INVISIBLE;
    for (HgdgBand b : values()) {
      if (total.compareTo(b.from) >= 0) {
        band = b;
      }
    }
    return band;
  }

  /**
   * The lowest total of the band.
   *
   * @return for example {@code 4.0}
   */
  public BigDecimal from() {
    return from;
  }

  /**
   * The highest total of the band as the sources write it (to one decimal).
   *
   * @return for example {@code 7.9}
   */
  public BigDecimal to() {
    return to;
  }

  /**
   * The share of the budget attributable to GAD under Joint Circular 2012-01.
   *
   * @return 0, 25, 50, 75 or 100
   */
  public int attributionPercent() {
    return attributionPercent;
  }

  /**
   * The meaning of the band in the HGDG's words.
   *
   * @return for example {@code "Gender-sensitive (passes the GAD test)"}
   */
  public String meaning() {
    return meaning;
  }

  /**
   * The part of an amount attributable to GAD: the amount times {@link #attributionPercent()},
   * computed exactly and rounded down to the whole rupiah.
   *
   * @param amount an amount, not negative
   * @return the attributable part, never more than the amount
   * @throws InvalidValueException if the amount is negative
   */
  public Rupiah attribute(Rupiah amount) {
    Objects.requireNonNull(amount, "amount");
    Rupiah.checkNotNegative(HgdgBand.class, "amount", java.util.Optional.of(amount));
    // amount × p / 100 ≤ amount, so the result fits in a Rupiah.
    return Rupiah.of(attribute(amount.toBigDecimal()).longValueExact());
  }

  /**
   * The part of an exact amount attributable to GAD, rounded down to the whole rupiah.
   *
   * @param amount an amount in rupiah, not negative
   * @return the attributable part, a whole number
   * @throws InvalidValueException if the amount is negative
   */
  public BigDecimal attribute(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() < 0) {
      throw InvalidValueException.of(HgdgBand.class, "amount", amount, "be >= 0");
    }
    return amount
        .multiply(BigDecimal.valueOf(attributionPercent))
        .divide(HUNDRED, 0, RoundingMode.DOWN);
  }
}
