package id.pug.rules.international;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.SituationAnalysis;
import id.pug.rules.engine.Language;
import id.pug.rules.testing.Plans;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pug's pre-filled HGDG items, worked on the Kapuas plan. */
class HgdgSuggestionTest {

  private static HgdgSuggestion suggest(RegionalPprgPlan plan, int line) {
    return HgdgSuggestion.of(plan, plan.budgetLines().get(line));
  }

  private static BigDecimal score(HgdgSuggestion s, HgdgItem item) {
    return s.scores().score(item).orElseThrow();
  }

  @Test
  void kapuasViolencePrevention_prefillsFiveItems_for7Points_promising() {
    HgdgSuggestion s = suggest(Plans.kapuas(), 1);
    assertThat(s.prefilled())
        .containsExactly(
            HgdgItem.SEX_DISAGGREGATED_DATA,
            HgdgItem.GENDER_GAPS,
            HgdgItem.GOALS,
            HgdgItem.STRATEGIES,
            HgdgItem.MONITORING);
    assertThat(score(s, HgdgItem.SEX_DISAGGREGATED_DATA)).isEqualByComparingTo("2");
    assertThat(score(s, HgdgItem.GENDER_GAPS)).isEqualByComparingTo("1");
    assertThat(score(s, HgdgItem.GOALS)).isEqualByComparingTo("2");
    assertThat(score(s, HgdgItem.STRATEGIES)).isEqualByComparingTo("1");
    assertThat(score(s, HgdgItem.MONITORING)).isEqualByComparingTo("1");
    assertThat(s.minimumTotal()).isEqualByComparingTo("7");
    assertThat(s.minimumBand()).isEqualTo(HgdgBand.PROMISING);
    assertThat(s.scores().isComplete()).isFalse();
    assertThat(s.unscored())
        .hasSize(12)
        .contains(HgdgItem.PROBLEM_IDENTIFICATION, HgdgItem.DATABASE);

    assertThat(s.reason(HgdgItem.SEX_DISAGGREGATED_DATA).in(Language.ENGLISH))
        .isEqualTo(
            "The insight data (step 2) of GAP gap-2025-2.08.03.2.01.01 names women and men with"
                + " figures.");
    assertThat(s.reason(HgdgItem.GENDER_GAPS).in(Language.ENGLISH))
        .isEqualTo(
            "Gap factors are recorded one by one (access, participation, control, benefit) with"
                + " their internal or external causes.");
    assertThat(s.reason(HgdgItem.GENDER_GAPS).in(Language.INDONESIAN))
        .startsWith(
            "Faktor kesenjangan dicatat satu per satu (akses, partisipasi, kontrol, manfaat)");
    assertThat(s.reason(HgdgItem.STRATEGIES).key()).isEqualTo("hgdg.5.0.actionsForIssues");
    assertThat(s.reason(HgdgItem.MONITORING).in(Language.ENGLISH))
        .contains("without baseline or target")
        .contains("pug's reading");
    assertThat(s.reason(HgdgItem.PROBLEM_IDENTIFICATION).in(Language.ENGLISH))
        .isEqualTo(
            "HGDG item 1.1 assesses something pug's plan does not record; an assessor scores it.");
    assertThat(s.reasons()).hasSize(HgdgItem.values().length);
  }

  @Test
  void untaggedLine_prefillsNothing_andSaysWhy() {
    HgdgSuggestion s = suggest(Plans.kapuas(), 2);
    assertThat(s.prefilled()).isEmpty();
    assertThat(s.minimumTotal()).isEqualByComparingTo("0");
    assertThat(s.minimumBand()).isEqualTo(HgdgBand.GAD_INVISIBLE);
    assertThat(s.reason(HgdgItem.SEX_DISAGGREGATED_DATA).key()).isEqualTo("hgdg.noDocuments");
    assertThat(s.reason(HgdgItem.GOALS).in(Language.INDONESIAN))
        .isEqualTo(
            "Baris anggaran tidak merujuk GAP, GBS atau KAK yang ada dalam rencana; butir HGDG 4.0"
                + " tidak dinilai.");
  }

