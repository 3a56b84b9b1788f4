package id.pug.core.pprg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.agency.AgencyId;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.testing.Samples;
import org.junit.jupiter.api.Test;

class GenderAnalysisPathwayTest {

  private static GenderAnalysisPathway.Builder gap() {
    return GenderAnalysisPathway.builder().id(GapId.of("gap-1")).agency(AgencyId.of("dp3appkb"));
  }

  @Test
  void build_anEmptyDraft_missesEveryStep() {
    GenderAnalysisPathway draft = gap().build();

    assertThat(draft.steps()).isEmpty();
    assertThat(draft.missingSteps()).containsExactly(GapStep.values());
  }

  @Test
  void build_aDraftWithSomeSteps_isAccepted_andListsTheOthersInOrder() {
    GenderAnalysisPathway draft =
        gap()
            .putStep(GapStep.REFORMULATED_OBJECTIVE, "Tujuan yang responsif gender")
            .putStep(GapStep.POLICY_SELECTION, "Sub kegiatan 2.08.02.2.01.01")
            .putStep(GapStep.INSIGHT_DATA, "Data terpilah")
            .build();

    assertThat(draft.missingSteps())
        .containsExactly(
            GapStep.GAP_FACTORS,
            GapStep.INTERNAL_CAUSES,
            GapStep.EXTERNAL_CAUSES,
            GapStep.ACTION_PLAN,
            GapStep.BASELINE,
            GapStep.GENDER_INDICATORS);
    assertThat(draft.steps().keySet())
        .containsExactly(
            GapStep.POLICY_SELECTION, GapStep.INSIGHT_DATA, GapStep.REFORMULATED_OBJECTIVE);
    assertThat(draft.isFilled(GapStep.POLICY_SELECTION)).isTrue();
    assertThat(draft.isFilled(GapStep.BASELINE)).isFalse();
  }

  @Test
  void step_returnsTheText() {
    GenderAnalysisPathway draft = gap().putStep(GapStep.ACTION_PLAN, "Rapat koordinasi").build();

    assertThat(draft.step(GapStep.ACTION_PLAN)).contains("Rapat koordinasi");
    assertThat(draft.step(GapStep.BASELINE)).isEmpty();
  }

  @Test
  void stepThree_isFilledByGapFactorsAlone() {
    GenderAnalysisPathway draft = gap().putGapFactor(GapFactor.ACCESS, "Akses terbatas").build();

    assertThat(draft.isFilled(GapStep.GAP_FACTORS)).isTrue();
    assertThat(draft.step(GapStep.GAP_FACTORS)).isEmpty();
    assertThat(draft.missingSteps()).doesNotContain(GapStep.GAP_FACTORS).hasSize(8);
  }

  @Test
  void stepNine_isFilledByGenderIndicatorsAlone() {
    GenderAnalysisPathway draft = gap().addGenderIndicator(Samples.genderIndicator()).build();

    assertThat(draft.isFilled(GapStep.GENDER_INDICATORS)).isTrue();
    assertThat(draft.missingSteps()).doesNotContain(GapStep.GENDER_INDICATORS).hasSize(8);
  }

  @Test
  void gapFactorsAndIndicators_fillNoOtherStep() {
    GenderAnalysisPathway draft =
        gap()
            .putGapFactor(GapFactor.BENEFIT, "Manfaat")
            .addGenderIndicator(Samples.genderIndicator())
            .build();

    assertThat(draft.missingSteps())
        .containsExactly(
            GapStep.POLICY_SELECTION,
            GapStep.INSIGHT_DATA,
            GapStep.INTERNAL_CAUSES,
            GapStep.EXTERNAL_CAUSES,
            GapStep.REFORMULATED_OBJECTIVE,
            GapStep.ACTION_PLAN,
            GapStep.BASELINE);
  }

  @Test
  void build_aCompleteGap_missesNothing() {
    GenderAnalysisPathway complete = Samples.gap();

    assertThat(complete.missingSteps()).isEmpty();
    assertThat(complete.gapFactors().keySet()).containsExactly(GapFactor.values());
  }

  @Test
  void gapFactors_areOrderedApkm() {
    GenderAnalysisPathway draft =
        gap()
            .putGapFactor(GapFactor.BENEFIT, "m")
            .putGapFactor(GapFactor.ACCESS, "a")
            .putGapFactor(GapFactor.CONTROL, "k")
            .build();

    assertThat(draft.gapFactors().keySet())
        .containsExactly(GapFactor.ACCESS, GapFactor.CONTROL, GapFactor.BENEFIT);
  }

  @Test
  void build_rejectsABlankStepText() {
    assertThatThrownBy(() -> gap().putStep(GapStep.BASELINE, " ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("GenderAnalysisPathway");
              assertThat(e.field()).contains("steps");
            })
        .hasMessage("GenderAnalysisPathway.steps must not contain blank texts, was \" \"");
  }

  @Test
  void build_rejectsABlankGapFactorText() {
    assertThatThrownBy(() -> gap().putGapFactor(GapFactor.CONTROL, "").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("GenderAnalysisPathway.gapFactors must not contain blank texts, was \"\"");
  }

  @Test
  void build_missingRequiredAttributes_isAPugExceptionNamingTypeAndAttributes() {
    assertThatThrownBy(() -> GenderAnalysisPathway.builder().putStep(GapStep.BASELINE, "x").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("GenderAnalysisPathway")
        .hasMessageContaining("id")
        .hasMessageContaining("agency");
  }

  @Test
  void build_aStepPutTwice_isAnInvalidValueException() {
    assertThatThrownBy(
            () ->
                gap()
                    .putStep(GapStep.BASELINE, "Data dasar 2024")
                    .putStep(GapStep.BASELINE, "Data dasar 2025")
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("GenderAnalysisPathway");
              assertThat(e.field()).contains("steps");
            });
  }

  @Test
  void build_aGapFactorPutTwice_isAnInvalidValueExceptionOfGapFactors() {
    assertThatThrownBy(
            () ->
                gap()
                    .putGapFactor(GapFactor.CONTROL, "Perempuan jarang memutuskan")
                    .putGapFactor(GapFactor.CONTROL, "Laki-laki memutuskan")
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("GenderAnalysisPathway");
              assertThat(e.field()).contains("gapFactors");
              assertThat(e.rejectedValue()).isEqualTo("\"CONTROL\"");
            });
  }

  @Test
  void stepAndIsFilled_rejectNull() {
    GenderAnalysisPathway complete = Samples.gap();

    assertThatThrownBy(() -> complete.step(nullStep())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> complete.isFilled(nullStep()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void toString_idAndSubject() {
    assertThat(gap().build().toString()).isEqualTo("GAP gap-1");
    assertThat(gap().subject(NomenclatureCode.parse("2.08.02.2.01.01")).build().toString())
        .isEqualTo("GAP gap-1 on 2.08.02.2.01.01");
  }

  @SuppressWarnings("NullAway") // passes null on purpose
  private static GapStep nullStep() {
    return null;
  }
}
