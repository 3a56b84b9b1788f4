package id.pug.core.pokja;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.agency.AgencyId;
import id.pug.core.money.Rupiah;
import id.pug.core.planning.PerformanceIndicator;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One action of an action plan: what is done, in which content area, by which agency, when, and how
 * success is measured (output and outcome indicators) — the elements Kaltim's 2019 Bimtek asked of
 * each Pokja action (seed 003) and Kalbar's 2026 Rakor asked of every meeting: a clear indicator,
 * outcome, benefit and impact (seed 000).
 *
 * <p>An action without a responsible agency, timeline or indicators is representable; rules report
 * it. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class PlannedAction {
  PlannedAction() {}

  /**
   * A builder for an action.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlannedAction}; required: the description. */
  public static final class Builder extends ImmutablePlannedAction.Builder {
    Builder() {}
  }

  /**
   * What is done.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The RAD PUG content area.
   *
   * @return the area
   */
  public abstract Optional<ActionArea> area();

  /**
   * The agency responsible.
   *
   * @return its id in the plan
   */
  public abstract Optional<AgencyId> responsibleAgency();

  /**
   * The first month.
   *
   * @return the start
   */
  public abstract Optional<YearMonth> start();

  /**
   * The last month.
   *
   * @return the end, not before the start
   */
  public abstract Optional<YearMonth> end();

  /**
   * How success is measured.
   *
   * @return output and outcome indicators
   */
  public abstract ImmutableList<PerformanceIndicator> indicators();

  /**
   * The budget.
   *
   * @return the amount
   */
  public abstract Optional<Rupiah> budget();

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(PlannedAction.class, "description", description());
    if (start().isPresent() && end().isPresent()) {
      InvalidValueException.check(
          !end().get().isBefore(start().get()),
          PlannedAction.class,
          "end",
          end().get(),
          "not be before the start " + start().get());
    }
    Rupiah.checkNotNegative(PlannedAction.class, "budget", budget());
  }
}
