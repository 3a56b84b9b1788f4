package id.pug.rules.international;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.region.RegionCode;
import id.pug.rules.packs.PolicyPacks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * A plan's gender-budget scorings as donors and neighbouring countries use them ({@code domain.md}
 * §8): for each budget line ({@link #activities()}) pug's HGDG suggestion, the band and GAD
 * attribution of its amount, and the suggested OECD DAC marker and UN GEM value; for the plan, the
 * counts and amounts per marker value and band, the GAD budget attributed through the HGDG bands
 * and its share of spending, compared with the 5% of the Philippines' Joint Circular 2012-01 that
 * pug's policy pack {@code philippines-gad} (rule {@code PHGAD-ARG-001}) applies to the ARG share.
 *
 * <p>Everything is a suggestion for people who report to donors or compare with the Philippines:
 * marker criteria are pug's reading ({@link MarkerCriteria}), HGDG scores rest on pug's pre-filled
 * items unless an assessor's assessment is given ({@link ScoringOptions#assessments()}), and
 * nothing here is Indonesian law. Amounts are summed exactly ({@link BigDecimal}); no plan content
 * makes scoring throw. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class InternationalScoring {
  InternationalScoring() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * A builder for a scoring.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InternationalScoring}; usually made by {@link #of}. */
  public static final class Builder extends ImmutableInternationalScoring.Builder {
    Builder() {}
  }

  /**
   * Scores a plan with the default options.
   *
   * @param plan the plan
   * @return the scoring
   */
  public static InternationalScoring of(RegionalPprgPlan plan) {
    return of(plan, ScoringOptions.defaults());
  }

  /**
   * Scores a plan.
   *
   * @param plan the plan
   * @param options the criteria, assessments and GAD minimum
   * @return the scoring
   * @throws InvalidValueException if an assessment names a budget line the plan does not hold
   */
  public static InternationalScoring of(RegionalPprgPlan plan, ScoringOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    for (BudgetLineId id : options.assessments().keySet()) {
      if (plan.budgetLine(id).isEmpty()) {
        throw InvalidValueException.of(
            ScoringOptions.class, "assessments", id.value(), "name budget lines of the plan");
      }
    }
    Builder out = builder().region(plan.region()).fiscalYear(plan.fiscalYear()).options(options);
    for (BudgetLine line : plan.budgetLines()) {
      out.addActivity(
          ActivityScoring.of(
              plan,
              line,
              options.criteria(),
              Optional.ofNullable(options.assessments().get(line.id()))));
    }
    return out.build();
  }

  /**
   * The plan's region.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * The plan's fiscal year.
   *
   * @return the year
   */
  public abstract Year fiscalYear();

  /**
   * The options the plan was scored with.
   *
   * @return the options
   */
  public abstract ScoringOptions options();

  /**
   * The activity-level view: one scoring per budget line, in plan order.
   *
   * @return the activities
   */
  public abstract ImmutableList<ActivityScoring> activities();

  /**
   * What the scoring is and is not, for the head of a report: suggestions from the plan's documents
   * ("code what you see"), criteria that are pug's reading, not Indonesian law.
   *
   * @return the notice in both languages
   */
  public static id.pug.rules.engine.LocalizedText notice() {
    return Texts.BUNDLE.text("scoring.notice");
  }

  /**
   * The plan's id, as validation reports write it.
   *
   * @return region code / fiscal year, for example {@code "62.03/2025"}
   */
  public String planId() {
    return region() + "/" + fiscalYear();
  }

  /**
   * The scoring of one budget line.
   *
   * @param line the line's id
   * @return the scoring, or empty
   */
  public Optional<ActivityScoring> activity(BudgetLineId line) {
    Objects.requireNonNull(line, "line");
    return activities().stream().filter(a -> a.line().equals(line)).findFirst();
  }

  /**
   * The total of all budget lines: the spending the shares are taken of (as {@code ArgShare}).
   *
   * @return the total in rupiah
   */
  public BigDecimal totalSpending() {
    return sum(a -> true);
  }

  /**
   * The total of the ARG-tagged lines.
   *
   * @return the total in rupiah
   */
  public BigDecimal argTagged() {
    return sum(a -> a.argCategory().isPresent());
  }

  /**
   * The ARG share of spending, as {@code PHGAD-ARG-001} computes it.
   *
   * @return percent rounded half-even to two decimals; empty when spending is zero
   */
  public Optional<BigDecimal> argSharePercent() {
    return percent(argTagged());
  }

  /**
   * The GAD budget attributed through the HGDG bands: the sum of every line's attributed amount.
   *
   * @return the total in rupiah (a lower bound where a line's score is)
   */
  public BigDecimal attributedGad() {
    BigDecimal total = BigDecimal.ZERO;
    for (ActivityScoring a : activities()) {
      total = total.add(a.attributedAmount().toBigDecimal());
    }
    return total;
  }

  /**
   * The attributed GAD budget's share of spending.
   *
   * @return percent rounded half-even to two decimals; empty when spending is zero
   */
  public Optional<BigDecimal> attributedSharePercent() {
    return percent(attributedGad());
  }

  /**
   * The minimum GAD share compared with.
   *
   * @return percent, by default 5 ({@code PHGAD-ARG-001})
   */
  public BigDecimal gadMinimumSharePercent() {
    return options().gadMinimumSharePercent();
  }

  /**
   * The rule whose threshold the comparison uses.
   *
   * @return {@code PHGAD-ARG-001}
   */
  public String gadMinimumRule() {
    return PolicyPacks.PHILIPPINES_SHARE.value();
  }

  /**
   * Whether the attributed GAD share reaches the minimum.
   *
   * @return the comparison; empty when spending is zero
   */
  public Optional<Boolean> attributedShareMeetsMinimum() {
    return attributedSharePercent().map(s -> s.compareTo(gadMinimumSharePercent()) >= 0);
  }

  /**
   * Whether the ARG share reaches the minimum — what {@code PHGAD-ARG-001} checks.
   *
   * @return the comparison; empty when spending is zero
   */
  public Optional<Boolean> argShareMeetsMinimum() {
    return argSharePercent().map(s -> s.compareTo(gadMinimumSharePercent()) >= 0);
  }

  /**
   * How many lines have each DAC marker value.
   *
   * @return a count for every value, in order
   */
  public ImmutableMap<DacMarker, Long> dacCounts() {
    return counts(DacMarker.class, a -> a.dac().value());
  }

  /**
   * The amounts of the lines with each DAC marker value.
   *
   * @return a total in rupiah for every value, in order
   */
  public ImmutableMap<DacMarker, BigDecimal> dacAmounts() {
    return amounts(DacMarker.class, a -> a.dac().value());
  }

  /**
   * How many lines have each GEM value.
   *
   * @return a count for every value, in order
   */
  public ImmutableMap<GenderEqualityMarker, Long> gemCounts() {
    return counts(GenderEqualityMarker.class, a -> a.gem().value());
  }

  /**
   * The amounts of the lines with each GEM value.
   *
   * @return a total in rupiah for every value, in order
   */
  public ImmutableMap<GenderEqualityMarker, BigDecimal> gemAmounts() {
    return amounts(GenderEqualityMarker.class, a -> a.gem().value());
  }

  /**
   * How many lines fall in each HGDG band.
   *
   * @return a count for every band, in order
   */
  public ImmutableMap<HgdgBand, Long> bandCounts() {
    return counts(HgdgBand.class, ActivityScoring::hgdgBand);
  }

  /**
   * The amounts of the lines in each HGDG band.
   *
   * @return a total in rupiah for every band, in order
   */
  public ImmutableMap<HgdgBand, BigDecimal> bandAmounts() {
    return amounts(HgdgBand.class, ActivityScoring::hgdgBand);
  }

  private BigDecimal sum(Predicate<ActivityScoring> which) {
    BigDecimal total = BigDecimal.ZERO;
    for (ActivityScoring a : activities()) {
      if (which.test(a)) {
        total = total.add(a.amount().toBigDecimal());
      }
    }
    return total;
  }

  private Optional<BigDecimal> percent(BigDecimal part) {
    BigDecimal total = totalSpending();
    if (total.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(part.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_EVEN));
  }

  private <E extends Enum<E>> ImmutableMap<E, Long> counts(
      Class<E> type, Function<ActivityScoring, E> value) {
    Map<E, Long> out = new EnumMap<>(type);
    for (E e : EnumSet.allOf(type)) {
      out.put(e, 0L);
    }
    for (ActivityScoring a : activities()) {
      out.merge(value.apply(a), 1L, Long::sum);
    }
    return ImmutableMap.copyOf(out);
  }

  private <E extends Enum<E>> ImmutableMap<E, BigDecimal> amounts(
      Class<E> type, Function<ActivityScoring, E> value) {
    Map<E, BigDecimal> out = new EnumMap<>(type);
    for (E e : EnumSet.allOf(type)) {
      out.put(e, BigDecimal.ZERO);
    }
    for (ActivityScoring a : activities()) {
      out.merge(value.apply(a), a.amount().toBigDecimal(), BigDecimal::add);
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * The plan and its marker counts.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "InternationalScoring["
        + planId()
        + ": "
        + activities().size()
        + " activities, DAC "
        + dacCounts()
        + ", GEM "
        + gemCounts()
        + "]";
  }
}
