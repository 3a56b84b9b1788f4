package id.pug.rules.international;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.budget.BudgetLine;
import id.pug.core.money.Rupiah;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.testing.Plans;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The details of the international scorings' value types: markers and elements, bounds, the
 * evidence's indicators, the share comparisons at their threshold, and the criteria each marker
 * reading reports.
 */
class InternationalDetailsTest {

  @Test
  void markers_haveTheirScoresAndMeanings() {
    assertThat(DacMarker.PRINCIPAL.score()).isEqualTo(2);
    assertThat(DacMarker.SIGNIFICANT.meaning()).isEqualTo("Significant");
    assertThat(GenderEqualityMarker.PRINCIPAL.score()).isEqualTo(3);
    assertThat(GenderEqualityMarker.LIMITED.meaning()).isEqualTo("Limited contribution");
    assertThat(ScoringSource.OECD_DAC.title()).isNotBlank();
  }

  @Test
  void hgdgElements_areNumberedOneToTen_element8sTitleUnconfirmed() {
    HgdgElement[] elements = HgdgElement.values();
    for (int i = 0; i < elements.length; i++) {
      assertThat(elements[i].number()).isEqualTo(i + 1);
      assertThat(elements[i].titleConfirmed()).isEqualTo(elements[i] != HgdgElement.DATABASE);
    }
  }

  @Test
  void onlyAnAssessedScore_isNotALowerBound() {
    assertThat(HgdgBasis.ASSESSED.isLowerBound()).isFalse();
    assertThat(HgdgBasis.SUGGESTED_MINIMUM.isLowerBound()).isTrue();
  }

  @Test
  void attribute_ofZero_isZero() {
    for (HgdgBand band : HgdgBand.values()) {
      assertThat(band.attribute(BigDecimal.ZERO)).isEqualByComparingTo("0");
      assertThat(band.attribute(Rupiah.ZERO)).isEqualTo(Rupiah.ZERO);
    }
  }

  @Test
  void theGadMinimum_mayBe0Or100() {
    assertThat(
            ScoringOptions.builder()
                .gadMinimumSharePercent(BigDecimal.ZERO)
                .build()
                .gadMinimumSharePercent())
        .isEqualByComparingTo("0");
    assertThat(
            ScoringOptions.builder()
                .gadMinimumSharePercent(BigDecimal.valueOf(100))
                .build()
                .gadMinimumSharePercent())
        .isEqualByComparingTo("100");
  }

  @Test
  void sharesEqualToTheMinimum_meetIt_andBelowItDoNot() {
    // Kapuas: ARG share 74.40%, attributed GAD share 18.60% (InternationalScoringTest).
    RegionalPprgPlan kapuas = Plans.kapuas();
    InternationalScoring atArg =
        InternationalScoring.of(
            kapuas,
            ScoringOptions.builder().gadMinimumSharePercent(new BigDecimal("74.40")).build());
    assertThat(atArg.argShareMeetsMinimum()).contains(true);
    assertThat(atArg.attributedShareMeetsMinimum()).contains(false);
    InternationalScoring atAttributed =
        InternationalScoring.of(
            kapuas,
            ScoringOptions.builder().gadMinimumSharePercent(new BigDecimal("18.60")).build());
    assertThat(atAttributed.attributedShareMeetsMinimum()).contains(true);
    InternationalScoring above =
        InternationalScoring.of(
            kapuas, ScoringOptions.builder().gadMinimumSharePercent(new BigDecimal("80")).build());
    assertThat(above.argShareMeetsMinimum()).contains(false);
    assertThat(above.toString()).startsWith("InternationalScoring[").contains(above.planId());
  }

