package id.pug.rules.indicator;

import com.google.common.collect.ImmutableList;
import id.pug.core.indicator.GenderIndex;
import id.pug.core.indicator.IndicatorTarget;
import id.pug.core.indicator.TargetStatus;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.rules.engine.Check;
import id.pug.rules.engine.EffectivePeriod;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.engine.MessageBundle;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleContext;
import id.pug.rules.engine.RuleDefinition;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import id.pug.rules.wording.Wording;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Gender indicators of the plan (indikator gender: IKG, IPG, IDG) and their targets: whether a
 * target is complete, whether the latest observed value is on its trajectory, and whether values
 * are in the index's range.
 *
 * <p>The indices, their ranges and their directions are BPS's ({@code indicators.md}: IKG 0–1,
 * lower is better; IPG = IPM_F / IPM_M × 100, 100 is parity; IDG 0–100). National numeric targets
 * for IPG, IDG and IKG are not confirmed in pug's sources ({@code domain.md} §1.1), so these rules
 * judge a region against its own targets and are configurable policies, drawn from Kalimantan
 * Barat's call to lower its IKG measurably (seed 000). The trajectory is the straight line from
 * baseline to target of pug-core's {@link IndicatorTarget}.
 */
public final class IndicatorRules {
  private IndicatorRules() {}

  static final MessageBundle BUNDLE = MessageBundle.load(IndicatorRules.class);

  /** PPRG-IND-001 (policy): a gender-index target has baseline, target year and direction. */
  public static final RuleId TARGET_COMPLETE = RuleId.parse("PPRG-IND-001");

  /** PPRG-IND-002 (policy): the latest observed value is on the trajectory to the target. */
  public static final RuleId ON_TRAJECTORY = RuleId.parse("PPRG-IND-002");

  /** PPRG-IND-003: gender-index values lie in the index's range. */
  public static final RuleId IN_RANGE = RuleId.parse("PPRG-IND-003");

  private static final String POLICY_NOTE =
      "National numeric targets for IKG, IPG and IDG are UNCONFIRMED (domain.md §1.1); the region"
          + " is judged against its own targets, as Kalimantan Barat set out to lower its IKG"
          + " (seed 000).";

  /**
   * The rules of this family, in id order.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> rules() {
    return ImmutableList.of(
        define(TARGET_COMPLETE, Severity.WARNING)
            .policy(POLICY_NOTE)
            .source("SEED-000", "REF-INDICATORS")
            .logic(IndicatorRules::targetComplete),
        define(ON_TRAJECTORY, Severity.WARNING)
            .policy(POLICY_NOTE + " The trajectory is the straight line from baseline to target.")
            .source("SEED-000", "REF-INDICATORS")
            .logic(IndicatorRules::onTrajectory),
        define(IN_RANGE, Severity.WARNING)
            .policy(
                "The ranges follow from BPS's formulas (indicators.md): IKG 0–1, IDG 0–100, IPG above"
                    + " 0. A value outside them is usually a unit slip (an IKG of 49.3 for 0.493).")
            .source("REF-INDICATORS")
            .logic(IndicatorRules::inRange));
  }

  private static RuleDefinition define(RuleId id, Severity severity) {
    return RuleDefinition.of(id.value(), BUNDLE)
        .severity(severity)
        .category(RuleCategory.INDICATORS)
        .effective(
            EffectivePeriod.from(
                LocalDate.of(2000, 12, 19),
                "from Inpres 9/2000 (19 December 2000), which makes PUG national policy; the"
                    + " indices are older"));
  }

  /**
   * The gender index an indicator measures, recognised by its name: {@code "Indeks Ketimpangan
   * Gender"} or {@code "IKG"}, {@code "Indeks Pembangunan Gender"} or {@code "IPG"}, {@code "Indeks
   * Pemberdayaan Gender"} or {@code "IDG"}.
   *
   * @param indicator the indicator
   * @return the index, or empty for any other indicator
   */
  public static Optional<GenderIndex> indexOf(PerformanceIndicator indicator) {
    String name = " " + Wording.normalise(indicator.name()) + " ";
    if (name.contains("indeks ketimpangan gender") || name.contains(" ikg ")) {
      return Optional.of(GenderIndex.IKG);
    }
    if (name.contains("indeks pembangunan gender") || name.contains(" ipg ")) {
      return Optional.of(GenderIndex.IPG);
    }
    if (name.contains("indeks pemberdayaan gender") || name.contains(" idg ")) {
      return Optional.of(GenderIndex.IDG);
    }
    return Optional.empty();
  }

