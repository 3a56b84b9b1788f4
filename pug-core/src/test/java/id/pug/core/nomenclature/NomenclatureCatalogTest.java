package id.pug.core.nomenclature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.law.RegulationId;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.GovernmentLevel;
import id.pug.core.testing.Samples;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NomenclatureCatalogTest {
  private static final NomenclatureCatalog SHIPPED = NomenclatureCatalog.shipped();

  private static NomenclatureCode code(String text) {
    return NomenclatureCode.parse(text);
  }

  private static long subKegiatanUnder(NomenclatureVersion v, String prefix) {
    return v.entriesAt(NomenclatureLevel.SUB_KEGIATAN).stream()
        .filter(e -> code(prefix).isAncestorOf(e.code()))
        .count();
  }

  /** The shipped versions, against budget-notes.md §1-§2. */
  @Nested
  class Shipped {

    @Test
    void versions_areOrderedByValidFrom() {
      assertThat(SHIPPED.versions())
          .extracting(NomenclatureVersion::id)
          .containsExactly("kabkota-050-5889", "kabkota-1317-partial", "provinsi-kegiatan-partial");
      assertThat(SHIPPED.versions()).allSatisfy(v -> assertThat(v.sources()).isNotEmpty());
      assertThat(SHIPPED.versions())
          .allSatisfy(
              v ->
                  assertThat(v.bidangUrusan())
                      .containsExactlyInAnyOrder(code("2.08"), code("2.14")));
    }

    @Test
    void kabkota050_5889_isTheComplete331EntryTree() {
      NomenclatureVersion v = SHIPPED.version("kabkota-050-5889");

      assertThat(v.entries()).hasSize(331);
      assertThat(v.entriesAt(NomenclatureLevel.URUSAN)).hasSize(1);
      assertThat(v.entriesAt(NomenclatureLevel.BIDANG_URUSAN)).hasSize(2);
      assertThat(v.entriesAt(NomenclatureLevel.PROGRAM)).hasSize(11);
      assertThat(v.entriesAt(NomenclatureLevel.KEGIATAN)).hasSize(43);
      assertThat(v.entriesAt(NomenclatureLevel.SUB_KEGIATAN)).hasSize(274);
      assertThat(v.coverage()).isEqualTo(Coverage.COMPLETE);
      assertThat(v.governmentLevel()).isEqualTo(GovernmentLevel.REGENCY_CITY);
      assertThat(v.validFrom()).isEqualTo(Year.of(2021));
      assertThat(v.decree()).contains(RegulationId.of("kepmendagri-050-5889-2021"));
      assertThat(v.unconfirmed())
          .containsExactlyInAnyOrder(
              NomenclatureVersion.Attribute.DECREE, NomenclatureVersion.Attribute.VALID_FROM);
    }

    @Test
    void kabkota050_5889_subKegiatan_splitAsTheNotesSay() {
      NomenclatureVersion v = SHIPPED.version("kabkota-050-5889");

      // 79 generic penunjang sub-kegiatan copied into 2.08.01 and 2.14.01; 41 and 75 substantive.
      assertThat(subKegiatanUnder(v, "2.08.01")).isEqualTo(79);
      assertThat(subKegiatanUnder(v, "2.14.01")).isEqualTo(79);
      assertThat(subKegiatanUnder(v, "2.08") - 79).isEqualTo(41);
      assertThat(subKegiatanUnder(v, "2.14") - 79).isEqualTo(75);
      assertThat(v.entriesAt(NomenclatureLevel.SUB_KEGIATAN))
          .allSatisfy(e -> assertThat(e.code().subKegiatanDigits()).contains(2));
    }

    @Test
    void kabkota050_5889_programs() {
      NomenclatureVersion v = SHIPPED.version("kabkota-050-5889");

      assertThat(v.childrenOf(code("2.08")))
          .extracting(e -> e.code().format())
          .containsExactly(
              "2.08.01", "2.08.02", "2.08.03", "2.08.04", "2.08.05", "2.08.06", "2.08.07");
      assertThat(v.childrenOf(code("2.14"))).hasSize(4);
      assertThat(v.nameOf(code("2.08.02")))
          .contains("PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN");
    }

    @Test
    void kabkota050_5889_pugInstitutionalisation() {
      NomenclatureVersion v = SHIPPED.version("kabkota-050-5889");

      assertThat(v.nameOf(code("2.08.02.2.01")))
          .contains(
              "Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan Kabupaten/Kota");
      assertThat(v.childrenOf(code("2.08.02.2.01")))
          .extracting(e -> e.code().format(), NomenclatureEntry::name)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "2.08.02.2.01.01",
                  "Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG"),
              org.assertj.core.groups.Tuple.tuple(
                  "2.08.02.2.01.02",
                  "Koordinasi dan Sinkronisasi Pelaksanaan PUG Kewenangan Kabupaten/Kota"),
              org.assertj.core.groups.Tuple.tuple(
                  "2.08.02.2.01.03",
                  "Advokasi Kebijakan dan Pendampingan Pelaksanaan PUG termasuk PPRG"),
              org.assertj.core.groups.Tuple.tuple(
                  "2.08.02.2.01.04", "Sosialisasi kebijakan Pelaksanaan PUG termasuk PPRG"));
    }

    @Test
    void everyVersion_holdsExactlyTheCodesItFinds_byTheSameHashLookup() {
      for (NomenclatureVersion v : SHIPPED.versions()) {
        for (NomenclatureEntry e : v.entries().values()) {
          // A code equal to the entry's but made again: found by value, not by identity.
          NomenclatureCode again = NomenclatureCode.parse(e.code().format());
          assertThat(v.holds(again)).as(e.code().format()).isTrue();
          assertThat(v.find(again)).contains(e);
          // A sub-kegiatan number no list uses.
          e.code()
              .parent()
              .ifPresent(
                  p -> {
                    if (p.level() == NomenclatureLevel.KEGIATAN) {
                      NomenclatureCode absent = NomenclatureCode.parse(p.format() + ".9999");
                      assertThat(v.holds(absent)).as(absent.format()).isFalse();
                      assertThat(v.find(absent)).isEmpty();
                    }
                  });
        }
      }
    }

    @Test
    void kabkota050_5889_everyEntryHasItsParent() {
      NomenclatureVersion v = SHIPPED.version("kabkota-050-5889");

      assertThat(v.entries().values())
          .allSatisfy(
              e ->
                  e.code()
                      .parent()
                      .ifPresent(p -> assertThat(v.find(p)).as(e.code().format()).isPresent()));
      assertThat(v.entries().values()).allSatisfy(e -> assertThat(e.sources()).isNotEmpty());
    }

    @Test
    void kabkota1317_isThePartialParepareList() {
      NomenclatureVersion v = SHIPPED.version("kabkota-1317-partial");

      assertThat(v.entries()).hasSize(233);
      assertThat(v.entriesAt(NomenclatureLevel.PROGRAM)).hasSize(10);
      assertThat(v.entriesAt(NomenclatureLevel.KEGIATAN)).hasSize(37);
      assertThat(v.entriesAt(NomenclatureLevel.SUB_KEGIATAN)).hasSize(186);
      assertThat(subKegiatanUnder(v, "2.08") - subKegiatanUnder(v, "2.08.01")).isEqualTo(39);
      assertThat(subKegiatanUnder(v, "2.14") - subKegiatanUnder(v, "2.14.01")).isEqualTo(80);
      assertThat(v.coverage()).isEqualTo(Coverage.PARTIAL);
      assertThat(v.entriesAt(NomenclatureLevel.SUB_KEGIATAN))
          .allSatisfy(e -> assertThat(e.code().subKegiatanDigits()).contains(4));
    }

    @Test
    void kabkota1317_keepsTheCodeAsTheSourceWroteIt() {
      NomenclatureVersion v = SHIPPED.version("kabkota-1317-partial");
      NomenclatureEntry pug = v.find(code("2.08.02.2.01.0001")).orElseThrow();

      assertThat(pug.originalCode()).contains("2.08.02.02.01.0001");
      assertThat(pug.name())
          .isEqualTo("Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG");
      assertThat(v.find(code("2.08.02")).orElseThrow().originalCode()).isEmpty();
      assertThat(v.entries().values())
          .filteredOn(
              e ->
                  e.level() == NomenclatureLevel.KEGIATAN
                      || e.level() == NomenclatureLevel.SUB_KEGIATAN)
          .allSatisfy(
              e -> {
                assertThat(e.originalCode()).isPresent();
                assertThat(code(e.originalCode().orElseThrow())).isEqualTo(e.code());
                assertThat(e.originalCode().orElseThrow()).contains(".02.");
              });
      assertThat(v.childrenOf(code("2.08.02.2.01")))
          .extracting(e -> e.code().format())
          .containsExactly(
              "2.08.02.2.01.0001", "2.08.02.2.01.0005", "2.08.02.2.01.0006", "2.08.02.2.01.0008");
    }

    @Test
    void provinsiKegiatan_holds22ProvinceKegiatan() {
      NomenclatureVersion v = SHIPPED.version("provinsi-kegiatan-partial");

      assertThat(v.entries()).hasSize(22);
      assertThat(v.entries().values())
          .allSatisfy(
              e -> {
                assertThat(e.level()).isEqualTo(NomenclatureLevel.KEGIATAN);
                assertThat(e.code().governmentLevel()).contains(GovernmentLevel.PROVINCE);
              });
      assertThat(v.governmentLevel()).isEqualTo(GovernmentLevel.PROVINCE);
      assertThat(v.nameOf(code("2.08.02.1.01")))
          .hasValueSatisfying(n -> assertThat(n).endsWith("Kewenangan Provinsi"));
    }

    @ParameterizedTest
    @CsvSource({
      "2021, REGENCY_CITY, kabkota-050-5889",
      "2022, REGENCY_CITY, kabkota-050-5889",
      "2023, REGENCY_CITY, kabkota-1317-partial",
      "2025, REGENCY_CITY, kabkota-1317-partial",
      "2024, PROVINCE, provinsi-kegiatan-partial",
      "2030, PROVINCE, provinsi-kegiatan-partial",
    })
    void inEffect_isTheLatestVersionNotAfterTheYear(int year, GovernmentLevel level, String id) {
      assertThat(SHIPPED.inEffect(Year.of(year), level)).map(NomenclatureVersion::id).contains(id);
    }

    @Test
    void inEffect_beforeTheFirstVersion_isEmpty() {
      assertThat(SHIPPED.inEffect(Year.of(2020), GovernmentLevel.REGENCY_CITY)).isEmpty();
      assertThat(SHIPPED.inEffect(Year.of(2023), GovernmentLevel.PROVINCE)).isEmpty();
    }

    @Test
    void find_looksUpInTheVersionInEffect() {
      assertThat(SHIPPED.find(code("2.08.02.2.01.01"), Year.of(2022), GovernmentLevel.REGENCY_CITY))
          .map(NomenclatureEntry::name)
          .contains("Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG");
      assertThat(SHIPPED.find(code("2.08.02.2.01.01"), Year.of(2025), GovernmentLevel.REGENCY_CITY))
          .isEmpty();
      assertThat(
              SHIPPED.find(code("2.08.02.2.01.0001"), Year.of(2025), GovernmentLevel.REGENCY_CITY))
          .isPresent();
      assertThat(SHIPPED.find(code("2.08.02"), Year.of(2024), GovernmentLevel.PROVINCE)).isEmpty();
    }

    @Test
    void find_rejectsALevelDigitOfAnotherTier() {
      assertThatThrownBy(
              () -> SHIPPED.find(code("2.08.02.1.01"), Year.of(2022), GovernmentLevel.REGENCY_CITY))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.typeName()).isEqualTo("NomenclatureCode"))
          .hasMessageContaining("\"2.08.02.1.01\"");
      assertThatThrownBy(
              () -> SHIPPED.find(code("2.08.02.2.01"), Year.of(2024), GovernmentLevel.PROVINCE))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("2.08.02.2.01");
    }

    @Test
    void versionsHolding_listsEveryVersionWithTheCode() {
      assertThat(SHIPPED.versionsHolding(code("2.08.02.2.01")))
          .extracting(NomenclatureVersion::id)
          .containsExactly("kabkota-050-5889", "kabkota-1317-partial");
      assertThat(SHIPPED.versionsHolding(code("2.08.02.1.01")))
          .extracting(NomenclatureVersion::id)
          .containsExactly("provinsi-kegiatan-partial");
    }

    @Test
    void version_unknownId_isRejected() {
      assertThatThrownBy(() -> SHIPPED.version("kabkota-2019"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("NomenclatureVersion.id")
          .hasMessageContaining("\"kabkota-2019\"")
          .hasMessageContaining("kabkota-050-5889");
    }

    @Test
    void of_rejectsDuplicateIds() {
      assertThatThrownBy(
              () ->
                  NomenclatureCatalog.of(
                      List.of(Samples.nomenclatureVersion(), Samples.nomenclatureVersion())))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("NomenclatureVersion.id")
          .hasMessageContaining("kabkota-sample");
    }
  }

  /** Reading versions and their CSV files: every problem is located at its file and line. */
  @Nested
  class Load {
    private static final String VERSION =
        """
            [v]
            name = Test list
            decree = permendagri-15-2008
            valid_from = 2021
            government_level = REGENCY_CITY
            coverage = COMPLETE
            urusan = 2.08
            file = n.csv
            code_column = kode
            level_column = level
            name_column = nama
            original_code_column = asli
            parent_column = induk
            source = S1
            """;
    private static final String HEADER = "kode,asli,level,nama,induk\n";
    private static final String VALID =
        HEADER
            + "2,,urusan,URUSAN WAJIB,\n"
            + "2.08,,bidang_urusan,PPPA,2\n"
            + "2.08.02,,program,PUG,2.08\n"
            + "2.08.02.2.01,2.08.02.02.01,kegiatan,Pelembagaan PUG,2.08.02\n";

    private NomenclatureCatalog load(String versions, String csv) {
      return NomenclatureCatalog.load(
          TextSource.ofString("versions.txt", versions),
          f ->
              f.equals("n.csv")
                  ? TextSource.ofString(f, csv)
                  : TextSource.ofResource(NomenclatureCatalog.class, f),
          SourceRegistry.shipped(),
          Samples.regulationCatalog());
    }

    private void assertFails(
        String versions, String csv, String file, int line, String element, String... phrases) {
      assertThatThrownBy(() -> load(versions, csv))
          .isInstanceOfSatisfying(
              ReferenceDataException.class,
              e -> {
                assertThat(e.file()).isEqualTo(file);
                assertThat(e.line()).isEqualTo(line);
                assertThat(e.element()).contains(element);
              })
          .hasMessageStartingWith(file + " line " + line + ", " + element + ": ")
          .hasMessageContainingAll(phrases);
    }

    @Test
    void load_readsAValidVersion() {
      NomenclatureVersion v = load(VERSION, VALID).version("v");

      assertThat(v.entries()).hasSize(4);
      assertThat(v.find(code("2.08.02.2.01")).orElseThrow().originalCode())
          .contains("2.08.02.02.01");
      assertThat(v.find(code("2.08.02")).orElseThrow().originalCode()).isEmpty();
      assertThat(v.find(code("2.08")).orElseThrow().sources())
          .extracting(s -> s.id().orElseThrow())
          .containsExactly("S1");
    }

    @Test
    void load_readsTheDecreeUnconfirmedAttributesAndPerRowSourcesAndNotes() {
      String version =
          VERSION
                  .replace("original_code_column = asli\n", "")
                  .replace(
                      "parent_column = induk\n", "source_column = sumber\nnote_column = catatan\n")
              + "unconfirmed = DECREE, VALID_FROM\n";
      String csv =
          """
              kode,level,nama,sumber,catatan
              2,urusan,URUSAN WAJIB,,
              2.08,bidang_urusan,PPPA,S2,
              2.08.02,program,PUG,S2;S3,renamed in 2023
              """;

      NomenclatureVersion v = load(version, csv).version("v");

      assertThat(v.decree()).contains(RegulationId.of("permendagri-15-2008"));
      assertThat(v.unconfirmed())
          .containsExactlyInAnyOrder(
              NomenclatureVersion.Attribute.DECREE, NomenclatureVersion.Attribute.VALID_FROM);
      assertThat(v.find(code("2")).orElseThrow().sources())
          .extracting(s -> s.id().orElseThrow())
          .containsExactly("S1");
      assertThat(v.find(code("2.08")).orElseThrow().sources())
          .extracting(s -> s.id().orElseThrow())
          .containsExactly("S2");
      NomenclatureEntry program = v.find(code("2.08.02")).orElseThrow();
      assertThat(program.sources())
          .extracting(s -> s.id().orElseThrow())
          .containsExactly("S2", "S3");
      assertThat(program.note()).contains("renamed in 2023");
      assertThat(v.find(code("2.08")).orElseThrow().note()).isEmpty();
    }

    @Test
    void load_withoutUnconfirmedAttributes_confirmsEverything() {
      assertThat(load(VERSION, VALID).version("v").unconfirmed()).isEmpty();
    }

    @Test
    void load_rejectsACodeNotInCanonicalForm() {
      assertFails(
          VERSION,
          VALID + "2.08.02.02.02,,kegiatan,X,2.08.02\n",
          "n.csv",
          6,
          "column kode",
          "2.08.02.2.02");
    }

    @Test
    void load_rejectsALevelThatContradictsTheCode() {
      assertFails(
          VERSION, VALID + "2.08.03,,kegiatan,X,2.08\n", "n.csv", 6, "column level", "program");
    }

    @Test
    void load_rejectsADuplicateCode() {
      assertFails(
          VERSION, VALID + "2.08.02,,program,PUG again,2.08\n", "n.csv", 6, "column kode", "twice");
    }

    @Test
    void load_rejectsAWrongParent() {
      assertFails(
          VERSION,
          VALID + "2.08.02.2.02,,kegiatan,X,2.08\n",
          "n.csv",
          6,
          "column induk",
          "2.08.02");
    }

    @Test
    void load_rejectsAnOriginalCodeForAnotherCode() {
      assertFails(
          VERSION,
          VALID + "2.08.02.2.02,2.08.02.02.03,kegiatan,X,2.08.02\n",
          "n.csv",
          6,
          "column asli",
          "2.08.02.2.03");
    }

    @Test
    void load_rejectsAMalformedCode() {
      assertFails(
          VERSION,
          VALID + "2.08.02.3.02,,kegiatan,X,2.08.02\n",
          "n.csv",
          6,
          "column kode",
          "NomenclatureCode",
          "\"2.08.02.3.02\"");
    }

    @Test
    void load_rejectsAnUnknownDecree() {
      assertFails(
          VERSION.replace("permendagri-15-2008", "kepmendagri-1-2099"),
          VALID,
          "versions.txt",
          3,
          "key decree",
          "kepmendagri-1-2099");
    }

    @Test
    void load_rejectsAnUnknownEnumValue() {
      assertFails(
          VERSION.replace("coverage = COMPLETE", "coverage = FULL"),
          VALID,
          "versions.txt",
          6,
          "key coverage",
          "\"FULL\"");
    }

    @Test
    void load_rejectsAnInvalidList() {
      assertThatThrownBy(
              () -> load(VERSION, VALID + "2.08.02.1.02,,kegiatan,Province kegiatan,2.08.02\n"))
          .isInstanceOf(ReferenceDataException.class)
          .hasMessageStartingWith("n.csv")
          .hasMessageContaining("2.08.02.1.02");
    }

    @Test
    void load_aFileThatCannotBeOpened_isReportedAtTheKeyNamingIt() {
      // was: "id/pug/core/nomenclature/nowhere.csv: resource not found", at no line of versions.txt
      assertFails(
          VERSION.replace("file = n.csv", "file = nowhere.csv"),
          VALID,
          "versions.txt",
          8,
          "key file",
          "names a file that cannot be read",
          "nowhere.csv",
          "resource not found");
    }

    @Test
    void load_aProblemOfTheVersionItself_isReportedAtItsRecord() {
      // was: reported at the CSV file, line 0, though the record lacks its bidang urusan
      assertFails(
          VERSION.replace("urusan = 2.08\n", ""),
          VALID,
          "versions.txt",
          1,
          "record [v]",
          "bidangUrusan must not be empty");
    }

    @Test
    void load_rejectsAnInvalidList_atTheOffendingRow() {
      assertFails(
          VERSION,
          VALID + "2.08.02.1.02,,kegiatan,Province kegiatan,2.08.02\n",
          "n.csv",
          6,
          "column kode",
          "2.08.02.1.02");
    }
  }
}
