package id.pug.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrerequisiteTest {

  // domain.md §6.1: the seven prerequisites in the Sekda Kalteng (2019) order.
  @Test
  void theSevenPrerequisites_inOrder() {
    assertThat(Prerequisite.values())
        .containsExactly(
            Prerequisite.COMMITMENT,
            Prerequisite.POLICY,
            Prerequisite.INSTITUTIONS,
            Prerequisite.RESOURCES,
            Prerequisite.SEX_DISAGGREGATED_DATA,
            Prerequisite.ANALYSIS_TOOLS,
            Prerequisite.PUBLIC_PARTICIPATION);
    assertThat(Prerequisite.values())
        .extracting(Prerequisite::indonesian)
        .containsExactly(
            "komitmen",
            "kebijakan",
            "kelembagaan PUG",
            "sumber daya (SDM dan anggaran)",
            "data terpilah",
            "alat analisis",
            "jejaring / partisipasi masyarakat");
  }
}
