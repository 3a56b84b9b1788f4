package id.pug.rules.international;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.money.Rupiah;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.packs.PolicyPacks;
import id.pug.rules.testing.Plans;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The activity- and plan-level views, worked on the Kapuas plan. */
class InternationalScoringTest {
  private static final InternationalScoring KAPUAS = InternationalScoring.of(Plans.kapuas());

  @Test
  void activityLevel_oneScoringPerBudgetLine() {
    assertThat(KAPUAS.planId()).isEqualTo("62.03/2025");
    assertThat(KAPUAS.activities()).hasSize(3);

    ActivityScoring policy = KAPUAS.activity(PlanFixtures.PUG_POLICY_LINE).orElseThrow();
    assertThat(policy.amount()).isEqualTo(Rupiah.of(70_590_400));
    assertThat(policy.hgdgBasis()).isEqualTo(HgdgBasis.SUGGESTED_MINIMUM);
    assertThat(policy.hgdgScore()).isEqualByComparingTo("7");
    assertThat(policy.hgdgBand()).isEqualTo(HgdgBand.PROMISING);
    assertThat(policy.attributedAmount()).isEqualTo(Rupiah.of(17_647_600));
    assertThat(policy.dac().value()).isEqualTo(DacMarker.SIGNIFICANT);
    assertThat(policy.gem().value()).isEqualTo(GenderEqualityMarker.SIGNIFICANT);

    ActivityScoring violence = KAPUAS.activity(PlanFixtures.VIOLENCE_PREVENTION_LINE).orElseThrow();
    assertThat(violence.attributedAmount()).isEqualTo(Rupiah.of(55_000_000));
    assertThat(violence.dac().value()).isEqualTo(DacMarker.PRINCIPAL);
    assertThat(violence.gem().value()).isEqualTo(GenderEqualityMarker.PRINCIPAL);
    assertThat(violence)
        .hasToString(
            "ActivityScoring[dp3appkb-2025-2.08.03.2.01.01: HGDG >= 7 PROMISING, DAC 2, GEM 3]");

    ActivityScoring untagged = KAPUAS.activity(PlanFixtures.PUG_IMPLEMENTATION_LINE).orElseThrow();
    assertThat(untagged.argCategory()).isEmpty();
    assertThat(untagged.hgdgBand()).isEqualTo(HgdgBand.GAD_INVISIBLE);
    assertThat(untagged.attributedAmount()).isEqualTo(Rupiah.ZERO);
    assertThat(untagged.dac().value()).isEqualTo(DacMarker.NOT_TARGETED);
    assertThat(untagged.gem().value()).isEqualTo(GenderEqualityMarker.NO_CONTRIBUTION);
  }

