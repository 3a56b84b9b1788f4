package id.pug.core.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.region.RegionCode;
import id.pug.core.testing.Samples;
import org.junit.jupiter.api.Test;

class AgencyTest {

  private static NomenclatureCode code(String text) {
    return NomenclatureCode.parse(text);
  }

  private static Agency.Builder dkp3a() {
    return Agency.builder()
        .name("Dinas Kependudukan, Pemberdayaan Perempuan dan Perlindungan Anak")
        .acronym("DKP3A")
        .region(RegionCode.parse("64"));
  }

  @Test
  void roles_areDerivedFromTheUrusan() {
    Agency agency = dkp3a().addUrusan(code("2.08")).build();

    assertThat(agency.roles()).containsExactly(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION);
    assertThat(agency.hasRole(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION)).isTrue();
    assertThat(agency.hasRole(AgencyRole.PLANNING)).isFalse();
    assertThat(agency.nameConfirmed()).isTrue();
    assertThat(agency.sources()).isEmpty();
  }

  @Test
  void roles_ofAMergedAgency_includeEveryUrusan() {
    Agency agency = Samples.agency();

    assertThat(agency.roles())
        .containsExactlyInAnyOrder(
            AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION, AgencyRole.POPULATION_FAMILY_PLANNING);
  }

  @Test
  void roles_includeDeclaredRoles() {
    Agency bpkad =
        Agency.builder()
            .name("Badan Pengelolaan Keuangan dan Aset Daerah")
            .acronym("BPKAD")
            .region(RegionCode.parse("62"))
            .addDeclaredRole(AgencyRole.FINANCE)
            .build();

    assertThat(bpkad.urusan()).isEmpty();
    assertThat(bpkad.roles()).containsExactly(AgencyRole.FINANCE);
  }

  @Test
  void shortName_andToString() {
    assertThat(dkp3a().addUrusan(code("2.08")).build().shortName()).isEqualTo("DKP3A");
    assertThat(dkp3a().addUrusan(code("2.08")).build().toString()).isEqualTo("DKP3A (64)");
    Agency withoutAcronym =
        Agency.builder()
            .name("Inspektorat")
            .region(RegionCode.parse("64.01"))
            .addDeclaredRole(AgencyRole.INSPECTORATE)
            .build();
    assertThat(withoutAcronym.shortName()).isEqualTo("Inspektorat");
  }

  @Test
  void build_rejectsAProgramLevelUrusanCode() {
    assertThatThrownBy(() -> dkp3a().addUrusan(code("2.08.02")).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("urusan"))
        .hasMessageContaining("Agency.urusan")
        .hasMessageContaining("2.08.02");
  }

  @Test
  void build_rejectsAnAgencyWithoutUrusanOrRole() {
    assertThatThrownBy(() -> dkp3a().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Agency.urusan");
  }

  @Test
  void build_rejectsDeclaringARoleItsUrusanCarries() {
    assertThatThrownBy(
            () ->
                dkp3a()
                    .addUrusan(code("2.08"))
                    .addDeclaredRole(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION)
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Agency.declaredRoles")
        .hasMessageContaining("WOMEN_EMPOWERMENT_CHILD_PROTECTION");
  }

  @Test
  void build_rejectsBlankText() {
    assertThatThrownBy(() -> dkp3a().addUrusan(code("2.08")).name(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Agency.name");
    assertThatThrownBy(() -> dkp3a().addUrusan(code("2.08")).acronym("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Agency.acronym");
    assertThatThrownBy(() -> dkp3a().addUrusan(code("2.08")).addNote(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Agency.notes");
  }

  @Test
  void build_missingRequiredAttributes_namesTypeAndAttributes() {
    assertThatThrownBy(() -> Agency.builder().addUrusan(code("2.08")).build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("Agency")
        .hasMessageContaining("name")
        .hasMessageContaining("region");
  }
}
