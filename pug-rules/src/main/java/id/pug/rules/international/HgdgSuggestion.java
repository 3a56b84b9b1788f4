package id.pug.rules.international;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.budget.BudgetLine;
import id.pug.core.plan.RegionalPprgPlan;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * pug's suggestion for an activity's HGDG checklist: the items its PPRG evidence supports,
 * pre-filled, the others left unscored, and for every item the reason. A suggestion for an assessor
 * to confirm, never an assessment.
 *
 * <p>pug pre-fills only what the plan shows and never scores 0: an absence in the plan is not
 * evidence of an absence in the project. The items and their scores ({@link HgdgEvidence#suggest()}
 * implements them; all are pug's reading of §8.1, not HGDG guidance):
 *
 * <ul>
 *   <li><b>2.0 sex-disaggregated data</b> — 2 when an indicator holds values for women and men, or
 *       the GAP's insight data (step 2) or the GBS's names women and men with figures; 1 when
 *       insight data is stated without such figures.
 *   <li><b>3.1 gaps and inequalities</b> — 1 when gap factors (access, participation, control,
 *       benefit) are recorded one by one and their causes (GAP steps 4–5 or the GBS's situation
 *       analysis) are given; 0.5 when the issue is stated without causes or as text only.
 *   <li><b>4.0 gender equality goals, outcomes and outputs</b> — 2 when a reformulated objective
 *       (GAP step 6 or the GBS's objective) comes with the GBS's outputs, outcomes, impact or
 *       achievement indicators; 1 for the objective alone.
 *   <li><b>5.0 matching strategies with gender issues</b> — 1 when an action plan (GAP step 7 or
 *       the GBS's) stands beside identified gender issues; never 2, since whether they match is a
 *       judgement pug cannot make.
 *   <li><b>7.0 monitoring targets and indicators</b> (scale unconfirmed) — 2 when a
 *       sex-disaggregated indicator has a baseline or a target; 1 when it has neither.
 *   <li>Every other item (1.1, 1.2, 3.2, 6.1–6.3, 8.0, 9.1, 9.2, 10.1–10.3) concerns what pug's
 *       plan model does not record: unscored.
 * </ul>
 *
 * <p>Hence a pug suggestion reaches at most 8 points, and its {@link #minimumTotal()} is a lower
 * bound of what an assessor would give if the pre-filled scores are confirmed. Immutable and
 * thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class HgdgSuggestion {
  HgdgSuggestion() {}

  /**
   * A builder for a suggestion.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link HgdgSuggestion}; required: the scores and a reason for every item. */
  public static final class Builder extends ImmutableHgdgSuggestion.Builder {
    Builder() {}
  }

  /**
   * pug's suggestion for one of a plan's budget lines.
   *
   * @param plan the plan
   * @param line a budget line of the plan
   * @return the suggestion
   */
  public static HgdgSuggestion of(RegionalPprgPlan plan, BudgetLine line) {
    return HgdgEvidence.of(plan, line).suggest();
  }

  /**
   * The pre-filled scores: a partial assessment.
   *
   * @return the scores pug suggests
   */
  public abstract HgdgAssessment scores();

  /**
   * Why each item is scored as it is, or left unscored.
   *
   * @return a reason for every item, in checklist order
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<HgdgItem, Reason> reasons();

  @Value.Check
  void check() {
    InvalidValueException.check(
        reasons().size() == HgdgItem.values().length,
        HgdgSuggestion.class,
        "reasons",
        reasons().keySet(),
        "give a reason for every HGDG item");
  }

  /**
   * The reason for an item.
   *
   * @param item the item
   * @return the reason
   */
  public Reason reason(HgdgItem item) {
    Objects.requireNonNull(item, "item");
    return Objects.requireNonNull(reasons().get(item), "reason");
  }

  /**
   * The items pug pre-filled.
   *
   * @return the items, in checklist order
   */
  public ImmutableList<HgdgItem> prefilled() {
    return ImmutableList.copyOf(scores().scores().keySet());
  }

  /**
   * The items left for an assessor.
   *
   * @return the items, in checklist order
   */
  public ImmutableList<HgdgItem> unscored() {
    return Arrays.stream(HgdgItem.values())
        .filter(i -> !scores().scores().containsKey(i))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The total of the pre-filled scores: a lower bound, with every unscored item at 0.
   *
   * @return the lower bound, at most 8
   */
  public BigDecimal minimumTotal() {
    return scores().minimumTotal();
  }

  /**
   * The band of {@link #minimumTotal()}.
   *
   * @return the lowest band the activity can be in if the pre-filled scores are confirmed
   */
  public HgdgBand minimumBand() {
    return scores().minimumBand();
  }
}