  @Test
  void planLevel_countsAndAmountsPerMarker_attributedGad_andThe5PercentComparison() {
    assertThat(KAPUAS.totalSpending()).isEqualByComparingTo("390590400");
    assertThat(KAPUAS.argTagged()).isEqualByComparingTo("290590400");
    assertThat(KAPUAS.argSharePercent())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("74.40"));
    // 17.647.600 + 55.000.000 + 0
    assertThat(KAPUAS.attributedGad()).isEqualByComparingTo("72647600");
    assertThat(KAPUAS.attributedSharePercent())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("18.60"));
    assertThat(KAPUAS.gadMinimumSharePercent()).isEqualByComparingTo("5");
    assertThat(KAPUAS.gadMinimumRule()).isEqualTo("PHGAD-ARG-001");
    assertThat(KAPUAS.attributedShareMeetsMinimum()).contains(true);
    assertThat(KAPUAS.argShareMeetsMinimum()).contains(true);

    assertThat(KAPUAS.dacCounts())
        .containsExactly(
            java.util.Map.entry(DacMarker.NOT_TARGETED, 1L),
            java.util.Map.entry(DacMarker.SIGNIFICANT, 1L),
            java.util.Map.entry(DacMarker.PRINCIPAL, 1L));
    assertThat(KAPUAS.dacAmounts().get(DacMarker.PRINCIPAL)).isEqualByComparingTo("220000000");
    assertThat(KAPUAS.dacAmounts().get(DacMarker.NOT_TARGETED)).isEqualByComparingTo("100000000");
    assertThat(KAPUAS.gemCounts().get(GenderEqualityMarker.LIMITED)).isZero();
    assertThat(KAPUAS.gemCounts().get(GenderEqualityMarker.PRINCIPAL)).isEqualTo(1L);
    assertThat(KAPUAS.gemAmounts().get(GenderEqualityMarker.SIGNIFICANT))
        .isEqualByComparingTo("70590400");
    assertThat(KAPUAS.bandCounts().get(HgdgBand.PROMISING)).isEqualTo(2L);
    assertThat(KAPUAS.bandAmounts().get(HgdgBand.GAD_INVISIBLE)).isEqualByComparingTo("100000000");
    assertThat(KAPUAS.bandCounts().keySet()).containsExactly(HgdgBand.values());
  }

  @Test
  void anAssessorsAssessment_replacesTheSuggestion() {
    HgdgAssessment assessed =
        HgdgAssessmentTest.complete(
            HgdgItem.SEX_DISAGGREGATED_DATA, "2",
            HgdgItem.GOALS, "2",
            HgdgItem.STRATEGIES, "2",
            HgdgItem.MONITORING, "2",
            HgdgItem.GENDER_GAPS, "1",
            HgdgItem.PARTICIPATION_CONSTRAINTS, "1",
            HgdgItem.BUDGET, "1",
            HgdgItem.EXPERTISE, "1",
            HgdgItem.PROBLEM_IDENTIFICATION, "1",
            HgdgItem.PROJECT_DESIGN, "1",
            HgdgItem.DATABASE, "2");
    InternationalScoring scoring =
        InternationalScoring.of(
            Plans.kapuas(),
            ScoringOptions.builder()
                .putAssessment(PlanFixtures.VIOLENCE_PREVENTION_LINE, assessed)
                .putAssessment(
                    PlanFixtures.PUG_IMPLEMENTATION_LINE,
                    HgdgAssessment.builder().score(HgdgItem.GOALS, "2").build())
                .build());
    ActivityScoring violence =
        scoring.activity(PlanFixtures.VIOLENCE_PREVENTION_LINE).orElseThrow();
    assertThat(violence.hgdgBasis()).isEqualTo(HgdgBasis.ASSESSED);
    assertThat(violence.hgdgScore()).isEqualByComparingTo("16");
    assertThat(violence.hgdgBand()).isEqualTo(HgdgBand.GENDER_RESPONSIVE);
    assertThat(violence.attributedAmount()).isEqualTo(Rupiah.of(165_000_000));
    ActivityScoring untagged = scoring.activity(PlanFixtures.PUG_IMPLEMENTATION_LINE).orElseThrow();
    assertThat(untagged.hgdgBasis()).isEqualTo(HgdgBasis.ASSESSED_MINIMUM);
    assertThat(untagged.hgdgBasis().isLowerBound()).isTrue();
    assertThat(untagged.hgdgBand()).isEqualTo(HgdgBand.GAD_INVISIBLE);
    // 17.647.600 + 165.000.000
    assertThat(scoring.attributedGad()).isEqualByComparingTo("182647600");
  }

  @Test
  void anAssessmentOfALineThePlanLacks_isRejected() {
    ScoringOptions options =
        ScoringOptions.builder()
            .putAssessment(BudgetLineId.of("tidak-ada"), HgdgAssessment.empty())
            .build();
    assertThatThrownBy(() -> InternationalScoring.of(Plans.kapuas(), options))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("tidak-ada");
  }

  @Test
  void theGadMinimum_isThePacksThreshold_andConfigurable() {
    assertThat(ScoringOptions.packMinimumSharePercent()).isEqualByComparingTo("5");
    assertThat(ScoringOptions.minimumShareIn(PprgCatalogue.ruleSet())).isEmpty();
    RuleSet withPack = PprgCatalogue.ruleSet().plus(PolicyPacks.philippinesGad());
    assertThat(ScoringOptions.minimumShareIn(withPack))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
    RuleSet stricter =
        withPack.configure(
            PolicyPacks.PHILIPPINES_SHARE, "minimumSharePercent", BigDecimal.valueOf(20));
    BigDecimal twenty = ScoringOptions.minimumShareIn(stricter).orElseThrow();
    assertThat(twenty).isEqualByComparingTo("20");
    InternationalScoring strict =
        InternationalScoring.of(
            Plans.kapuas(), ScoringOptions.builder().gadMinimumSharePercent(twenty).build());
    assertThat(strict.attributedShareMeetsMinimum()).contains(false);
    assertThat(strict.argShareMeetsMinimum()).contains(true);
    assertThatThrownBy(
            () -> ScoringOptions.builder().gadMinimumSharePercent(BigDecimal.valueOf(101)).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aPlanWithoutSpending_hasNoShares() {
    RegionalPprgPlan empty = PlanFixtures.minimalPlan();
    InternationalScoring scoring = InternationalScoring.of(empty);
    assertThat(scoring.activities()).isEmpty();
    assertThat(scoring.argSharePercent()).isEmpty();
    assertThat(scoring.attributedSharePercent()).isEmpty();
    assertThat(scoring.attributedShareMeetsMinimum()).isEmpty();
    assertThat(scoring.dacCounts().values()).containsOnly(0L);
  }

  @Test
  void theNotice_saysWhatTheScoringIs() {
    assertThat(InternationalScoring.notice().english())
        .contains("code what you see")
        .contains("pug's configurable reading")
        .contains("Not Indonesian law");
    assertThat(InternationalScoring.notice().indonesian())
        .contains("Bukan ketentuan hukum Indonesia");
  }
}