  @Test
  void structuredValuesBySex_give2For2_0And7_0() {
    PerformanceIndicator bySex =
        PerformanceIndicator.builder()
            .name("Jumlah peserta sosialisasi menurut jenis kelamin")
            .unit("Orang")
            .level(IndicatorLevel.OUTPUT)
            .sexDisaggregated(true)
            .baseline(
                IndicatorValue.bySex(Year.of(2024), BigDecimal.valueOf(40), BigDecimal.valueOf(25)))
            .build();
    RegionalPprgPlan plan = Plans.gap(1, g -> g.genderIndicators(List.of(bySex)));
    HgdgSuggestion s = suggest(plan, 1);
    assertThat(score(s, HgdgItem.SEX_DISAGGREGATED_DATA)).isEqualByComparingTo("2");
    assertThat(s.reason(HgdgItem.SEX_DISAGGREGATED_DATA).key()).isEqualTo("hgdg.2.0.valuesBySex");
    assertThat(score(s, HgdgItem.MONITORING)).isEqualByComparingTo("2");
    assertThat(s.reason(HgdgItem.MONITORING).key()).isEqualTo("hgdg.7.0.indicatorWithTarget");
    assertThat(s.minimumTotal()).isEqualByComparingTo("8");
    assertThat(s.minimumBand()).isEqualTo(HgdgBand.GENDER_SENSITIVE);
  }

  @Test
  void weakerEvidence_getsTheMiddleScore_orNone() {
    // GAP without figures in step 2, without gap factors and causes, without indicators, and a GBS
    // without situation analysis, actions, indicators or impact.
    RegionalPprgPlan plan =
        Plans.change(
            Plans.gap(
                1,
                g ->
                    g.steps(
                            ImmutableMap.of(
                                GapStep.INSIGHT_DATA, "Korban kekerasan sebagian besar perempuan",
                                GapStep.GAP_FACTORS, "Akses perempuan pada layanan terbatas",
                                GapStep.REFORMULATED_OBJECTIVE, "Pencegahan menjangkau perempuan"))
                        .gapFactors(ImmutableMap.of())
                        .genderIndicators(List.of())),
            p ->
                p.budgetStatements(
                    Plans.replace(
                        Plans.kapuas().budgetStatements(),
                        1,
                        g ->
                            id.pug.core.pprg.GenderBudgetStatement.builder()
                                .from(g)
                                .situationAnalysis(SituationAnalysis.empty())
                                .actionPlan(List.of())
                                .achievementIndicators(List.of())
                                .expectedImpact(java.util.Optional.empty())
                                .build())));
    HgdgSuggestion s = suggest(plan, 1);
    assertThat(score(s, HgdgItem.SEX_DISAGGREGATED_DATA)).isEqualByComparingTo("1");
    assertThat(s.reason(HgdgItem.SEX_DISAGGREGATED_DATA).key()).isEqualTo("hgdg.2.0.gapInsight");
    assertThat(score(s, HgdgItem.GENDER_GAPS)).isEqualByComparingTo("0.5");
    assertThat(score(s, HgdgItem.GOALS)).isEqualByComparingTo("1");
    assertThat(s.scores().score(HgdgItem.STRATEGIES)).isEmpty();
    assertThat(s.reason(HgdgItem.STRATEGIES).key()).isEqualTo("hgdg.5.0.none");
    assertThat(s.scores().score(HgdgItem.MONITORING)).isEmpty();
    assertThat(s.reason(HgdgItem.MONITORING).key()).isEqualTo("hgdg.7.0.none");
    assertThat(s.minimumTotal()).isEqualByComparingTo("2.5");
  }

  @Test
  void pugNeverPrefillsAZero() {
    for (RegionalPprgPlan plan :
        List.of(Plans.kapuas(), Plans.gap(0, g -> g.steps(ImmutableMap.of())))) {
      for (var line : plan.budgetLines()) {
        HgdgSuggestion s = HgdgSuggestion.of(plan, line);
        assertThat(s.scores().scores().values()).allMatch(v -> v.signum() > 0);
      }
    }
  }

  @Test
  void evidence_followsTheTagAndTheGbs() {
    RegionalPprgPlan kapuas = Plans.kapuas();
    HgdgEvidence ev = HgdgEvidence.of(kapuas, kapuas.budgetLines().get(0));
    assertThat(ev.gap()).isPresent();
    assertThat(ev.gbs()).isPresent();
    assertThat(ev.kak()).isPresent();
    assertThat(ev.hasDocuments()).isTrue();
    // A tag naming only the GBS still reaches the GAP and KAK through it.
    RegionalPprgPlan gbsOnly =
        Plans.tag(0, t -> t.gap(java.util.Optional.empty()).kak(java.util.Optional.empty()));
    HgdgEvidence viaGbs = HgdgEvidence.of(gbsOnly, gbsOnly.budgetLines().get(0));
    assertThat(viaGbs.gap().map(g -> g.id().value())).contains("gap-2025-2.08.02.2.01.01");
    assertThat(viaGbs.kak().map(k -> k.id().value())).contains("kak-2025-2.08.02.2.01.01");
    assertThat(HgdgEvidence.of(kapuas, kapuas.budgetLines().get(2)).hasDocuments()).isFalse();
  }
}
