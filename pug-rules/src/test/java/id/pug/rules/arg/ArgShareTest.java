package id.pug.rules.arg;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.pug.core.budget.BudgetLine;
import id.pug.core.money.Rupiah;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.testing.Plans;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The ARG share's totals: exact, summed in a {@code long} until it would overflow. */
class ArgShareTest {
  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();

  private static BigDecimal exact(RegionalPprgPlan plan, boolean taggedOnly) {
    BigDecimal total = BigDecimal.ZERO;
    for (BudgetLine line : plan.budgetLines()) {
      if (!taggedOnly || line.isTagged()) {
        total = total.add(BigDecimal.valueOf(line.amount().amount()));
      }
    }
    return total;
  }

  @Test
  void totals_areTheSumsOfTheAmounts() {
    assertThat(ArgShare.total(KAPUAS)).isEqualTo(exact(KAPUAS, false));
    assertThat(ArgShare.tagged(KAPUAS)).isEqualTo(exact(KAPUAS, true));
    assertThat(ArgShare.tagged(KAPUAS)).isLessThan(ArgShare.total(KAPUAS)).isPositive();
    assertThat(ArgShare.percent(KAPUAS))
        .hasValue(new BigDecimal("74.40"))
        .hasValue(
            exact(KAPUAS, true)
                .multiply(BigDecimal.valueOf(100))
                .divide(exact(KAPUAS, false), 2, RoundingMode.HALF_EVEN));
  }

  @Test
  void totalsBeyondALong_staySummedExactly() {
    ImmutableList.Builder<BudgetLine> huge = ImmutableList.builder();
    for (BudgetLine line : KAPUAS.budgetLines()) {
      huge.add(BudgetLine.builder().from(line).amount(Rupiah.of(Long.MAX_VALUE - 7)).build());
    }
    RegionalPprgPlan plan = Plans.kapuas(p -> p.budgetLines(huge.build()));
    int lines = plan.budgetLines().size();
    long tagged = plan.budgetLines().stream().filter(BudgetLine::isTagged).count();
    assertThat(lines).isGreaterThan(2);
    assertThat(tagged).isGreaterThan(1);
    BigDecimal each = BigDecimal.valueOf(Long.MAX_VALUE - 7);
    assertThat(ArgShare.total(plan)).isEqualTo(each.multiply(BigDecimal.valueOf(lines)));
    assertThat(ArgShare.tagged(plan)).isEqualTo(each.multiply(BigDecimal.valueOf(tagged)));
    assertThat(ArgShare.total(plan)).isEqualTo(exact(plan, false));
    assertThat(ArgShare.percent(plan))
        .hasValue(
            BigDecimal.valueOf(tagged * 100)
                .divide(BigDecimal.valueOf(lines), 2, RoundingMode.HALF_EVEN));
  }

  @Test
  void aPlanWithoutSpending_hasNoShare() {
    RegionalPprgPlan plan = Plans.kapuas(p -> p.budgetLines(ImmutableList.of()));
    assertThat(ArgShare.total(plan)).isEqualTo(BigDecimal.ZERO);
    assertThat(ArgShare.percent(plan)).isEmpty();
  }
}
