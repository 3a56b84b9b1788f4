package id.pug.core.pokja;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.law.Decree;
import id.pug.core.planning.YearRange;
import id.pug.core.region.RegionCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A PUG action plan: a region's RAD PUG (Rencana Aksi Daerah PUG, which covers PUG in regional
 * legislation, in the development cycle, institutional strengthening and public participation) or a
 * Pokja's annual work plan that elaborates it ({@code domain.md} §2.2).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class ActionPlan {
  ActionPlan() {}

  /**
   * A builder for an action plan.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActionPlan}; required: id, kind, region and period. */
  public static final class Builder extends ImmutableActionPlan.Builder {
    Builder() {}
  }

  /**
   * The id inside the plan.
   *
   * @return the id
   */
  public abstract ActionPlanId id();

  /**
   * The kind of plan.
   *
   * @return the kind
   */
  public abstract ActionPlanKind kind();

  /**
   * The region.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * The years covered.
   *
   * @return the period
   */
  public abstract YearRange period();

  /**
   * The title as written.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * The decree or regulation that sets the plan.
   *
   * @return the decree
   */
  public abstract Optional<Decree> decree();

  /**
   * The actions.
   *
   * @return the actions
   */
  public abstract ImmutableList<PlannedAction> actions();

  /**
   * The RAD PUG content areas no action addresses.
   *
   * @return the uncovered areas
   */
  public ImmutableList<ActionArea> areasWithoutActions() {
    return java.util.Arrays.stream(ActionArea.values())
        .filter(a -> actions().stream().noneMatch(x -> x.area().equals(Optional.of(a))))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(ActionPlan.class, "title", title());
  }
}
