package id.pug.rules.indicator;

import static id.pug.rules.indicator.IndicatorRules.IN_RANGE;
import static id.pug.rules.indicator.IndicatorRules.ON_TRAJECTORY;
import static id.pug.rules.indicator.IndicatorRules.TARGET_COMPLETE;
import static id.pug.rules.testing.RuleExample.failing;
import static id.pug.rules.testing.RuleExample.lacking;
import static id.pug.rules.testing.RuleExample.notApplicable;
import static id.pug.rules.testing.RuleExample.passing;

import com.google.common.collect.ImmutableList;
import id.pug.core.indicator.GenderIndex;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleExample;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Passing and failing examples of the indicator rules. The trajectory examples use Kalimantan
 * Barat's published IKG (0.519 in 2023, 0.493 in 2024; seed 000 and BPS) against a hypothetical
 * target of the 2024 national value, 0.421, by 2029 — the README's worked example.
 */
public final class IndicatorExamples {
  private IndicatorExamples() {}

  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();
  private static final PerformanceIndicator IKG = KAPUAS.regionalIndicators().get(0);

  static RegionalPprgPlan ikg(UnaryOperator<PerformanceIndicator.Builder> change) {
    return Plans.kapuas(
        p ->
            p.regionalIndicators(
                ImmutableList.of(change.apply(PerformanceIndicator.builder().from(IKG)).build())));
  }

  /** Kalbar's IKG: baseline 0.519 (2023), hypothetical target 0.421 (2029), observed 2024. */
  static PerformanceIndicator kalbar(String observed2024) {
    return PerformanceIndicator.builder()
        .name("Indeks Ketimpangan Gender (IKG)")
        .unit("Indeks")
        .level(IndicatorLevel.IMPACT)
        .direction(GenderIndex.Direction.LOWER_IS_BETTER)
        .baseline(IndicatorValue.of(Year.of(2023), new BigDecimal("0.519")))
        .addTarget(IndicatorValue.of(Year.of(2029), new BigDecimal("0.421")))
        .addActual(IndicatorValue.of(Year.of(2024), new BigDecimal(observed2024)))
        .build();
  }

  /**
   * The examples.
   *
   * @return every example of the family
   */
  public static ImmutableList<RuleExample> examples() {
    return ImmutableList.of(
        passing(
            TARGET_COMPLETE,
            "Kapuas's IKG has a baseline, a 2025 target and lower-is-better",
            KAPUAS,
            "regionalIndicators[0].direction"),
        failing(
            TARGET_COMPLETE,
            "the IKG target says higher is better",
            ikg(i -> i.direction(GenderIndex.Direction.HIGHER_IS_BETTER)),
            "regionalIndicators[0].direction"),
        failing(
            TARGET_COMPLETE,
            "the IKG target states no direction",
            ikg(i -> i.direction(Optional.empty())),
            "regionalIndicators[0].direction"),
        failing(
            TARGET_COMPLETE,
            "the IKG has no baseline",
            ikg(i -> i.baseline(Optional.empty())),
            "regionalIndicators[0].baseline"),
        failing(
            TARGET_COMPLETE,
            "the IKG has no target after its baseline",
            ikg(i -> i.targets(ImmutableList.of())),
            "regionalIndicators[0].targets"),
        notApplicable(
            TARGET_COMPLETE,
            "no gender index among the regional indicators",
            Plans.kapuas(p -> p.regionalIndicators(ImmutableList.of()))),
        passing(
            ON_TRAJECTORY,
            "Kalbar's 0.493 in 2024 is ahead of the 0.5027 the line expects",
            Plans.kapuas(p -> p.regionalIndicators(ImmutableList.of(kalbar("0.493")))),
            "regionalIndicators[0].actuals"),
        failing(
            ON_TRAJECTORY,
            "0.515 in 2024 is behind the line",
            Plans.kapuas(p -> p.regionalIndicators(ImmutableList.of(kalbar("0.515")))),
            "regionalIndicators[0].actuals"),
        lacking(
            ON_TRAJECTORY,
            "Kapuas's 2025 target is words only",
            KAPUAS,
            "regionalIndicators[0].targets"),
        lacking(
            ON_TRAJECTORY,
            "no observed value yet",
            Plans.kapuas(
                p ->
                    p.regionalIndicators(
                        ImmutableList.of(
                            PerformanceIndicator.builder()
                                .from(kalbar("0.493"))
                                .actuals(ImmutableList.of())
                                .build()))),
            "regionalIndicators[0].actuals"),
        failing(
            TARGET_COMPLETE,
            "the IKG baseline is words only",
            ikg(
                i ->
                    i.baseline(
                        IndicatorValue.builder()
                            .year(Year.of(2024))
                            .text("sekitar setengah")
                            .build())),
            "regionalIndicators[0].baseline"),
        lacking(
            ON_TRAJECTORY,
            "the IKG has no baseline to draw the line from",
            ikg(i -> i.baseline(Optional.empty())),
            "regionalIndicators[0].baseline"),
        lacking(
            ON_TRAJECTORY,
            "an observed value too large for a double",
            Plans.kapuas(
                p ->
                    p.regionalIndicators(
                        ImmutableList.of(
                            PerformanceIndicator.builder()
                                .from(kalbar("0.493"))
                                .actuals(
                                    ImmutableList.of(
                                        IndicatorValue.of(Year.of(2024), new BigDecimal("1E+400"))))
                                .build()))),
            "regionalIndicators[0]"),
        passing(IN_RANGE, "Kapuas's IKG 0.549 lies in 0–1", KAPUAS, "regionalIndicators[0]"),
        failing(
            IN_RANGE,
            "an IKG written in percent, 54.9",
            ikg(i -> i.baseline(IndicatorValue.of(Year.of(2024), new BigDecimal("54.9")))),
            "regionalIndicators[0].baseline"),
        failing(
            IN_RANGE,
            "an IDG target above 100",
            Plans.kapuas(
                p ->
                    p.regionalIndicators(
                        ImmutableList.of(
                            PerformanceIndicator.builder()
                                .name("Indeks Pemberdayaan Gender (IDG)")
                                .unit("Indeks")
                                .level(IndicatorLevel.IMPACT)
                                .addTarget(IndicatorValue.of(Year.of(2025), new BigDecimal("120")))
                                .build()))),
            "regionalIndicators[0].targets[0]"));
  }
}