  @Test
  void evidence_listsTheIndicatorsOfGapGbsLineAndKak_inThatOrder() {
    RegionalPprgPlan kapuas = Plans.kapuas();
    BudgetLine line = kapuas.budgetLines().get(1);
    HgdgEvidence ev = HgdgEvidence.of(kapuas, line);
    List<PerformanceIndicator> expected = new ArrayList<>();
    expected.addAll(ev.gap().orElseThrow().genderIndicators());
    expected.addAll(ev.gbs().orElseThrow().achievementIndicators());
    expected.add(line.outputIndicator().orElseThrow());
    expected.addAll(ev.kak().orElseThrow().indicators());
    assertThat(ev.gap().orElseThrow().genderIndicators()).isNotEmpty();
    assertThat(ev.gbs().orElseThrow().achievementIndicators()).isNotEmpty();
    assertThat(ev.indicators()).containsExactlyElementsOf(expected);
  }

  @Test
  void aReason_needsAKey_andShowsIt() {
    LocalizedText text = LocalizedText.of("teks", "text");
    assertThatThrownBy(() -> Reason.of(" ", text)).isInstanceOf(InvalidValueException.class);
    assertThat(Reason.of("marker.untagged", text).toString()).isEqualTo("marker.untagged: text");
  }

  @Test
  void aSuggestion_needsAReasonForEveryItem() {
    assertThatThrownBy(
            () ->
                HgdgSuggestion.builder()
                    .scores(HgdgAssessment.empty())
                    .putReason(
                        HgdgItem.GOALS, Reason.of("hgdg.notHeld", LocalizedText.of("a", "b")))
                    .build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aMarkerSuggestion_showsItsValueAndConclusion() {
    RegionalPprgPlan kapuas = Plans.kapuas();
    MarkerSuggestion<DacMarker> dac =
        Markers.dac(kapuas, kapuas.budgetLines().get(2), MarkerCriteria.defaults());
    assertThat(dac.toString())
        .isEqualTo("NOT_TARGETED (" + dac.reasons().get(0).in(Language.ENGLISH) + ")");
  }

  @Test
  void criteriaBuiltFresh_requireGapObjectiveAndIndicator() {
    MarkerCriteria criteria = MarkerCriteria.builder().build();
    assertThat(criteria.requireCompleteGap()).isTrue();
    assertThat(criteria.requireGenderObjective()).isTrue();
    assertThat(criteria.requireSexDisaggregatedIndicator()).isTrue();
    RegionalPprgPlan kapuas = Plans.kapuas();
    assertThat(Markers.dac(kapuas, kapuas.budgetLines().get(0), criteria).criteria())
        .filteredOn(
            r ->
                r.criterion() == MarkerCriterion.COMPLETE_GAP
                    || r.criterion() == MarkerCriterion.GENDER_OBJECTIVE
                    || r.criterion() == MarkerCriterion.SEX_DISAGGREGATED_INDICATOR)
        .hasSize(3)
        .allMatch(CriterionResult::required);
  }

  @Test
  void criteriaReasons_sayWhichCategoryMetAndWhereTheObjectiveIs() {
    // budgetLines[0]: INSTITUTIONALISATION — significant, not principal; its GAP has step 6.
    RegionalPprgPlan kapuas = Plans.kapuas();
    MarkerSuggestion<DacMarker> dac =
        Markers.dac(kapuas, kapuas.budgetLines().get(0), MarkerCriteria.defaults());
    assertThat(dac.reasons())
        .extracting(Reason::key)
        .contains(
            "criterion.SIGNIFICANT_CATEGORY.met",
            "criterion.GENDER_OBJECTIVE.gap",
            "criterion.PRINCIPAL_CATEGORY.notMet");
    // budgetLines[1]: EQUALITY, principal; with only two categories significant.
    MarkerCriteria narrow =
        MarkerCriteria.builder()
            .significantCategories(
                java.util.EnumSet.of(
                    id.pug.core.budget.ArgCategory.SPECIFIC_TARGET,
                    id.pug.core.budget.ArgCategory.INSTITUTIONALISATION))
            .build();
    assertThat(Markers.dac(kapuas, kapuas.budgetLines().get(1), narrow).reasons())
        .extracting(Reason::key)
        .contains("criterion.SIGNIFICANT_CATEGORY.notMet", "criterion.PRINCIPAL_CATEGORY.met");
  }
}