  private static Check open(
      RuleContext ctx, int i, PerformanceIndicator indicator, GenderIndex index) {
    return ctx.check(
            ElementPath.of("regionalIndicators", i), indicator.code().orElse(indicator.name()))
        .read("indicator", indicator.name())
        .read("index", index.name());
  }

  static void targetComplete(RuleContext ctx) {
    List<PerformanceIndicator> indicators = ctx.plan().regionalIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      PerformanceIndicator indicator = indicators.get(i);
      Optional<GenderIndex> index = indexOf(indicator);
      if (index.isEmpty()) {
        continue;
      }
      ElementPath at = ElementPath.of("regionalIndicators", i);
      Check check = open(ctx, i, indicator, index.get());
      Optional<IndicatorValue> baseline = indicator.baseline();
      if (baseline.isEmpty()) {
        check.at(at.field("baseline")).violated("noBaseline");
        continue;
      }
      check.read("baselineYear", baseline.get().year());
      if (baseline.get().total().isEmpty()) {
        check.at(at.field("baseline")).violated("baselineNotNumeric");
        continue;
      }
      Year baselineYear = baseline.get().year();
      boolean laterTarget =
          indicator.targets().stream().anyMatch(t -> t.year().isAfter(baselineYear));
      if (!laterTarget) {
        check.at(at.field("targets")).violated("noTarget");
        continue;
      }
      if (indicator.direction().isEmpty()) {
        check.at(at.field("direction")).violated("noDirection");
        continue;
      }
      check
          .read("direction", direction(indicator.direction().get()))
          .read("expectedDirection", direction(index.get().direction()))
          .at(at.field("direction"))
          .passedIf(indicator.direction().get() == index.get().direction(), "wrongDirection");
    }
  }

  static void onTrajectory(RuleContext ctx) {
    List<PerformanceIndicator> indicators = ctx.plan().regionalIndicators();
    Year asOfYear = Year.from(ctx.asOf());
    for (int i = 0; i < indicators.size(); i++) {
      PerformanceIndicator indicator = indicators.get(i);
      Optional<GenderIndex> index = indexOf(indicator);
      if (index.isEmpty()) {
        continue;
      }
      ElementPath at = ElementPath.of("regionalIndicators", i);
      Check check = open(ctx, i, indicator, index.get());
      Optional<IndicatorValue> baseline = indicator.baseline();
      if (baseline.isEmpty() || baseline.get().total().isEmpty()) {
        check.at(at.field("baseline")).insufficientData("noBaseline");
        continue;
      }
      Year baselineYear = baseline.get().year();
      BigDecimal baselineValue = baseline.get().total().get();
      Optional<IndicatorValue> target =
          indicator.targets().stream()
              .filter(t -> t.year().isAfter(baselineYear) && t.total().isPresent())
              .max(Comparator.comparing(IndicatorValue::year));
      if (target.isEmpty()) {
        check.at(at.field("targets")).insufficientData("noNumericTarget");
        continue;
      }
      Optional<IndicatorValue> actual =
          indicator.actuals().stream()
              .filter(
                  a ->
                      a.total().isPresent()
                          && a.year().isAfter(baselineYear)
                          && !a.year().isAfter(asOfYear))
              .max(Comparator.comparing(IndicatorValue::year));
      if (actual.isEmpty()) {
        check.read("asOf", ctx.asOf()).at(at.field("actuals")).insufficientData("noActual");
        continue;
      }
      BigDecimal targetValue = target.get().total().get();
      BigDecimal observed = actual.get().total().get();
      if (!Double.isFinite(baselineValue.doubleValue())
          || !Double.isFinite(targetValue.doubleValue())
          || !Double.isFinite(observed.doubleValue())) {
        check.at(at).insufficientData("notFinite");
        continue;
      }
      IndicatorTarget trajectory =
          IndicatorTarget.builder()
              .index(index.get())
              .region(ctx.plan().region().value())
              .regionCode(ctx.plan().region())
              .baselineYear(baselineYear)
              .baselineValue(baselineValue.doubleValue())
              .targetYear(target.get().year())
              .targetValue(targetValue.doubleValue())
              .direction(indicator.direction().orElse(index.get().direction()))
              .build();
      TargetStatus status = trajectory.status(actual.get().year(), observed.doubleValue());
      check
          .read("baseline", baselineValue)
          .read("baselineYear", baselineYear)
          .read("target", target.get().total().get())
          .read("targetYear", target.get().year())
          .read("observed", observed)
          .read("year", actual.get().year())
          .read("expected", round(status.expected()))
          .read("behind", round(-status.aheadOfTrajectory()))
          .read("state", status.state())
          .at(at.field("actuals"))
          .passedIf(status.state() != TargetStatus.State.OFF_TRACK, "offTrack");
    }
  }

  private static LocalizedText direction(GenderIndex.Direction direction) {
    return direction == GenderIndex.Direction.LOWER_IS_BETTER
        ? LocalizedText.of("makin rendah makin baik", "lower is better")
        : LocalizedText.of("makin tinggi makin baik", "higher is better");
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
  }

  static void inRange(RuleContext ctx) {
    List<PerformanceIndicator> indicators = ctx.plan().regionalIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      PerformanceIndicator indicator = indicators.get(i);
      Optional<GenderIndex> index = indexOf(indicator);
      if (index.isEmpty()) {
        continue;
      }
      ElementPath at = ElementPath.of("regionalIndicators", i);
      Check check = open(ctx, i, indicator, index.get());
      Optional<ElementPath> where = Optional.empty();
      Optional<BigDecimal> value = Optional.empty();
      if (indicator.baseline().isPresent()) {
        value = outOfRange(index.get(), indicator.baseline().get());
        if (value.isPresent()) {
          where = Optional.of(at.field("baseline"));
        }
      }
      for (String field : List.of("targets", "actuals")) {
        List<IndicatorValue> values =
            field.equals("targets") ? indicator.targets() : indicator.actuals();
        for (int j = 0; j < values.size() && value.isEmpty(); j++) {
          value = outOfRange(index.get(), values.get(j));
          if (value.isPresent()) {
            where = Optional.of(at.field(field).index(j));
          }
        }
      }
      check.read("range", range(index.get()));
      if (value.isPresent() && where.isPresent()) {
        check.read("value", value.get()).at(where.get()).violated("outOfRange");
      } else {
        check.passed();
      }
    }
  }

  private static String range(GenderIndex index) {
    return switch (index) {
      case IKG, GII -> "0–1";
      case IDG, IPM -> "0–100";
      case IPG -> "> 0";
    };
  }

  private static Optional<BigDecimal> outOfRange(GenderIndex index, IndicatorValue value) {
    for (Optional<BigDecimal> v : List.of(value.total(), value.female(), value.male())) {
      if (v.isPresent() && !inRange(index, v.get())) {
        return v;
      }
    }
    return Optional.empty();
  }

  private static boolean inRange(GenderIndex index, BigDecimal value) {
    return switch (index) {
      case IKG, GII -> value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
      case IDG, IPM -> value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
      case IPG -> value.signum() > 0;
    };
  }
}
