package id.pug.core.pprg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.Official;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TermsOfReferenceTest {

  private static TermsOfReference.Builder kak() {
    return TermsOfReference.builder()
        .id(KakId.of("kak-1"))
        .agency(AgencyId.of("dp3appkb"))
        .fiscalYear(Year.of(2025));
  }

  @Test
  void build_aDraft() {
    TermsOfReference draft = kak().build();

    assertThat(draft.gbs()).isEmpty();
    assertThat(draft.legalBasis()).isEmpty();
    assertThat(draft.responsibleOfficial()).isEmpty();
    assertThat(draft.cost()).isEmpty();
  }

  @Test
  void build_keepsTheLegalBasisInOrder() {
    TermsOfReference kak =
        kak()
            .addLegalBasis("Inpres 9/2000", "Permendagri 15/2008", "Permendagri 67/2011")
            .addLegalBasis("Perda Kalteng 4/2014")
            .responsibleOfficial(Official.ofPosition("Kepala Dinas", AgencyId.of("dp3appkb")))
            .build();

    assertThat(kak.legalBasis())
        .containsExactly(
            "Inpres 9/2000", "Permendagri 15/2008", "Permendagri 67/2011", "Perda Kalteng 4/2014");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.08.02.2.01", "2.08.02.2.01.01", "2.08.02.2.01.0001"})
  void build_acceptsAKegiatanOrSubKegiatanSubject(String code) {
    assertThat(kak().subject(NomenclatureCode.parse(code)).build().subject())
        .contains(NomenclatureCode.parse(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.08.02", "2.08", "2"})
  void build_rejectsAProgrammeOrBroaderSubject(String code) {
    assertThatThrownBy(() -> kak().subject(NomenclatureCode.parse(code)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("TermsOfReference");
              assertThat(e.field()).contains("subject");
            })
        .hasMessage(
            "TermsOfReference.subject must be a kegiatan or sub-kegiatan code, was " + code);
  }

  @Test
  void build_rejectsABlankLegalBasis() {
    assertThatThrownBy(() -> kak().addLegalBasis("Inpres 9/2000", " ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("TermsOfReference.legalBasis must not contain blank texts, was \" \"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "background",
        "beneficiaries",
        "purpose",
        "method",
        "location",
        "implementer",
        "limits"
      })
  void build_rejectsABlankOptionalText(String field) {
    TermsOfReference.Builder builder =
        switch (field) {
          case "background" -> kak().background(" ");
          case "beneficiaries" -> kak().beneficiaries(" ");
          case "purpose" -> kak().purpose("");
          case "method" -> kak().method(" ");
          case "location" -> kak().location(" ");
          case "implementer" -> kak().implementer(" ");
          default -> kak().limits(" ");
        };

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains(field))
        .hasMessageStartingWith("TermsOfReference." + field + " must not be blank");
  }

  @Test
  void build_rejectsAnEndMonthBeforeTheStart() {
    assertThatThrownBy(() -> kak().start(YearMonth.of(2025, 11)).end(YearMonth.of(2025, 2)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("end"))
        .hasMessage("TermsOfReference.end must not be before the start 2025-11, was 2025-02");
  }

  @Test
  void build_acceptsAOneMonthSchedule_orOnlyOneEnd() {
    assertThat(kak().start(YearMonth.of(2025, 3)).end(YearMonth.of(2025, 3)).build().end())
        .contains(YearMonth.of(2025, 3));
    assertThat(kak().end(YearMonth.of(2025, 3)).build().start()).isEmpty();
    assertThat(kak().start(YearMonth.of(2025, 3)).build().end()).isEmpty();
  }

  @Test
  void build_rejectsANegativeCost_acceptsZero() {
    assertThatThrownBy(() -> kak().cost(Rupiah.of(-1)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("TermsOfReference.cost must not be negative, was -Rp1");
    assertThat(kak().cost(Rupiah.ZERO).build().cost()).contains(Rupiah.ZERO);
  }

  @Test
  void build_missingRequiredAttributes_isAPugExceptionNamingTypeAndAttributes() {
    assertThatThrownBy(() -> TermsOfReference.builder().purpose("x").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("TermsOfReference")
        .hasMessageContaining("id")
        .hasMessageContaining("agency")
        .hasMessageContaining("fiscalYear");
  }

  @Test
  void toString_idAndSubject() {
    assertThat(kak().build().toString()).isEqualTo("KAK kak-1");
    assertThat(kak().subject(NomenclatureCode.parse("2.08.02.2.01.01")).build().toString())
        .isEqualTo("KAK kak-1 on 2.08.02.2.01.01");
  }
}
