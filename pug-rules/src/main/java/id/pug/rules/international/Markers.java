package id.pug.rules.international;

import com.google.common.collect.ImmutableList;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.rules.engine.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Suggests the OECD DAC marker ({@link DacMarker}, {@code domain.md} §8.2) and the UN Gender
 * Equality Marker ({@link GenderEqualityMarker}, §8.3) of a budget line from its PPRG evidence,
 * under configurable {@link MarkerCriteria} — pug's reading, documented there; the DAC's own
 * minimum criteria are UNCONFIRMED in pug's sources.
 *
 * <p>The two markers come from the same check of the criteria: untagged → DAC 0, GEM 0; tagged but
 * a significance criterion unmet → DAC 0, GEM 1; significant → DAC 1, GEM 2 (2a); principal → DAC
 * 2, GEM 3 (2b). The correspondence of DAC 1/2 with GEM 2/3 follows the two scales' definitions
 * (significant and principal objective, §8.2–§8.3) and is pug's reading. Never throws for plan
 * content: references that dangle count as absent. Stateless and thread-safe.
 */
public final class Markers {
  private Markers() {}

  /** The criteria checked for one line. */
  private record Evaluation(
      boolean tagged,
      ImmutableList<CriterionResult> results,
      Optional<ArgCategory> category,
      Optional<NomenclatureCode> programme) {

    boolean significant() {
      return tagged
          && results.stream()
              .filter(r -> r.criterion().level() == MarkerCriterion.Level.SIGNIFICANT)
              .allMatch(CriterionResult::satisfied);
    }

    boolean principal() {
      return significant() && results.stream().allMatch(CriterionResult::satisfied);
    }

    /** The labels of the unsatisfied criteria of a level. */
    ImmutableList<LocalizedText> unmet(MarkerCriterion.Level level) {
      return results.stream()
          .filter(r -> r.criterion().level() == level && !r.satisfied())
          .map(r -> Texts.BUNDLE.text("criterion." + r.criterion().name() + ".label"))
          .collect(ImmutableList.toImmutableList());
    }
  }

  /**
   * The suggested OECD DAC marker of a budget line.
   *
   * @param plan the plan
   * @param line a budget line of the plan
   * @param criteria the criteria
   * @return the suggestion
   */
  public static MarkerSuggestion<DacMarker> dac(
      RegionalPprgPlan plan, BudgetLine line, MarkerCriteria criteria) {
    Evaluation e = evaluate(plan, line, criteria);
    DacMarker value;
    Reason conclusion;
    if (!e.tagged()) {
      value = DacMarker.NOT_TARGETED;
      conclusion = Texts.reason("marker.dac.untagged");
    } else if (!e.significant()) {
      value = DacMarker.NOT_TARGETED;
      conclusion =
          Texts.reason(
              "marker.dac.notTargeted", "unmet", e.unmet(MarkerCriterion.Level.SIGNIFICANT));
    } else if (!e.principal()) {
      value = DacMarker.SIGNIFICANT;
      conclusion =
          Texts.reason("marker.dac.significant", "unmet", e.unmet(MarkerCriterion.Level.PRINCIPAL));
    } else {
      value = DacMarker.PRINCIPAL;
      conclusion = principal("marker.dac.principal", e);
    }
    return MarkerSuggestion.<DacMarker>builder()
        .value(value)
        .reasons(reasons(conclusion, e))
        .criteria(e.results())
        .build();
  }

  /**
   * The suggested UN Gender Equality Marker of a budget line.
   *
   * @param plan the plan
   * @param line a budget line of the plan
   * @param criteria the criteria
   * @return the suggestion
   */
  public static MarkerSuggestion<GenderEqualityMarker> gem(
      RegionalPprgPlan plan, BudgetLine line, MarkerCriteria criteria) {
    Evaluation e = evaluate(plan, line, criteria);
    GenderEqualityMarker value;
    Reason conclusion;
    if (!e.tagged()) {
      value = GenderEqualityMarker.NO_CONTRIBUTION;
      conclusion = Texts.reason("marker.gem.untagged");
    } else if (!e.significant()) {
      value = GenderEqualityMarker.LIMITED;
      conclusion =
          Texts.reason("marker.gem.limited", "unmet", e.unmet(MarkerCriterion.Level.SIGNIFICANT));
    } else if (!e.principal()) {
      value = GenderEqualityMarker.SIGNIFICANT;
      conclusion =
          Texts.reason("marker.gem.significant", "unmet", e.unmet(MarkerCriterion.Level.PRINCIPAL));
    } else {
      value = GenderEqualityMarker.PRINCIPAL;
      conclusion = principal("marker.gem.principal", e);
    }
    return MarkerSuggestion.<GenderEqualityMarker>builder()
        .value(value)
        .reasons(reasons(conclusion, e))
        .criteria(e.results())
        .build();
  }

  private static Reason principal(String key, Evaluation e) {
    return Texts.reason(
        key,
        "category",
        e.category().map(Markers::category).orElseThrow(),
        "programme",
        e.programme().map(NomenclatureCode::format).orElse("—"));
  }

  private static ImmutableList<Reason> reasons(Reason conclusion, Evaluation e) {
    ImmutableList.Builder<Reason> out = ImmutableList.<Reason>builder().add(conclusion);
    e.results().forEach(r -> out.add(r.reason()));
    return out.build();
  }

