package id.pug.core.indicator;

import id.pug.core.PugStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to "what value of component X alone brings the IKG to target T": the value, if one
 * exists in 0–100%, or a clear answer that X alone cannot, with the best IKG it can reach.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IkgTargetSolution {
  IkgTargetSolution() {}

  /**
   * The component moved.
   *
   * @return the component
   */
  public abstract IkgComponent component();

  /**
   * The target IKG.
   *
   * @return the target
   */
  public abstract double target();

  /**
   * The IKG before the move.
   *
   * @return the current IKG
   */
  public abstract double currentIkg();

  /**
   * The component's current value.
   *
   * @return the current share
   */
  public abstract Share currentValue();

  /**
   * The value of the component, closest to its current value, at which the IKG reaches the target.
   *
   * @return the value, or empty if the component alone cannot reach the target
   */
  public abstract Optional<Share> requiredValue();

  /**
   * The lowest IKG the component alone can reach, anywhere in 0–100%.
   *
   * @return the best IKG
   */
  public abstract double bestIkg();

  /**
   * The component's value at which {@link #bestIkg()} is reached.
   *
   * @return the value
   */
  public abstract Share bestValue();

  /**
   * Whether the component alone reaches the target.
   *
   * @return true if {@link #requiredValue()} is present
   */
  public boolean reachable() {
    return requiredValue().isPresent();
  }
}
