package id.pug.core.indicator;

import id.pug.core.PugStyle;
import java.time.Year;
import org.immutables.value.Value;

/**
 * Where an observed value stands against an {@link IndicatorTarget}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class TargetStatus {
  TargetStatus() {}

  /** The verdict. */
  public enum State {
    /** At least as good as the target value. */
    ACHIEVED,
    /** Not yet at the target, but at least as good as the straight line expects that year. */
    ON_TRACK,
    /** Worse than the straight line expects that year. */
    OFF_TRACK
  }

  /**
   * The target judged against.
   *
   * @return the target
   */
  public abstract IndicatorTarget target();

  /**
   * The year observed.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The observed value.
   *
   * @return the value
   */
  public abstract double observed();

  /**
   * The value the trajectory expects that year.
   *
   * @return the expected value
   */
  public abstract double expected();

  /**
   * The verdict.
   *
   * @return the state
   */
  public abstract State state();

  /**
   * How far the observed value is ahead of the trajectory, in the index's units: positive when
   * better than expected, negative when behind.
   *
   * @return the signed distance
   */
  public abstract double aheadOfTrajectory();

  /**
   * How far the observed value is from the target value, in the improving direction; 0 once
   * achieved.
   *
   * @return the remaining improvement
   */
  public abstract double remainingToTarget();
}
