package id.pug.core.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.testing.Samples;
import org.junit.jupiter.api.Test;

class AgencyNameVariantTest {

  private static AgencyNameVariant.Builder dp3a() {
    return AgencyNameVariant.builder()
        .id("dp3a")
        .addAcronyms("DP3A", "DPPPA")
        .longName("Dinas Pemberdayaan Perempuan dan Perlindungan Anak")
        .longNameConfirmed(true)
        .addSource(Samples.source());
  }

  @Test
  void roles_comeFromUrusanAndDeclaredRoles() {
    assertThat(dp3a().addUrusan(NomenclatureCode.parse("2.08")).build().roles())
        .containsExactly(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION);
    assertThat(dp3a().id("bpkad").addDeclaredRole(AgencyRole.FINANCE).build().roles())
        .containsExactly(AgencyRole.FINANCE);
    assertThat(Samples.agencyNameVariant().roles())
        .containsExactlyInAnyOrder(
            AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION, AgencyRole.POPULATION_FAMILY_PLANNING);
  }

  @Test
  void toString_showsTheFirstAcronymAndId() {
    assertThat(Samples.agencyNameVariant().toString()).isEqualTo("DP3APPKB [dp3appkb]");
  }

  @Test
  void build_rejectsAVariantWithoutRole() {
    assertThatThrownBy(() -> dp3a().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("AgencyNameVariant.urusan");
    assertThatThrownBy(() -> dp3a().addUrusan(NomenclatureCode.parse("1.03")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("AgencyNameVariant.urusan");
  }

  @Test
  void build_rejectsAMalformedId() {
    assertThatThrownBy(() -> dp3a().addUrusan(NomenclatureCode.parse("2.08")).id("DP3A").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("AgencyNameVariant.id")
        .hasMessageContaining("\"DP3A\"");
  }

  @Test
  void build_rejectsABlankLongName() {
    assertThatThrownBy(() -> dp3a().addUrusan(NomenclatureCode.parse("2.08")).longName(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("AgencyNameVariant.longName");
  }

  @Test
  void build_requiresASource() {
    assertThatThrownBy(
            () ->
                AgencyNameVariant.builder()
                    .id("dp3a")
                    .longName("Dinas P3A")
                    .longNameConfirmed(true)
                    .addUrusan(NomenclatureCode.parse("2.08"))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("AgencyNameVariant.sources");
  }

  @Test
  void build_missingRequiredAttributes_namesTypeAndAttributes() {
    assertThatThrownBy(() -> AgencyNameVariant.builder().id("dp3a").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("AgencyNameVariant")
        .hasMessageContaining("longName")
        .hasMessageContaining("longNameConfirmed");
  }
}
