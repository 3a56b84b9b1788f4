package id.pug.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.agency.Agency;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.BudgetLine;
import id.pug.core.money.Rupiah;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.arg.ArgShare;
import id.pug.rules.engine.RuleRun;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.packs.PolicyPacks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Scenario5PaserArg2025Test {
  private static final String HEADING = "Scenario 5 — Kabupaten Paser, Rakor PUG (2025-06-16)";

  private static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Scenario5PaserArg2025.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void agency_isPasersDp2kbp3a_withItsLongNameUnconfirmed() {
    Agency agency = Scenario5PaserArg2025.agency();

    assertThat(agency.region()).hasToString("64.01");
    assertThat(agency.acronym()).contains("DP2KBP3A");
    assertThat(agency.nameConfirmed()).isFalse();
    assertThat(agency.sources()).extracting(s -> s.id().orElse("")).containsExactly("SEED-004");
  }

  @Test
  void plan_holdsTwoTaggedLinesWithTheirChains_andOneUntaggedLine() {
    RegionalPprgPlan plan = Scenario5PaserArg2025.plan();
    var nomenclature = Scenario5PaserArg2025.nomenclature();

    assertThat(nomenclature.id()).isEqualTo("kabkota-1317-partial");
    assertThat(plan.budgetLines())
        .extracting(l -> l.subActivity() + " " + l.amount() + " " + l.isTagged())
        .containsExactly(
            "2.08.03.2.02.0001 Rp633.611.720 true",
            "2.08.02.2.02.0001 Rp100.000.000 true",
            "2.08.01.2.09.0009 Rp241.831.000 false");
    assertThat(plan.taggedLines())
        .extracting(l -> l.argTag().orElseThrow().category())
        .containsExactly(ArgCategory.SPECIFIC_TARGET, ArgCategory.EQUALITY);
    for (BudgetLine line : plan.budgetLines()) {
      assertThat(nomenclature.nameOf(line.subActivity())).isEqualTo(line.name());
    }
    for (BudgetLine line : plan.taggedLines()) {
      assertThat(plan.gapOf(line)).isPresent();
      assertThat(plan.gbsOf(line).orElseThrow().budget()).contains(line.amount());
      assertThat(plan.kakOf(line).orElseThrow().cost()).contains(line.amount());
    }
    assertThat(plan.danglingReferences()).isEmpty();
  }

  @Test
  void argShare_isTheTaggedCeilingsOverAllCeilings() {
    RegionalPprgPlan plan = Scenario5PaserArg2025.plan();

    assertThat(Scenario5PaserArg2025.argShare()).isEqualByComparingTo("75.21");
    assertThat(ArgShare.tagged(plan)).isEqualByComparingTo(BigDecimal.valueOf(733_611_720L));
    assertThat(ArgShare.total(plan)).isEqualByComparingTo(BigDecimal.valueOf(975_442_720L));
    assertThat(plan.taggedBudget()).isEqualTo(Rupiah.of(733_611_720L));
  }

  @Test
  void report_withThePhilippinePack_meetsItsFivePercent_andListsTheAgencysFindings() {
    ValidationReport report = Scenario5PaserArg2025.report();

    assertThat(report.ruleSetVersion()).isEqualTo("pprg-national 2026.12 + philippines-gad 1");
    assertThat(report.asOf()).hasToString("2025-06-16");
    assertThat(report.run(PolicyPacks.PHILIPPINES_SHARE).map(RuleRun::passed)).contains(1);
    assertThat(report.summary().rulesEvaluated()).isEqualTo(68);
    assertThat(report.summary().errors()).isEqualTo(3);
    assertThat(report.summary().warnings()).isEqualTo(1);
    assertThat(report.summary().infos()).isEqualTo(1);
    assertThat(report.summary().insufficientData()).isEqualTo(11);
    assertThat(report.summary().passed()).isEqualTo(82);
    assertThat(Scenario5PaserArg2025.agencyFindings(report))
        .extracting(f -> f.ruleId() + " " + f.severity() + " " + f.path())
        .containsExactly("PPRG-INST-007 ERROR focalPoints");
    // The women-only line is category 1 (anggaran khusus target gender): its single-sex output
    // indicator and beneficiaries are right for it, so PPRG-PLAN-008 and PPRG-KAK-004 pass.
    assertThat(report.findingsOf(id.pug.rules.planning.PlanningRules.OUTPUT_BY_SEX)).isEmpty();
    assertThat(report.findingsOf(id.pug.rules.kak.KakRules.BENEFICIARIES)).isEmpty();
  }

  @Test
  void auditExcerpt_isTheTitleTheSummaryAndTheAgencysSection() {
    var excerpt = Scenario5PaserArg2025.auditExcerpt(Scenario5PaserArg2025.auditMarkdown());

    assertThat(excerpt.size()).isLessThanOrEqualTo(30);
    assertThat(excerpt.get(0))
        .isEqualTo("# Temuan validasi PPRG — Kabupaten Paser (64.01), tahun anggaran 2025");
    assertThat(excerpt)
        .contains(
            "## Ringkasan", "| Pelanggaran wajib (ERROR) | 3 |", "| Tingkat terpenuhi | 83,7% |")
        .contains(
            "## Perangkat daerah: DP2KBP3A — Dinas Pengendalian Penduduk, Keluarga Berencana,"
                + " Pemberdayaan Perempuan dan Perlindungan Anak")
        .contains("1. **PPRG-INST-007** (wajib) `focalPoints`")
        .noneMatch(line -> line.startsWith("## Tingkat daerah"))
        .noneMatch(line -> line.endsWith(" "));
  }

  @Test
  void print_showsTheLinesTheShareThePackAndTheAuditExcerpt() {
    String out = printed();

    assertThat(out)
        .startsWith(HEADING + "\n" + "-".repeat(HEADING.length()) + "\n")
        .contains("Agency DP2KBP3A (64.01, pug's agency data, source SEED-004)")
        .contains("codes: kabkota-1317-partial, partial")
        .contains("2.08.03.2.02.0001")
        .contains("Rp633.611.720  ARG: Anggaran khusus target gender")
        .contains("Rp100.000.000  ARG: Anggaran kesetaraan gender")
        .contains("Rp241.831.000  not tagged")
        .contains("ARG share of spending (ArgShare): 75.21% — ARG Rp733.611.720 of Rp975.442.720")
        .contains("a comparison, not Indonesian law): met.")
        .contains("pprg-national 2026.12 + philippines-gad 1 as of 2025-06-16")
        .contains("  | Pelanggaran wajib (ERROR) | 3 |")
        .contains("  1. **PPRG-INST-007** (wajib) `focalPoints`")
        .doesNotContain("PPRG-PLAN-008");
    assertThat(out.lines().count()).isBetween(15L, 40L);
  }
}
