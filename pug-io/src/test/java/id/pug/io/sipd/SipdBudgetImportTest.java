package id.pug.io.sipd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyRole;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.BudgetLine;
import id.pug.core.money.Rupiah;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.RegionCode;
import id.pug.io.json.PlanJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import org.junit.jupiter.api.Test;

class SipdBudgetImportTest {
  private static final RegionCode KAPUAS = RegionCode.parse("62.03");
  private static final Year YEAR = Year.of(2025);
  private static final String HEADER =
      "kode_sbl,kode_skpd,nama_skpd,kode_sub_giat,nama_sub_giat,pagu,namadana,pagudana,"
          + "outputteks,satuanoutput,targetoutput,arg_kategori,gbs_id\n";

  private static SipdImport read(String csv) {
    return SipdBudgetImport.read(TextSource.ofString("sipd.csv", csv), KAPUAS, YEAR);
  }

  @Test
  void read_theExampleExport() throws IOException {
    Path file = Path.of("..", "examples", "sipd", "kapuas-2025-sub-kegiatan.csv");
    SipdImport result;
    try (InputStream in = Files.newInputStream(file)) {
      result = SipdBudgetImport.read(TextSource.of(file.toString(), in), KAPUAS, YEAR);
    }
    assertThat(result.rejected()).isEmpty();
    assertThat(result.isComplete()).isTrue();
    assertThat(result.lines()).hasSize(3);
    BudgetLine policy = result.lines().get(0);
    assertThat(policy.subActivity()).hasToString("2.08.02.2.01.01");
    assertThat(policy.amount()).isEqualTo(Rupiah.of(70_590_400));
    assertThat(policy.argTag().orElseThrow().category())
        .isEqualTo(ArgCategory.INSTITUTIONALISATION);
    assertThat(policy.outputIndicator().orElseThrow().targetFor(YEAR).orElseThrow().text())
        .contains("2 Dokumen");
    assertThat(result.lines().get(1).amount()).isEqualTo(Rupiah.of(220_000_000));
    assertThat(result.lines().get(2).amount()).isEqualTo(Rupiah.of(100_000_000));
    assertThat(result.lines().get(2).isTagged()).isFalse();
    assertThat(
            java.util.Objects.requireNonNull(result.agencies().get(AgencyId.of("dp3appkb")))
                .hasRole(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION))
        .isTrue();
    assertThat(result.toPlan().budgetLines()).hasSize(3);
    assertThat(result.toPlan().region()).isEqualTo(KAPUAS);
  }

  @Test
  void read_rejectsBadRowsWithTheirLineAndEveryProblem_andKeepsTheRest() {
    SipdImport result =
        read(
            HEADER
                + "a,dp3appkb,DP3APPKB,2.08.02.2.01.01,Koordinasi,70590400,DAU,70590400,,,,,\n"
                + "b,dp3appkb,DP3APPKB,2.08.02.2.01,Kegiatan,\"12,5\",,,,,,,\n"
                + "c,dp3appkb,,2.08.02.2.01.02,Koordinasi,-5,,,,,,,\n"
                + "d,dp3appkb,DP3APPKB,2.08.02.2.01.03,X,1000,,,Jumlah dokumen,,2,,\n"
                + "e,dp3appkb,DP3APPKB,2.08.02.2.01.04,X,1000,,,,,,TAGGED,\n"
                + "f,dp3appkb,DP3APPKB,2.08.02.2.01.05,X,1000,,,,,,,gbs-1\n");
    assertThat(result.lines()).extracting(l -> l.id().value()).containsExactly("a");
    assertThat(result.rejected()).extracting(SipdRejectedRow::line).containsExactly(3, 4, 5, 6, 7);
    assertThat(result.rejected().get(0).reason())
        .contains("kode_sub_giat \"2.08.02.2.01\" is a kegiatan code, not a sub-kegiatan code")
        .contains("pagu \"12,5\" is not whole rupiah");
    assertThat(result.rejected().get(1).reason())
        .contains("nama_skpd is empty")
        .contains("pagu \"-5\" is negative");
    assertThat(result.rejected().get(2).reason()).contains("has no satuanoutput");
    assertThat(result.rejected().get(3).reason())
        .contains("arg_kategori \"TAGGED\" is not an ARG category");
    assertThat(result.rejected().get(4).reason()).contains("gbs_id is given without arg_kategori");
    assertThat(result.rejected().get(0))
        .hasToString(
            "sipd.csv line 3: kode_sub_giat \"2.08.02.2.01\" is a kegiatan code, not a sub-kegiatan"
                + " code; pagu \"12,5\" is not whole rupiah (write 70590400 or Rp70.590.400)");
    assertThat(result.isComplete()).isFalse();
  }

