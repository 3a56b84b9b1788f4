package id.pug.rules.international;

import com.google.common.collect.ImmutableList;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.pprg.GapFactor;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.rules.wording.Wording;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The pre-filling rules documented on {@link HgdgSuggestion}. */
final class HgdgSuggester {
  private HgdgSuggester() {}

  private static final BigDecimal HALF = new BigDecimal("0.5");

  static HgdgSuggestion suggest(HgdgEvidence ev) {
    Map<HgdgItem, BigDecimal> scores = new EnumMap<>(HgdgItem.class);
    Map<HgdgItem, Reason> reasons = new EnumMap<>(HgdgItem.class);
    data(ev, scores, reasons);
    gaps(ev, scores, reasons);
    goals(ev, scores, reasons);
    strategies(ev, scores, reasons);
    monitoring(ev, scores, reasons);
    for (HgdgItem item : HgdgItem.values()) {
      reasons.computeIfAbsent(item, i -> Texts.reason("hgdg.notHeld", "item", i.code()));
    }
    return HgdgSuggestion.builder()
        .scores(HgdgAssessment.builder().putAllScores(scores).build())
        .putAllReasons(reasons)
        .build();
  }

  /** The reason when nothing was found: no documents at all, or the item's own key. */
  private static Reason none(HgdgEvidence ev, HgdgItem item, String key) {
    return ev.hasDocuments()
        ? Texts.reason(key)
        : Texts.reason("hgdg.noDocuments", "item", item.code());
  }

  private static void put(
      Map<HgdgItem, BigDecimal> scores,
      Map<HgdgItem, Reason> reasons,
      HgdgItem item,
      BigDecimal score,
      Reason reason) {
    scores.put(item, score);
    reasons.put(item, reason);
  }

  // 2.0 ------------------------------------------------------------------------------------------

  private static void data(
      HgdgEvidence ev, Map<HgdgItem, BigDecimal> scores, Map<HgdgItem, Reason> reasons) {
    HgdgItem item = HgdgItem.SEX_DISAGGREGATED_DATA;
    Optional<PerformanceIndicator> bySex =
        ev.indicators().stream().filter(HgdgSuggester::hasValuesBySex).findFirst();
    Optional<String> gapInsight = ev.gap().flatMap(g -> g.step(GapStep.INSIGHT_DATA));
    ImmutableList<String> gbsInsight =
        ev.gbs().map(g -> g.situationAnalysis().insightData()).orElse(ImmutableList.of());
    if (bySex.isPresent()) {
      put(
          scores,
          reasons,
          item,
          BigDecimal.valueOf(2),
          Texts.reason("hgdg.2.0.valuesBySex", "indicator", bySex.get().name()));
    } else if (gapInsight.filter(HgdgSuggester::figuresBySex).isPresent()) {
      put(
          scores,
          reasons,
          item,
          BigDecimal.valueOf(2),
          Texts.reason("hgdg.2.0.gapFiguresBySex", "gap", gapId(ev)));
    } else if (gbsInsight.stream().anyMatch(HgdgSuggester::figuresBySex)) {
      put(
          scores,
          reasons,
          item,
          BigDecimal.valueOf(2),
          Texts.reason("hgdg.2.0.gbsFiguresBySex", "gbs", gbsId(ev)));
    } else if (gapInsight.isPresent()) {
      put(
          scores,
          reasons,
          item,
          BigDecimal.ONE,
          Texts.reason("hgdg.2.0.gapInsight", "gap", gapId(ev)));
    } else if (!gbsInsight.isEmpty()) {
      put(
          scores,
          reasons,
          item,
          BigDecimal.ONE,
          Texts.reason("hgdg.2.0.gbsInsight", "gbs", gbsId(ev)));
    } else {
      reasons.put(item, none(ev, item, "hgdg.2.0.none"));
    }
  }

  /** A text names women and men (or a disaggregation by sex) and holds a figure. */
  private static boolean figuresBySex(String text) {
    return Wording.speaksOfWomenAndMen(text) && Wording.namesASex(text) && Wording.hasFigure(text);
  }

  private static boolean hasValuesBySex(PerformanceIndicator i) {
    return i.baseline().map(IndicatorValue::isSexDisaggregated).orElse(false)
        || i.targets().stream().anyMatch(IndicatorValue::isSexDisaggregated)
        || i.actuals().stream().anyMatch(IndicatorValue::isSexDisaggregated);
  }

  // 3.1 ------------------------------------------------------------------------------------------

