package id.pug.core.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import id.pug.core.testing.Samples;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgencyCatalogTest {
  private static final AgencyCatalog SHIPPED = AgencyCatalog.kalimantan();

  /** The shipped Kalimantan agencies, against budget-notes.md §5 and the seed reports. */
  @Nested
  class Kalimantan {

    @Test
    void everyAgency_isInAListedRegionAndHasASource() {
      RegionCatalog regions = RegionCatalog.kalimantan();

      assertThat(SHIPPED.all()).isNotEmpty().hasSize(SHIPPED.size());
      assertThat(SHIPPED.all())
          .allSatisfy(
              a -> {
                assertThat(regions.contains(a.region())).as(a.toString()).isTrue();
                assertThat(a.sources()).as(a.toString()).isNotEmpty();
                assertThat(a.roles()).as(a.toString()).isNotEmpty();
              });
    }

    @Test
    void all_isOrderedByRegion() {
      assertThat(SHIPPED.all()).extracting(Agency::region).isSorted();
    }

    @Test
    void everyProvince_hasAWomensEmpowermentAgency() {
      for (Region province : RegionCatalog.kalimantan().provinces()) {
        assertThat(SHIPPED.in(province.code(), AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION))
            .as(province.name())
            .isNotEmpty();
      }
    }

    @Test
    void provinceAgencies_areTheNotedOnes() {
      assertThat(SHIPPED.in(RegionCode.parse("62"), AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION))
          .extracting(a -> a.acronym().orElseThrow())
          .containsExactly("DP3APPKB");
      assertThat(SHIPPED.in(RegionCode.parse("63"), AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION))
          .extracting(a -> a.acronym().orElseThrow())
          .containsExactly("DP3AKB");
      assertThat(SHIPPED.in(RegionCode.parse("64"), AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION))
          .extracting(a -> a.acronym().orElseThrow())
          .containsExactly("DKP3A");
      assertThat(SHIPPED.in(RegionCode.parse("65"), AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION))
          .extracting(a -> a.acronym().orElseThrow())
          .containsExactly("DP3AP2KB");
      assertThat(SHIPPED.in(RegionCode.parse("62"), AgencyRole.PLANNING))
          .extracting(a -> a.acronym().orElseThrow())
          .containsExactly("Bapperida");
    }

    @Test
    void kotaBanjarbaru_hasDp2kbpmp2a() {
      List<Agency> banjarbaru = SHIPPED.in(RegionCode.parse("63.72"));

      Agency dinas =
          banjarbaru.stream()
              .filter(a -> a.acronym().equals(java.util.Optional.of("DP2KBPMP2A")))
              .findFirst()
              .orElseThrow();
      assertThat(dinas.urusan())
          .containsExactlyInAnyOrder(
              NomenclatureCode.parse("2.14"),
              NomenclatureCode.parse("2.13"),
              NomenclatureCode.parse("2.08"));
      assertThat(dinas.roles())
          .containsExactlyInAnyOrder(
              AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION,
              AgencyRole.POPULATION_FAMILY_PLANNING,
              AgencyRole.COMMUNITY_VILLAGE_EMPOWERMENT);
      assertThat(dinas.lastSeen()).contains(Year.of(2024));
      assertThat(dinas.sources()).extracting(s -> s.id().orElseThrow()).containsExactly("SEED-002");
    }

    @Test
    void unconfirmedNames_areFlagged() {
      Agency paser = SHIPPED.in(RegionCode.parse("64.01")).get(0);

      assertThat(paser.acronym()).contains("DP2KBP3A");
      assertThat(paser.nameConfirmed()).isFalse();
    }

    @Test
    void in_aRegionWithoutKnownAgencies_isEmpty() {
      assertThat(SHIPPED.in(RegionCode.parse("61.01"))).isEmpty();
      assertThat(SHIPPED.in(RegionCode.parse("11"), AgencyRole.PLANNING)).isEmpty();
    }
  }

  /** Reading a user's agency list: every problem is located at its file, line and column. */
  @Nested
  class Load {
    private static final String HEADER =
        "region,acronym,name,name_confirmed,urusan,roles,last_seen,sources\n";

    private AgencyCatalog load(String text) {
      return AgencyCatalog.load(
          TextSource.ofString("agencies.csv", text),
          SourceRegistry.shipped(),
          RegionCatalog.kalimantan());
    }

    private void assertFails(String text, int line, String column, String... phrases) {
      assertThatThrownBy(() -> load(text))
          .isInstanceOfSatisfying(
              ReferenceDataException.class,
              e -> {
                assertThat(e.line()).isEqualTo(line);
                assertThat(e.element()).contains("column " + column);
              })
          .hasMessageStartingWith("agencies.csv line " + line + ", column " + column + ": ")
          .hasMessageContainingAll(phrases);
    }

    @Test
    void load_readsAgenciesOrderedByRegion() {
      AgencyCatalog catalog =
          load(
              HEADER
                  + "63,DP3AKB,Dinas P3AKB,yes,2.08;2.14,,2025,P2\n"
                  + "62,,Inspektorat,no,,INSPECTORATE,,S1\n");

      assertThat(catalog.all()).extracting(a -> a.region().value()).containsExactly("62", "63");
      assertThat(catalog.all().get(0).roles()).containsExactly(AgencyRole.INSPECTORATE);
      assertThat(catalog.all().get(1).lastSeen()).contains(Year.of(2025));
      assertThat(AgencyCatalog.of(List.of(Samples.agency())).size()).isEqualTo(1);
    }

    @Test
    void load_readsTheAcronymAndNote() {
      AgencyCatalog catalog =
          load(
              "region,acronym,name,name_confirmed,urusan,sources,note\n"
                  + "62,DP3APPKB,Dinas P3APPKB,yes,2.08;2.14,S1,name from the 2024 Renstra\n"
                  + "63,,Dinas PPKB,no,2.14,S1,\n");

      Agency kalteng = catalog.all().get(0);
      assertThat(kalteng.acronym()).contains("DP3APPKB");
      assertThat(kalteng.notes()).containsExactly("name from the 2024 Renstra");
      assertThat(kalteng.nameConfirmed()).isTrue();
      Agency kalsel = catalog.all().get(1);
      assertThat(kalsel.acronym()).isEmpty();
      assertThat(kalsel.notes()).isEmpty();
      assertThat(kalsel.nameConfirmed()).isFalse();
    }

    @Test
    void load_rejectsARegionNotInTheList() {
      // 64.04 moved to Kalimantan Utara in 2012 and is not in the 2025 list.
      assertFails(
          HEADER + "62,DP3APPKB,Dinas,yes,2.08,,,S1\n" + "64.04,DP3A,Dinas,yes,2.08,,,S1\n",
          3,
          "region",
          "RegionCode",
          "\"64.04\"");
    }

    @Test
    void load_rejectsAnInvalidAgency() {
      assertFails(
          HEADER + "62,DP3APPKB,Dinas,yes,2.08,WOMEN_EMPOWERMENT_CHILD_PROTECTION,,S1\n",
          2,
          "name",
          "Agency.declaredRoles");
    }

    @Test
    void load_rejectsAnUnknownSource() {
      assertFails(HEADER + "62,DP3APPKB,Dinas,yes,2.08,,,S1;P99\n", 2, "sources", "P99");
    }

    @Test
    void load_rejectsAMalformedYear_atItsLine() {
      assertFails(HEADER + "62,DP3APPKB,Dinas,yes,2.08,,20x5,S1\n", 2, "last_seen", "20x5");
    }
  }
}
