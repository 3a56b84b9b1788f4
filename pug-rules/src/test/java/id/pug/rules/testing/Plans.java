package id.pug.rules.testing;

import com.google.common.collect.ImmutableList;
import id.pug.core.plan.RegionalPprgPlan;
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
