package id.pug.core.indicator;

import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * How much one component moves the IKG at the current point: the sensitivity (change in IKG per
 * percentage point of the component) and the effect of a one-point move in the direction that
 * lowers the IKG.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IkgLever {
  IkgLever() {}

  /** Which way a component must move to lower the IKG. */
  public enum Direction {
    /** Raising the component lowers the IKG. */
    INCREASE,
    /** Lowering the component lowers the IKG. */
    DECREASE,
    /** The IKG does not respond here (a component below its floor, for example). */
    NONE
  }

  /**
   * The component.
   *
   * @return the component
   */
  public abstract IkgComponent component();

  /**
   * Its current value.
   *
   * @return the share
   */
  public abstract Share current();

  /**
   * dIKG/dx at the current point, per percentage point of the component (x in percent).
   *
   * @return the sensitivity; positive when raising the component raises the IKG
   */
  public abstract double sensitivityPerPoint();

  /**
   * The direction that lowers the IKG.
   *
   * @return the direction
   */
  public abstract Direction lowersIkgBy();

  /**
   * The change in IKG when the component moves one percentage point (0.01 as a proportion) in the
   * direction that lowers the IKG, recomputed exactly (not from the derivative); limited by the
   * range 0–100%.
   *
   * @return the change, zero or negative
   */
  public abstract double effectOfOnePoint();
}
