package id.pug.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCatalogTest {

  /**
   * Shipped catalogue, checked against
   * shared/reference/data/wilayah_kalimantan_kepmendagri_2025.csv and budget-notes.md §3.
   */
  @Nested
  class Kalimantan {
    private final RegionCatalog catalog = RegionCatalog.kalimantan();

    @Test
    void holds5ProvincesAnd56KabKota() {
      assertThat(catalog.size()).isEqualTo(61);
      assertThat(catalog.all()).hasSize(61);
      assertThat(catalog.provinces())
          .extracting(r -> r.code().value(), Region::name)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("61", "Kalimantan Barat"),
              org.assertj.core.groups.Tuple.tuple("62", "Kalimantan Tengah"),
              org.assertj.core.groups.Tuple.tuple("63", "Kalimantan Selatan"),
              org.assertj.core.groups.Tuple.tuple("64", "Kalimantan Timur"),
              org.assertj.core.groups.Tuple.tuple("65", "Kalimantan Utara"));
    }

    @ParameterizedTest
    @CsvSource({"61, 14", "62, 14", "63, 13", "64, 10", "65, 5"})
    void eachProvince_hasItsKabKota(String province, int count) {
      ImmutableList<Region> children = catalog.childrenOf(RegionCode.parse(province));

      assertThat(children).hasSize(count);
      assertThat(children)
          .allSatisfy(
              r -> {
                assertThat(r.parent()).contains(RegionCode.parse(province));
                assertThat(r.level()).isIn(RegionLevel.REGENCY, RegionLevel.CITY);
              });
      assertThat(catalog.byProvince().get(RegionCode.parse(province))).hasSize(count + 1);
    }

    @Test
    void all_isOrderedWithEachProvinceBeforeItsKabKota() {
      List<RegionCode> codes =
          catalog.all().stream().map(Region::code).collect(Collectors.toList());

      assertThat(codes).isSorted();
      assertThat(codes.get(0)).isEqualTo(RegionCode.parse("61"));
      assertThat(codes.get(15)).isEqualTo(RegionCode.parse("62"));
    }

    // Province rows of wilayah_kalimantan_kepmendagri_2025.csv (laki-laki, perempuan, total).
    @ParameterizedTest
    @CsvSource({
      "61, 2902699, 2743569, 5646268",
      "62, 1459913, 1365377, 2825290",
      "63, 2176733, 2128548, 4305281",
      "64, 2138665, 1984638, 4123303",
      "65, 403628, 366999, 770627"
    })
    void provincePopulation_isTheSumOfItsKabKota(
        String province, long male, long female, long total) {
      RegionCode code = RegionCode.parse(province);
      Population population = catalog.get(code).population().orElseThrow();

      assertThat(population.male()).isEqualTo(male);
      assertThat(population.female()).isEqualTo(female);
      assertThat(population.total()).isEqualTo(total);
      List<Population> children =
          catalog.childrenOf(code).stream()
              .map(r -> r.population().orElseThrow())
              .collect(Collectors.toList());
      assertThat(children.stream().mapToLong(Population::male).sum()).isEqualTo(male);
      assertThat(children.stream().mapToLong(Population::female).sum()).isEqualTo(female);
      assertThat(children.stream().mapToLong(Population::total).sum()).isEqualTo(total);
    }

    @Test
    void kotaPalangkaraya_hasTheListedFacts() {
      Region region = catalog.get(RegionCode.parse("62.71"));

      assertThat(region.name()).isEqualTo("Kota Palangkaraya");
      assertThat(region.level()).isEqualTo(RegionLevel.CITY);
      assertThat(region.aliases()).contains("KOTA PALANGKARAYA", "Palangka Raya");
      assertThat(region.population()).contains(Population.of(159_809, 155_344));
      assertThat(region.districtCount()).hasValue(5);
      assertThat(region.villageCount()).hasValue(0);
      assertThat(region.urbanVillageCount()).hasValue(30);
      assertThat(region.areaKm2())
          .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("2848.699"));
    }

    @Test
    void everyRegion_hasASource_andEveryKabKotaIsNamedWithItsLevel() {
      assertThat(catalog.all()).allSatisfy(r -> assertThat(r.sources()).isNotEmpty());
      assertThat(catalog.all())
          .filteredOn(r -> r.level() == RegionLevel.REGENCY)
          .allSatisfy(r -> assertThat(r.name()).startsWith("Kabupaten "));
      assertThat(catalog.all())
          .filteredOn(r -> r.level() == RegionLevel.CITY)
          .allSatisfy(r -> assertThat(r.name()).startsWith("Kota "));
    }

    @Test
    void every2022Name_isAnAlias() {
      assertThat(catalog.get(RegionCode.parse("61.01")).aliases()).contains("KAB. SAMBAS");
      assertThat(catalog.get(RegionCode.parse("62")).aliases())
          .contains("KALIMANTAN TENGAH", "Kalteng");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "KAB. SAMBAS | 61.01",
          "Kabupaten Sambas | 61.01",
          "kabupaten sambas | 61.01",
          "Sambas | 61.01",
          "Kab Sambas | 61.01",
          "Palangkaraya | 62.71",
          "Palangka Raya | 62.71",
          "Kota Palangka Raya | 62.71",
          "KOTA PALANGKARAYA | 62.71",
          "Kalteng | 62",
          "Kalimantan Tengah | 62",
          "Provinsi Kalimantan Tengah | 62",
          "PROV. KALIMANTAN TENGAH | 62",
          "Kaltara | 65",
          "Kota Banjarbaru | 63.72",
          "Kotim | 62.02",
          "Kapuas | 62.03",
          "Kapuas Hulu | 61.06",
        })
    void findByName_findsNamesAliasesAndShortForms(String name, String code) {
      assertThat(catalog.findByName(name)).map(Region::code).contains(RegionCode.parse(code));
    }

    @Test
    void findByName_unknownName_isEmpty() {
      assertThat(catalog.findByName("Kabupaten Demak")).isEmpty();
      assertThat(catalog.findByName("")).isEmpty();
    }

    @Test
    void parseCode_acceptsListedCodes() {
      assertThat(catalog.parseCode("64.09")).isEqualTo(RegionCode.parse("64.09"));
      assertThat(catalog.contains(RegionCode.parse("64.09"))).isTrue();
      assertThat(catalog.find(RegionCode.parse("64.09")))
          .map(Region::name)
          .contains("Kabupaten Penajam Paser Utara");
    }

    @Test
    void parseCode_rejectsACodeThatMovedToKaltara() {
      // 64.04-64.06 moved to Kalimantan Utara in 2012 (budget-notes.md §3).
      assertThatThrownBy(() -> catalog.parseCode("64.04"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("RegionCode")
          .hasMessageContaining("\"64.04\"");
      assertThat(catalog.contains(RegionCode.parse("64.04"))).isFalse();
      assertThat(catalog.find(RegionCode.parse("64.10"))).isEmpty();
      assertThat(catalog.find(RegionCode.parse("64.73"))).isEmpty();
    }

    @Test
    void parseCode_rejectsMalformedCodes() {
      assertThatThrownBy(() -> catalog.parseCode("6x.01"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("RegionCode")
          .hasMessageContaining("\"6x.01\"");
    }

    @Test
    void get_rejectsUnlistedCodes() {
      assertThatThrownBy(() -> catalog.get(RegionCode.parse("11")))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("RegionCode")
          .hasMessageContaining("11");
    }

    @Test
    void childrenOf_aKabKotaOrUnknownProvince_isEmpty() {
      assertThat(catalog.childrenOf(RegionCode.parse("62.71"))).isEmpty();
      assertThat(catalog.childrenOf(RegionCode.parse("11"))).isEmpty();
    }
  }

  /** Reading a user's region list: every problem is located at its file, line and column. */
  @Nested
  class Load {
    private static final String HEADER =
        "kode,level,nama,penduduk_laki_laki,penduduk_perempuan,penduduk_total,sumber\n";
    private static final String KALTENG = "62,provinsi,Kalimantan Tengah,10,20,30,S4\n";
    private static final String NO_ALIASES = "alias,kode,sumber\n";

    private RegionCatalog load(String regions, String aliases) {
      return RegionCatalog.load(
          "test list",
          TextSource.ofString("regions.csv", regions),
          TextSource.ofString("aliases.csv", aliases),
          SourceRegistry.shipped());
    }

    private void assertFails(
        String regions, String aliases, String file, int line, String column, String... phrases) {
      assertThatThrownBy(() -> load(regions, aliases))
          .isInstanceOfSatisfying(
              ReferenceDataException.class,
              e -> {
                assertThat(e.file()).isEqualTo(file);
                assertThat(e.line()).isEqualTo(line);
                assertThat(e.element()).contains("column " + column);
              })
          .hasMessageStartingWith(file + " line " + line + ", column " + column + ": ")
          .hasMessageContainingAll(phrases);
    }

    @Test
    void load_readsAValidList() {
      RegionCatalog catalog =
          load(
              HEADER
                  + KALTENG
                  + "62.71,kota,Kota Palangkaraya,4,6,10,S4;REF-BUDGET\n"
                  + "62.01,kabupaten,Kabupaten Kotawaringin Barat,6,14,20,S4\n",
              NO_ALIASES + "Palangka Raya,62.71,SEED-001\n");

      assertThat(catalog.name()).isEqualTo("test list");
      assertThat(catalog.size()).isEqualTo(3);
      assertThat(catalog.findByName("Palangka Raya"))
          .map(Region::code)
          .contains(RegionCode.parse("62.71"));
      assertThat(catalog.get(RegionCode.parse("62.71")).sources())
          .extracting(s -> s.id().orElseThrow())
          .containsExactly("S4", "REF-BUDGET");
      assertThat(catalog.all())
          .extracting(r -> r.code().value())
          .containsExactly("62", "62.01", "62.71");
    }

    @Test
    void load_rejectsATotalThatIsNotTheSum() {
      assertFails(
          HEADER + KALTENG + "62.71,kota,Kota Palangkaraya,5,5,11,S4\n",
          NO_ALIASES,
          "regions.csv",
          3,
          "penduduk_total",
          "11",
          "10");
    }

    @Test
    void load_rejectsAKabKotaWhoseProvinceIsMissing() {
      assertFails(
          HEADER
              + KALTENG
              + "62.71,kota,Kota Palangkaraya,5,5,10,S4\n"
              + "63.72,kota,Kota Banjarbaru,5,5,10,S4\n",
          NO_ALIASES,
          "regions.csv",
          4,
          "kode",
          "63",
          "63.72");
    }

    @Test
    void load_rejectsADuplicateCode() {
      assertFails(
          HEADER
              + KALTENG
              + "62.71,kota,Kota Palangkaraya,5,5,10,S4\n"
              + "62.01,kabupaten,Kabupaten Kotawaringin Barat,5,5,10,S4\n"
              + "62.71,kota,Kota Palangka Raya,5,5,10,S4\n",
          NO_ALIASES,
          "regions.csv",
          5,
          "kode",
          "62.71",
          "twice");
    }

    @Test
    void load_rejectsAnAliasForAnUnknownCode() {
      assertFails(
          HEADER + KALTENG,
          NO_ALIASES + "Kalteng,62,S4\n" + "Banjarbaru,63.72,S4\n",
          "aliases.csv",
          3,
          "kode",
          "63.72",
          "regions.csv");
    }

    @Test
    void load_rejectsAMalformedCode() {
      assertFails(
          HEADER + KALTENG + "6x.01,kabupaten,Kabupaten X,5,5,10,S4\n",
          NO_ALIASES,
          "regions.csv",
          3,
          "kode",
          "RegionCode",
          "\"6x.01\"");
    }

    @Test
    void load_rejectsALevelThatContradictsTheCode() {
      assertFails(
          HEADER + KALTENG + "62.71,provinsi,Kota Palangkaraya,5,5,10,S4\n",
          NO_ALIASES,
          "regions.csv",
          3,
          "kode",
          "Region.level");
    }

    @Test
    void load_rejectsAnUnknownLevel() {
      assertFails(
          HEADER + KALTENG + "62.71,city,Kota Palangkaraya,5,5,10,S4\n",
          NO_ALIASES,
          "regions.csv",
          3,
          "level",
          "\"city\"");
    }

    @Test
    void load_rejectsAnUnknownSource() {
      assertFails(
          HEADER + "62,provinsi,Kalimantan Tengah,10,20,30,S4;S99\n",
          NO_ALIASES,
          "regions.csv",
          2,
          "sumber",
          "S99");
    }

    @Test
    void load_rejectsAMissingRequiredValue() {
      assertFails(
          HEADER + "62,provinsi,,10,20,30,S4\n", NO_ALIASES, "regions.csv", 2, "nama", "required");
    }

    @Test
    void load_rejectsAMalformedNumber() {
      assertFails(
          HEADER + "62,provinsi,Kalimantan Tengah,10,2O,30,S4\n",
          NO_ALIASES,
          "regions.csv",
          2,
          "penduduk_perempuan",
          "2O");
    }

    @Test
    void load_rejectsOnlyOneSexGiven() {
      assertFails(
          "kode,level,nama,penduduk_laki_laki,sumber\n62,provinsi,Kalimantan Tengah,10,S4\n",
          NO_ALIASES,
          "regions.csv",
          2,
          "penduduk_perempuan",
          "together");
    }

    @Test
    void load_rejectsVillageCountsThatDoNotAddUp() {
      assertFails(
          """
              kode,level,nama,jumlah_desa,jumlah_kelurahan,jumlah_desa_kelurahan,sumber
              62,provinsi,Kalimantan Tengah,1432,139,1570,S4
              """,
          NO_ALIASES,
          "regions.csv",
          2,
          "jumlah_desa_kelurahan",
          "1570",
          "1571");
    }

    @Test
    void load_rejectsAProvinceCodeThatContradictsTheCode() {
      assertFails(
          """
              kode,kode_provinsi,level,nama,sumber
              62,62,provinsi,Kalimantan Tengah,S4
              62.71,63,kota,Kota Palangkaraya,S4
              """,
          NO_ALIASES,
          "regions.csv",
          3,
          "kode_provinsi",
          "63",
          "62");
    }

    @Test
    void load_rejectsAProvinceNameThatContradictsTheProvince() {
      assertFails(
          """
              kode,provinsi,level,nama,sumber
              62,Kalimantan Tengah,provinsi,Kalimantan Tengah,S4
              62.71,Kalimantan Selatan,kota,Kota Palangkaraya,S4
              """,
          NO_ALIASES,
          "regions.csv",
          3,
          "provinsi",
          "Kalimantan Selatan");
    }

    @Test
    void load_rejectsAnUnknownColumn() {
      assertFails(
          "kode,level,nama,sumber,populasi\n62,provinsi,Kalimantan Tengah,S4,1\n",
          NO_ALIASES,
          "regions.csv",
          1,
          "populasi",
          "unknown column");
    }

    @Test
    void load_rejectsANameThatMatchesTwoRegions() {
      assertThatThrownBy(
              () ->
                  load(
                      HEADER
                          + KALTENG
                          + "62.71,kota,Kota Palangkaraya,5,5,10,S4\n"
                          + "62.01,kabupaten,Kabupaten Kotawaringin Barat,5,5,10,S4\n",
                      NO_ALIASES + "Palangkaraya,62.01,S4\n"))
          .isInstanceOf(ReferenceDataException.class)
          .hasMessageContaining("aliases.csv")
          .hasMessageContaining("Palangkaraya")
          .hasMessageContaining("ambiguous: it matches [62.01, 62.71]");
    }

    @Test
    void load_readsTheOptionalColumns() {
      RegionCatalog catalog =
          load(
              """
                  kode,level,nama,nama_kepmendagri_2022,jumlah_kecamatan,jumlah_desa,jumlah_kelurahan,jumlah_desa_kelurahan,luas_km2,sumber
                  62,provinsi,Kalimantan Tengah,,136,1432,139,1571,153443.9,S4
                  62.01,kabupaten,Kabupaten Kotawaringin Barat,KAB. KOTAWARINGIN BARAT,6,81,13,94,10759,S4
                  62.71,kota,Kota Palangkaraya,,5,0,30,30,2848.699,S4
                  """,
              NO_ALIASES);

      Region kalteng = catalog.get(RegionCode.parse("62"));
      assertThat(kalteng.districtCount()).hasValue(136);
      assertThat(kalteng.villageCount()).hasValue(1432);
      assertThat(kalteng.urbanVillageCount()).hasValue(139);
      assertThat(kalteng.areaKm2())
          .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("153443.9"));
      assertThat(kalteng.aliases()).isEmpty();
      assertThat(catalog.get(RegionCode.parse("62.01")).aliases())
          .containsExactly("KAB. KOTAWARINGIN BARAT");
      assertThat(catalog.get(RegionCode.parse("62.71")).areaKm2())
          .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("2848.699"));
    }

    @Test
    void load_rejectsA2022NameThatMatchesTwoRegions() {
      assertFails(
          """
              kode,level,nama,nama_kepmendagri_2022,sumber
              62,provinsi,Kalimantan Tengah,,S4
              62.01,kabupaten,Kabupaten Kotawaringin Barat,Palangkaraya,S4
              62.71,kota,Kota Palangkaraya,,S4
              """,
          NO_ALIASES,
          "regions.csv",
          3,
          "nama_kepmendagri_2022",
          "\"Palangkaraya\" of 62.01 is ambiguous: it matches [62.01, 62.71]");
    }

    @Test
    void load_acceptsACountOfIntegerMaxValue_andRejectsOneMore() {
      String header = "kode,level,nama,jumlah_kecamatan,sumber\n";

      assertThat(
              load(header + "62,provinsi,Kalimantan Tengah,2147483647,S4\n", NO_ALIASES)
                  .get(RegionCode.parse("62"))
                  .districtCount())
          .hasValue(Integer.MAX_VALUE);
      assertFails(
          header + "62,provinsi,Kalimantan Tengah,2147483648,S4\n",
          NO_ALIASES,
          "regions.csv",
          2,
          "jumlah_kecamatan",
          "at most 2147483647",
          "2147483648");
    }

    @Test
    void findByName_inALoadedList_expandsTheProvincePrefixes() {
      RegionCatalog catalog = load(HEADER + KALTENG, NO_ALIASES);

      assertThat(catalog.findByName("Provinsi Kalimantan Tengah"))
          .map(Region::code)
          .contains(RegionCode.parse("62"));
      assertThat(catalog.findByName("PROV. KALIMANTAN TENGAH"))
          .map(Region::code)
          .contains(RegionCode.parse("62"));
    }

    @Test
    void findByName_aBaseNameOfAKabupatenAndAKota_isAmbiguousAndNamesBoth() {
      // Kabupaten Bekasi and Kota Bekasi both exist (Jawa Barat).
      RegionCatalog catalog =
          load(
              """
                  kode,level,nama,sumber
                  32,provinsi,Jawa Barat,S4
                  32.16,kabupaten,Kabupaten Bekasi,S4
                  32.75,kota,Kota Bekasi,S4
                  """,
              NO_ALIASES);

      assertThat(catalog.findByName("Kota Bekasi"))
          .map(Region::code)
          .contains(RegionCode.parse("32.75"));
      assertThatThrownBy(() -> catalog.findByName("Bekasi"))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.typeName()).isEqualTo("Region");
                assertThat(e.field()).contains("name");
              })
          .hasMessage(
              "Region.name must identify one region; it matches"
                  + " [32.16 Kabupaten Bekasi, 32.75 Kota Bekasi], was \"Bekasi\"");
    }
  }
}
