package id.pug.core.indicator;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.region.RegionCode;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target for a gender index in a region, such as an IKG target in an RPJMD: from a baseline value
 * in a baseline year to a target value in a target year. Progress is judged against the straight
 * line between the two.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IndicatorTarget {
  IndicatorTarget() {}

  /**
   * A builder for a target.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link IndicatorTarget}; required: index, region, baseline year and value, target
   * year and value.
   */
  public static final class Builder extends ImmutableIndicatorTarget.Builder {
    Builder() {}
  }

  /**
   * The index.
   *
   * @return the index
   */
  public abstract GenderIndex index();

  /**
   * The region, as named (a province, a kabupaten/kota, or "INDONESIA").
   *
   * @return the region's name
   */
  public abstract String region();

  /**
   * The region's code, when it is in pug's region list.
   *
   * @return the code
   */
  public abstract Optional<RegionCode> regionCode();

  /**
   * The baseline year.
   *
   * @return the year
   */
  public abstract Year baselineYear();

  /**
   * The baseline value.
   *
   * @return the value
   */
  public abstract double baselineValue();

  /**
   * The target year.
   *
   * @return the year, after the baseline year
   */
  public abstract Year targetYear();

  /**
   * The target value.
   *
   * @return the value
   */
  public abstract double targetValue();

  /**
   * Which way is better: the index's own direction unless set otherwise.
   *
   * @return the direction
   */
  @Value.Default
  public GenderIndex.Direction direction() {
    return index().direction();
  }

  /**
   * The value the straight line from baseline to target expects in a year; after the target year,
   * the target.
   *
   * @param year a year not before the baseline year
   * @return the expected value
   * @throws InvalidValueException if the year is before the baseline year
   */
  public double expectedIn(Year year) {
    Objects.requireNonNull(year, "year");
    InvalidValueException.check(
        !year.isBefore(baselineYear()),
        IndicatorTarget.class,
        "year",
        year,
        "not be before the baseline year " + baselineYear());
    if (!year.isBefore(targetYear())) {
      return targetValue();
    }
    double fraction =
        (double) (year.getValue() - baselineYear().getValue())
            / (targetYear().getValue() - baselineYear().getValue());
    return baselineValue() + (targetValue() - baselineValue()) * fraction;
  }

  /**
   * Judges an observed value: achieved (at least as good as the target), on track (at least as good
   * as the trajectory expects that year) or off track, and by how much.
   *
   * @param year the year observed
   * @param observed the observed value
   * @return the status
   * @throws InvalidValueException if the year is before the baseline year or the value not finite
   */
  public TargetStatus status(Year year, double observed) {
    InvalidValueException.check(
        Double.isFinite(observed),
        IndicatorTarget.class,
        "observed",
        observed,
        "be a finite number");
    double expected = expectedIn(year);
    TargetStatus.State state;
    if (direction().atLeastAsGood(observed, targetValue())) {
      state = TargetStatus.State.ACHIEVED;
    } else if (direction().atLeastAsGood(observed, expected)) {
      state = TargetStatus.State.ON_TRACK;
    } else {
      state = TargetStatus.State.OFF_TRACK;
    }
    return ImmutableTargetStatus.builder()
        .target(this)
        .year(year)
        .observed(observed)
        .expected(expected)
        .state(state)
        .aheadOfTrajectory(direction().improvement(expected, observed))
        .remainingToTarget(Math.max(0, direction().improvement(observed, targetValue())))
        .build();
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(IndicatorTarget.class, "region", region());
    InvalidValueException.check(
        targetYear().isAfter(baselineYear()),
        IndicatorTarget.class,
        "targetYear",
        targetYear(),
        "be after the baseline year " + baselineYear());
    InvalidValueException.check(
        Double.isFinite(baselineValue()),
        IndicatorTarget.class,
        "baselineValue",
        baselineValue(),
        "be finite");
    InvalidValueException.check(
        Double.isFinite(targetValue()),
        IndicatorTarget.class,
        "targetValue",
        targetValue(),
        "be finite");
  }
}
