package id.pug.core.pokja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.PugException;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.Official;
import id.pug.core.law.Decree;
import id.pug.core.region.RegionCode;
import org.junit.jupiter.api.Test;

class PokjaPugTest {

  private static final RegionCode BANJARBARU = RegionCode.parse("63.72");

  @Test
  void build_aPokjaKnownOnlyByItsRegion_isAccepted() {
    PokjaPug pokja = PokjaPug.builder().region(BANJARBARU).build();

    assertThat(pokja.decree()).isEmpty();
    assertThat(pokja.chair()).isEmpty();
    assertThat(pokja.secretary()).isEmpty();
    assertThat(pokja.members()).isEmpty();
    assertThat(pokja.technicalTeam()).isEmpty();
  }

  // domain.md §7.1: SK of the head of region; chair = head of the planning agency, secretary =
  // head of the women's empowerment agency, members = all agency heads. Seed 002 names Kota
  // Banjarbaru's BAPPERIDA and DP2KBPMP2A.
  @Test
  void build_recordsWhatTheDecreeSays() {
    Official chair = Official.ofPosition("Kepala BAPPERIDA", AgencyId.of("bapperida"));
    Official secretary = Official.ofPosition("Kepala DP2KBPMP2A", AgencyId.of("dp2kbpmp2a"));
    Official finance = Official.ofPosition("Kepala BPKAD", AgencyId.of("bpkad"));
    PokjaPug pokja =
        PokjaPug.builder()
            .region(BANJARBARU)
            .decree(
                Decree.builder()
                    .number("contoh/pokja-pug/2024")
                    .issuer(Decree.Issuer.HEAD_OF_REGION)
                    .signer("Wali Kota Banjarbaru")
                    .build())
            .chair(chair)
            .secretary(secretary)
            .addMembers(chair, secretary, finance)
            .addTechnicalTeam(finance)
            .build();

    assertThat(pokja.decree().orElseThrow().issuer()).isEqualTo(Decree.Issuer.HEAD_OF_REGION);
    assertThat(pokja.chair()).contains(chair);
    assertThat(pokja.secretary()).contains(secretary);
    assertThat(pokja.members()).containsExactly(chair, secretary, finance);
    assertThat(pokja.technicalTeam()).containsExactly(finance);
  }

  @Test
  void build_missingRegion_isAPugExceptionNamingTypeAndAttribute() {
    assertThatThrownBy(() -> PokjaPug.builder().build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("PokjaPug")
        .hasMessageContaining("region");
  }
}
