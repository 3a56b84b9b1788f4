package id.pug.rules.engine;

import com.google.common.collect.ImmutableMap;
import id.pug.core.plan.RegionalPprgPlan;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value derived from the plan that several rules of a validation need: an index of the tagged
 * lines by their KAK, say. {@link RuleContext#derived} computes it once per validation, when a rule
 * first asks, and hands the same value to every rule of that validation; the next validation
 * computes it again, so a validation's cost always includes it and nothing is kept between plans.
 *
 * <p>Declare one as a constant and use it from any rule:
 *
 * <pre>{@code
 * static final PlanDerived<ImmutableListMultimap<KakId, BudgetLine>> LINES_BY_KAK =
 *     PlanDerived.of("tagged lines by KAK", KakRules::linesByKak);
 * ...
 * ImmutableListMultimap<KakId, BudgetLine> byKak = ctx.derived(LINES_BY_KAK);
 * }</pre>
 *
 * <p>The function must be a pure function of the plan, and its value immutable: rules share it.
 * Values are told apart by the identity of their {@code PlanDerived}, not by name. Immutable and
 * thread-safe.
 *
 * @param <T> the value's type
 */
public final class PlanDerived<T> {
  private final String name;
  private final Function<RegionalPprgPlan, T> compute;

  private PlanDerived(String name, Function<RegionalPprgPlan, T> compute) {
    this.name = name;
    this.compute = compute;
  }

  /**
   * A derived value.
   *
   * @param name what it is, for messages and {@link #toString()}
   * @param compute how to compute it from the plan; must not return null
   * @param <T> the value's type
   * @return the derived value's key
   */
  public static <T> PlanDerived<T> of(String name, Function<RegionalPprgPlan, T> compute) {
    return new PlanDerived<>(
        Objects.requireNonNull(name, "name"), Objects.requireNonNull(compute, "compute"));
  }

  /**
   * The position of each element of one of the plan's lists, by its key: an id, say, to point a
   * finding at {@code budgetStatements[j]} without scanning the list for each subject.
   *
   * @param name what it is, for messages
   * @param list the list, read from the plan
   * @param key an element's key, unique in the list (as ids are in a plan)
   * @param <E> the elements' type
   * @param <K> the keys' type
   * @return the derived map from key to zero-based position
   */
  public static <E, K> PlanDerived<ImmutableMap<K, Integer>> positions(
      String name, Function<RegionalPprgPlan, List<E>> list, Function<E, K> key) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(key, "key");
    return of(
        name,
        plan -> {
          List<E> elements = list.apply(plan);
          ImmutableMap.Builder<K, Integer> positions =
              ImmutableMap.builderWithExpectedSize(elements.size());
          for (int i = 0; i < elements.size(); i++) {
            positions.put(key.apply(elements.get(i)), i);
          }
          return positions.buildOrThrow();
        });
  }

  /** Computes the value for a plan. */
  T compute(RegionalPprgPlan plan) {
    return Objects.requireNonNull(compute.apply(plan), () -> name + " computed null");
  }

  /**
   * The name.
   *
   * @return the name given
   */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "PlanDerived[" + name + "]";
  }
}
