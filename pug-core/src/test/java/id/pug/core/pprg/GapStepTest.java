package id.pug.core.pprg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GapStepTest {

  // domain.md §4.2: column headers (Surabaya SIGAS, Pratiti deck) and the three phases
  // (Perbup Tulang Bawang 2020, Lampiran III): steps 1-5, 6-7, 8-9.
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 | POLICY_SELECTION       | Pilih Kebijakan/Program/Kegiatan yang akan dianalisis | POLICY_ANALYSIS",
        "2 | INSIGHT_DATA           | Data Pembuka Wawasan         | POLICY_ANALYSIS",
        "3 | GAP_FACTORS            | Faktor Kesenjangan           | POLICY_ANALYSIS",
        "4 | INTERNAL_CAUSES        | Sebab Kesenjangan Internal   | POLICY_ANALYSIS",
        "5 | EXTERNAL_CAUSES        | Sebab Kesenjangan Eksternal  | POLICY_ANALYSIS",
        "6 | REFORMULATED_OBJECTIVE | Reformulasi Tujuan           | FORMULATION",
        "7 | ACTION_PLAN            | Rencana Aksi                 | FORMULATION",
        "8 | BASELINE               | Data Dasar (Base-line)       | MEASUREMENT",
        "9 | GENDER_INDICATORS      | Indikator Gender             | MEASUREMENT"
      })
  void of_numberHeaderAndPhase(int number, GapStep step, String header, GapPhase phase) {
    assertThat(GapStep.of(number)).isEqualTo(step);
    assertThat(step.number()).isEqualTo(number);
    assertThat(step.indonesian()).isEqualTo(header);
    assertThat(step.phase()).isEqualTo(phase);
  }

  @Test
  void values_areTheNineStepsInOrder() {
    assertThat(GapStep.values())
        .extracting(GapStep::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10, -1, Integer.MAX_VALUE})
  void of_rejectsOtherNumbers(int number) {
    assertThatThrownBy(() -> GapStep.of(number))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("GapStep");
              assertThat(e.field()).contains("number");
            })
        .hasMessage("GapStep.number must be from 1 to 9, was " + number);
  }

  @Test
  void phases_inOrder_withTheirIndonesianNames() {
    assertThat(GapPhase.values())
        .containsExactly(GapPhase.POLICY_ANALYSIS, GapPhase.FORMULATION, GapPhase.MEASUREMENT);
    assertThat(GapPhase.POLICY_ANALYSIS.indonesian())
        .isEqualTo("Analisis Kebijakan yang Responsif Gender");
    assertThat(GapPhase.FORMULATION.indonesian())
        .isEqualTo("Formulasi Kebijakan dan Rencana Aksi ke Depan");
    assertThat(GapPhase.MEASUREMENT.indonesian())
        .isEqualTo("Pengukuran Kinerja (Pengukuran Hasil)");
  }
}
