package id.pug.core.agency;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.nomenclature.NomenclatureCode;
import org.junit.jupiter.api.Test;

class AgencyRoleTest {

  private static NomenclatureCode code(String text) {
    return NomenclatureCode.parse(text);
  }

  @Test
  void forUrusan_mapsTheUrusanOfBudgetNotes() {
    assertThat(AgencyRole.forUrusan(code("2.08")))
        .containsExactly(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION);
    assertThat(AgencyRole.forUrusan(code("2.14")))
        .containsExactly(AgencyRole.POPULATION_FAMILY_PLANNING);
    assertThat(AgencyRole.forUrusan(code("2.13")))
        .containsExactly(AgencyRole.COMMUNITY_VILLAGE_EMPOWERMENT);
    assertThat(AgencyRole.forUrusan(code("5.01"))).containsExactly(AgencyRole.PLANNING);
    assertThat(AgencyRole.forUrusan(code("5.05"))).containsExactly(AgencyRole.RESEARCH_INNOVATION);
    assertThat(AgencyRole.forUrusan(code("1.06"))).containsExactly(AgencyRole.SOCIAL);
    assertThat(AgencyRole.forUrusan(code("1.02"))).containsExactly(AgencyRole.HEALTH);
  }

  @Test
  void forUrusan_ofAnUrusanWithoutARole_isEmpty() {
    assertThat(AgencyRole.forUrusan(code("1.03"))).isEmpty();
    assertThat(AgencyRole.forUrusan(code("2.08.02"))).isEmpty();
  }

  @Test
  void financeAndInspectorate_haveNoUrusanCode() {
    assertThat(AgencyRole.FINANCE.urusan()).isEmpty();
    assertThat(AgencyRole.INSPECTORATE.urusan()).isEmpty();
    assertThat(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION.urusan()).contains(code("2.08"));
    assertThat(AgencyRole.PLANNING.indonesian()).isEqualTo("perencanaan");
  }
}
