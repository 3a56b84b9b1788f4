package id.pug.rules.international;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.BudgetLine;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GapStep;
import id.pug.rules.engine.Language;
import id.pug.rules.testing.Plans;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** DAC 0/1/2 and GEM 0/1/2/3, worked on the Kapuas plan and single changes to it. */
class MarkersTest {
  private static final MarkerCriteria DEFAULTS = MarkerCriteria.defaults();

  private static MarkerSuggestion<DacMarker> dac(RegionalPprgPlan plan, int line) {
    return Markers.dac(plan, plan.budgetLines().get(line), DEFAULTS);
  }

  private static MarkerSuggestion<GenderEqualityMarker> gem(RegionalPprgPlan plan, int line) {
    return Markers.gem(plan, plan.budgetLines().get(line), DEFAULTS);
  }

  @Test
  void untaggedLine_isDac0AndGem0_noGenderTag() {
    // budgetLines[2]: 2.08.02.2.01.02, untagged.
    MarkerSuggestion<DacMarker> dac = dac(Plans.kapuas(), 2);
    assertThat(dac.value()).isEqualTo(DacMarker.NOT_TARGETED);
    assertThat(dac.reasons().get(0).key()).isEqualTo("marker.dac.untagged");
    assertThat(dac.reasons().get(0).in(Language.ENGLISH))
        .isEqualTo("No gender tag: OECD DAC 0 (not targeted).");
    assertThat(dac.criteria())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.criterion()).isEqualTo(MarkerCriterion.ARG_TAG);
              assertThat(r.met()).isFalse();
              assertThat(r.reason().in(Language.ENGLISH))
                  .isEqualTo("No gender tag (ARG) on this budget line.");
            });
    assertThat(dac.criteriaConfirmed()).isFalse();
    MarkerSuggestion<GenderEqualityMarker> gem = gem(Plans.kapuas(), 2);
    assertThat(gem.value()).isEqualTo(GenderEqualityMarker.NO_CONTRIBUTION);
    assertThat(gem.reasons().get(0).in(Language.INDONESIAN))
        .isEqualTo("Tidak ada tag gender: UN GEM 0 (tidak berkontribusi).");
  }

  @Test
  void institutionalisationLine_meetingTheCriteria_isDac1AndGem2_neverPrincipal() {
    // budgetLines[0]: 2.08.02.2.01.01, INSTITUTIONALISATION, complete GAP, objective, indicator by
    // sex.
    MarkerSuggestion<DacMarker> dac = dac(Plans.kapuas(), 0);
    assertThat(dac.value()).isEqualTo(DacMarker.SIGNIFICANT);
    assertThat(dac.reasons().get(0).in(Language.ENGLISH))
        .isEqualTo(
            "The criteria of a significant objective are met: OECD DAC 1 (significant); not"
                + " principal because criteria are unmet (ARG category for a principal"
                + " objective).");
    assertThat(dac.criteria())
        .extracting(CriterionResult::criterion)
        .containsExactly(MarkerCriterion.values());
    assertThat(dac.criteria())
        .filteredOn(r -> !r.met())
        .extracting(CriterionResult::criterion)
        .containsExactly(MarkerCriterion.PRINCIPAL_CATEGORY);
    assertThat(dac.reasons()).hasSize(1 + MarkerCriterion.values().length);
    MarkerSuggestion<GenderEqualityMarker> gem = gem(Plans.kapuas(), 0);
    assertThat(gem.value()).isEqualTo(GenderEqualityMarker.SIGNIFICANT);
    assertThat(gem.value().format(GenderEqualityMarker.Notation.LETTERED)).isEqualTo("2a");
  }

  @Test
  void equalityLineInAWomenSpecificProgramme_isDac2AndGem3() {
    // budgetLines[1]: 2.08.03.2.01.01 (PROGRAM PERLINDUNGAN PEREMPUAN), EQUALITY.
    MarkerSuggestion<DacMarker> dac = dac(Plans.kapuas(), 1);
    assertThat(dac.value()).isEqualTo(DacMarker.PRINCIPAL);
    assertThat(dac.reasons().get(0).in(Language.ENGLISH))
        .isEqualTo(
            "Gender equality appears as the main objective (category gender equality, programme"
                + " 2.08.03): OECD DAC 2 (principal).");
    assertThat(dac.criteria()).allMatch(CriterionResult::met);
    assertThat(dac.reasons())
        .extracting(r -> r.in(Language.ENGLISH))
        .contains(
            "GAP gap-2025-2.08.03.2.01.01 is complete in nine steps.",
            "Indicator \"Jumlah peserta sosialisasi pencegahan kekerasan terhadap perempuan\" is"
                + " disaggregated by sex.",
            "Sub-kegiatan 2.08.03.2.01.01 lies in programme 2.08.03, a women-specific programme"
                + " under the criteria used.");
    MarkerSuggestion<GenderEqualityMarker> gem = gem(Plans.kapuas(), 1);
    assertThat(gem.value()).isEqualTo(GenderEqualityMarker.PRINCIPAL);
    assertThat(gem.value().format(GenderEqualityMarker.Notation.LETTERED)).isEqualTo("2b");
    assertThat(gem.value().format(GenderEqualityMarker.Notation.NUMERIC)).isEqualTo("3");
  }

  @Test
  void taggedLineWithAnIncompleteGap_isDac0AndGem1() {
    RegionalPprgPlan plan =
        Plans.gap(
            1,
            g ->
                g.steps(
                    Plans.kapuas().genderAnalyses().get(1).steps().entrySet().stream()
                        .filter(e -> e.getKey() != GapStep.BASELINE)
                        .collect(
                            com.google.common.collect.ImmutableMap.toImmutableMap(
                                java.util.Map.Entry::getKey, java.util.Map.Entry::getValue))));
    MarkerSuggestion<DacMarker> dac = dac(plan, 1);
    assertThat(dac.value()).isEqualTo(DacMarker.NOT_TARGETED);
    assertThat(dac.reasons().get(0).in(Language.ENGLISH))
        .isEqualTo(
            "ARG-tagged, but criteria unmet (GAP complete in nine steps): OECD DAC 0 (not"
                + " targeted).");
    assertThat(dac.reasons())
        .extracting(r -> r.in(Language.INDONESIAN))
        .contains("GAP gap-2025-2.08.03.2.01.01 belum lengkap: langkah 8 kosong.");
    MarkerSuggestion<GenderEqualityMarker> gem = gem(plan, 1);
    assertThat(gem.value()).isEqualTo(GenderEqualityMarker.LIMITED);
    assertThat(gem.reasons().get(0).key()).isEqualTo("marker.gem.limited");
  }

  @Test
  void taggedLineWhoseGapDangles_isDac0AndGem1_withoutThrowing() {
    RegionalPprgPlan plan =
        Plans.tag(
            1, t -> t.gap(id.pug.core.pprg.GapId.of("hilang")).gbs(java.util.Optional.empty()));
    assertThat(dac(plan, 1).value()).isEqualTo(DacMarker.NOT_TARGETED);
    assertThat(gem(plan, 1).value()).isEqualTo(GenderEqualityMarker.LIMITED);
    assertThat(dac(plan, 1).reasons())
        .extracting(Reason::key)
        .contains("criterion.COMPLETE_GAP.noGap");
  }

  @Test
  void criteriaAreConfigurable() {
    RegionalPprgPlan incomplete =
        Plans.gap(
            1,
            g ->
                g.steps(com.google.common.collect.ImmutableMap.of())
                    .gapFactors(com.google.common.collect.ImmutableMap.of())
                    .genderIndicators(java.util.List.of()));
    BudgetLine line = incomplete.budgetLines().get(1);
    // The GAP is empty but the GBS states an objective; the indicators of GBS and line are not by
    // sex.
    MarkerCriteria lenient =
        MarkerCriteria.builder()
            .requireCompleteGap(false)
            .requireSexDisaggregatedIndicator(false)
            .build();
    assertThat(Markers.dac(incomplete, line, DEFAULTS).value()).isEqualTo(DacMarker.NOT_TARGETED);
    assertThat(Markers.dac(incomplete, line, lenient).value()).isEqualTo(DacMarker.PRINCIPAL);
    assertThat(Markers.dac(incomplete, line, lenient).reasons())
        .extracting(Reason::key)
        .contains("criterion.GENDER_OBJECTIVE.gbs", "criterion.SEX_DISAGGREGATED_INDICATOR.notMet");
    assertThat(Markers.dac(incomplete, line, lenient).criteria())
        .filteredOn(r -> r.criterion() == MarkerCriterion.COMPLETE_GAP)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.required()).isFalse();
              assertThat(r.met()).isFalse();
              assertThat(r.satisfied()).isTrue();
            });

    RegionalPprgPlan kapuas = Plans.kapuas();
    MarkerCriteria noPrincipal =
        MarkerCriteria.builder().principalProgrammes(java.util.List.of()).build();
    assertThat(Markers.dac(kapuas, kapuas.budgetLines().get(1), noPrincipal).value())
        .isEqualTo(DacMarker.SIGNIFICANT);
    assertThat(Markers.gem(kapuas, kapuas.budgetLines().get(1), noPrincipal).value())
        .isEqualTo(GenderEqualityMarker.SIGNIFICANT);

    MarkerCriteria noInstitutionalisation =
        MarkerCriteria.builder()
            .significantCategories(EnumSet.of(ArgCategory.SPECIFIC_TARGET, ArgCategory.EQUALITY))
            .build();
    assertThat(Markers.dac(kapuas, kapuas.budgetLines().get(0), noInstitutionalisation).value())
        .isEqualTo(DacMarker.NOT_TARGETED);
    assertThat(Markers.gem(kapuas, kapuas.budgetLines().get(0), noInstitutionalisation).value())
        .isEqualTo(GenderEqualityMarker.LIMITED);

    MarkerCriteria wholeUrusan =
        MarkerCriteria.builder()
            .principalCategories(EnumSet.allOf(ArgCategory.class))
            .principalProgrammes(java.util.List.of(NomenclatureCode.parse("2.08")))
            .build();
    assertThat(Markers.dac(kapuas, kapuas.budgetLines().get(0), wholeUrusan).value())
        .isEqualTo(DacMarker.PRINCIPAL);
  }

  @Test
  void specificTargetLineOutsideTheWomenSpecificProgrammes_staysSignificant() {
    // Line 1 as a specific-target line of a health sub-kegiatan outside urusan 2.08.
    RegionalPprgPlan plan =
        Plans.line(
            1,
            l ->
                l.subActivity(NomenclatureCode.parse("1.02.02.2.02.01"))
                    .argTag(
                        id.pug.core.budget.ArgTag.builder()
                            .from(Plans.kapuas().budgetLines().get(1).argTag().orElseThrow())
                            .category(ArgCategory.SPECIFIC_TARGET)
                            .targetGroup("ibu hamil")
                            .build()));
    MarkerSuggestion<DacMarker> dac = dac(plan, 1);
    assertThat(dac.value()).isEqualTo(DacMarker.SIGNIFICANT);
    assertThat(dac.reasons().get(0).in(Language.ENGLISH)).endsWith("(women-specific programme).");
    assertThat(gem(plan, 1).value()).isEqualTo(GenderEqualityMarker.SIGNIFICANT);
  }

  @Test
  void defaults_areDocumentedAndUnconfirmed() {
    assertThat(DEFAULTS.significantCategories()).containsExactlyInAnyOrder(ArgCategory.values());
    assertThat(DEFAULTS.principalCategories())
        .containsExactlyInAnyOrder(ArgCategory.SPECIFIC_TARGET, ArgCategory.EQUALITY);
    assertThat(DEFAULTS.principalProgrammes())
        .extracting(NomenclatureCode::format)
        .containsExactly("2.08.02", "2.08.03");
    assertThat(DEFAULTS.requireCompleteGap()).isTrue();
    assertThat(DEFAULTS.requireGenderObjective()).isTrue();
    assertThat(DEFAULTS.requireSexDisaggregatedIndicator()).isTrue();
    assertThat(DEFAULTS.confirmed()).isFalse();
    assertThat(MarkerCriterion.values()).noneMatch(MarkerCriterion::confirmed);
  }

  @Test
  void dacMarker_parsesAndFormats() {
    assertThat(DacMarker.parse("0")).isEqualTo(DacMarker.NOT_TARGETED);
    assertThat(DacMarker.parse(" significant ")).isEqualTo(DacMarker.SIGNIFICANT);
    assertThat(DacMarker.parse("not targeted")).isEqualTo(DacMarker.NOT_TARGETED);
    assertThat(DacMarker.of(2)).isEqualTo(DacMarker.PRINCIPAL);
    assertThat(DacMarker.PRINCIPAL.code()).isEqualTo("2");
    assertThat(DacMarker.SIGNIFICANT.targetsGenderEquality()).isTrue();
    assertThat(DacMarker.NOT_TARGETED.targetsGenderEquality()).isFalse();
    assertThatThrownBy(() -> DacMarker.parse("3")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> DacMarker.of(-1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void gem_parsesBothNotations_2aAnd2bAreAliasesOf2And3() {
    assertThat(GenderEqualityMarker.parse("2a")).isEqualTo(GenderEqualityMarker.SIGNIFICANT);
    assertThat(GenderEqualityMarker.parse("2")).isEqualTo(GenderEqualityMarker.SIGNIFICANT);
    assertThat(GenderEqualityMarker.parse("2B")).isEqualTo(GenderEqualityMarker.PRINCIPAL);
    assertThat(GenderEqualityMarker.parse("3")).isEqualTo(GenderEqualityMarker.PRINCIPAL);
    assertThat(GenderEqualityMarker.parse("0")).isEqualTo(GenderEqualityMarker.NO_CONTRIBUTION);
    assertThat(GenderEqualityMarker.parse("limited")).isEqualTo(GenderEqualityMarker.LIMITED);
    for (GenderEqualityMarker m : GenderEqualityMarker.values()) {
      for (GenderEqualityMarker.Notation n : GenderEqualityMarker.Notation.values()) {
        assertThat(GenderEqualityMarker.parse(m.format(n))).isEqualTo(m);
      }
    }
    assertThat(GenderEqualityMarker.LIMITED.format(GenderEqualityMarker.Notation.LETTERED))
        .isEqualTo("1");
    assertThat(GenderEqualityMarker.of(3)).isEqualTo(GenderEqualityMarker.PRINCIPAL);
    assertThat(GenderEqualityMarker.LIMITED.targetsGenderEquality()).isFalse();
    assertThat(GenderEqualityMarker.SIGNIFICANT.targetsGenderEquality()).isTrue();
    assertThatThrownBy(() -> GenderEqualityMarker.parse("2c"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2a or 2b");
    assertThatThrownBy(() -> GenderEqualityMarker.of(4)).isInstanceOf(InvalidValueException.class);
  }
}
