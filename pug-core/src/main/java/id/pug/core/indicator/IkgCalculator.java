package id.pug.core.indicator;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the Gender Inequality Index (IKG, Indeks Ketimpangan Gender) as BPS does — UNDP's GII
 * structure adapted by BPS, first released in BRS No. 54/08/Th. XXVI of 1 August 2023 ({@code
 * indicators.md} §1):
 *
 * <pre>
 * RH_F = sqrt( (a / max(MTF, a)) · (b / max(MHPK20, b)) )        RH_M = 1
 * E_s  = sqrt(PR_s · SE_s)
 * G_F  = (RH_F · E_F · TPAK_F)^(1/3)        G_M = (E_M · TPAK_M)^(1/3)
 * HARM = 2 / (1/G_F + 1/G_M)
 * G_FM = ( ((RH_F + 1)/2) · ((E_F + E_M)/2) · ((TPAK_F + TPAK_M)/2) )^(1/3)
 * IKG  = 1 − HARM / G_FM
 * </pre>
 *
 * <p>It also answers the questions regions ask of the index (seed 000: Kalimantan Barat wants every
 * PPPA programme aimed at lowering its IKG, naming births outside health facilities and early
 * marriage as levers): which component moves the IKG most ({@link #levers}), and what value of one
 * component alone reaches a target ({@link #solve}).
 *
 * <p>Immutable and thread-safe.
 */
public final class IkgCalculator {
  private static final double ZERO_SEAT_REPLACEMENT = 0.001;
  private static final double STEP = 1e-6;
  private static final int GRID = 2000;

  private final IkgConstants constants;

  private IkgCalculator(IkgConstants constants) {
    this.constants = constants;
  }

  /**
   * A calculator with the default constants (a = 0.005, b = 0.01, zero seat shares replaced with
   * 0.1%).
   *
   * @return the calculator
   */
  public static IkgCalculator standard() {
    return new IkgCalculator(IkgConstants.defaults());
  }

  /**
   * A calculator with other constants.
   *
   * @param constants the constants and policy
   * @return the calculator
   */
  public static IkgCalculator with(IkgConstants constants) {
    return new IkgCalculator(Objects.requireNonNull(constants, "constants"));
  }

  /**
   * The constants in use.
   *
   * @return the constants
   */
  public IkgConstants constants() {
    return constants;
  }

  /**
   * Computes the IKG with every intermediate.
   *
   * @param components the inputs
   * @return the result
   * @throws InvalidValueException if a legislative share is zero and the policy is {@link
   *     ZeroSeatPolicy#REJECT}
   */
  public IkgResult compute(IkgComponents components) {
    EnumSet<IkgFlag> flags = EnumSet.noneOf(IkgFlag.class);
    double mtf = components.mtf().proportion();
    double mhpk20 = components.mhpk20().proportion();
    if (mtf < constants.mtfFloor()) {
      flags.add(IkgFlag.MTF_AT_FLOOR);
    }
    if (mhpk20 < constants.mhpk20Floor()) {
      flags.add(IkgFlag.MHPK20_AT_FLOOR);
    }
    double rhF =
        Math.sqrt(
            (constants.mtfFloor() / Math.max(mtf, constants.mtfFloor()))
                * (constants.mhpk20Floor() / Math.max(mhpk20, constants.mhpk20Floor())));
    double prF =
        seats(
            components.parliamentFemale(),
            "parliamentFemale",
            IkgFlag.FEMALE_SEATS_ZERO_REPLACED,
            flags);
    double prM =
        seats(
            components.parliamentMale(), "parliamentMale", IkgFlag.MALE_SEATS_ZERO_REPLACED, flags);
    GenderGap gap =
        GenderGap.of(
            rhF,
            prF,
            prM,
            components.educationFemale().proportion(),
            components.educationMale().proportion(),
            components.labourFemale().proportion(),
            components.labourMale().proportion());
    if (gap.harm == 0) {
      flags.add(IkgFlag.ACHIEVEMENT_ZERO);
    }
    return ImmutableIkgResult.builder()
        .components(components)
        .constants(constants)
        .reproductiveHealthFemale(gap.rhF)
        .empowermentFemale(gap.eF)
        .empowermentMale(gap.eM)
        .achievementFemale(gap.gF)
        .achievementMale(gap.gM)
        .harmonicMean(gap.harm)
        .reference(gap.gFM)
        .ikg(gap.index)
        .flags(flags)
        .build();
  }

  private double seats(Share share, String field, IkgFlag flag, EnumSet<IkgFlag> flags) {
    if (share.proportion() > 0) {
      return share.proportion();
    }
    if (constants.zeroSeatPolicy() == ZeroSeatPolicy.REJECT) {
      throw InvalidValueException.of(
          IkgComponents.class,
          field,
          0,
          "be above 0 under the REJECT zero-seat policy (choose REPLACE_WITH_0_1_PERCENT to compute)");
    }
    flags.add(flag);
    return ZERO_SEAT_REPLACEMENT;
  }

  private double ikg(IkgComponents components) {
    return compute(components).ikg();
  }

  /**
   * The levers of the IKG at the current point: for each component, the sensitivity and the effect
   * of a one-point move in the direction that lowers the IKG, ranked from the strongest lever to
   * the weakest. With complementary seat shares, moving women's share moves men's the other way
   * (see {@link IkgComponents#with}).
   *
   * @param components the current inputs
   * @return the levers, strongest first
   */
  public ImmutableList<IkgLever> levers(IkgComponents components) {
    double base = ikg(components);
    ImmutableList.Builder<IkgLever> levers = ImmutableList.builder();
    for (IkgComponent component : IkgComponent.values()) {
      double x = components.get(component).proportion();
      double lo = Math.max(0, x - STEP);
      double hi = Math.min(1, x + STEP);
      double derivative =
          (ikgOrNaN(components, component, hi) - ikgOrNaN(components, component, lo)) / (hi - lo);
      double up = x < 1 ? ikgOrNaN(components, component, Math.min(1, x + 0.01)) - base : 0;
      double down = x > 0 ? ikgOrNaN(components, component, Math.max(0, x - 0.01)) - base : 0;
      IkgLever.Direction direction;
      double effect;
      if (!(up < 0) && !(down < 0)) {
        direction = IkgLever.Direction.NONE;
        effect = 0;
      } else if (down < 0 && !(up < down)) {
        direction = IkgLever.Direction.DECREASE;
        effect = down;
      } else {
        direction = IkgLever.Direction.INCREASE;
        effect = up;
      }
      levers.add(
          ImmutableIkgLever.builder()
              .component(component)
              .current(components.get(component))
              .sensitivityPerPoint(Double.isNaN(derivative) ? 0 : derivative / 100)
              .lowersIkgBy(direction)
              .effectOfOnePoint(effect)
              .build());
    }
    return ImmutableList.sortedCopyOf(
        Comparator.comparingDouble(IkgLever::effectOfOnePoint).thenComparing(IkgLever::component),
        levers.build());
  }

  /**
   * The IKG with one component changed, or NaN where the zero-seat policy refuses to compute (a
   * seat share of 0 under {@link ZeroSeatPolicy#REJECT}).
   */
  private double ikgOrNaN(IkgComponents components, IkgComponent component, double proportion) {
    try {
      return ikg(components.with(component, proportion));
    } catch (InvalidValueException refused) {
      return Double.NaN;
    }
  }

  /**
   * Finds the value of one component, all others unchanged, at which the IKG reaches a target; or
   * says that the component alone cannot, and what it can reach. Solved numerically: a scan of
   * 0–100% in steps of 0.05 percentage point, refined by bisection to 10⁻⁹.
   *
   * @param components the current inputs
   * @param component the component to move
   * @param target the target IKG, from 0 to 1
   * @return the solution
   * @throws InvalidValueException if the target is not a number from 0 to 1
   */
  public IkgTargetSolution solve(IkgComponents components, IkgComponent component, double target) {
    Objects.requireNonNull(component, "component");
    InvalidValueException.check(
        Double.isFinite(target) && target >= 0 && target <= 1,
        IkgTargetSolution.class,
        "target",
        target,
        "be a number from 0 to 1");
    double current = components.get(component).proportion();
    double currentIkg = ikg(components);
    double bestX = current;
    double bestIkg = currentIkg;
    double nearest = Double.NaN;
    for (int i = 0; i <= GRID; i++) {
      double x = (double) i / GRID;
      double value = ikgOrNaN(components, component, x);
      if (Double.isNaN(value)) {
        continue; // a point the zero-seat policy refuses
      }
      if (value < bestIkg) {
        bestIkg = value;
        bestX = x;
      }
      if (value <= target
          && (Double.isNaN(nearest) || Math.abs(x - current) < Math.abs(nearest - current))) {
        nearest = x;
      }
    }
    Optional<Double> found;
    if (currentIkg <= target) {
      found = Optional.of(current);
    } else if (Double.isNaN(nearest)) {
      found = Optional.empty();
    } else {
      // every grid point between the current value and the nearest one at or below target is above
      // target
      found = Optional.of(refine(components, component, target, current, nearest));
    }
    ImmutableIkgTargetSolution.Builder solution =
        ImmutableIkgTargetSolution.builder()
            .component(component)
            .target(target)
            .currentIkg(currentIkg)
            .currentValue(components.get(component))
            .bestIkg(bestIkg)
            .bestValue(Share.proportion(component.column(), bestX));
    found.ifPresent(x -> solution.requiredValue(Share.proportion(component.column(), x)));
    return solution.build();
  }

  /** Bisection between a point above the target and a point at or below it. */
  private double refine(
      IkgComponents components,
      IkgComponent component,
      double target,
      double above,
      double atOrBelow) {
    double a = above;
    double b = atOrBelow;
    for (int i = 0; i < 60 && Math.abs(a - b) > 1e-9; i++) {
      double mid = (a + b) / 2;
      if (ikgOrNaN(components, component, mid) <= target) {
        b = mid;
      } else {
        a = mid;
      }
    }
    return b;
  }
}
