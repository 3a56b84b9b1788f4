package id.pug.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyRole;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.rules.action.ActionRules;
import id.pug.rules.engine.RuleRun;
import id.pug.rules.engine.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Scenario4KaltimActionPlan2019Test {
  private static final String HEADING =
      "Scenario 4 — Kalimantan Timur, Bimtek Rencana Aksi Pokja PUG (2019-09-19)";

  private static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Scenario4KaltimActionPlan2019.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void dkp3a_isKalimantanTimursAgencyInPugsCatalogue() {
    Agency dkp3a = Scenario4KaltimActionPlan2019.dkp3a();

    assertThat(dkp3a.region()).hasToString("64");
    assertThat(dkp3a.acronym()).contains("DKP3A");
    assertThat(dkp3a.name())
        .isEqualTo("Dinas Kependudukan, Pemberdayaan Perempuan dan Perlindungan Anak");
    assertThat(dkp3a.sources()).anySatisfy(s -> assertThat(s.id()).contains("SEED-003"));
  }

  @Test
  void drivers_mapTheFourDriverAgenciesToTheirRoles() {
    assertThat(Scenario4KaltimActionPlan2019.drivers())
        .extracting(d -> d.agency() + " " + d.role() + " " + d.how())
        .containsExactly(
            "Bappeda PLANNING acronym (variant bappeda)",
            "DKP3A WOMEN_EMPOWERMENT_CHILD_PROTECTION acronym (variant dkp3a)",
            "BPKAD FINANCE declared",
            "Inspektorat INSPECTORATE declared");
    assertThat(Scenario4KaltimActionPlan2019.duty(AgencyRole.INSPECTORATE))
        .contains("oversight/QA of PPRG (Permen PPPA 4/2014)");
    assertThat(Scenario4KaltimActionPlan2019.duty(AgencyRole.HEALTH)).isEmpty();
  }

  @Test
  void plan_isAPokjaWorkPlanOfFourActions() {
    var plan = Scenario4KaltimActionPlan2019.plan();
    var workPlan = plan.actionPlan(Scenario4KaltimActionPlan2019.WORK_PLAN).orElseThrow();

    assertThat(plan.region()).hasToString("64.72");
    assertThat(workPlan.kind()).isEqualTo(ActionPlanKind.POKJA_WORK_PLAN);
    assertThat(workPlan.title()).hasValueSatisfying(t -> assertThat(t).contains("ilustratif"));
    assertThat(workPlan.actions()).hasSize(4);
  }

  @Test
  void report_asOfTheBimtek_runsTheActionRules_andSkipsThoseNotYetInEffect() {
    ValidationReport report = Scenario4KaltimActionPlan2019.report();

    assertThat(report.asOf()).hasToString("2019-09-19");
    assertThat(report.summary().rulesEvaluated()).isEqualTo(66);
    assertThat(Scenario4KaltimActionPlan2019.skipped(report))
        .containsExactly("PPRG-PLAN-008 NOT_IN_EFFECT", "PPRG-PRQ-002 DISABLED");
    for (var id : Scenario4KaltimActionPlan2019.actionRules()) {
      assertThat(report.run(id)).as("%s ran", id).isPresent();
    }
    assertThat(report.run(ActionRules.RESPONSIBLE_AGENCY).map(RuleRun::violated)).contains(1);
    assertThat(report.run(ActionRules.TIMELINE).map(RuleRun::violated)).contains(1);
    assertThat(report.run(ActionRules.MEASURABLE).map(RuleRun::violated)).contains(1);
    assertThat(report.run(ActionRules.OUTCOME).map(RuleRun::violated)).contains(2);
    assertThat(report.run(ActionRules.OUTCOME).map(RuleRun::passed)).contains(2);
    assertThat(Scenario4KaltimActionPlan2019.actionFindings(report))
        .extracting(f -> f.ruleId() + " " + f.severity() + " " + f.path())
        .containsExactly(
            "PPRG-ACT-001 WARNING actionPlans[0].actions[3].responsibleAgency",
            "PPRG-ACT-002 WARNING actionPlans[0].actions[2].start",
            "PPRG-ACT-003 WARNING actionPlans[0].actions[3].indicators[0].targets",
            "PPRG-ACT-004 INFO actionPlans[0].actions[1].indicators",
            "PPRG-ACT-004 INFO actionPlans[0].actions[3].indicators");
  }

  @Test
  void print_showsTheDriversTheActionsAndTheirFindings() {
    String out = printed();

    assertThat(out)
        .startsWith(HEADING + "\n" + "-".repeat(HEADING.length()) + "\n")
        .contains("30 participants: Bappeda, Dinas PPPA, GOW")
        .contains("derived")
        .contains("  Bappeda      PLANNING ")
        .contains("  DKP3A        WOMEN_EMPOWERMENT_CHILD_PROTECTION ")
        .contains("  BPKAD        FINANCE ")
        .contains("  Inspektorat  INSPECTORATE ")
        .contains("Rencana Kerja/Rencana Aksi Pokja PUG 2020 for Kota Samarinda")
        .contains("(no timeline)")
        .contains("(no agency)")
        .contains("as of 2019-09-19: 66 rules run")
        .contains("PPRG-PLAN-008 (in effect from 2023-01-01), PPRG-PRQ-002 (off by default)")
        .contains("[SEBAIKNYA] PPRG-ACT-001 actionPlans[0].actions[3].responsibleAgency")
        .contains("tidak menyebut perangkat daerah penanggung jawab.")
        .contains("[SEBAIKNYA] PPRG-ACT-002 actionPlans[0].actions[2].start")
        .contains("[SEBAIKNYA] PPRG-ACT-003 actionPlans[0].actions[3].indicators[0].targets")
        .contains("[INFO] PPRG-ACT-004 actionPlans[0].actions[1].indicators");
    assertThat(out.lines().count()).isBetween(15L, 40L);
  }
}
