package id.pug.core.pokja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.PugException;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.Official;
import id.pug.core.law.Decree;
import org.junit.jupiter.api.Test;

class FocalPointTest {

  @Test
  void agency_isTheOfficialsAgency() {
    FocalPoint focalPoint =
        FocalPoint.builder()
            .official(Official.ofPosition("Focal Point PUG", AgencyId.of("dinkes")))
            .build();

    assertThat(focalPoint.agency()).isEqualTo(AgencyId.of("dinkes"));
    assertThat(focalPoint.decree()).isEmpty();
  }

  // domain.md §7.2: appointed by SK of the head of the agency (Parepare practice).
  @Test
  void build_withTheAppointingDecree() {
    Decree decree =
        Decree.builder()
            .number("contoh/focal-point/2025")
            .issuer(Decree.Issuer.HEAD_OF_AGENCY)
            .build();
    FocalPoint focalPoint =
        FocalPoint.builder()
            .official(Official.ofPosition("Focal Point PUG", AgencyId.of("dinkes")))
            .decree(decree)
            .build();

    assertThat(focalPoint.decree()).contains(decree);
  }

  @Test
  void build_missingOfficial_isAPugExceptionNamingTypeAndAttribute() {
    assertThatThrownBy(() -> FocalPoint.builder().build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("FocalPoint")
        .hasMessageContaining("official");
  }
}
