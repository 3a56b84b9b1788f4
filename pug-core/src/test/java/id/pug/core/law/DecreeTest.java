package id.pug.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecreeTest {

  private static Decree.Builder decree() {
    return Decree.builder().number("188.45/123/2024").issuer(Decree.Issuer.HEAD_OF_REGION);
  }

  @Test
  void build_numberAndIssuerAreEnough() {
    Decree decree = decree().build();

    assertThat(decree.number()).isEqualTo("188.45/123/2024");
    assertThat(decree.issuer()).isEqualTo(Decree.Issuer.HEAD_OF_REGION);
    assertThat(decree.date()).isEmpty();
    assertThat(decree.signer()).isEmpty();
    assertThat(decree.title()).isEmpty();
  }

  @Test
  void build_rejectsBlankText() {
    assertThatThrownBy(() -> decree().number(" ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("Decree");
              assertThat(e.field()).contains("number");
            })
        .hasMessage("Decree.number must not be blank, was \" \"");
    assertThatThrownBy(() -> decree().signer("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Decree.signer must not be blank");
    assertThatThrownBy(() -> decree().title(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Decree.title must not be blank");
  }

  @Test
  void build_missingRequiredAttributes_isAPugExceptionNamingTypeAndAttributes() {
    assertThatThrownBy(() -> Decree.builder().title("Pembentukan Pokja PUG").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("Decree")
        .hasMessageContaining("number")
        .hasMessageContaining("issuer");
  }

  @Test
  void toString_numberAndDate() {
    assertThat(decree().build().toString()).isEqualTo("SK 188.45/123/2024");
    assertThat(decree().date(LocalDate.of(2024, 3, 1)).build().toString())
        .isEqualTo("SK 188.45/123/2024 (2024-03-01)");
  }

  // domain.md §7: Pokja by the head of region, focal points by the head of the agency (Parepare).
  @Test
  void issuers_withTheirIndonesianTerms() {
    assertThat(Decree.Issuer.values())
        .extracting(Decree.Issuer::indonesian)
        .containsExactly(
            "kepala daerah", "kepala perangkat daerah", "sekretaris daerah", "lainnya");
  }
}
