package id.pug.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.law.Regulation.DeclaredStatus;
import id.pug.core.region.RegionCode;
import id.pug.core.testing.Samples;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegulationTest {

  /** A valid national instrument: everything required, nothing else. */
  private static Regulation.Builder inpres() {
    return Regulation.builder()
        .id(RegulationId.of("inpres-9-2000"))
        .type(RegulationType.INPRES)
        .number("9")
        .year(Year.of(2000))
        .issuer("Presiden Republik Indonesia")
        .declaredStatus(DeclaredStatus.IN_FORCE)
        .scope("PUG in national development")
        .addSource(Samples.urlSource());
  }

  private static Regulation.Builder permendagri(String number, int year) {
    return inpres()
        .id(RegulationId.of("permendagri-" + number + "-" + year))
        .type(RegulationType.PERMEN)
        .ministry(Ministry.DALAM_NEGERI)
        .number(number)
        .year(Year.of(year))
        .issuer("Menteri Dalam Negeri");
  }

  private static Regulation.Builder perda() {
    return inpres()
        .id(RegulationId.of("perda-kalteng-4-2014"))
        .type(RegulationType.PERDA)
        .jurisdiction("Provinsi Kalimantan Tengah")
        .number("4")
        .year(Year.of(2014))
        .issuer("Pemerintah Daerah Provinsi Kalimantan Tengah");
  }

  private static void assertRejected(Regulation.Builder builder, String field) {
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("Regulation");
              assertThat(e.field()).contains(field);
            })
        .hasMessageStartingWith("Regulation." + field + " must ");
  }

  // --- designations ---------------------------------------------------------------------------

  @Test
  void designations_ofPermendagri15of2008() {
    Regulation r = permendagri("15", 2008).build();

    assertThat(r.abbreviation()).isEqualTo("Permendagri");
    assertThat(r.fullNumber()).isEqualTo("15/2008");
    assertThat(r.shortName()).isEqualTo("Permendagri 15/2008");
    assertThat(r.toString()).isEqualTo("Permendagri 15/2008");
    assertThat(r.formalDesignation())
        .isEqualTo("Peraturan Menteri Dalam Negeri Nomor 15 Tahun 2008");
    assertThat(r.designations())
        .containsExactly(
            "Permendagri 15/2008", "Peraturan Menteri Dalam Negeri Nomor 15 Tahun 2008");
  }

  @Test
  void designations_ofAPmkWhoseNumberHasASeries() {
    Regulation r =
        inpres()
            .id(RegulationId.of("pmk-93-pmk-02-2011"))
            .type(RegulationType.PERMEN)
            .ministry(Ministry.KEUANGAN)
            .number("93/PMK.02")
            .year(Year.of(2011))
            .build();

    assertThat(r.fullNumber()).isEqualTo("93/PMK.02/2011");
    assertThat(r.shortName()).isEqualTo("PMK 93/PMK.02/2011");
    assertThat(r.formalDesignation()).isEqualTo("Peraturan Menteri Keuangan Nomor 93/PMK.02/2011");
  }

  @Test
  void designations_ofTheJointCircular_doNotDoubleTheYear() {
    Regulation r =
        inpres()
            .id(RegulationId.of("se-bersama-270-m-ppn-11-2012"))
            .type(RegulationType.SE_BERSAMA)
            .number("270/M.PPN/11/2012")
            .addOtherNumbers("SE-33/MK.02/2012", "050/4379A/SJ")
            .year(Year.of(2012))
            .build();

    assertThat(r.fullNumber()).isEqualTo("270/M.PPN/11/2012");
    assertThat(r.shortName()).isEqualTo("SE Bersama 270/M.PPN/11/2012");
    assertThat(r.formalDesignation()).isEqualTo("Surat Edaran Bersama Nomor 270/M.PPN/11/2012");
    assertThat(r.designations())
        .contains(
            "SE Bersama SE-33/MK.02/2012",
            "SE Bersama 050/4379A/SJ",
            "SE Bersama 050/4379A/SJ/2012")
        .doesNotContain("SE Bersama SE-33/MK.02/2012/2012");
  }

  @Test
  void designations_ofAKepmendagriWithAHyphenatedNumber() {
    Regulation r =
        permendagri("050-5889", 2021)
            .id(RegulationId.of("kepmendagri-050-5889-2021"))
            .type(RegulationType.KEPMEN)
            .build();

    assertThat(r.shortName()).isEqualTo("Kepmendagri 050-5889/2021");
    assertThat(r.formalDesignation())
        .isEqualTo("Keputusan Menteri Dalam Negeri Nomor 050-5889 Tahun 2021");
  }

  @Test
  void designations_ofAPerdaNameItsJurisdiction() {
    Regulation r = perda().build();

    assertThat(r.shortName()).isEqualTo("Perda Provinsi Kalimantan Tengah 4/2014");
    assertThat(r.formalDesignation())
        .isEqualTo("Peraturan Daerah Provinsi Kalimantan Tengah Nomor 4 Tahun 2014");
  }

  @Test
  void designations_ofAPerdaWithAnotherNumber_nameItsJurisdiction() {
    Regulation r = perda().addOtherNumbers("188.44/4").build();

    assertThat(r.designations())
        .containsExactly(
            "Perda Provinsi Kalimantan Tengah 4/2014",
            "Peraturan Daerah Provinsi Kalimantan Tengah Nomor 4 Tahun 2014",
            "Perda Provinsi Kalimantan Tengah 188.44/4",
            "Perda Provinsi Kalimantan Tengah 188.44/4/2014");
  }

  @Test
  void designations_ofAnInpres() {
    Regulation r = inpres().build();

    assertThat(r.shortName()).isEqualTo("Inpres 9/2000");
    assertThat(r.formalDesignation()).isEqualTo("Instruksi Presiden Nomor 9 Tahun 2000");
  }

  @Test
  void designations_ofAPermenPppa() {
    Regulation r =
        permendagri("4", 2014)
            .id(RegulationId.of("permen-pppa-4-2014"))
            .ministry(Ministry.PPPA)
            .build();

    assertThat(r.shortName()).isEqualTo("Permen PPPA 4/2014");
    assertThat(r.formalDesignation())
        .isEqualTo(
            "Peraturan Menteri Pemberdayaan Perempuan dan Perlindungan Anak Nomor 4 Tahun 2014");
  }

  // --- dates and confirmation -----------------------------------------------------------------

  @Test
  void startDate_isTheEffectiveDateElseTheIssueDate() {
    LocalDate issued = LocalDate.of(2000, 12, 19);

    assertThat(inpres().build().startDate()).isEmpty();
    assertThat(inpres().issued(issued).build().startDate()).contains(issued);
    assertThat(inpres().issued(issued).effective(LocalDate.of(2001, 1, 1)).build().startDate())
        .contains(LocalDate.of(2001, 1, 1));
  }

  @Test
  void isConfirmed_isFalseOnlyForListedAttributes() {
    Regulation r = inpres().addUnconfirmed(RegulationAttribute.TITLE).build();

    assertThat(r.isConfirmed(RegulationAttribute.TITLE)).isFalse();
    assertThat(r.isConfirmed(RegulationAttribute.EXISTENCE)).isTrue();
  }

  // --- invariants -----------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(
      value = RegulationType.class,
      names = {"PERMEN", "KEPMEN"})
  void build_requiresAMinistryForMinisterialInstruments(RegulationType type) {
    assertRejected(inpres().type(type), "ministry");
  }

  @ParameterizedTest
  @EnumSource(
      value = RegulationType.class,
      names = {"UU", "PP", "PERPRES", "INPRES", "SE_BERSAMA"})
  void build_forbidsAMinistryForNationalNonMinisterialInstruments(RegulationType type) {
    assertRejected(inpres().type(type).ministry(Ministry.DALAM_NEGERI), "ministry");
  }

  @Test
  void build_allowsACircularWithOrWithoutAMinistry() {
    assertThat(inpres().type(RegulationType.SE).build().ministry()).isEmpty();
    assertThat(inpres().type(RegulationType.SE).ministry(Ministry.KEUANGAN).build().ministry())
        .contains(Ministry.KEUANGAN);
  }

  @ParameterizedTest
  @EnumSource(
      value = RegulationType.class,
      names = {"PERDA", "PERGUB", "PERBUP", "PERWALI"})
  void build_requiresAJurisdictionForRegionalInstruments(RegulationType type) {
    assertRejected(inpres().type(type), "jurisdiction");
    assertThatThrownBy(() -> inpres().type(type).build())
        .hasMessage("Regulation.jurisdiction must be given for a " + type + ", was missing");
  }

  @Test
  void build_forbidsAJurisdictionForNationalInstruments() {
    assertRejected(inpres().jurisdiction("Provinsi Kalimantan Tengah"), "jurisdiction");
    assertThatThrownBy(() -> inpres().jurisdiction("Provinsi Kalimantan Tengah").build())
        .hasMessage(
            "Regulation.jurisdiction must be absent for a INPRES, was \"Provinsi Kalimantan Tengah\"");
  }

  @Test
  void build_forbidsAMinistryForRegionalInstruments() {
    assertRejected(perda().ministry(Ministry.DALAM_NEGERI), "ministry");
  }

  @Test
  void build_allowsARegionOnlyForRegionalInstruments() {
    assertThat(perda().region(RegionCode.parse("62")).build().region())
        .contains(RegionCode.parse("62"));
    assertRejected(inpres().region(RegionCode.parse("62")), "region");
  }

  @Test
  void build_requiresTheIssueDateInTheYearOfIssue() {
    assertThat(inpres().issued(LocalDate.of(2000, 12, 19)).build().issued())
        .contains(LocalDate.of(2000, 12, 19));
    assertRejected(inpres().issued(LocalDate.of(2001, 1, 1)), "issued");
  }

  @Test
  void build_rejectsDatesBeforeTheYearOfIssue() {
    assertRejected(inpres().issued(LocalDate.of(1999, 12, 31)), "issued");
    assertRejected(inpres().effective(LocalDate.of(1999, 12, 31)), "effective");
    assertRejected(inpres().expires(LocalDate.of(1999, 12, 31)), "expires");
  }

  @Test
  void build_rejectsAnEffectiveDateBeforeTheIssueDate() {
    assertRejected(
        inpres().issued(LocalDate.of(2000, 12, 19)).effective(LocalDate.of(2000, 12, 18)),
        "effective");
    assertThat(
            inpres()
                .issued(LocalDate.of(2000, 12, 19))
                .effective(LocalDate.of(2000, 12, 19))
                .build()
                .effective())
        .contains(LocalDate.of(2000, 12, 19));
  }

  @Test
  void build_rejectsAnInstrumentAmendingOrReplacingItself() {
    assertRejected(inpres().addAmend(RegulationId.of("inpres-9-2000")), "amends");
    assertRejected(inpres().addReplace(RegulationId.of("inpres-9-2000")), "replaces");
  }

  @Test
  void build_allowsEndedOnlyWhenNoLongerInForce() {
    assertRejected(inpres().ended(Year.of(2010)), "ended");
    assertThat(
            inpres()
                .declaredStatus(DeclaredStatus.NO_LONGER_IN_FORCE)
                .ended(Year.of(2010))
                .build()
                .ended())
        .contains(Year.of(2010));
  }

  @Test
  void build_rejectsAnEndBeforeTheYearOfIssue() {
    assertRejected(
        inpres().declaredStatus(DeclaredStatus.NO_LONGER_IN_FORCE).ended(Year.of(1999)), "ended");
  }

  @Test
  void build_rejectsAYearOutsideTheRepublic() {
    assertRejected(inpres().year(Year.of(1944)), "year");
    assertRejected(inpres().year(Year.of(2101)), "year");
  }

  @Test
  void build_rejectsBlankText() {
    assertRejected(inpres().number(" "), "number");
    assertRejected(inpres().issuer(""), "issuer");
    assertRejected(inpres().scope(" "), "scope");
    assertRejected(inpres().title(" "), "title");
    assertRejected(inpres().addNote(" "), "notes");
  }

  @Test
  void build_requiresASource() {
    Regulation.Builder noSource =
        Regulation.builder()
            .id(RegulationId.of("inpres-9-2000"))
            .type(RegulationType.INPRES)
            .number("9")
            .year(Year.of(2000))
            .issuer("Presiden Republik Indonesia")
            .declaredStatus(DeclaredStatus.IN_FORCE)
            .scope("PUG in national development");

    assertRejected(noSource, "sources");
  }

  @Test
  void build_missingRequiredAttributes_isAPugExceptionNamingTypeAndAttributes() {
    assertThatThrownBy(() -> Regulation.builder().id(RegulationId.of("inpres-9-2000")).build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("Regulation")
        .hasMessageContaining("type")
        .hasMessageContaining("number")
        .hasMessageContaining("year")
        .hasMessageContaining("issuer")
        .hasMessageContaining("declaredStatus")
        .hasMessageContaining("scope")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("[id"));
  }
}
