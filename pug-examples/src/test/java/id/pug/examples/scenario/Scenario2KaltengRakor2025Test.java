package id.pug.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.law.LegalState;
import id.pug.core.law.RegulationAttribute;
import id.pug.core.region.Region;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Scenario2KaltengRakor2025Test {

  private static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Scenario2KaltengRakor2025.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void legalBasis_isInForceOnTheDay_andThePerdasTitleIsUnconfirmed() {
    var perda = Scenario2KaltengRakor2025.perda();
    var inpres = Scenario2KaltengRakor2025.inpres();

    assertThat(perda.shortName()).isEqualTo("Perda Provinsi Kalimantan Tengah 4/2014");
    assertThat(perda.title()).isEmpty();
    assertThat(perda.unconfirmed()).containsExactly(RegulationAttribute.TITLE);
    assertThat(Scenario2KaltengRakor2025.statusOnRakor(perda).state())
        .isEqualTo(LegalState.IN_FORCE);
    assertThat(inpres.title()).contains("Pengarusutamaan Gender dalam Pembangunan Nasional");
    assertThat(inpres.unconfirmed()).isEmpty();
    assertThat(Scenario2KaltengRakor2025.statusOnRakor(inpres).state())
        .isEqualTo(LegalState.IN_FORCE);
  }

  @Test
  void regionsAndAgencies_comeFromTheCatalogues() {
    assertThat(Scenario2KaltengRakor2025.kabKota()).hasSize(14);
    assertThat(Scenario2KaltengRakor2025.kabKota())
        .extracting(Region::name)
        .contains("Kabupaten Kapuas", "Kabupaten Murung Raya", "Kota Palangkaraya");
    assertThat(Scenario2KaltengRakor2025.knownAgencies())
        .extracting(a -> a.shortName())
        .containsExactly("DP3APPKB", "Bapperida");
    assertThat(Scenario2KaltengRakor2025.agencies().values())
        .filteredOn(a -> !a.nameConfirmed())
        .extracting(a -> a.shortName())
        .containsExactly("BPKAD", "Inspektorat");
  }

  @Test
  void report_findsOneFocalPointGapPerAgencyWithoutOne() {
    ValidationReport report = Scenario2KaltengRakor2025.report();

    assertThat(report.planId()).isEqualTo("62/2025");
    assertThat(report.ruleSetVersion()).isEqualTo("pprg-national 2026.12");
    assertThat(Scenario2KaltengRakor2025.focalPointFindings())
        .extracting(f -> f.ruleId().value() + " " + f.path() + " " + f.subjectId())
        .containsExactly(
            "PPRG-INST-007 focalPoints bpkad", "PPRG-INST-007 focalPoints inspektorat");
    assertThat(Scenario2KaltengRakor2025.focalPointFindings())
        .extracting(Finding::message)
        .containsExactly(
            "BPKAD tidak memiliki focal point PUG.", "Inspektorat tidak memiliki focal point PUG.");
    assertThat(report.violations(Severity.ERROR))
        .containsExactlyElementsOf(Scenario2KaltengRakor2025.focalPointFindings());
    assertThat(report.run(RuleId.parse("PPRG-INST-007")).orElseThrow().passed()).isEqualTo(2);
    for (String pokjaRule :
        new String[] {
          "PPRG-INST-001",
          "PPRG-INST-002",
          "PPRG-INST-003",
          "PPRG-INST-004",
          "PPRG-INST-005",
          "PPRG-INST-006",
          "PPRG-INST-008",
          "PPRG-INST-010",
          "PPRG-INST-011"
        }) {
      assertThat(report.findingsOf(RuleId.parse(pokjaRule))).as(pokjaRule).isEmpty();
    }
    assertThat(report.findings())
        .extracting(f -> f.ruleId().value())
        .doesNotContain("PPRG-ACT-001", "PPRG-ACT-002", "PPRG-ACT-003", "PPRG-ACT-004");
    assertThat(Scenario2KaltengRakor2025.summaryLine(report))
        .isEqualTo(
            "Ringkasan: 2 pelanggaran wajib, 2 peringatan, 1 info, 5 data tidak cukup; 38"
                + " terpenuhi dari 48 pemeriksaan (79,2%); skor kepatuhan 76,7");
  }

  @Test
  void plan_holdsBothActionPlans() {
    var plan = Scenario2KaltengRakor2025.plan();

    assertThat(plan.actionPlans())
        .extracting(p -> p.id().value() + " " + p.kind() + " " + p.period())
        .containsExactly(
            "rad-pug-2025-2029 RAD_PUG 2025–2029", "rad-kg-2026-2029 THEMATIC 2026–2029");
    assertThat(plan.actionPlans().get(0).areasWithoutActions()).isEmpty();
    assertThat(plan.pokja().orElseThrow().members()).hasSize(4);
    assertThat(plan.focalPoints()).hasSize(2);
    assertThat(plan.danglingReferences()).isEmpty();
  }

  @Test
  void print_showsTheSection() {
    String out = printed();
    String heading =
        "Scenario 2 — Kalimantan Tengah, Rakor pembangunan kesetaraan gender 2025 (2025-11-19)";

    assertThat(out)
        .startsWith(
            heading
                + System.lineSeparator()
                + "-".repeat(heading.length())
                + System.lineSeparator())
        .contains("Inpres 9/2000 — Pengarusutamaan Gender dalam Pembangunan Nasional")
        .contains("Perda Provinsi Kalimantan Tengah 4/2014 — exact title unconfirmed")
        .contains("unconfirmed attributes: title")
        .contains("status: in force")
        .contains("The 14 kab/kota of Kalimantan Tengah")
        .contains("62.03 Kab. Kapuas")
        .contains("62.71 Kota Palangkaraya")
        .contains("DP3APPKB — Dinas Pemberdayaan Perempuan")
        .contains("Bapperida — Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah")
        .contains("An illustrative plan adds BPKAD and Inspektorat")
        .contains("chair Kepala Bapperida, secretary Kepala DP3APPKB, 4 heads as members")
        .contains("RAD PUG 2025–2029 and RAD Kesetaraan Gender 2026–2029")
        .contains("[WAJIB] PPRG-INST-007 focalPoints (bpkad)")
        .contains("BPKAD tidak memiliki focal point PUG.")
        .contains("[WAJIB] PPRG-INST-007 focalPoints (inspektorat)")
        .contains("Inspektorat tidak memiliki focal point PUG.")
        .contains("Ringkasan: 2 pelanggaran wajib")
        .contains("PPRG-PLAN-004 insufficient data ×4");
    assertThat(out.lines().count()).isBetween(15L, 45L);
  }
}
