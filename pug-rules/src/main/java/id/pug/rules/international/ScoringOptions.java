package id.pug.rules.international;

import com.google.common.collect.ImmutableMap;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.budget.BudgetLineId;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.packs.PolicyPacks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How {@link InternationalScoring} scores a plan: the marker criteria, HGDG assessments an assessor
 * gave for some budget lines, and the GAD share the plan is compared with.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class ScoringOptions {
  ScoringOptions() {}

  /** The parameter of {@code PHGAD-ARG-001} that holds the minimum share. */
  static final String MINIMUM_SHARE = "minimumSharePercent";

  /**
   * A builder, starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ScoringOptions}; everything has a default. */
  public static final class Builder extends ImmutableScoringOptions.Builder {
    Builder() {}
  }

  /**
   * The defaults: {@link MarkerCriteria#defaults()}, no assessments, the 5% of {@code
   * PHGAD-ARG-001}.
   *
   * @return the default options
   */
  public static ScoringOptions defaults() {
    return builder().build();
  }

  /**
   * The criteria of the marker suggestions.
   *
   * @return by default {@link MarkerCriteria#defaults()}
   */
  @Value.Default
  public MarkerCriteria criteria() {
    return MarkerCriteria.defaults();
  }

  /**
   * HGDG assessments an assessor gave, by budget line; they replace pug's suggestion as the basis
   * of the line's band and attribution.
   *
   * @return the assessments
   */
  public abstract ImmutableMap<BudgetLineId, HgdgAssessment> assessments();

  /**
   * The minimum GAD share of spending, in percent, that the plan-level view compares with.
   *
   * @return by default the default of {@code PHGAD-ARG-001} ({@link PolicyPacks#PHILIPPINES_SHARE},
   *     Joint Circular 2012-01 §2.3: 5)
   */
  @Value.Default
  public BigDecimal gadMinimumSharePercent() {
    return packMinimumSharePercent();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        gadMinimumSharePercent().signum() >= 0
            && gadMinimumSharePercent().compareTo(BigDecimal.valueOf(100)) <= 0,
        ScoringOptions.class,
        "gadMinimumSharePercent",
        gadMinimumSharePercent(),
        "be from 0 to 100");
  }

  /**
   * The default minimum share of the policy pack's rule {@code PHGAD-ARG-001}.
   *
   * @return 5 (percent)
   */
  public static BigDecimal packMinimumSharePercent() {
    Rule rule =
        PolicyPacks.philippinesGad()
            .rule(PolicyPacks.PHILIPPINES_SHARE)
            .orElseThrow(() -> new IllegalStateException("philippines-gad lacks PHGAD-ARG-001"));
    return rule.descriptor()
        .parameter(MINIMUM_SHARE)
        .flatMap(p -> p.defaultValue())
        .map(BigDecimal.class::cast)
        .orElseThrow(() -> new IllegalStateException("PHGAD-ARG-001 lacks " + MINIMUM_SHARE));
  }

  /**
   * The minimum share {@code PHGAD-ARG-001} runs with in a rule set, as configured there.
   *
   * @param rules a rule set
   * @return the minimum, or empty if the set does not hold {@code PHGAD-ARG-001}
   */
  public static Optional<BigDecimal> minimumShareIn(RuleSet rules) {
    Objects.requireNonNull(rules, "rules");
    if (rules.rule(PolicyPacks.PHILIPPINES_SHARE).isEmpty()) {
      return Optional.empty();
    }
    Object value = rules.parameters(PolicyPacks.PHILIPPINES_SHARE).get(MINIMUM_SHARE);
    return value instanceof BigDecimal d ? Optional.of(d) : Optional.of(packMinimumSharePercent());
  }
}
