package id.pug.core.pprg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class SituationAnalysisTest {

  @Test
  void empty_isEmpty() {
    SituationAnalysis empty = SituationAnalysis.empty();

    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty).isEqualTo(SituationAnalysis.builder().build());
  }

  @Test
  void isEmpty_isFalseWhenAnyPartIsGiven() {
    assertThat(SituationAnalysis.builder().addInsightData("d").build().isEmpty()).isFalse();
    assertThat(SituationAnalysis.builder().putGapFactor(GapFactor.ACCESS, "a").build().isEmpty())
        .isFalse();
    assertThat(SituationAnalysis.builder().internalCauses("i").build().isEmpty()).isFalse();
    assertThat(SituationAnalysis.builder().externalCauses("e").build().isEmpty()).isFalse();
  }

  @Test
  void gapFactors_areOrderedApkm() {
    SituationAnalysis analysis =
        SituationAnalysis.builder()
            .putGapFactor(GapFactor.BENEFIT, "m")
            .putGapFactor(GapFactor.PARTICIPATION, "p")
            .build();

    assertThat(analysis.gapFactors().keySet())
        .containsExactly(GapFactor.PARTICIPATION, GapFactor.BENEFIT);
  }

  @Test
  void build_rejectsBlankTexts() {
    assertThatThrownBy(() -> SituationAnalysis.builder().addInsightData(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("SituationAnalysis.insightData must not contain blank texts, was \" \"");
    assertThatThrownBy(() -> SituationAnalysis.builder().putGapFactor(GapFactor.ACCESS, "").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("SituationAnalysis.gapFactors must not contain blank texts");
    assertThatThrownBy(() -> SituationAnalysis.builder().internalCauses(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("SituationAnalysis.internalCauses must not be blank");
    assertThatThrownBy(() -> SituationAnalysis.builder().externalCauses("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("SituationAnalysis.externalCauses must not be blank");
  }
}
