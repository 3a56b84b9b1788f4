package id.pug.rules.testing;

import com.google.common.collect.ImmutableList;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.testing.PlanFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Plans for rule examples: pug-core's illustrative Kabupaten Kapuas 2025 plan, and single changes
 * to it.
 */
public final class Plans {
  private Plans() {}

  private static final RegionalPprgPlan KAPUAS = PlanFixtures.kabupatenKapuas2025();

  /**
   * The illustrative Kabupaten Kapuas 2025 plan ({@link PlanFixtures#kabupatenKapuas2025()}).
   *
   * @return the plan
   */
  public static RegionalPprgPlan kapuas() {
    return KAPUAS;
  }

  /**
   * The Kapuas plan with one change.
   *
   * @param change the change, applied to a builder holding the plan
   * @return the changed plan
   */
  public static RegionalPprgPlan kapuas(UnaryOperator<RegionalPprgPlan.Builder> change) {
    return change(KAPUAS, change);
  }

  /**
   * A plan with one change.
   *
   * @param plan the plan
   * @param change the change, applied to a builder holding the plan
   * @return the changed plan
   */
  public static RegionalPprgPlan change(
      RegionalPprgPlan plan, UnaryOperator<RegionalPprgPlan.Builder> change) {
    return change.apply(RegionalPprgPlan.builder().from(plan)).build();
  }

  /**
   * The Kapuas plan with budget line {@code i} changed.
   *
   * @param i the line's position
   * @param change the change
   * @return the changed plan
   */
  public static RegionalPprgPlan line(int i, UnaryOperator<BudgetLine.Builder> change) {
    return kapuas(
        p ->
            p.budgetLines(
                replace(
                    KAPUAS.budgetLines(),
                    i,
                    l -> change.apply(BudgetLine.builder().from(l)).build())));
  }

  /**
   * The Kapuas plan with the ARG tag of budget line {@code i} changed.
   *
   * @param i the line's position; the line must be tagged
   * @param change the change
   * @return the changed plan
   */
  public static RegionalPprgPlan tag(int i, UnaryOperator<ArgTag.Builder> change) {
    ArgTag tag = KAPUAS.budgetLines().get(i).argTag().orElseThrow();
    return line(i, l -> l.argTag(change.apply(ArgTag.builder().from(tag)).build()));
  }

  /**
   * The Kapuas plan with GAP {@code i} changed.
   *
   * @param i the GAP's position
   * @param change the change
   * @return the changed plan
   */
  public static RegionalPprgPlan gap(int i, UnaryOperator<GenderAnalysisPathway.Builder> change) {
    return kapuas(
        p ->
            p.genderAnalyses(
                replace(
                    KAPUAS.genderAnalyses(),
                    i,
                    g -> change.apply(GenderAnalysisPathway.builder().from(g)).build())));
  }

  /**
   * The Kapuas plan with GBS {@code i} changed.
   *
   * @param i the GBS's position
   * @param change the change
   * @return the changed plan
   */
  public static RegionalPprgPlan gbs(int i, UnaryOperator<GenderBudgetStatement.Builder> change) {
    return kapuas(
        p ->
            p.budgetStatements(
                replace(
                    KAPUAS.budgetStatements(),
                    i,
                    g -> change.apply(GenderBudgetStatement.builder().from(g)).build())));
  }

  /**
   * The Kapuas plan with KAK {@code i} changed.
   *
   * @param i the KAK's position
   * @param change the change
   * @return the changed plan
   */
  public static RegionalPprgPlan kak(int i, UnaryOperator<TermsOfReference.Builder> change) {
    return kapuas(
        p ->
            p.termsOfReference(
                replace(
                    KAPUAS.termsOfReference(),
                    i,
                    k -> change.apply(TermsOfReference.builder().from(k)).build())));
  }

  /**
   * A list with one element replaced.
   *
   * @param list the list
   * @param index the position
   * @param change how the element changes
   * @param <T> the element type
   * @return the new list
   */
  public static <T> ImmutableList<T> replace(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(copy.get(index)));
    return ImmutableList.copyOf(copy);
  }

  /**
   * A list without one element.
   *
   * @param list the list
   * @param index the position to drop
   * @param <T> the element type
   * @return the new list
   */
  public static <T> ImmutableList<T> without(List<T> list, int index) {
    List<T> copy = new ArrayList<>(list);
    copy.remove(index);
    return ImmutableList.copyOf(copy);
  }
}
