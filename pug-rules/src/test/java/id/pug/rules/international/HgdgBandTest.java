package id.pug.rules.international;

import static id.pug.rules.international.HgdgAssessmentTest.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.money.Rupiah;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples for every HGDG band, its boundaries and the JC 2012-01 attribution. */
class HgdgBandTest {

  @ParameterizedTest(name = "{0} → {1} ({2}%)")
  @CsvSource({
    "0, GAD_INVISIBLE, 0",
    "3.9, GAD_INVISIBLE, 0",
    "3.99, GAD_INVISIBLE, 0",
    "4.0, PROMISING, 25",
    "7.9, PROMISING, 25",
    "7.99, PROMISING, 25",
    "8.0, GENDER_SENSITIVE, 50",
    "14.9, GENDER_SENSITIVE, 50",
    "15.0, GENDER_RESPONSIVE, 75",
    "19.9, GENDER_RESPONSIVE, 75",
    "19.99, GENDER_RESPONSIVE, 75",
    "20, FULLY_GENDER_RESPONSIVE, 100"
  })
  void bands_atTheirBoundaries(String total, HgdgBand band, int percent) {
    assertThat(HgdgBand.of(new BigDecimal(total))).isEqualTo(band);
    assertThat(band.attributionPercent()).isEqualTo(percent);
  }

  @Test
  void totalsOutside0To20_areRejected() {
    assertThatThrownBy(() -> HgdgBand.of(new BigDecimal("-0.5")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("be from 0 to 20");
    assertThatThrownBy(() -> HgdgBand.of(new BigDecimal("20.01")))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void bandRanges_asTheSourcesWriteThem() {
    assertThat(HgdgBand.PROMISING.from()).isEqualByComparingTo("4.0");
    assertThat(HgdgBand.PROMISING.to()).isEqualByComparingTo("7.9");
    assertThat(HgdgBand.GENDER_RESPONSIVE.to()).isEqualByComparingTo("19.9");
    assertThat(HgdgBand.GAD_INVISIBLE.meaning()).isEqualTo("GAD invisible (proposal returned)");
  }

  /** Complete assessments, one per band, with the worked total. */
  @Test
  void workedAssessments_onePerBand() {
    // 2.0 = 2, 4.0 = 1, 6.1–6.3 = 0.33 each: 3.99, still GAD invisible.
    HgdgAssessment invisible =
        complete(
            HgdgItem.SEX_DISAGGREGATED_DATA, "2",
            HgdgItem.GOALS, "1",
            HgdgItem.WOMEN_BENEFICIARIES, "0.33",
            HgdgItem.LONG_TERM_IMPACT, "0.33",
            HgdgItem.NEGATIVE_IMPACTS, "0.33");
    assertThat(invisible.total())
        .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("3.99"));
    assertThat(invisible.band()).contains(HgdgBand.GAD_INVISIBLE);

    // 2.0 = 2, 4.0 = 2: 4.0, promising.
    HgdgAssessment promising = complete(HgdgItem.SEX_DISAGGREGATED_DATA, "2", HgdgItem.GOALS, "2");
    assertThat(promising.total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("4"));
    assertThat(promising.band()).contains(HgdgBand.PROMISING);

    // 2.0, 4.0, 5.0, 7.0 = 2 each: 8.0, gender-sensitive.
    HgdgAssessment sensitive =
        complete(
            HgdgItem.SEX_DISAGGREGATED_DATA, "2",
            HgdgItem.GOALS, "2",
            HgdgItem.STRATEGIES, "2",
            HgdgItem.MONITORING, "2");
    assertThat(sensitive.total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("8"));
    assertThat(sensitive.band()).contains(HgdgBand.GENDER_SENSITIVE);

    // Everything at its highest but 1.1 = 0.5 and 9.2 = 0.5: 19.0, gender-responsive.
    HgdgAssessment responsive =
        HgdgAssessmentTest.full()
            .with(HgdgItem.PROBLEM_IDENTIFICATION, new BigDecimal("0.5"))
            .with(HgdgItem.EXPERTISE, new BigDecimal("0.5"));
    assertThat(responsive.total())
        .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("19"));
    assertThat(responsive.band()).contains(HgdgBand.GENDER_RESPONSIVE);

    // Everything at its highest but 6.3 = 0.33: 0.67 + 0.67 + 0.33 = 1.67, total 19.67.
    HgdgAssessment almost =
        HgdgAssessmentTest.full().with(HgdgItem.NEGATIVE_IMPACTS, new BigDecimal("0.33"));
    assertThat(almost.total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("19.67"));
    assertThat(almost.band()).contains(HgdgBand.GENDER_RESPONSIVE);

    assertThat(HgdgAssessmentTest.full().band()).contains(HgdgBand.FULLY_GENDER_RESPONSIVE);
  }

  @Test
  void attribution_ofAnAmountPerBand_roundedDownToTheWholeRupiah() {
    Rupiah amount = Rupiah.of(70_590_400);
    assertThat(HgdgBand.GAD_INVISIBLE.attribute(amount)).isEqualTo(Rupiah.ZERO);
    assertThat(HgdgBand.PROMISING.attribute(amount)).isEqualTo(Rupiah.of(17_647_600));
    assertThat(HgdgBand.GENDER_SENSITIVE.attribute(amount)).isEqualTo(Rupiah.of(35_295_200));
    assertThat(HgdgBand.GENDER_RESPONSIVE.attribute(amount)).isEqualTo(Rupiah.of(52_942_800));
    assertThat(HgdgBand.FULLY_GENDER_RESPONSIVE.attribute(amount)).isEqualTo(amount);

    // Rp1.000.001 × 25% = Rp250.000,25 and × 75% = Rp750.000,75: rounded down.
    assertThat(HgdgBand.PROMISING.attribute(Rupiah.of(1_000_001))).isEqualTo(Rupiah.of(250_000));
    assertThat(HgdgBand.GENDER_RESPONSIVE.attribute(Rupiah.of(1_000_001)))
        .isEqualTo(Rupiah.of(750_000));
    assertThat(HgdgBand.GENDER_SENSITIVE.attribute(Rupiah.of(3))).isEqualTo(Rupiah.of(1));
    assertThat(HgdgBand.GENDER_SENSITIVE.attribute(new BigDecimal("99999999999999999999")))
        .isEqualByComparingTo("49999999999999999999");
    assertThat(HgdgBand.FULLY_GENDER_RESPONSIVE.attribute(Rupiah.of(Long.MAX_VALUE)))
        .isEqualTo(Rupiah.of(Long.MAX_VALUE));
  }

  @Test
  void attribution_ofANegativeAmount_isRejected() {
    assertThatThrownBy(() -> HgdgBand.PROMISING.attribute(Rupiah.of(-1)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> HgdgBand.PROMISING.attribute(BigDecimal.valueOf(-1)))
        .isInstanceOf(InvalidValueException.class);
  }
}
