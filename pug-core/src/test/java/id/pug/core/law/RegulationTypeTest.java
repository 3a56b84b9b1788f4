package id.pug.core.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RegulationTypeTest {

  @Test
  void isMinisterial_onlyForPermenAndKepmen() {
    assertThat(EnumSet.allOf(RegulationType.class))
        .filteredOn(RegulationType::isMinisterial)
        .containsExactlyInAnyOrder(RegulationType.PERMEN, RegulationType.KEPMEN);
  }

  @Test
  void isRegional_onlyForPerdaPergubPerbupPerwali() {
    assertThat(EnumSet.allOf(RegulationType.class))
        .filteredOn(RegulationType::isRegional)
        .containsExactlyInAnyOrder(
            RegulationType.PERDA,
            RegulationType.PERGUB,
            RegulationType.PERBUP,
            RegulationType.PERWALI);
  }

  @Test
  void namesAndAbbreviations_areIndonesian() {
    assertThat(RegulationType.INPRES.indonesian()).isEqualTo("Instruksi Presiden");
    assertThat(RegulationType.INPRES.abbreviation()).isEqualTo("Inpres");
    assertThat(RegulationType.SE_BERSAMA.indonesian()).isEqualTo("Surat Edaran Bersama");
    assertThat(RegulationType.PERWALI.indonesian()).isEqualTo("Peraturan Wali Kota");
    assertThat(Ministry.DALAM_NEGERI.regulationAbbreviation()).isEqualTo("Permendagri");
    assertThat(Ministry.DALAM_NEGERI.decreeAbbreviation()).isEqualTo("Kepmendagri");
    assertThat(Ministry.KEUANGAN.regulationAbbreviation()).isEqualTo("PMK");
    assertThat(Ministry.KEUANGAN.minister()).isEqualTo("Menteri Keuangan");
  }
}
