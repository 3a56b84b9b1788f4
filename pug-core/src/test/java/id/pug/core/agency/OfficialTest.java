package id.pug.core.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficialTest {

  private static final AgencyId BAPPERIDA = AgencyId.of("bapperida");

  @Test
  void ofPosition_anOfficialKnownByPositionOnly() {
    Official official = Official.ofPosition("Kepala Bapperida", BAPPERIDA);

    assertThat(official.position()).contains("Kepala Bapperida");
    assertThat(official.name()).isEmpty();
    assertThat(official.nip()).isEmpty();
    assertThat(official.agency()).isEqualTo(BAPPERIDA);
    assertThat(official.displayName()).isEqualTo("Kepala Bapperida");
  }

  @Test
  void build_aNameIsEnough() {
    Official official = Official.builder().name("Pejabat Contoh").agency(BAPPERIDA).build();

    assertThat(official.position()).isEmpty();
    assertThat(official.displayName()).isEqualTo("Pejabat Contoh");
  }

  @Test
  void displayName_preferTheName() {
    Official official =
        Official.builder()
            .name("Pejabat Contoh")
            .position("Kepala Dinas")
            .agency(BAPPERIDA)
            .build();

    assertThat(official.displayName()).isEqualTo("Pejabat Contoh");
  }

  @Test
  void build_requiresANameOrAPosition() {
    assertThatThrownBy(() -> Official.builder().agency(BAPPERIDA).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("Official");
              assertThat(e.field()).contains("name");
            })
        .hasMessage("Official.name must be given when there is no position, was missing");
  }

  @Test
  void build_rejectsBlankNameOrPosition() {
    assertThatThrownBy(
            () -> Official.builder().name(" ").position("Kepala").agency(BAPPERIDA).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Official.name must not be blank");
    assertThatThrownBy(() -> Official.ofPosition("", BAPPERIDA))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Official.position must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"198001012005012001", "19800101 200501 2 001", "1", "1 2"})
  void build_acceptsANipOfDigits_optionallyGroupedBySingleSpaces(String nip) {
    assertThat(Official.builder().position("Kepala Dinas").agency(BAPPERIDA).nip(nip).build().nip())
        .contains(nip);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "19800101  200501",
        " 19800101",
        "19800101 ",
        "1980-0101",
        "1980.0101",
        "NIP 1",
        "١٩٨٠"
      })
  void build_rejectsAnyOtherNip(String nip) {
    assertThatThrownBy(
            () -> Official.builder().position("Kepala Dinas").agency(BAPPERIDA).nip(nip).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("nip"))
        .hasMessage(
            "Official.nip must be digits, optionally grouped by single spaces, was \""
                + nip
                + "\"");
  }

  @Test
  void build_missingAgency_isAPugExceptionNamingTypeAndAttribute() {
    assertThatThrownBy(() -> Official.builder().position("Kepala Dinas").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("Official")
        .hasMessageContaining("agency");
  }

  @Test
  void toString_displayNameAndAgency() {
    assertThat(Official.ofPosition("Kepala Bapperida", BAPPERIDA).toString())
        .isEqualTo("Kepala Bapperida (bapperida)");
  }
}
