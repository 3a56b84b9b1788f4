package id.pug.rules.international;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HgdgAssessmentTest {

  /** A complete assessment: the given scores, every other item 0. */
  static HgdgAssessment complete(Object... itemsAndScores) {
    Map<HgdgItem, BigDecimal> scores = new EnumMap<>(HgdgItem.class);
    for (HgdgItem item : HgdgItem.values()) {
      scores.put(item, BigDecimal.ZERO);
    }
    for (int i = 0; i < itemsAndScores.length; i += 2) {
      scores.put((HgdgItem) itemsAndScores[i], new BigDecimal((String) itemsAndScores[i + 1]));
    }
    return HgdgAssessment.builder().putAllScores(scores).build();
  }

  /** Every item at its highest score. */
  static HgdgAssessment full() {
    HgdgAssessment.Builder b = HgdgAssessment.builder();
    for (HgdgItem item : HgdgItem.values()) {
      b.putScore(item, item.maximum());
    }
    return b.build();
  }

  @Test
  void checklist_hasTenElementsAndSeventeenItems_withTheScalesOfDomain81() {
    assertThat(HgdgElement.values()).hasSize(10);
    assertThat(HgdgItem.values()).hasSize(17);
    assertThat(Arrays.stream(HgdgItem.values()).map(HgdgItem::code))
        .containsExactly(
            "1.1", "1.2", "2.0", "3.1", "3.2", "4.0", "5.0", "6.1", "6.2", "6.3", "7.0", "8.0",
            "9.1", "9.2", "10.1", "10.2", "10.3");
    assertThat(HgdgItem.PROBLEM_IDENTIFICATION.allowedText()).isEqualTo("0, 0.5, 1");
    assertThat(HgdgItem.EXPERTISE.allowedText()).isEqualTo("0, 0.5, 1");
    assertThat(HgdgItem.SEX_DISAGGREGATED_DATA.allowedText()).isEqualTo("0, 1, 2");
    assertThat(HgdgItem.STRATEGIES.allowedText()).isEqualTo("0, 1, 2");
    assertThat(HgdgItem.WOMEN_BENEFICIARIES.allowedText()).isEqualTo("0, 0.33, 0.67");
    assertThat(HgdgItem.EXIT_PLAN.allowedText()).isEqualTo("0, 0.33, 0.67");
    assertThat(HgdgElement.IMPACTS.items())
        .containsExactly(
            HgdgItem.WOMEN_BENEFICIARIES, HgdgItem.LONG_TERM_IMPACT, HgdgItem.NEGATIVE_IMPACTS);
    assertThat(HgdgElement.DATA.items()).containsExactly(HgdgItem.SEX_DISAGGREGATED_DATA);
    for (HgdgElement e : HgdgElement.values()) {
      assertThat(e.maximum()).isEqualByComparingTo("2");
      assertThat(e.items()).isNotEmpty();
    }
  }

  @Test
  void elements7And8_allow012_andSayTheirScaleAndTitleAreUnconfirmed() {
    assertThat(HgdgItem.MONITORING.allowedText()).isEqualTo("0, 1, 2");
    assertThat(HgdgItem.MONITORING.scaleConfirmed()).isFalse();
    assertThat(HgdgItem.MONITORING.titleConfirmed()).isTrue();
    assertThat(HgdgItem.DATABASE.allowedText()).isEqualTo("0, 1, 2");
    assertThat(HgdgItem.DATABASE.scaleConfirmed()).isFalse();
    assertThat(HgdgItem.DATABASE.titleConfirmed()).isFalse();
    assertThat(HgdgElement.DATABASE.titleConfirmed()).isFalse();
    assertThat(HgdgItem.AGENCY_GAD_10_1.titleConfirmed()).isFalse();
    assertThat(HgdgItem.EXIT_PLAN.titleConfirmed()).isTrue();
    assertThat(
            Arrays.stream(HgdgItem.values()).filter(i -> !i.scaleConfirmed()).map(HgdgItem::code))
        .containsExactly("7.0", "8.0");
  }

  @Test
  void itemCodes_parse() {
    assertThat(HgdgItem.of("6.1")).isEqualTo(HgdgItem.WOMEN_BENEFICIARIES);
    assertThat(HgdgItem.of("2")).isEqualTo(HgdgItem.SEX_DISAGGREGATED_DATA);
    assertThat(HgdgItem.of(" 10.3 ")).isEqualTo(HgdgItem.EXIT_PLAN);
    assertThat(HgdgElement.of(8)).isEqualTo(HgdgElement.DATABASE);
    assertThatThrownBy(() -> HgdgItem.of("6.4"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("10.3");
    assertThatThrownBy(() -> HgdgElement.of(11)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aScoreNotAllowed_isRejected_namingTheItemElementValueAndAllowedValues() {
    assertThatThrownBy(
            () -> HgdgAssessment.builder().score(HgdgItem.WOMEN_BENEFICIARIES, "0.5").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "HgdgAssessment.scores['6.1'] must be one of 0, 0.33, 0.67 for HGDG item 6.1 (Women"
                + " and girls among the beneficiaries) of element 6.0 (Gender analysis of likely"
                + " impacts), was 0.5");
    assertThatThrownBy(() -> HgdgAssessment.builder().score(HgdgItem.GOALS, "1.5").build())
        .hasMessageContaining("scores['4.0']")
        .hasMessageContaining("be one of 0, 1, 2")
        .hasMessageContaining("was 1.5");
    assertThatThrownBy(
            () -> HgdgAssessment.builder().score(HgdgItem.PROJECT_DESIGN, "-0.5").build())
        .hasMessageContaining("scores['1.2'] must be one of 0, 0.5, 1");
    assertThatThrownBy(() -> HgdgAssessment.builder().score(HgdgItem.MONITORING, "3").build())
        .hasMessageContaining("scores['7.0'] must be one of 0, 1, 2");
  }

  @Test
  void scores_compareByValue() {
    HgdgAssessment a = HgdgAssessment.builder().score(HgdgItem.BUDGET, "0.50").build();
    assertThat(a.score(HgdgItem.BUDGET))
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.5"));
  }

  @Test
  void missingItems_makeAnIncompleteAssessment_neverZero() {
    HgdgAssessment a =
        HgdgAssessment.builder()
            .score(HgdgItem.SEX_DISAGGREGATED_DATA, "2")
            .score(HgdgItem.GOALS, "2")
            .build();
    assertThat(a.isComplete()).isFalse();
    assertThat(a.total()).isEmpty();
    assertThat(a.band()).isEmpty();
    assertThat(a.missingItems()).hasSize(15).doesNotContain(HgdgItem.GOALS);
    assertThat(a.score(HgdgItem.EXIT_PLAN)).isEmpty();
    assertThat(a.elementScore(HgdgElement.GOALS))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
    assertThat(a.elementScore(HgdgElement.IMPACTS)).isEmpty();
    assertThat(a.minimumTotal()).isEqualByComparingTo("4");
    assertThat(a.minimumBand()).isEqualTo(HgdgBand.PROMISING);
    assertThat(HgdgAssessment.empty().minimumTotal()).isEqualByComparingTo("0");
    assertThat(a).hasToString("HgdgAssessment[2/17 items, at least 4]");
  }

  @Test
  void everyItemAtItsHighest_totals20_elementsCappedAt2() {
    HgdgAssessment a = full();
    assertThat(a.isComplete()).isTrue();
    // 6.1–6.3 and 10.1–10.3 at 0.67 add up to 2.01: the element counts 2.
    assertThat(a.elementScore(HgdgElement.IMPACTS))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
    assertThat(a.elementScore(HgdgElement.AGENCY_GAD_EFFORTS))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
    assertThat(a.total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("20"));
    assertThat(a.band()).contains(HgdgBand.FULLY_GENDER_RESPONSIVE);
  }

  @Test
  void identificationSubtotal_ofElements1To3_as45inDomain81() {
    HgdgAssessment a =
        HgdgAssessment.builder()
            .score(HgdgItem.PROBLEM_IDENTIFICATION, "1")
            .score(HgdgItem.PROJECT_DESIGN, "0.5")
            .score(HgdgItem.SEX_DISAGGREGATED_DATA, "2")
            .score(HgdgItem.GENDER_GAPS, "0.5")
            .score(HgdgItem.PARTICIPATION_CONSTRAINTS, "0.5")
            .build();
    assertThat(a.identificationSubtotal())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4.5"));
    assertThat(HgdgBand.of(a.identificationSubtotal().orElseThrow())).isEqualTo(HgdgBand.PROMISING);
    assertThat(
            HgdgAssessment.builder()
                .score(HgdgItem.GENDER_GAPS, "1")
                .build()
                .identificationSubtotal())
        .isEmpty();
  }

  @Test
  void with_rescoresOneItem_andChecksIt() {
    HgdgAssessment a = HgdgAssessment.empty().with(HgdgItem.GOALS, BigDecimal.ONE);
    assertThat(a.with(HgdgItem.GOALS, BigDecimal.valueOf(2)).minimumTotal())
        .isEqualByComparingTo("2");
    assertThat(a.minimumTotal()).isEqualByComparingTo("1");
    assertThatThrownBy(() -> a.with(HgdgItem.EXIT_PLAN, BigDecimal.ONE))
        .hasMessageContaining("scores['10.3'] must be one of 0, 0.33, 0.67");
  }

  @Test
  void anItemScoredTwice_isRejected() {
    HgdgAssessment.Builder b =
        HgdgAssessment.builder().score(HgdgItem.GOALS, "1").score(HgdgItem.GOALS, "2");
    assertThatThrownBy(b::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("scores");
  }
}
