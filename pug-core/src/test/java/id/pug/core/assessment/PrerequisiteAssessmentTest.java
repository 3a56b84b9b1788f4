package id.pug.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.PugException;
import id.pug.core.region.RegionCode;
import java.time.Year;
import org.junit.jupiter.api.Test;

class PrerequisiteAssessmentTest {

  private static Evidence evidence(Prerequisite prerequisite, String description) {
    return Evidence.builder().prerequisite(prerequisite).description(description).build();
  }

  // Parepare's APE items of 2023 (domain.md §6.2).
  private static final Evidence FOCAL_POINT_2021 =
      evidence(Prerequisite.INSTITUTIONS, "SK focal point 2021");
  private static final Evidence FOCAL_POINT_2022 =
      evidence(Prerequisite.INSTITUTIONS, "SK focal point 2022");
  private static final Evidence SIGA = evidence(Prerequisite.SEX_DISAGGREGATED_DATA, "Data SIGA");
  private static final Evidence GAP_GBS = evidence(Prerequisite.ANALYSIS_TOOLS, "GAP/GBS per SKPD");

  private static PrerequisiteAssessment.Builder parepare() {
    return PrerequisiteAssessment.builder().region(RegionCode.parse("73.72")).year(Year.of(2023));
  }

  @Test
  void evidenceFor_listsTheItemsOfOnePrerequisite_inOrder() {
    PrerequisiteAssessment assessment =
        parepare().addEvidence(FOCAL_POINT_2021, SIGA, FOCAL_POINT_2022, GAP_GBS).build();

    assertThat(assessment.evidenceFor(Prerequisite.INSTITUTIONS))
        .containsExactly(FOCAL_POINT_2021, FOCAL_POINT_2022);
    assertThat(assessment.evidenceFor(Prerequisite.SEX_DISAGGREGATED_DATA)).containsExactly(SIGA);
    assertThat(assessment.evidenceFor(Prerequisite.COMMITMENT)).isEmpty();
  }

  @Test
  void prerequisitesWithoutEvidence_inTheOrderOfTheSeven() {
    PrerequisiteAssessment assessment =
        parepare().addEvidence(GAP_GBS, FOCAL_POINT_2021, SIGA).build();

    assertThat(assessment.prerequisitesWithoutEvidence())
        .containsExactly(
            Prerequisite.COMMITMENT,
            Prerequisite.POLICY,
            Prerequisite.RESOURCES,
            Prerequisite.PUBLIC_PARTICIPATION);
  }

  @Test
  void prerequisitesWithoutEvidence_ofAnEmptyAssessment_areAllSeven() {
    assertThat(parepare().build().prerequisitesWithoutEvidence())
        .containsExactly(Prerequisite.values());
  }

  @Test
  void prerequisitesWithoutEvidence_isEmptyWhenEachHasAnItem() {
    PrerequisiteAssessment.Builder assessment = parepare();
    for (Prerequisite prerequisite : Prerequisite.values()) {
      assessment.addEvidence(evidence(prerequisite, "Bukti " + prerequisite.indonesian()));
    }

    assertThat(assessment.build().prerequisitesWithoutEvidence()).isEmpty();
  }

  @Test
  void build_missingRequiredAttributes_isAPugExceptionNamingTypeAndAttributes() {
    assertThatThrownBy(() -> PrerequisiteAssessment.builder().addEvidence(SIGA).build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("PrerequisiteAssessment")
        .hasMessageContaining("region")
        .hasMessageContaining("year");
  }
}