  @Test
  void read_mergesRowsOfOneLine_intoFundingSources() {
    SipdImport result =
        read(
            HEADER
                + "a,dp3appkb,DP3APPKB,2.08.02.2.01.01,K,100,DAU,60,,,,,\n"
                + "a,dp3appkb,DP3APPKB,2.08.02.2.01.01,K,100,DAK Non Fisik,40,,,,,\n"
                + "a,dp3appkb,DP3APPKB,2.08.02.2.01.02,K,100,DAK,40,,,,,\n");
    assertThat(result.lines())
        .singleElement()
        .satisfies(l -> assertThat(l.fundingSources()).hasSize(2));
    assertThat(result.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(4);
              assertThat(r.reason()).contains("kode_sbl a repeats with another");
            });
  }

  @Test
  void read_rejectsARepeatedKodeSbl_thatGivesAnotherNameTagOrOutput() {
    // was: merged into the first row's line, its name, ARG tag or output silently dropped
    SipdImport result =
        read(
            HEADER
                + "a,dp3appkb,DP3APPKB,2.08.02.2.01.01,K,100,DAU,60,Dokumen kebijakan,Dokumen,1,,\n"
                + "a,dp3appkb,DP3APPKB,2.08.02.2.01.01,,100,DAK,40,,,,,\n"
                + "a,dp3appkb,DP3APPKB,2.08.02.2.01.01,Nama lain,100,DAK,40,,,,,\n"
                + "a,dp3appkb,DP3APPKB,2.08.02.2.01.01,K,100,DAK,40,,,,EQUALITY,\n"
                + "a,dp3appkb,DP3APPKB,2.08.02.2.01.01,K,100,DAK,40,Dokumen kebijakan,Dokumen,2,,\n");
    assertThat(result.lines())
        .singleElement()
        .satisfies(l -> assertThat(l.fundingSources()).hasSize(2));
    assertThat(result.rejected()).extracting(SipdRejectedRow::line).containsExactly(4, 5, 6);
    assertThat(result.rejected().get(0).reason())
        .isEqualTo("kode_sbl a repeats with another nama_sub_giat than its first row");
    assertThat(result.rejected().get(1).reason())
        .isEqualTo(
            "kode_sbl a repeats with another arg_kategori, gap_id, gbs_id, kak_id or arg_label than"
                + " its first row");
    assertThat(result.rejected().get(2).reason())
        .isEqualTo(
            "kode_sbl a repeats with another outputteks, satuanoutput, targetoutput or"
                + " targetoutputteks than its first row");
  }

  @Test
  void read_rejectsATargetWithoutItsOutput() {
    // was: targetoutput and targetoutputteks without outputteks were silently ignored
    SipdImport result = read(HEADER + "a,dp3appkb,DP3APPKB,2.08.02.2.01.01,K,100,,,,,2,,\n");
    assertThat(result.rejected())
        .singleElement()
        .extracting(SipdRejectedRow::reason)
        .isEqualTo("targetoutput is given without outputteks");
  }

  @Test
  void read_rejectsValuesAPlanFileCannotHold() {
    // was: imported, and `pug sipd` wrote a plan file that `pug validate` refused to read
    String longName = "x".repeat(100_001);
    SipdImport result =
        read(
            HEADER
                + "a,dp3appkb,DP3APPKB,2.08.02.2.01.01,"
                + longName
                + ",100,,,,,,,\n"
                + "b,dp3appkb,DP3APPKB,2.08.02.2.01.02,K,100,,,Dokumen,Dokumen,1e-999999999,,\n"
                + "c,dp3appkb,DP3APPKB,2.08.02.2.01.03,K,100,,,Dokumen,Dokumen,"
                + "9".repeat(101)
                + ",,\n"
                + "d,dp3appkb,DP3APPKB,2.08.02.2.01.04,K,100,,,Dokumen,Dokumen,1e-1000,,\n");
    assertThat(result.lines()).extracting(l -> l.id().value()).containsExactly("d");
    assertThat(result.rejected()).extracting(SipdRejectedRow::line).containsExactly(2, 3, 4);
    assertThat(result.rejected().get(0).reason())
        .isEqualTo("nama_sub_giat has 100001 characters, more than the 100000 a plan file holds");
    assertThat(result.rejected().get(1).reason())
        .isEqualTo(
            "targetoutput \"1e-999999999\" is a number a plan file cannot hold (at most 100"
                + " characters and 1000 digits after the point)");
    assertThat(result.rejected().get(2).reason())
        .startsWith("targetoutput \"" + "9".repeat(100) + "…(101 characters)\" is a number");
    PlanJson json = PlanJson.standard();
    assertThat(json.read("plan.json", json.write(result.toPlan()))).isEqualTo(result.toPlan());
  }

  @Test
  void read_checksTheParentCodesItIsGiven() {
    SipdImport result =
        SipdBudgetImport.read(
            TextSource.ofString(
                "sipd.csv",
                "kode_skpd,nama_skpd,kode_bidang_urusan,kode_giat,kode_sub_giat,pagu\n"
                    + "d,DP3A,2.08,2.08.02.2.01,2.08.02.2.01.01,5\n"
                    + "d,DP3A,2.14,2.08.02.2.02,2.08.02.2.01.02,5\n"),
            KAPUAS,
            YEAR);
    assertThat(result.lines()).hasSize(1);
    assertThat(result.rejected().get(0).reason())
        .contains("kode_giat \"2.08.02.2.02\" is not the kegiatan of sub-kegiatan 2.08.02.2.01.02")
        .contains("kode_bidang_urusan \"2.14\" is not the bidang urusan");
  }

  @Test
  void read_failsOnAnUnreadableFile_namingFileLineAndColumn() {
    assertThatThrownBy(() -> read("kode_skpd,nama_skpd,pagu\nd,DP3A,5\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("sipd.csv")
        .hasMessageContaining("kode_sub_giat");
    assertThatThrownBy(() -> read("kode_skpd,nama_skpd,kode_sub_giat,pagu,pagu_typo\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("pagu_typo");
    assertThatThrownBy(() -> read(HEADER + "a,\"d,DP3A\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("line 2");
  }
}
