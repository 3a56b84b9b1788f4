package id.pug.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorLevelTest {

  @Test
  void levels_fromOutputToImpact_withTheirIndonesianTerms() {
    assertThat(IndicatorLevel.values())
        .containsExactly(
            IndicatorLevel.OUTPUT,
            IndicatorLevel.RESULT,
            IndicatorLevel.OUTCOME,
            IndicatorLevel.IMPACT);
    assertThat(IndicatorLevel.OUTPUT.indonesian()).isEqualTo("keluaran");
    assertThat(IndicatorLevel.RESULT.indonesian()).isEqualTo("hasil");
    assertThat(IndicatorLevel.OUTCOME.indonesian()).isEqualTo("capaian program");
    assertThat(IndicatorLevel.IMPACT.indonesian()).isEqualTo("tujuan/sasaran");
  }
}