  private static void gaps(
      HgdgEvidence ev, Map<HgdgItem, BigDecimal> scores, Map<HgdgItem, Reason> reasons) {
    HgdgItem item = HgdgItem.GENDER_GAPS;
    Set<GapFactor> factors = EnumSet.noneOf(GapFactor.class);
    ev.gap().ifPresent(g -> factors.addAll(g.gapFactors().keySet()));
    ev.gbs().ifPresent(g -> factors.addAll(g.situationAnalysis().gapFactors().keySet()));
    boolean causes =
        ev.gap()
                .map(
                    g -> g.isFilled(GapStep.INTERNAL_CAUSES) || g.isFilled(GapStep.EXTERNAL_CAUSES))
                .orElse(false)
            || ev.gbs()
                .map(
                    g ->
                        g.situationAnalysis().internalCauses().isPresent()
                            || g.situationAnalysis().externalCauses().isPresent())
                .orElse(false);
    boolean issueText = ev.gap().map(g -> g.isFilled(GapStep.GAP_FACTORS)).orElse(false);
    if (!factors.isEmpty() && causes) {
      put(
          scores,
          reasons,
          item,
          BigDecimal.ONE,
          Texts.reason(
              "hgdg.3.1.factorsAndCauses",
              "factors",
              Texts.labels(factors.stream().map(f -> "factor." + f.name()).toList())));
    } else if (!factors.isEmpty() || issueText) {
      put(scores, reasons, item, HALF, Texts.reason("hgdg.3.1.partial"));
    } else {
      reasons.put(item, none(ev, item, "hgdg.3.1.none"));
    }
  }

  // 4.0 ------------------------------------------------------------------------------------------

  private static void goals(
      HgdgEvidence ev, Map<HgdgItem, BigDecimal> scores, Map<HgdgItem, Reason> reasons) {
    HgdgItem item = HgdgItem.GOALS;
    boolean objective =
        ev.gap().map(g -> g.isFilled(GapStep.REFORMULATED_OBJECTIVE)).orElse(false)
            || ev.gbs().flatMap(GenderBudgetStatement::objective).isPresent();
    boolean results = ev.gbs().map(HgdgSuggester::statesResults).orElse(false);
    if (objective && results) {
      put(
          scores,
          reasons,
          item,
          BigDecimal.valueOf(2),
          Texts.reason("hgdg.4.0.objectiveAndResults", "gbs", gbsId(ev)));
    } else if (objective) {
      put(scores, reasons, item, BigDecimal.ONE, Texts.reason("hgdg.4.0.objectiveOnly"));
    } else {
      reasons.put(item, none(ev, item, "hgdg.4.0.none"));
    }
  }

  private static boolean statesResults(GenderBudgetStatement g) {
    return g.expectedImpact().isPresent()
        || !g.achievementIndicators().isEmpty()
        || g.actionPlan().stream().anyMatch(a -> a.output().isPresent() || a.outcome().isPresent());
  }

  // 5.0 ------------------------------------------------------------------------------------------

  private static void strategies(
      HgdgEvidence ev, Map<HgdgItem, BigDecimal> scores, Map<HgdgItem, Reason> reasons) {
    HgdgItem item = HgdgItem.STRATEGIES;
    boolean actions =
        ev.gap().map(g -> g.isFilled(GapStep.ACTION_PLAN)).orElse(false)
            || ev.gbs().map(g -> !g.actionPlan().isEmpty()).orElse(false);
    boolean issues =
        ev.gap().map(g -> g.isFilled(GapStep.GAP_FACTORS)).orElse(false)
            || ev.gbs().map(g -> !g.situationAnalysis().gapFactors().isEmpty()).orElse(false);
    if (actions && issues) {
      put(scores, reasons, item, BigDecimal.ONE, Texts.reason("hgdg.5.0.actionsForIssues"));
    } else {
      reasons.put(item, none(ev, item, "hgdg.5.0.none"));
    }
  }

  // 7.0 ------------------------------------------------------------------------------------------

  private static void monitoring(
      HgdgEvidence ev, Map<HgdgItem, BigDecimal> scores, Map<HgdgItem, Reason> reasons) {
    HgdgItem item = HgdgItem.MONITORING;
    ImmutableList<PerformanceIndicator> bySex =
        ev.indicators().stream()
            .filter(HgdgSuggester::isSexDisaggregated)
            .collect(ImmutableList.toImmutableList());
    Optional<PerformanceIndicator> withTarget =
        bySex.stream().filter(i -> i.baseline().isPresent() || !i.targets().isEmpty()).findFirst();
    if (withTarget.isPresent()) {
      put(
          scores,
          reasons,
          item,
          BigDecimal.valueOf(2),
          Texts.reason("hgdg.7.0.indicatorWithTarget", "indicator", withTarget.get().name()));
    } else if (!bySex.isEmpty()) {
      put(
          scores,
          reasons,
          item,
          BigDecimal.ONE,
          Texts.reason("hgdg.7.0.indicatorOnly", "indicator", bySex.get(0).name()));
    } else {
      reasons.put(item, none(ev, item, "hgdg.7.0.none"));
    }
  }

  /** An indicator defined by sex, or holding a value by sex. */
  static boolean isSexDisaggregated(PerformanceIndicator i) {
    return i.sexDisaggregated() || hasValuesBySex(i);
  }

  private static String gapId(HgdgEvidence ev) {
    return ev.gap().map(GenderAnalysisPathway::id).map(id -> id.value()).orElse("—");
  }

  private static String gbsId(HgdgEvidence ev) {
    return ev.gbs().map(GenderBudgetStatement::id).map(id -> id.value()).orElse("—");
  }
}
