package id.pug.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import id.pug.core.provenance.Source;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.CsvReader;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedValuesTest {

  private static final PublishedValues SHIPPED = PublishedValues.shipped();

  private static final SourceRegistry INDICATOR_SOURCES =
      SourceRegistry.load(TextSource.ofResource(PublishedValues.class, "indicator-sources.csv"));

  private static final String IKG_HEADER = "region,level,year,IKG,source_ids,notes\n";
  private static final String IPG_HEADER = "indicator,region,year,value,source_ids\n";

  private static int rowsOf(String resource) {
    return CsvReader.readKeepingOtherColumns(
            TextSource.ofResource(PublishedValues.class, resource), ImmutableSet.of())
        .size();
  }

  private static PublishedValues load(String ikg, String ipgIdg) {
    return PublishedValues.load(
        TextSource.ofString("ikg.csv", ikg),
        TextSource.ofString("ipg.csv", ipgIdg),
        INDICATOR_SOURCES,
        RegionCatalog.kalimantan());
  }

  private static PublishedValue ikg(String region, int year) {
    return SHIPPED.find(GenderIndex.IKG, region, Year.of(year)).orElseThrow();
  }

  // --- the shipped files ----------------------------------------------------------------------

  @Test
  void shipped_loadsEveryRowOfBothFiles() {
    int ikgRows = rowsOf("ikg_published_values.csv");
    int ipgIdgRows = rowsOf("ipg_idg_published.csv");

    assertThat(ikgRows).isGreaterThan(60);
    assertThat(SHIPPED.all()).hasSize(ikgRows + ipgIdgRows);
    assertThat(SHIPPED.all().stream().filter(v -> v.index() == GenderIndex.IKG)).hasSize(ikgRows);
    assertThat(SHIPPED).isSameAs(PublishedValues.shipped());
  }

  @Test
  void shipped_everyValueHasASourceFromTheIndicatorRegistry() {
    assertThat(SHIPPED.all())
        .allSatisfy(
            v -> {
              assertThat(v.sources()).isNotEmpty();
              for (Source source : v.sources()) {
                assertThat(INDICATOR_SOURCES.find(source.id().orElseThrow())).contains(source);
              }
            });
  }

  @Test
  void national_ikg2024_is0_421() {
    PublishedValue value = SHIPPED.national(GenderIndex.IKG, Year.of(2024)).orElseThrow();

    assertThat(value.value()).isEqualByComparingTo("0.421");
    assertThat(value.level()).isEqualTo(PublishedValue.Level.NATIONAL);
    assertThat(value.regionCode()).isEmpty();
    assertThat(value).hasToString("IKG INDONESIA 2024 = 0.421");
  }

  @Test
  void find_kalimantanBarat2024_is0_493_fromS8AndS10() {
    PublishedValue value = ikg("Kalimantan Barat", 2024);

    assertThat(value.value()).isEqualByComparingTo("0.493");
    assertThat(value.region()).isEqualTo("KALIMANTAN BARAT");
    assertThat(value.level()).isEqualTo(PublishedValue.Level.PROVINCE);
    assertThat(value.sources()).extracting(s -> s.id().orElseThrow()).containsExactly("S8", "S10");
    assertThat(value.sources())
        .containsExactly(INDICATOR_SOURCES.resolve("S8"), INDICATOR_SOURCES.resolve("S10"));
    assertThat(value.isDerived()).isFalse();
  }

  @Test
  void find_ignoresCaseAndPunctuation() {
    assertThat(SHIPPED.find(GenderIndex.IKG, "kalimantan-barat", Year.of(2024)))
        .contains(ikg("KALIMANTAN BARAT", 2024));
    assertThat(SHIPPED.find(GenderIndex.IKG, "Kalimantan Selatan", Year.of(2024))).isEmpty();
    assertThat(SHIPPED.find(GenderIndex.IKG, "Kalimantan Barat", Year.of(2020))).isEmpty();
  }

  @Test
  void find_byRegionCode_kalbar2024_is0_493() {
    PublishedValue value =
        SHIPPED.find(GenderIndex.IKG, RegionCode.parse("61"), Year.of(2024)).orElseThrow();

    assertThat(value).isEqualTo(ikg("Kalimantan Barat", 2024));
    assertThat(value.regionCode()).contains(RegionCode.parse("61"));
    assertThat(SHIPPED.find(GenderIndex.IKG, RegionCode.parse("63"), Year.of(2024))).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource({
    "Kalimantan Barat, 2023, 0.519",
    "Kalimantan Tengah, 2024, 0.549",
    "Kalimantan Timur, 2023, 0.414",
    "INDONESIA, 2023, 0.447"
  })
  void find_publishedIkgValues(String region, int year, String value) {
    assertThat(ikg(region, year).value()).isEqualByComparingTo(value);
  }

  @Test
  void series_isByYear() {
    assertThat(SHIPPED.series(GenderIndex.IKG, "Kalimantan Barat"))
        .extracting(v -> v.year().getValue())
        .containsExactly(2019, 2021, 2022, 2023, 2024);
  }

  @Test
  void derivedValues_areFlagged() {
    PublishedValue kalbar2019 = ikg("Kalimantan Barat", 2019);

    assertThat(kalbar2019.isDerived()).isTrue();
    assertThat(kalbar2019.value()).isEqualByComparingTo("0.582");
    assertThat(kalbar2019.note()).hasValueSatisfying(n -> assertThat(n).contains("0.566"));
    assertThat(ikg("Kalimantan Barat", 2023).isDerived()).isFalse();
    assertThat(ikg("INDONESIA", 2024).isDerived()).isFalse();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "Kota Pontianak, 2023, 61.71",
    "Kapuas Hulu, 2023, 61.06",
    "Kota Singkawang, 2023, 61.72",
    "Sambas, 2023, 61.01",
    "Kota Balikpapan, 2022, 64.71",
    "Penajam Paser Utara, 2023, 64.09"
  })
  void regencyRows_resolveTheirCodes(String region, int year, String code) {
    PublishedValue value = ikg(region, year);

    assertThat(value.level()).isEqualTo(PublishedValue.Level.REGENCY_CITY);
    assertThat(value.regionCode()).contains(RegionCode.parse(code));
  }

  @Test
  void provinceRows_outsideKalimantan_haveNoCode() {
    assertThat(ikg("Jawa Barat", 2018).regionCode()).isEmpty();
    assertThat(ikg("Jawa Barat", 2018).level()).isEqualTo(PublishedValue.Level.PROVINCE);
  }

  @Test
  void idgNational2021_hasItsThreeComponents() {
    PublishedValue idg = SHIPPED.national(GenderIndex.IDG, Year.of(2021)).orElseThrow();

    assertThat(idg.value()).isEqualByComparingTo("76.26");
    assertThat(idg.parliamentFemalePercent())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("21.89"));
    assertThat(idg.managersFemalePercent())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("49.99"));
    assertThat(idg.incomeFemalePercent())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("37.22"));
    assertThat(idg.sources()).extracting(s -> s.id().orElseThrow()).containsExactly("S52", "S15");
    assertThat(
            SHIPPED.national(GenderIndex.IDG, Year.of(2022)).orElseThrow().managersFemalePercent())
        .isEmpty();
  }

  @Test
  void ipgAndIdgRows_levels() {
    assertThat(SHIPPED.national(GenderIndex.IPG, Year.of(2022)).orElseThrow().value())
        .isEqualByComparingTo("91.63");
    assertThat(SHIPPED.find(GenderIndex.IPG, "Batang (kab)", Year.of(2022)).orElseThrow().level())
        .isEqualTo(PublishedValue.Level.REGENCY_CITY);
    assertThat(SHIPPED.find(GenderIndex.IPG, "Jawa Tengah", Year.of(2022)).orElseThrow().level())
        .isEqualTo(PublishedValue.Level.PROVINCE);
    assertThat(
            SHIPPED
                .find(GenderIndex.IDG, RegionCode.parse("62"), Year.of(2021))
                .orElseThrow()
                .value())
        .isEqualByComparingTo("82.08");
  }

  // --- loading other files --------------------------------------------------------------------

  @Test
  void load_smallFiles() {
    PublishedValues values =
        load(
            IKG_HEADER + "INDONESIA,national,2024,0.421,S4;S32,\n",
            IPG_HEADER + "IPG,INDONESIA,2022,91.63,S51\n");

    assertThat(values.all()).hasSize(2);
    assertThat(values.national(GenderIndex.IKG, Year.of(2024))).isPresent();
    assertThat(values.national(GenderIndex.IPG, Year.of(2022))).isPresent();
  }

  @Test
  void load_readsRegionCodesNotesAndOrdersByIndexRegionAndYear() {
    PublishedValues values =
        load(
            IKG_HEADER
                + "KALIMANTAN TENGAH,province,2023,0.502,S8,\n"
                + "KALIMANTAN BARAT,province,2024,0.493,S8;S10,\n"
                + "KALIMANTAN BARAT,province,2019,0.582,S8,derived: 0.566 + 0.016\n",
            IPG_HEADER);

    assertThat(values.all())
        .extracting(v -> v.region() + " " + v.year())
        .containsExactly(
            "KALIMANTAN BARAT 2019", "KALIMANTAN BARAT 2024", "KALIMANTAN TENGAH 2023");
    PublishedValue kalbar2019 = values.all().get(0);
    assertThat(kalbar2019.regionCode()).contains(RegionCode.parse("61"));
    assertThat(kalbar2019.note()).contains("derived: 0.566 + 0.016");
    assertThat(kalbar2019.isDerived()).isTrue();
    assertThat(values.all().get(1).note()).isEmpty();
    assertThat(values.all().get(2).regionCode()).contains(RegionCode.parse("62"));
  }

  @Test
  void load_ipgIdgRows_takeTheirLevelFromTheRegionName_andReadTheIdgComponents() {
    PublishedValues values =
        load(
            IKG_HEADER,
            "indicator,region,year,value,source_ids,component_parl_F_pct,component_prof_F_pct,"
                + "component_income_F_pct\n"
                + "IDG,INDONESIA,2021,76.26,S52;S15,21.89,49.99,37.22\n"
                + "IPG,Batang (kab),2022,92.1,S51,,,\n"
                + "IPG,Kota Pontianak,2022,93.5,S51,,,\n"
                + "IPG,Jawa Tengah,2022,92.0,S51,,,\n");

    PublishedValue idg = values.national(GenderIndex.IDG, Year.of(2021)).orElseThrow();
    assertThat(idg.level()).isEqualTo(PublishedValue.Level.NATIONAL);
    assertThat(idg.parliamentFemalePercent())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("21.89"));
    assertThat(idg.managersFemalePercent())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("49.99"));
    assertThat(idg.incomeFemalePercent())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("37.22"));
    PublishedValue batang =
        values.find(GenderIndex.IPG, "Batang (kab)", Year.of(2022)).orElseThrow();
    assertThat(batang.level()).isEqualTo(PublishedValue.Level.REGENCY_CITY);
    assertThat(batang.regionCode()).isEmpty();
    assertThat(batang.parliamentFemalePercent()).isEmpty();
    PublishedValue pontianak =
        values.find(GenderIndex.IPG, "Kota Pontianak", Year.of(2022)).orElseThrow();
    assertThat(pontianak.level()).isEqualTo(PublishedValue.Level.REGENCY_CITY);
    assertThat(pontianak.regionCode()).contains(RegionCode.parse("61.71"));
    assertThat(values.find(GenderIndex.IPG, "Jawa Tengah", Year.of(2022)).orElseThrow().level())
        .isEqualTo(PublishedValue.Level.PROVINCE);
  }

  @Test
  void load_acceptsValuesAtBothEndsOfEachIndexRange() {
    PublishedValues values =
        load(
            IKG_HEADER + "INDONESIA,national,2023,0,S4,\n" + "INDONESIA,national,2024,1,S4,\n",
            IPG_HEADER
                + "IPG,INDONESIA,2021,0,S51\n"
                + "IPG,INDONESIA,2022,200,S51\n"
                + "IPG,INDONESIA,2023,150,S51\n"
                + "IDG,INDONESIA,2022,100,S52\n"
                + "GII,INDONESIA,2022,1,S52\n");

    assertThat(values.all()).hasSize(7);
    assertThat(values.national(GenderIndex.IPG, Year.of(2023)).orElseThrow().value())
        .isEqualByComparingTo("150");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IDG,INDONESIA,2022,100.01,S52 | a published IDG must be from 0 to 100.0, was 100.01",
        "IPG,INDONESIA,2022,200.5,S51 | a published IPG must be from 0 to 200.0, was 200.5",
        "IPG,INDONESIA,2022,-0.01,S51 | a published IPG must be from 0 to 200.0, was -0.01",
        "GII,INDONESIA,2022,1.001,S52 | a published GII must be from 0 to 1.0, was 1.001"
      })
  void load_rejectsAnIpgIdgValueOutsideItsRange_atTheValueColumn(String row, String message) {
    assertThatThrownBy(() -> load(IKG_HEADER, IPG_HEADER + row + "\n"))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.element()).contains("column value");
            })
        .hasMessageEndingWith(message);
  }

  @Test
  void load_rejectsAnIkgAboveOne_atTheIkgColumn() {
    assertThatThrownBy(() -> load(IKG_HEADER + "INDONESIA,national,2024,1.2,S4,\n", IPG_HEADER))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.element()).contains("column IKG");
            })
        .hasMessageEndingWith("a published IKG must be from 0 to 1.0, was 1.2");
  }

  @Test
  void load_rejectsADuplicateRow_namingFileLineAndColumn() {
    String ikg =
        IKG_HEADER
            + "INDONESIA,national,2024,0.421,S4,\n"
            + "KALIMANTAN BARAT,province,2024,0.493,S8,\n"
            + "Indonesia,national,2024,0.42,S4,\n";

    assertThatThrownBy(() -> load(ikg, IPG_HEADER))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e -> {
              assertThat(e.file()).isEqualTo("ikg.csv");
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.element()).contains("column region");
            })
        .hasMessageContaining("appears twice");
  }

  @Test
  void load_rejectsADuplicateIpgRow() {
    String ipg = IPG_HEADER + "IPG,INDONESIA,2022,91.63,S51\nIPG,INDONESIA,2022,91.6,S51\n";

    assertThatThrownBy(() -> load(IKG_HEADER, ipg))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e -> {
              assertThat(e.file()).isEqualTo("ipg.csv");
              assertThat(e.line()).isEqualTo(3);
            });
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "INDONESIA,national,2024,abc,S4,| IKG",
        "INDONESIA,national,20x4,0.421,S4,| year",
        "INDONESIA,country,2024,0.421,S4,| level",
        "INDONESIA,national,2024,0.421,S999,| source_ids",
        ",national,2024,0.421,S4,| region"
      })
  void load_rejectsABadValue_namingFileLineAndColumn(String row, String column) {
    assertThatThrownBy(() -> load(IKG_HEADER + "\n" + row + "\n", IPG_HEADER))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e -> {
              assertThat(e.file()).isEqualTo("ikg.csv");
              assertThat(e.line()).isEqualTo(3);
            })
        .hasMessageStartingWith("ikg.csv line 3")
        .hasMessageContaining(column);
  }

  @Test
  void load_rejectsARowWithoutSources() {
    assertThatThrownBy(() -> load(IKG_HEADER + "INDONESIA,national,2024,0.421,,\n", IPG_HEADER))
        .isInstanceOfSatisfying(
            ReferenceDataException.class, e -> assertThat(e.line()).isEqualTo(2))
        .hasMessageContaining("source");
  }

  @Test
  void load_rowWithoutSources_namesTheSourceIdsColumn() {
    assertThatThrownBy(() -> load(IKG_HEADER + "INDONESIA,national,2024,0.421,,\n", IPG_HEADER))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e -> assertThat(e.element()).contains("column source_ids"));
  }

  @Test
  void load_rejectsAnUnknownIndicator() {
    assertThatThrownBy(() -> load(IKG_HEADER, IPG_HEADER + "HDI,INDONESIA,2022,74,S51\n"))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.element()).contains("column indicator");
            })
        .hasMessageContaining("HDI");
  }

  @Test
  void load_rejectsAnUnknownColumn() {
    assertThatThrownBy(() -> load("region,level,year,IKG,source_ids,typo\n", IPG_HEADER))
        .isInstanceOfSatisfying(
            ReferenceDataException.class, e -> assertThat(e.line()).isEqualTo(1))
        .hasMessageContaining("typo");
  }
}
