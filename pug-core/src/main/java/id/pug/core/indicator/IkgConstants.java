package id.pug.core.indicator;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * The constants of the IKG formula and the zero-seat policy.
 *
 * <p>The floors {@code a} on MTF and {@code b} on MHPK20 are inferred, not read in a BPS text:
 * their product a·b = 5×10⁻⁵ reproduces every published row with full components to three decimals,
 * and DKI Jakarta's zero MTF (2024) reproduces only with a floor of 0.005 on MTF, so a = 0.005 and
 * b = 0.01 (by analogy with UNDP's "10/MMR, MMR ≥ 10") — {@code indicators.md} §1. Override them
 * when BPS publishes its values.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IkgConstants {
  /** The inferred floor on MTF, a = 0.005. */
  public static final double MTF_FLOOR = 0.005;

  /** The inferred floor on MHPK20, b = 0.01. */
  public static final double MHPK20_FLOOR = 0.01;

  IkgConstants() {}

  /**
   * A builder, starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IkgConstants}; every attribute has a default. */
  public static final class Builder extends ImmutableIkgConstants.Builder {
    Builder() {}
  }

  /**
   * The defaults: a = 0.005, b = 0.01 (inferred), zero seat shares replaced with 0.1% (recalled
   * UNDP practice).
   *
   * @return the default constants
   */
  public static IkgConstants defaults() {
    return builder().build();
  }

  /**
   * The floor {@code a} on MTF, as a proportion.
   *
   * @return 0.005 by default
   */
  @Value.Default
  public double mtfFloor() {
    return MTF_FLOOR;
  }

  /**
   * The floor {@code b} on MHPK20, as a proportion.
   *
   * @return 0.01 by default
   */
  @Value.Default
  public double mhpk20Floor() {
    return MHPK20_FLOOR;
  }

  /**
   * What to do with a zero legislative share.
   *
   * @return {@link ZeroSeatPolicy#REPLACE_WITH_0_1_PERCENT} by default
   */
  @Value.Default
  public ZeroSeatPolicy zeroSeatPolicy() {
    return ZeroSeatPolicy.REPLACE_WITH_0_1_PERCENT;
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        mtfFloor() > 0 && mtfFloor() <= 1,
        IkgConstants.class,
        "mtfFloor",
        mtfFloor(),
        "be in (0, 1]");
    InvalidValueException.check(
        mhpk20Floor() > 0 && mhpk20Floor() <= 1,
        IkgConstants.class,
        "mhpk20Floor",
        mhpk20Floor(),
        "be in (0, 1]");
  }
}
