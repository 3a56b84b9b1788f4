package id.pug.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.examples.scenario.BanjarbaruPlan;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's validation examples and the demo's validation section. */
class ValidationExampleTest {
  @Test
  void nationalReport_findsTheGapsOfTheBanjarbaruPlan() {
    String printed = Stdout.of(() -> ValidationExample.main(new String[0]));
    ValidationReport report = ValidationExample.nationalReport();

    assertThat(report.planId()).isEqualTo("63.72/2025");
    assertThat(report.ruleSetVersion()).isEqualTo("pprg-national 2026.12");
    assertThat(report.violations(Severity.ERROR))
        .extracting(f -> f.ruleId().value() + " " + f.path())
        .containsExactly(
            "PPRG-INST-002 pokja.decree",
            "PPRG-INST-008 focalPoints[0].decree",
            "PPRG-INST-008 focalPoints[1].decree",
            "PPRG-INST-010 actionPlans",
            "PPRG-GBS-003 budgetStatements[0].achievementIndicators");
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings())
        .filteredOn(f -> f.outcome() == Outcome.INSUFFICIENT_DATA)
        .extracting(f -> f.ruleId().value())
        .containsExactly("PPRG-GAP-006", "PPRG-GAP-007", "PPRG-PRQ-001");
    assertThat(printed)
        .contains("Laporan validasi PPRG 63.72/2025, tanggal acuan 2025-01-01")
        .contains("[WAJIB] PPRG-INST-002 pokja.decree")
        .contains("Pokja PUG tidak mencantumkan surat keputusan pembentukannya.")
        .contains("Meets PPRG criteria: false");
  }

  @Test
  void composedReport_addsThePackTheTargetAndOurOwnRule() {
    ValidationReport report = ValidationExample.composedReport(BanjarbaruPlan.build());
    assertThat(report.ruleSetVersion()).isEqualTo("pprg-national 2026.12 + babel-2016 1 + custom");
    assertThat(report.asOf()).hasToString("2026-06-30");
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().value().equals("BABEL-PPRG-001"))
        .extracting(Finding::message)
        .containsExactly(
            "DP2KBPMP2A memiliki 1 rangkaian GAP–GBS–KAK–RKA lengkap, kurang dari 3.",
            "BAPPERIDA memiliki 0 rangkaian GAP–GBS–KAK–RKA lengkap, kurang dari 3.");
    assertThat(report.run(id.pug.rules.engine.RuleId.parse("KOTA-ARG-001")).orElseThrow().passed())
        .isEqualTo(1);
    assertThat(report.run(id.pug.rules.arg.ArgRules.SHARE_TARGET).orElseThrow().passed())
        .isEqualTo(1);
    assertThat(report.trace()).isPresent();
  }

  @Test
  void print_showsTheReportInIndonesian_andAFindingInEnglish() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValidationExample.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Ringkasan: 5 pelanggaran wajib")
        .contains("The same finding in English: The Pokja PUG records no decree forming it.")
        .contains("ARG share of spending: 54.37% (ARG Rp70590400 of Rp129833641)")
        .contains("BABEL-PPRG-001 agencies['dp2kbpmp2a']")
        .contains("evaluations recorded in format pug.trace.v1");
  }
}
