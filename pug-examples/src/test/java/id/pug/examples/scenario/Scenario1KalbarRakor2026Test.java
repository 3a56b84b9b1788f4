package id.pug.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.pug.core.indicator.IkgComponent;
import id.pug.core.indicator.IkgLever;
import id.pug.core.indicator.TargetStatus;
import id.pug.rules.action.ActionRules;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.institution.InstitutionRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Scenario1KalbarRakor2026Test {

  private static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Scenario1KalbarRakor2026.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ikg_comparesKalbarWithTheNation() {
    assertThat(Scenario1KalbarRakor2026.kalbarIkg().value()).isEqualByComparingTo("0.493");
    assertThat(Scenario1KalbarRakor2026.nationalIkg().value()).isEqualByComparingTo("0.421");
    assertThat(Scenario1KalbarRakor2026.gap().difference()).isCloseTo(0.072, within(0.0005));
    assertThat(Scenario1KalbarRakor2026.gap().relativePercent()).isCloseTo(17.1, within(0.05));
    assertThat(Scenario1KalbarRakor2026.gap().isWorse()).isTrue();
  }

  @Test
  void hypotheticalTarget_findsThe2024ValueOnTrack() {
    assertThat(Scenario1KalbarRakor2026.baselineIkg().value()).isEqualByComparingTo("0.519");
    TargetStatus status = Scenario1KalbarRakor2026.status();
    assertThat(status.expected()).isCloseTo(0.5027, within(0.00005));
    assertThat(status.state()).isEqualTo(TargetStatus.State.ON_TRACK);
    assertThat(status.aheadOfTrajectory()).isCloseTo(0.0097, within(0.00005));
  }

  @Test
  void levers_rankBirthsInHealthFacilitiesFirst() {
    assertThat(Scenario1KalbarRakor2026.levers())
        .extracting(IkgLever::component)
        .containsExactly(
            IkgComponent.MTF,
            IkgComponent.PARLIAMENT_FEMALE,
            IkgComponent.MHPK20,
            IkgComponent.LABOUR_FEMALE,
            IkgComponent.EDUCATION_FEMALE);
    assertThat(Scenario1KalbarRakor2026.levers().get(0).effectOfOnePoint())
        .isCloseTo(-0.0045, within(0.00005));
    assertThat(Scenario1KalbarRakor2026.rankOf(IkgComponent.MTF)).isEqualTo(1);
    assertThat(Scenario1KalbarRakor2026.rankOf(IkgComponent.MHPK20)).isEqualTo(3);
    assertThat(Scenario1KalbarRakor2026.rankOf(IkgComponent.LABOUR_MALE)).isZero();
  }

  @Test
  void forumRules_passTheTermButLackTheMembers() {
    ValidationReport report = Scenario1KalbarRakor2026.forumReport();

    assertThat(report.asOf()).hasToString("2026-02-10");
    assertThat(report.rules()).hasSize(3);
    assertThat(Scenario1KalbarRakor2026.outcomeOf(report, InstitutionRules.FORUM_EXISTS))
        .isEqualTo(Outcome.PASSED);
    assertThat(Scenario1KalbarRakor2026.outcomeOf(report, InstitutionRules.FORUM_SECTORS))
        .isEqualTo(Outcome.INSUFFICIENT_DATA);
    assertThat(Scenario1KalbarRakor2026.outcomeOf(report, InstitutionRules.FORUM_TERM))
        .isEqualTo(Outcome.PASSED);
    assertThat(report.findings())
        .extracting(f -> f.ruleId().value() + " " + f.path() + " " + f.messageKey())
        .containsExactly("PPRG-INST-014 forumPuspa.members PPRG-INST-014.noMembers");
  }

  @Test
  void actionRules_reportTheOutputOnlyActions_andPassTheImpactOne() {
    ValidationReport report = Scenario1KalbarRakor2026.actionReport();

    assertThat(report.rules()).hasSize(4);
    assertThat(report.findings())
        .extracting(f -> f.ruleId().value() + " " + f.severity() + " " + f.path())
        .containsExactly(
            "PPRG-ACT-003 WARNING actionPlans[0].actions[1].indicators[0].targets",
            "PPRG-ACT-004 INFO actionPlans[0].actions[0].indicators",
            "PPRG-ACT-004 INFO actionPlans[0].actions[1].indicators");
    assertThat(report.findingsOf(ActionRules.MEASURABLE))
        .extracting(Finding::message)
        .containsExactly(
            "Indikator \"Jumlah kegiatan sosialisasi usia perkawinan\" untuk aksi \"Sosialisasi"
                + " usia perkawinan dan kelahiran pertama di bawah 20 tahun\" tidak memiliki"
                + " target.");
    assertThat(report.run(ActionRules.RESPONSIBLE_AGENCY).orElseThrow().passed()).isEqualTo(3);
    assertThat(report.run(ActionRules.TIMELINE).orElseThrow().passed()).isEqualTo(3);
    assertThat(report.violations(Severity.ERROR)).isEmpty();
    assertThat(Scenario1KalbarRakor2026.actionsPassingAll()).containsExactly(3);
  }

  @Test
  void actionPlan_usesTheProvinceCountAndThePublishedIkg() {
    var actions = Scenario1KalbarRakor2026.actionPlan().actions();
    assertThat(actions.get(0).indicators().get(0).targets().get(0).total())
        .contains(BigDecimal.valueOf(14));
    assertThat(actions.get(2).indicators().get(0).baseline().orElseThrow().total().orElseThrow())
        .isEqualByComparingTo("0.493");
    assertThat(actions.get(2).indicators().get(0).targets().get(0).text())
        .contains("0.421 (target hipotetis)");
    assertThat(Scenario1KalbarRakor2026.plan().danglingReferences()).isEmpty();
  }

  @Test
  void print_showsTheSection() {
    String out = printed();

    assertThat(out)
        .startsWith(
            "Scenario 1 — Kalimantan Barat, Rakor PPPA–PPKB 2026 (2026-02-10)"
                + System.lineSeparator()
                + "-".repeat(64)
                + System.lineSeparator())
        .contains("IKG 2024: Kalimantan Barat 0.493, Indonesia 0.421 — +0.072 (+17.1%), worse")
        .contains("Hypothetical target (not an adopted one): from 0.519 (2023)")
        .contains("expects 0.5027 → ON_TRACK, 0.0097 ahead")
        .contains("IKG 0.4886")
        .contains("1. births outside a health facility (MTF)")
        .contains("IKG -0.0045")
        .contains("(MTF) ranks #1, marriage age / first births before 20 (MHPK20) #3 of 5")
        .contains("PPRG-INST-013 passed")
        .contains("PPRG-INST-014 insufficient data")
        .contains("Rencana tidak mencatat anggota Forum PUSPA")
        .contains("PPRG-INST-015 passed (term 2026–2028 covers 2026)")
        .contains("(contoh ilustratif)")
        .contains("14 Kabupaten/Kota (semua, ilustratif)")
        .contains("[SEBAIKNYA] PPRG-ACT-003 actionPlans[0].actions[1].indicators[0].targets")
        .contains("[INFO] PPRG-ACT-004 actionPlans[0].actions[0].indicators")
        .contains("hanya diukur pada tingkat keluaran.")
        .contains("Passes all four rules: action 3");
    assertThat(out.lines().count()).isBetween(15L, 45L);
  }
}
