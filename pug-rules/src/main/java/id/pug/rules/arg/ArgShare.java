package id.pug.rules.arg;

import com.google.common.collect.Iterables;
import com.google.common.collect.Lists;
import id.pug.core.budget.BudgetLine;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.engine.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The share of gender-responsive budget in a plan's spending: the SIPD indicator "Persentase ARG"
 * (codes 000613 and 000963; RPJMN 2025–2029 indicator 04.19.05.01.01), computed as Kabupaten
 * Belitung Timur defines it, ARG ÷ spending × 100 ({@code domain.md} §5.3).
 *
 * <p>pug takes the ARG value as the total ceiling of the plan's ARG-tagged budget lines and the
 * spending as the total of all its budget lines. Belitung Timur's denominator is "belanja langsung"
 * (pre-2019 terminology); other regions may use another denominator, which pug's sources do not
 * confirm. Sums are exact ({@link BigDecimal}); they never overflow. Stateless and thread-safe.
 */
public final class ArgShare {
  private ArgShare() {}

  /**
   * The total ceiling of the ARG-tagged budget lines.
   *
   * @param plan the plan
   * @return the total in rupiah
   */
  public static BigDecimal tagged(RegionalPprgPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return Values.total(
        Iterables.transform(
            Iterables.filter(plan.budgetLines(), BudgetLine::isTagged), BudgetLine::amount));
  }

  /**
   * The total ceiling of all budget lines.
   *
   * @param plan the plan
   * @return the total in rupiah
   */
  public static BigDecimal total(RegionalPprgPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return Values.total(Lists.transform(plan.budgetLines(), BudgetLine::amount));
  }

  /**
   * The ARG share in percent, rounded half-even to two decimals.
   *
   * @param plan the plan
   * @return the share, or empty when the plan's budget lines total zero
   */
  public static Optional<BigDecimal> percent(RegionalPprgPlan plan) {
    return percent(tagged(plan), total(plan));
  }

  /**
   * The ARG share in percent of totals already summed.
   *
   * @param tagged the tagged total
   * @param total the total of all lines
   * @return the share, rounded half-even to two decimals, or empty when the total is zero
   */
  public static Optional<BigDecimal> percent(BigDecimal tagged, BigDecimal total) {
    if (total.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        tagged.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_EVEN));
  }
}
