package id.pug.core.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.agency.AgencyRecognition.MatchKind;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import id.pug.core.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyNameCatalogTest {
  private static final AgencyNameCatalog SHIPPED = AgencyNameCatalog.shipped();

  private static NomenclatureCode code(String text) {
    return NomenclatureCode.parse(text);
  }

  /** The shipped variants, against budget-notes.md §5 and perangkat_daerah_varian_nama.csv. */
  @Nested
  class Shipped {

    @Test
    void variants_allHaveASourceAndARole() {
      assertThat(SHIPPED.variants()).isNotEmpty();
      assertThat(SHIPPED.variants())
          .allSatisfy(
              v -> {
                assertThat(v.sources()).isNotEmpty();
                assertThat(v.roles()).isNotEmpty();
              });
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "DP3APPKB",
          "DP3AP2KB",
          "DPPPAPPKB",
          "P3AP2KB",
          "P3APPKB",
          "dp3ap2kb",
          "DP3A-PPKB"
        })
    void dp3appkbSpellings_areOneVariant(String acronym) {
      AgencyRecognition recognition = SHIPPED.recognize(acronym).orElseThrow();

      assertThat(recognition.matchKind()).isEqualTo(MatchKind.ACRONYM);
      assertThat(recognition.variant()).map(AgencyNameVariant::id).contains("dp3appkb");
      assertThat(recognition.input()).isEqualTo(acronym);
      assertThat(recognition.urusan()).containsExactlyInAnyOrder(code("2.08"), code("2.14"));
      assertThat(recognition.roles())
          .containsExactlyInAnyOrder(
              AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION, AgencyRole.POPULATION_FAMILY_PLANNING);
      assertThat(SHIPPED.findVariant(acronym)).isEqualTo(recognition.variant());
    }

    @Test
    void dkp3a_carriesUrusan208() {
      AgencyRecognition recognition = SHIPPED.recognize("DKP3A").orElseThrow();

      assertThat(recognition.urusan()).containsExactly(code("2.08"));
      assertThat(recognition.hasRole(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION)).isTrue();
      assertThat(recognition.hasRole(AgencyRole.POPULATION_FAMILY_PLANNING)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Bapperida",
          "BAPPERIDA",
          "Bappeda",
          "Bappedalitbang",
          "Bappelitbangda",
          "Bappalitbangda",
          "Baperlitbangda"
        })
    void planningAgencies_havethePlanningRole(String acronym) {
      AgencyRecognition recognition = SHIPPED.recognize(acronym).orElseThrow();

      assertThat(recognition.matchKind()).isEqualTo(MatchKind.ACRONYM);
      assertThat(recognition.hasRole(AgencyRole.PLANNING)).isTrue();
    }

    @Test
    void brida_isResearchNotPlanning() {
      AgencyRecognition recognition = SHIPPED.recognize("BRIDA").orElseThrow();

      assertThat(recognition.roles()).containsExactly(AgencyRole.RESEARCH_INNOVATION);
    }

    @Test
    void dp3akbSpellings_areOneVariant() {
      for (String spelling : List.of("DP3AKB", "DP3A-KB", "DPPPA KB", "P3AKB")) {
        assertThat(SHIPPED.findVariant(spelling))
            .as(spelling)
            .map(AgencyNameVariant::id)
            .contains("dp3akb");
      }
    }

    @Test
    void longName_withATrailingRegion_isRecognised() {
      AgencyRecognition recognition =
          SHIPPED
              .recognize("Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Pontianak")
              .orElseThrow();

      assertThat(recognition.matchKind()).isEqualTo(MatchKind.LONG_NAME);
      assertThat(recognition.variant()).map(AgencyNameVariant::id).contains("dp3a");
      assertThat(recognition.roles())
          .containsExactly(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Provinsi Kalimantan Tengah",
          "DINAS PEMBERDAYAAN PEREMPUAN PERLINDUNGAN ANAK PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KAB. KAPUAS",
          "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana"
        })
    void longName_ignoresCasePunctuationAndRegion(String name) {
      AgencyRecognition recognition = SHIPPED.recognize(name).orElseThrow();

      assertThat(recognition.matchKind()).isEqualTo(MatchKind.LONG_NAME);
      assertThat(recognition.variant()).map(AgencyNameVariant::id).contains("dp3appkb");
    }

    @Test
    void inspectorate_isRecognisedByKeyword() {
      AgencyRecognition recognition =
          SHIPPED.recognize("Inspektorat Daerah Kabupaten Paser").orElseThrow();

      assertThat(recognition.matchKind()).isEqualTo(MatchKind.KEYWORDS);
      assertThat(recognition.variant()).isEmpty();
      assertThat(recognition.roles()).containsExactly(AgencyRole.INSPECTORATE);
      assertThat(recognition.urusan()).isEmpty();
    }

    @Test
    void keywords_inferUrusanFromWords() {
      AgencyRecognition recognition =
          SHIPPED
              .recognize("Dinas Pemberdayaan Masyarakat dan Perlindungan Anak Kabupaten Contoh")
              .orElseThrow();

      assertThat(recognition.matchKind()).isEqualTo(MatchKind.KEYWORDS);
      assertThat(recognition.urusan()).containsExactlyInAnyOrder(code("2.08"), code("2.13"));
      assertThat(recognition.roles())
          .containsExactlyInAnyOrder(
              AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION,
              AgencyRole.COMMUNITY_VILLAGE_EMPOWERMENT);
    }

    @Test
    void financeAgency_isRecognisedByNameOrKeyword() {
      assertThat(SHIPPED.recognize("BPKAD").orElseThrow().roles())
          .containsExactly(AgencyRole.FINANCE);
      assertThat(SHIPPED.recognize("Badan Keuangan Daerah Kota Contoh").orElseThrow().roles())
          .containsExactly(AgencyRole.FINANCE);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Dinas Pekerjaan Umum",
          "Dinas Pekerjaan Umum dan Penataan Ruang Kota Pontianak",
          "DPUPR",
          ""
        })
    void unrelatedNames_areNotRecognised(String name) {
      assertThat(SHIPPED.recognize(name)).isEmpty();
      assertThat(SHIPPED.findVariant(name)).isEmpty();
    }
  }

  /** Building and reading catalogues. */
  @Nested
  class Load {
    private static final String HEADER =
        "id,acronyms,long_name,long_name_confirmed,urusan,roles,sources\n";

    private AgencyNameCatalog load(String text) {
      return AgencyNameCatalog.load(
          TextSource.ofString("variants.csv", text), SourceRegistry.shipped());
    }

    private void assertFails(String text, int line, String column, String... phrases) {
      assertThatThrownBy(() -> load(text))
          .isInstanceOfSatisfying(
              ReferenceDataException.class,
              e -> {
                assertThat(e.line()).isEqualTo(line);
                assertThat(e.element()).contains("column " + column);
              })
          .hasMessageStartingWith("variants.csv line " + line + ", column " + column + ": ")
          .hasMessageContainingAll(phrases);
    }

    @Test
    void load_readsVariants() {
      AgencyNameCatalog catalog =
          load(
              HEADER
                  + "dp3a,DP3A;DPPPA,Dinas P3A,yes,2.08,,S1\n"
                  + "bpkad,BPKAD,Badan Keuangan,no,,FINANCE,P1;S1\n");

      assertThat(catalog.variants())
          .extracting(AgencyNameVariant::id)
          .containsExactly("dp3a", "bpkad");
      assertThat(catalog.findVariant("DPPPA")).map(AgencyNameVariant::id).contains("dp3a");
      assertThat(catalog.variants().get(1).longNameConfirmed()).isFalse();
      assertThat(catalog.variants().get(1).sources()).hasSize(2);
      assertThat(catalog.toString()).contains("2");
    }

    @Test
    void load_readsTheConfirmationSeenInAndNote() {
      AgencyNameCatalog catalog =
          load(
              "id,acronyms,long_name,long_name_confirmed,urusan,sources,seen_in,note\n"
                  + "dp3a,DP3A,Dinas P3A,yes,2.08,S1,Kota Palangkaraya,two spellings\n"
                  + "dppkb,DPPKB,Dinas PPKB,no,2.14,S1,,\n");

      AgencyNameVariant dp3a = catalog.variants().get(0);
      assertThat(dp3a.longNameConfirmed()).isTrue();
      assertThat(dp3a.seenIn()).contains("Kota Palangkaraya");
      assertThat(dp3a.note()).contains("two spellings");
      AgencyNameVariant dppkb = catalog.variants().get(1);
      assertThat(dppkb.longNameConfirmed()).isFalse();
      assertThat(dppkb.seenIn()).isEmpty();
      assertThat(dppkb.note()).isEmpty();
    }

    @Test
    void load_rejectsABadYesNo() {
      assertFails(HEADER + "dp3a,DP3A,Dinas P3A,ya,2.08,,S1\n", 2, "long_name_confirmed", "\"ya\"");
    }

    @Test
    void load_rejectsAnUnknownRole() {
      assertFails(HEADER + "\ndp3a,DP3A,Dinas P3A,yes,,CHILDREN,S1\n", 3, "roles", "CHILDREN");
    }

    @Test
    void load_rejectsABadUrusan() {
      assertFails(HEADER + "dp3a,DP3A,Dinas P3A,yes,2.8,,S1\n", 2, "urusan", "\"2.8\"");
    }

    @Test
    void load_rejectsAnInvalidVariant() {
      assertFails(HEADER + "dp3a,DP3A,Dinas P3A,yes,,,S1\n", 2, "id", "AgencyNameVariant.urusan");
    }

    @Test
    void load_rejectsAnAcronymSharedByTwoVariants() {
      assertThatThrownBy(
              () ->
                  load(
                      HEADER
                          + "dp3a,DP3A,Dinas P3A,yes,2.08,,S1\n"
                          + "dp3a-kb,DPPPA,Dinas P3A KB,yes,2.08,,S1\n"))
          .isInstanceOf(ReferenceDataException.class)
          .hasMessageStartingWith("variants.csv")
          .hasMessageContaining("DPPPA")
          .hasMessageContaining("dp3a")
          .hasMessageContaining("dp3a-kb");
    }

    @Test
    void load_rejectsAnAcronymSharedByTwoVariants_atTheSecondRow() {
      assertFails(
          HEADER
              + "dp3a,DP3A,Dinas P3A,yes,2.08,,S1\n"
              + "dp3a-kb,DPPPA,Dinas P3A KB,yes,2.08,,S1\n",
          3,
          "acronyms",
          "DPPPA");
    }

    @Test
    void of_rejectsSharedIdsAcronymsAndLongNames() {
      AgencyNameVariant variant = Samples.agencyNameVariant();
      AgencyNameVariant sameAcronym =
          AgencyNameVariant.builder().from(variant).id("other").longName("Other name").build();
      AgencyNameVariant sameLongName =
          AgencyNameVariant.builder().from(variant).id("other").acronyms(List.of("OTHER")).build();

      assertThatThrownBy(() -> AgencyNameCatalog.of(List.of(variant, variant)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("AgencyNameVariant.id");
      assertThatThrownBy(() -> AgencyNameCatalog.of(List.of(variant, sameAcronym)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("AgencyNameVariant.acronyms");
      assertThatThrownBy(() -> AgencyNameCatalog.of(List.of(variant, sameLongName)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("AgencyNameVariant.longName");
    }

    @Test
    void of_rejectsAnOtherLongNameThatIsAnotherVariantsLongName() {
      AgencyNameVariant variant = Samples.agencyNameVariant();
      AgencyNameVariant other =
          AgencyNameVariant.builder()
              .from(variant)
              .id("other")
              .acronyms(List.of("OTHER"))
              .longName("Other name")
              .otherLongNames(List.of(variant.longName().toUpperCase(java.util.Locale.ROOT)))
              .build();

      assertThatThrownBy(() -> AgencyNameCatalog.of(List.of(variant, other)))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.field()).contains("otherLongNames"))
          .hasMessageContaining("dp3appkb and other share it");
    }
  }
}
