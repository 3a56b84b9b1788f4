package id.pug.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.law.Regulation.DeclaredStatus;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import id.pug.core.testing.Samples;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegulationCatalogTest {
  private static final RegulationCatalog SHIPPED = RegulationCatalog.shipped();

  private static RegulationId id(String id) {
    return RegulationId.of(id);
  }

  private static LegalStatus status(String id, String date) {
    return SHIPPED.statusOn(id(id), LocalDate.parse(date));
  }

  /** The shipped catalogue, against shared/reference/domain.md §1 and budget-notes.md §1. */
  @Nested
  class Shipped {

    @Test
    void holdsTheCoreInstruments() {
      assertThat(SHIPPED.size()).isGreaterThanOrEqualTo(20).isEqualTo(SHIPPED.all().size());
      for (String id :
          List.of(
              "inpres-9-2000",
              "kepmendagri-132-2003",
              "permendagri-15-2008",
              "permendagri-67-2011",
              "se-bersama-270-m-ppn-11-2012",
              "permen-pppa-4-2014",
              "perda-kalteng-4-2014",
              "perpres-18-2020",
              "permendagri-90-2019",
              "kepmendagri-050-5889-2021")) {
        assertThat(SHIPPED.find(id(id))).as(id).isPresent();
      }
    }

    @Test
    void everyInstrument_hasASource() {
      assertThat(SHIPPED.all())
          .allSatisfy(r -> assertThat(r.sources()).as(r.id().value()).isNotEmpty());
    }

    @Test
    void everyLink_resolvesToAnEarlierOrSameYearInstrument() {
      for (Regulation r : SHIPPED.all()) {
        for (RegulationId target : r.amends()) {
          assertThat(SHIPPED.find(target)).as("%s amends %s", r.id(), target).isPresent();
          assertThat(SHIPPED.get(target).year()).isLessThanOrEqualTo(r.year());
          assertThat(SHIPPED.amendmentsOf(target)).contains(r);
        }
        for (RegulationId target : r.replaces()) {
          assertThat(SHIPPED.find(target)).as("%s replaces %s", r.id(), target).isPresent();
          assertThat(SHIPPED.get(target).declaredStatus())
              .isEqualTo(DeclaredStatus.NO_LONGER_IN_FORCE);
          assertThat(SHIPPED.replacementOf(target)).contains(r);
        }
      }
    }

    @Test
    void all_isChronological() {
      List<Regulation> all = SHIPPED.all();

      assertThat(all).extracting(Regulation::year).isSorted();
      assertThat(all.get(0).id()).isEqualTo(id("inpres-9-2000"));
    }

    @Test
    void lineage_ofPermendagri15of2008_isTheFamilyInOrder() {
      assertThat(SHIPPED.lineage(id("permendagri-15-2008")))
          .extracting(r -> r.id().value())
          .containsExactly("kepmendagri-132-2003", "permendagri-15-2008", "permendagri-67-2011");
      assertThat(SHIPPED.lineage(id("kepmendagri-132-2003")))
          .isEqualTo(SHIPPED.lineage(id("permendagri-67-2011")));
    }

    @Test
    void lineage_ofAnUnlinkedInstrument_isItself() {
      assertThat(SHIPPED.lineage(id("inpres-9-2000")))
          .extracting(Regulation::id)
          .containsExactly(id("inpres-9-2000"));
    }

    @Test
    void links_ofTheRegionalPugGuideline() {
      assertThat(SHIPPED.replacementOf(id("kepmendagri-132-2003")))
          .map(Regulation::id)
          .contains(id("permendagri-15-2008"));
      assertThat(SHIPPED.amendmentsOf(id("permendagri-15-2008")))
          .extracting(Regulation::id)
          .containsExactly(id("permendagri-67-2011"));
      assertThat(SHIPPED.replacementOf(id("permendagri-15-2008"))).isEmpty();
    }

    @Test
    void facts_ofInpres9of2000() {
      Regulation inpres = SHIPPED.get("inpres-9-2000");

      assertThat(inpres.type()).isEqualTo(RegulationType.INPRES);
      assertThat(inpres.title()).contains("Pengarusutamaan Gender dalam Pembangunan Nasional");
      assertThat(inpres.issued()).contains(LocalDate.of(2000, 12, 19));
      assertThat(inpres.shortName()).isEqualTo("Inpres 9/2000");
    }

    @Test
    void facts_ofTheJointCircular() {
      Regulation se = SHIPPED.get("se-bersama-270-m-ppn-11-2012");

      assertThat(se.type()).isEqualTo(RegulationType.SE_BERSAMA);
      assertThat(se.number()).isEqualTo("270/M.PPN/11/2012");
      assertThat(se.otherNumbers())
          .containsExactlyInAnyOrder("SE-33/MK.02/2012", "050/4379A/SJ", "SE 46/MPP-PA/11/2012");
      assertThat(se.shortName()).isEqualTo("SE Bersama 270/M.PPN/11/2012");
    }

    @Test
    void facts_ofPerdaKalteng4of2014() {
      Regulation perda = SHIPPED.get("perda-kalteng-4-2014");

      assertThat(perda.region()).contains(RegionCode.parse("62"));
      assertThat(perda.jurisdiction()).contains("Provinsi Kalimantan Tengah");
      assertThat(perda.isConfirmed(RegulationAttribute.TITLE)).isFalse();
      assertThat(perda.unconfirmed()).contains(RegulationAttribute.TITLE);
    }

    @Test
    void unconfirmedFacts_areExposed() {
      Regulation pmk119 = SHIPPED.get("pmk-119-pmk-02-2009");

      assertThat(pmk119.isConfirmed(RegulationAttribute.EXISTENCE)).isFalse();
      assertThat(pmk119.title()).isEmpty();
      assertThat(SHIPPED.get("permen-pppa-19-2010").isConfirmed(RegulationAttribute.STATUS))
          .isFalse();
      assertThat(SHIPPED.get("permendagri-15-2008").unconfirmed()).isEmpty();
    }

    @Test
    void get_unknownId_isRejected() {
      assertThatThrownBy(() -> SHIPPED.get("inpres-99-2099"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("RegulationId")
          .hasMessageContaining("\"inpres-99-2099\"");
      assertThatThrownBy(() -> SHIPPED.get("Inpres 9/2000"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("RegulationId");
    }
  }

  /** Status on a day, against the dates and links in domain.md §1. */
  @Nested
  class StatusOn {

    @Test
    void replacedInstrument_isNoLongerInForceAfterTheYearItWasReplaced() {
      LegalStatus status = status("kepmendagri-132-2003", "2010-01-01");

      assertThat(status.state()).isEqualTo(LegalState.NO_LONGER_IN_FORCE);
      assertThat(status.isInForce()).isFalse();
      assertThat(status.replacedBy()).contains(id("permendagri-15-2008"));
      assertThat(status.reason()).contains("Permendagri 15/2008");
      assertThat(status.regulation()).isEqualTo(id("kepmendagri-132-2003"));
      assertThat(status.date()).isEqualTo(LocalDate.of(2010, 1, 1));
    }

    @Test
    void replacedInstrument_isUndeterminedInTheYearOfItsReplacement() {
      // Permendagri 15/2008 has no known day of issue (regulations.txt has no issued/effective).
      assertThat(SHIPPED.get("permendagri-15-2008").startDate()).isEmpty();
      assertThat(status("kepmendagri-132-2003", "2008-06-30").state())
          .isEqualTo(LegalState.UNDETERMINED);
    }

    @Test
    void replacedInstrument_isInForceBeforeItsReplacement() {
      LegalStatus status = status("kepmendagri-132-2003", "2005-06-01");

      assertThat(status.state()).isEqualTo(LegalState.IN_FORCE);
      assertThat(status.isInForce()).isTrue();
      assertThat(status.replacedBy()).contains(id("permendagri-15-2008"));
      assertThat(status("kepmendagri-132-2003", "2002-12-31").state())
          .isEqualTo(LegalState.NOT_YET_IN_FORCE);
    }

    @Test
    void inForceOn_beforeTheReplacement_holdsTheReplacedInstrument() {
      assertThat(SHIPPED.inForceOn(LocalDate.of(2005, 6, 1)))
          .extracting(Regulation::id)
          .contains(id("inpres-9-2000"), id("kepmendagri-132-2003"))
          .doesNotContain(id("permendagri-15-2008"));
    }

    @Test
    void instrumentWithoutAKnownDay_isUndeterminedDuringItsYear() {
      LegalStatus status = status("permendagri-15-2008", "2008-06-01");

      assertThat(status.state()).isEqualTo(LegalState.UNDETERMINED);
      assertThat(status.isInForce()).isFalse();
      assertThat(status("permendagri-15-2008", "2007-12-31").state())
          .isEqualTo(LegalState.NOT_YET_IN_FORCE);
      assertThat(status("permendagri-15-2008", "2009-01-01").state())
          .isEqualTo(LegalState.IN_FORCE);
    }

    @Test
    void instrumentWithAKnownDay_isInForceFromThatDay() {
      assertThat(status("inpres-9-2000", "2000-12-18").state())
          .isEqualTo(LegalState.NOT_YET_IN_FORCE);
      assertThat(status("inpres-9-2000", "2000-12-19").state()).isEqualTo(LegalState.IN_FORCE);
      assertThat(status("inpres-9-2000", "1999-01-01").state())
          .isEqualTo(LegalState.NOT_YET_IN_FORCE);
      assertThat(status("inpres-9-2000", "2026-02-10").state()).isEqualTo(LegalState.IN_FORCE);
    }

    @Test
    void planWithAFixedPeriod_expiresAfterItsLastDay() {
      // RPJMN 2020-2024 (Perpres 18/2020) expires 2024-12-31.
      assertThat(status("perpres-18-2020", "2024-12-31").state()).isEqualTo(LegalState.IN_FORCE);
      LegalStatus expired = status("perpres-18-2020", "2025-01-01");
      assertThat(expired.state()).isEqualTo(LegalState.NO_LONGER_IN_FORCE);
      assertThat(expired.reason()).contains("2024-12-31");
    }

    @Test
    void amendedBy_listsAmendmentsInForceByThatDay() {
      LegalStatus status2012 = status("permendagri-15-2008", "2012-01-01");
      LegalStatus status2009 = status("permendagri-15-2008", "2009-06-01");

      assertThat(status2012.state()).isEqualTo(LegalState.IN_FORCE);
      assertThat(status2012.amendedBy()).containsExactly(id("permendagri-67-2011"));
      assertThat(status2012.reason()).contains("Permendagri 67/2011");
      assertThat(status2009.state()).isEqualTo(LegalState.IN_FORCE);
      assertThat(status2009.amendedBy()).doesNotContain(id("permendagri-67-2011")).isEmpty();
    }

    @Test
    void noLongerInForceWithoutEndOrReplacement_isUndetermined() {
      // PMK 93/PMK.02/2011: superseded, but no source says by what or since when.
      LegalStatus status = status("pmk-93-pmk-02-2011", "2020-01-01");

      assertThat(status.state()).isEqualTo(LegalState.UNDETERMINED);
      assertThat(status.confirmed()).isFalse();
    }

    @Test
    void confirmed_isFalseWhenTheStatusIsUnconfirmed() {
      assertThat(status("inpres-9-2000", "2020-01-01").confirmed()).isTrue();
      assertThat(status("permen-pppa-19-2010", "2020-01-01").confirmed()).isFalse();
      assertThat(status("pmk-119-pmk-02-2009", "2020-01-01").confirmed()).isFalse();
    }

    @Test
    void confirmed_isFalseForUnconfirmedDatesOnlyWithinTheYearOfIssue() {
      // The joint circular's day (1 November 2012) is unconfirmed: it matters only in 2012.
      assertThat(SHIPPED.get("se-bersama-270-m-ppn-11-2012").isConfirmed(RegulationAttribute.DATES))
          .isFalse();
      assertThat(status("se-bersama-270-m-ppn-11-2012", "2012-11-15").confirmed()).isFalse();
      assertThat(status("se-bersama-270-m-ppn-11-2012", "2012-10-31").confirmed()).isFalse();
      assertThat(status("se-bersama-270-m-ppn-11-2012", "2012-11-15").state())
          .isEqualTo(LegalState.IN_FORCE);
      assertThat(status("se-bersama-270-m-ppn-11-2012", "2020-01-01").confirmed()).isTrue();
    }

    @Test
    void inForceOn_aRecentDay() {
      List<RegulationId> inForce =
          SHIPPED.inForceOn(LocalDate.of(2026, 2, 10)).stream().map(Regulation::id).toList();

      assertThat(inForce)
          .contains(id("inpres-9-2000"), id("permendagri-15-2008"), id("permendagri-67-2011"))
          .doesNotContain(id("kepmendagri-132-2003"), id("perpres-18-2020"));
      assertThat(inForce)
          .allSatisfy(
              r -> assertThat(SHIPPED.statusOn(r, LocalDate.of(2026, 2, 10)).isInForce()).isTrue());
    }

    @Test
    void statusOn_unknownId_isRejected() {
      assertThatThrownBy(() -> SHIPPED.statusOn(id("inpres-99-2099"), LocalDate.of(2020, 1, 1)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("inpres-99-2099");
    }
  }

  /** Designations as people write them (RegulationCatalog.findByDesignation). */
  @Nested
  class Designations {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Permendagri 15/2008",
          "Permendagri No. 15 Tahun 2008",
          "Permendagri Nomor 15 Tahun 2008",
          "Peraturan Menteri Dalam Negeri Nomor 15 Tahun 2008",
          "permendagri 15/2008",
          "PERMENDAGRI 15 / 2008",
        })
    void findByDesignation_findsPermendagri15of2008(String designation) {
      assertThat(SHIPPED.findByDesignation(designation))
          .map(Regulation::id)
          .contains(id("permendagri-15-2008"));
    }

    @Test
    void findByDesignation_findsOtherForms() {
      assertThat(SHIPPED.findByDesignation("PMK 93/PMK.02/2011"))
          .map(Regulation::id)
          .contains(id("pmk-93-pmk-02-2011"));
      assertThat(SHIPPED.findByDesignation("Perda Kalteng 4/2014"))
          .map(Regulation::id)
          .contains(id("perda-kalteng-4-2014"));
      assertThat(SHIPPED.findByDesignation("Perda Kalimantan Tengah 4/2014"))
          .map(Regulation::id)
          .contains(id("perda-kalteng-4-2014"));
      assertThat(SHIPPED.findByDesignation("Perda Provinsi Kalimantan Tengah Nomor 4 Tahun 2014"))
          .map(Regulation::id)
          .contains(id("perda-kalteng-4-2014"));
      assertThat(SHIPPED.findByDesignation("Inpres No. 9 Tahun 2000"))
          .map(Regulation::id)
          .contains(id("inpres-9-2000"));
      assertThat(SHIPPED.findByDesignation("Instruksi Presiden Nomor 9 Tahun 2000"))
          .map(Regulation::id)
          .contains(id("inpres-9-2000"));
      assertThat(SHIPPED.findByDesignation("SE Bersama 270/M.PPN/11/2012"))
          .map(Regulation::id)
          .contains(id("se-bersama-270-m-ppn-11-2012"));
      assertThat(SHIPPED.findByDesignation("SE Bersama SE-33/MK.02/2012"))
          .map(Regulation::id)
          .contains(id("se-bersama-270-m-ppn-11-2012"));
      assertThat(SHIPPED.findByDesignation("Permen PPPA 4/2014"))
          .map(Regulation::id)
          .contains(id("permen-pppa-4-2014"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Permendagri 15/2009",
          "Permendagri 16/2008",
          "Permen PPPA 15/2008",
          "Perda Kaltim 4/2014",
          "PMK 93/2011",
          "",
          "15/2008"
        })
    void findByDesignation_unknownDesignation_isEmpty(String designation) {
      assertThat(SHIPPED.findByDesignation(designation)).isEmpty();
    }

    @Test
    void everyInstrument_isFoundByItsOwnDesignations() {
      for (Regulation r : SHIPPED.all()) {
        for (String designation : r.designations()) {
          assertThat(SHIPPED.findByDesignation(designation)).as(designation).contains(r);
        }
      }
    }
  }

  /** Citations: format and parseCitation round-trip over the whole catalogue. */
  @Nested
  class Citations {

    static Stream<Arguments> everyInstrumentWithPinpoints() {
      List<Optional<Pinpoint>> pinpoints =
          List.of(
              Optional.empty(),
              Optional.of(Pinpoint.parse("Pasal 4 ayat (1) huruf b")),
              Optional.of(Pinpoint.parse("Lampiran II")),
              Optional.of(Pinpoint.parse("Lampiran II Pasal 3")),
              Optional.of(Pinpoint.parse("Pasal 8A")));
      return SHIPPED.all().stream()
          .flatMap(r -> pinpoints.stream().map(p -> Arguments.of(r.id().value(), p)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyInstrumentWithPinpoints")
    void parseCitation_readsWhatFormatWrites(String id, Optional<Pinpoint> pinpoint) {
      Regulation r = SHIPPED.get(id);
      Citation citation = pinpoint.map(p -> Citation.of(r, p)).orElseGet(() -> Citation.of(r));

      assertThat(SHIPPED.parseCitation(citation.format())).isEqualTo(citation);
    }

    @Test
    void parseCitation_acceptsOtherDesignationsAndALenientPinpoint() {
      Citation citation = SHIPPED.parseCitation("Permendagri No. 67 Tahun 2011 pasal 4 ayat 1");

      assertThat(citation.regulation().id()).isEqualTo(id("permendagri-67-2011"));
      assertThat(citation.pinpoint()).contains(Pinpoint.parse("Pasal 4 ayat (1)"));
      assertThat(citation.format()).isEqualTo("Permendagri 67/2011 Pasal 4 ayat (1)");
    }

    @Test
    void parseCitation_rejectsAnUnknownInstrument() {
      assertThatThrownBy(() -> SHIPPED.parseCitation("Permendagri 99/2099 Pasal 4"))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.typeName()).isEqualTo("Citation");
                assertThat(e.field()).contains("regulation");
              })
          .hasMessageContaining("\"Permendagri 99/2099\"");
    }

    @Test
    void parseCitation_rejectsAMalformedPinpoint() {
      assertThatThrownBy(() -> SHIPPED.parseCitation("Permendagri 67/2011 Pasal 0"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Pinpoint");
    }
  }

  /** Building a catalogue from regulations checks the amendment graph. */
  @Nested
  class Of {
    private final RegionCatalog regions = RegionCatalog.kalimantan();

    private Regulation.Builder inpres(String id, int year) {
      return Regulation.builder()
          .id(id(id))
          .type(RegulationType.INPRES)
          .number(id.replaceAll("\\D", ""))
          .year(Year.of(year))
          .issuer("Presiden Republik Indonesia")
          .declaredStatus(DeclaredStatus.IN_FORCE)
          .scope("x")
          .addSource(Samples.urlSource());
    }

    @Test
    void of_buildsTheGraph() {
      RegulationCatalog catalog = Samples.regulationCatalog();

      assertThat(catalog.size()).isEqualTo(3);
      assertThat(catalog.lineage(id("permendagri-67-2011"))).hasSize(3);
      assertThat(catalog.toString()).contains("3");
    }

    @Test
    void of_rejectsADuplicateId() {
      assertThatThrownBy(
              () ->
                  RegulationCatalog.of(
                      List.of(
                          inpres("inpres-1-2000", 2000).build(),
                          inpres("inpres-1-2000", 2001).build()),
                      regions))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Regulation.id")
          .hasMessageContaining("inpres-1-2000");
    }

    @Test
    void of_rejectsALinkToAnUnknownInstrument() {
      assertThatThrownBy(
              () ->
                  RegulationCatalog.of(
                      List.of(inpres("inpres-2-2001", 2001).addAmend(id("inpres-1-2000")).build()),
                      regions))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Regulation.amends")
          .hasMessageContaining("inpres-1-2000");
    }

    @Test
    void of_rejectsALinkToALaterInstrument() {
      assertThatThrownBy(
              () ->
                  RegulationCatalog.of(
                      List.of(
                          inpres("inpres-1-2000", 2000).addAmend(id("inpres-2-2001")).build(),
                          inpres("inpres-2-2001", 2001).build()),
                      regions))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Regulation.amends")
          .hasMessageContaining("inpres-2-2001");
    }

    @Test
    void of_rejectsAnInstrumentReplacedTwice() {
      Regulation old =
          inpres("inpres-1-2000", 2000).declaredStatus(DeclaredStatus.NO_LONGER_IN_FORCE).build();
      assertThatThrownBy(
              () ->
                  RegulationCatalog.of(
                      List.of(
                          old,
                          inpres("inpres-2-2001", 2001).addReplace(old.id()).build(),
                          inpres("inpres-3-2002", 2002).addReplace(old.id()).build()),
                      regions))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Regulation.replaces")
          .hasMessageContaining("inpres-1-2000");
    }

    @Test
    void of_rejectsAReplacedInstrumentDeclaredInForce() {
      assertThatThrownBy(
              () ->
                  RegulationCatalog.of(
                      List.of(
                          inpres("inpres-1-2000", 2000).build(),
                          inpres("inpres-2-2001", 2001).addReplace(id("inpres-1-2000")).build()),
                      regions))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Regulation.declaredStatus")
          .hasMessageContaining("inpres-1-2000");
    }

    @Test
    void of_rejectsARegionNotInTheRegionList() {
      Regulation perda = Samples.regionalRegulation();
      assertThatThrownBy(
              () ->
                  RegulationCatalog.of(
                      List.of(
                          Regulation.builder().from(perda).region(RegionCode.parse("11")).build()),
                      regions))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Regulation.region")
          .hasMessageContaining("11");
    }

    @Test
    void of_rejectsTwoInstrumentsWithTheSameDesignation() {
      assertThatThrownBy(
              () ->
                  RegulationCatalog.of(
                      List.of(
                          inpres("inpres-9-2000", 2000).number("9").build(),
                          inpres("inpres-9-2000-copy", 2000).number("9").build()),
                      regions))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Regulation.designation")
          .hasMessageContaining("inpres-9-2000")
          .hasMessageContaining("inpres-9-2000-copy");
    }
  }

  /** Reading a catalogue file: every problem is located at its file, line and key. */
  @Nested
  class Load {
    private static final String INPRES =
        """
            [inpres-9-2000]
            type = INPRES
            number = 9
            year = 2000
            issuer = Presiden Republik Indonesia
            status = IN_FORCE
            scope = PUG in national development
            source = S1
            """;

    private RegulationCatalog load(String text) {
      return RegulationCatalog.load(
          TextSource.ofString("regs.txt", text),
          SourceRegistry.shipped(),
          RegionCatalog.kalimantan());
    }

    private void assertFails(String text, int line, String element, String... phrases) {
      assertThatThrownBy(() -> load(text))
          .isInstanceOfSatisfying(
              ReferenceDataException.class,
              e -> {
                assertThat(e.file()).isEqualTo("regs.txt");
                assertThat(e.line()).isEqualTo(line);
                assertThat(e.element()).contains(element);
              })
          .hasMessageStartingWith("regs.txt line " + line + ", " + element + ": ")
          .hasMessageContainingAll(phrases);
    }

    @Test
    void load_readsAValidFile() {
      RegulationCatalog catalog =
          load(
              "# comment\n"
                  + INPRES
                  + "\n[perda-kalteng-4-2014]\n"
                  + "type = PERDA\n"
                  + "jurisdiction = Provinsi Kalimantan Tengah\n"
                  + "region = 62\n"
                  + "number = 4\n"
                  + "year = 2014\n"
                  + "issuer = Pemerintah Daerah Provinsi Kalimantan Tengah\n"
                  + "status = IN_FORCE\n"
                  + "scope = PUG\n"
                  + "source = SEED-001\n"
                  + "source = http://www.kabarkalteng.com/2019/08/buka-rakor-pokja-pug-ini-pesan-sekda.html\n"
                  + "unconfirmed = TITLE, DATES\n");

      assertThat(catalog.size()).isEqualTo(2);
      Regulation perda = catalog.get("perda-kalteng-4-2014");
      assertThat(perda.sources()).hasSize(2);
      assertThat(perda.unconfirmed())
          .containsExactlyInAnyOrder(RegulationAttribute.TITLE, RegulationAttribute.DATES);
      assertThat(catalog.findByDesignation("Perda Kalteng 4/2014")).contains(perda);
    }

    @Test
    void load_readsEveryOptionalKey() {
      RegulationCatalog catalog =
          load(
              INPRES
                  + "\n[permendagri-15-2008]\n"
                  + "type = PERMEN\n"
                  + "ministry = DALAM_NEGERI\n"
                  + "number = 15\n"
                  + "year = 2008\n"
                  + "title = Pedoman Umum\n"
                  + "issued = 2008-07-04\n"
                  + "effective = 2008-08-01\n"
                  + "expires = 2030-12-31\n"
                  + "issuer = Menteri Dalam Negeri\n"
                  + "status = IN_FORCE\n"
                  + "scope = PUG\n"
                  + "source = S1\n"
                  + "\n[inpres-1-2001]\n"
                  + "type = INPRES\n"
                  + "number = 1\n"
                  + "year = 2001\n"
                  + "issuer = Presiden Republik Indonesia\n"
                  + "status = NO_LONGER_IN_FORCE\n"
                  + "ended = 2005\n"
                  + "scope = x\n"
                  + "source = S1\n");

      Regulation permen = catalog.get("permendagri-15-2008");
      assertThat(permen.ministry()).contains(Ministry.DALAM_NEGERI);
      assertThat(permen.title()).contains("Pedoman Umum");
      assertThat(permen.issued()).contains(LocalDate.of(2008, 7, 4));
      assertThat(permen.effective()).contains(LocalDate.of(2008, 8, 1));
      assertThat(permen.expires()).contains(LocalDate.of(2030, 12, 31));
      assertThat(catalog.get("inpres-1-2001").ended()).contains(Year.of(2005));
    }

    @Test
    void load_rejectsAMissingRequiredKey_atTheRecordHeader() {
      assertFails(
          "# catalogue\n" + INPRES.replace("scope = PUG in national development\n", ""),
          2,
          "record [inpres-9-2000]",
          "lacks the required key scope");
    }

    @Test
    void load_rejectsABadEnumValue() {
      assertFails(
          INPRES.replace("type = INPRES", "type = LAW"), 2, "key type", "\"LAW\"", "INPRES");
      assertFails(
          INPRES.replace("status = IN_FORCE", "status = REVOKED"), 6, "key status", "\"REVOKED\"");
      assertFails(INPRES + "unconfirmed = TITLE, COLOUR\n", 9, "key unconfirmed", "\"COLOUR\"");
    }

    @Test
    void load_rejectsAMalformedYearOrDate() {
      assertFails(INPRES.replace("year = 2000", "year = 00"), 4, "key year", "\"00\"");
      assertFails(INPRES.replace("year = 2000", "year = 2000a"), 4, "key year", "\"2000a\"");
    }

    @Test
    void load_rejectsAMalformedDate_atItsLine() {
      assertFails(INPRES + "issued = 2000-13-01\n", 9, "key issued", "2000-13-01");
    }

    @Test
    void load_rejectsARepeatedSingleKey() {
      assertFails(INPRES + "year = 2001\n", 9, "key year", "only once");
    }

    @Test
    void load_rejectsAnUnknownKey() {
      assertFails(INPRES + "titel = Pengarusutamaan Gender\n", 9, "key titel", "unknown key");
    }

    @Test
    void load_rejectsAnUnknownSource() {
      assertFails(INPRES + "source = S99\n", 9, "key source", "\"S99\"");
    }

    @Test
    void load_rejectsAMalformedRegion_atItsLine() {
      assertFails(
          INPRES.replace("type = INPRES", "type = INPRES\nregion = 6x"),
          3,
          "key region",
          "RegionCode",
          "\"6x\"");
    }

    @Test
    void load_rejectsABrokenInvariant_atTheKeysLine() {
      assertFails(
          INPRES + "issued = 2001-01-01\n", 9, "key issued", "Regulation.issued", "2001-01-01");
    }

    @Test
    void load_rejectsABrokenInvariantOfNoKey_atTheRecordHeader() {
      // Regulation.sources is read from the repeatable key source: with none, the record is at
      // fault
      assertFails(
          INPRES.replace("source = S1\n", ""), 1, "record [inpres-9-2000]", "Regulation.sources");
    }

    @Test
    void load_rejectsAMissingMinistry_namingTheKey() {
      assertFails(
          INPRES.replace("type = INPRES", "type = PERMEN"),
          1,
          "key ministry",
          "Regulation.ministry",
          "PERMEN");
    }

    @Test
    void load_rejectsAReplacedInstrumentDeclaredInForce_atItsStatus() {
      String text =
          INPRES
              + "\n"
              + INPRES
                  .replace("[inpres-9-2000]", "[inpres-1-2001]")
                  .replace("number = 9", "number = 1")
                  .replace("year = 2000", "year = 2001")
              + "replaces = inpres-9-2000\n";

      int statusLine = INPRES.lines().toList().indexOf("status = IN_FORCE") + 1;
      assertFails(text, statusLine, "key status", "NO_LONGER_IN_FORCE", "inpres-1-2001");
    }

    @Test
    void load_rejectsAReplacesOfAnUnknownId() {
      assertThatThrownBy(() -> load(INPRES + "replaces = inpres-1-1999\n"))
          .isInstanceOf(ReferenceDataException.class)
          .hasMessageStartingWith("regs.txt")
          .hasMessageContaining("Regulation.replaces")
          .hasMessageContaining("inpres-1-1999");
    }

    @Test
    void load_rejectsAReplacesOfAnUnknownId_atItsLine() {
      assertFails(
          "# catalogue\n" + INPRES + "replaces = inpres-1-1999\n",
          10,
          "key replaces",
          "inpres-1-1999");
    }

    @Test
    void load_rejectsARegionNotInTheRegionList() {
      String perda =
          """
              [perda-aceh-1-2010]
              type = PERDA
              jurisdiction = Provinsi Aceh
              region = 11
              number = 1
              year = 2010
              issuer = Pemerintah Aceh
              status = IN_FORCE
              scope = PUG
              source = S1
              """;

      assertThatThrownBy(() -> load(INPRES + perda))
          .isInstanceOf(ReferenceDataException.class)
          .hasMessageStartingWith("regs.txt")
          .hasMessageContaining("Regulation.region")
          .hasMessageContaining("11");
    }

    @Test
    void load_rejectsARegionNotInTheRegionList_atItsLine() {
      String perda =
          """
              [perda-aceh-1-2010]
              type = PERDA
              jurisdiction = Provinsi Aceh
              region = 11
              number = 1
              year = 2010
              issuer = Pemerintah Aceh
              status = IN_FORCE
              scope = PUG
              source = S1
              """;

      assertFails(INPRES + "\n" + perda, 13, "key region", "11");
    }

    @Test
    void load_rejectsRecordFormatErrors() {
      assertFails("type = INPRES\n" + INPRES, 1, "key type", "before the first");
      assertThatThrownBy(() -> load(INPRES + "\n" + INPRES))
          .isInstanceOfSatisfying(
              ReferenceDataException.class, e -> assertThat(e.line()).isEqualTo(10))
          .hasMessage("regs.txt line 10: record id [inpres-9-2000] appears twice");
    }
  }
}