  private static LocalizedText category(ArgCategory category) {
    return Texts.BUNDLE.text("category." + category.name());
  }

  private static Evaluation evaluate(
      RegionalPprgPlan plan, BudgetLine line, MarkerCriteria criteria) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(criteria, "criteria");
    Optional<ArgTag> tag = line.argTag();
    if (tag.isEmpty()) {
      return new Evaluation(
          false,
          ImmutableList.of(
              CriterionResult.of(
                  MarkerCriterion.ARG_TAG, true, false, Texts.reason("criterion.ARG_TAG.notMet"))),
          Optional.empty(),
          Optional.empty());
    }
    ArgCategory cat = tag.get().category();
    HgdgEvidence ev = HgdgEvidence.of(plan, line);
    List<CriterionResult> results = new ArrayList<>();
    results.add(
        CriterionResult.of(
            MarkerCriterion.ARG_TAG,
            true,
            true,
            Texts.reason("criterion.ARG_TAG.met", "category", category(cat))));

    boolean significantCategory = criteria.significantCategories().contains(cat);
    results.add(
        CriterionResult.of(
            MarkerCriterion.SIGNIFICANT_CATEGORY,
            true,
            significantCategory,
            Texts.reason(
                significantCategory
                    ? "criterion.SIGNIFICANT_CATEGORY.met"
                    : "criterion.SIGNIFICANT_CATEGORY.notMet",
                "category",
                category(cat))));

    Optional<GenderAnalysisPathway> gap = ev.gap();
    Reason gapReason;
    boolean gapComplete = false;
    if (gap.isEmpty()) {
      gapReason = Texts.reason("criterion.COMPLETE_GAP.noGap");
    } else {
      ImmutableList<GapStep> missing = gap.get().missingSteps();
      gapComplete = missing.isEmpty();
      gapReason =
          gapComplete
              ? Texts.reason("criterion.COMPLETE_GAP.met", "gap", gap.get().id().value())
              : Texts.reason(
                  "criterion.COMPLETE_GAP.missingSteps",
                  "gap",
                  gap.get().id().value(),
                  "steps",
                  missing.stream().map(s -> (long) s.number()).toList());
    }
    results.add(
        CriterionResult.of(
            MarkerCriterion.COMPLETE_GAP, criteria.requireCompleteGap(), gapComplete, gapReason));

    Reason objectiveReason;
    boolean objective = true;
    if (gap.map(g -> g.isFilled(GapStep.REFORMULATED_OBJECTIVE)).orElse(false)) {
      objectiveReason =
          Texts.reason("criterion.GENDER_OBJECTIVE.gap", "gap", gap.get().id().value());
    } else if (ev.gbs().flatMap(GenderBudgetStatement::objective).isPresent()) {
      objectiveReason =
          Texts.reason(
              "criterion.GENDER_OBJECTIVE.gbs", "gbs", ev.gbs().orElseThrow().id().value());
    } else {
      objective = false;
      objectiveReason = Texts.reason("criterion.GENDER_OBJECTIVE.notMet");
    }
    results.add(
        CriterionResult.of(
            MarkerCriterion.GENDER_OBJECTIVE,
            criteria.requireGenderObjective(),
            objective,
            objectiveReason));

    Optional<PerformanceIndicator> indicator =
        ev.indicators().stream().filter(HgdgSuggester::isSexDisaggregated).findFirst();
    results.add(
        CriterionResult.of(
            MarkerCriterion.SEX_DISAGGREGATED_INDICATOR,
            criteria.requireSexDisaggregatedIndicator(),
            indicator.isPresent(),
            indicator.isPresent()
                ? Texts.reason(
                    "criterion.SEX_DISAGGREGATED_INDICATOR.met",
                    "indicator",
                    indicator.get().name())
                : Texts.reason("criterion.SEX_DISAGGREGATED_INDICATOR.notMet")));

    boolean principalCategory = criteria.principalCategories().contains(cat);
    results.add(
        CriterionResult.of(
            MarkerCriterion.PRINCIPAL_CATEGORY,
            true,
            principalCategory,
            Texts.reason(
                principalCategory
                    ? "criterion.PRINCIPAL_CATEGORY.met"
                    : "criterion.PRINCIPAL_CATEGORY.notMet",
                "category",
                category(cat))));

    Optional<NomenclatureCode> programme = criteria.principalProgrammeOf(line.subActivity());
    results.add(
        CriterionResult.of(
            MarkerCriterion.PRINCIPAL_PROGRAMME,
            true,
            programme.isPresent(),
            programme.isPresent()
                ? Texts.reason(
                    "criterion.PRINCIPAL_PROGRAMME.met",
                    "code",
                    line.subActivity().format(),
                    "programme",
                    programme.get().format())
                : Texts.reason(
                    "criterion.PRINCIPAL_PROGRAMME.notMet",
                    "code",
                    line.subActivity().format(),
                    "programmes",
                    criteria.principalProgrammes().stream()
                        .map(NomenclatureCode::format)
                        .toList())));
    return new Evaluation(true, ImmutableList.copyOf(results), Optional.of(cat), programme);
  }
}
