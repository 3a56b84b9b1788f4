package id.pug.examples.scenario;

import com.google.common.collect.ImmutableList;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyNameCatalog;
import id.pug.core.agency.AgencyRecognition;
import id.pug.core.agency.AgencyRole;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.YearRange;
import id.pug.core.pokja.ActionArea;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanId;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.core.pokja.PlannedAction;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.action.ActionRules;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.RuleRun;
import id.pug.rules.engine.SkippedRule;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Scenario 4 — Kalimantan Timur, the Bimtek (technical guidance) on the action plans of the
 * kab/kota Pokja PUG held by the province's DKP3A at a hotel in Samarinda on Wednesday 19 September
 * 2019, for 30 participants from the Bappeda, the Dinas PPPA and the GOW (women's organisations) of
 * the kab/kota of Kaltim (seed 003, {@code SEED-003}).
 *
 * <p>What it shows: the seed calls the Pokja PUG the forum where the implementers and the drivers
 * (penggerak) of PUG consult, and names as a challenge that members understand their functions and
 * the drivers' roles poorly. pug maps the four driver agencies to their PUG roles ({@link
 * AgencyRole}) — the planning agency (Bappeda), the women's empowerment agency (Kaltim's DKP3A, as
 * {@link AgencyNameCatalog#recognize(String)} reads the acronym and {@link AgencyCatalog} lists
 * it), finance and the inspectorate (roles declared: their urusan codes are not in pug's sources) —
 * with each role's duty as {@code domain.md} §3 maps it, a mapping the source itself calls derived.
 * It then checks the actions of a Pokja work plan ({@link ActionPlanKind#POKJA_WORK_PLAN}) for a
 * responsible agency, a timeline and measurable indicators: rules PPRG-ACT-001 to 004, the national
 * catalogue validated as of the day of the Bimtek, reporting which rules were not in effect that
 * day.
 *
 * <p>Facts and their sources: date, place, organiser, participants and the Pokja's definition (seed
 * 003); DKP3A's name and role (pug's agency data: {@code SEED-003}, P11, P12); the driver agencies
 * (Jawa Timur 2018, Papua 2025) and their role mapping ({@code domain.md} §3, marked derived there;
 * the formal text allocating these roles is unconfirmed); Kota Samarinda's code (S4). Illustrative:
 * the whole action plan — its region (Kota Samarinda, the Bimtek's venue, stands for any kab/kota
 * of Kaltim; this is not Samarinda's plan), year, actions, months and targets — and the kab/kota
 * agencies, which carry the generic names the seed uses (Bappeda, Dinas PPPA) or the generic names
 * of their role (BPKAD, Inspektorat), not the city's own names.
 */
public final class Scenario4KaltimActionPlan2019 {
  /** The day of the Bimtek (seed 003), the date the plan is validated as of. */
  public static final LocalDate BIMTEK = LocalDate.of(2019, 9, 19);

  /** The year the illustrative work plan covers. */
  public static final Year PLAN_YEAR = Year.of(2020);

  /** The id of the illustrative Pokja work plan. */
  public static final ActionPlanId WORK_PLAN = ActionPlanId.of("renaksi-pokja-pug-2020");

  private static final AgencyId BAPPEDA = AgencyId.of("bappeda");
  private static final AgencyId DINAS_PPPA = AgencyId.of("dinas-pppa");
  private static final AgencyId BPKAD = AgencyId.of("bpkad");
  private static final AgencyId INSPEKTORAT = AgencyId.of("inspektorat");

  private Scenario4KaltimActionPlan2019() {}

  /**
   * A PUG driver agency, the PUG role pug gives it, how pug knows the role, and the role's duty.
   *
   * @param agency the agency's short name
   * @param role its PUG role
   * @param how how the role was found: from the acronym, or declared
   * @param duty the role's duty as {@code domain.md} §3 maps it (derived)
   */
  public record Driver(String agency, AgencyRole role, String how, String duty) {}

  /**
   * The duty of a PUG driver role, as {@code domain.md} §3 maps it ("derived, consistent with
   * sources"; the formal text allocating the roles is unconfirmed).
   *
   * @param role a role
   * @return the duty, or empty for a role that is not a driver
   */
  public static Optional<String> duty(AgencyRole role) {
    return switch (role) {
      case PLANNING -> Optional.of("chairs the Pokja PUG; GAP in RPJMD, Renstra, Renja, RKPD");
      case WOMEN_EMPOWERMENT_CHILD_PROTECTION ->
          Optional.of("Pokja secretary; technical facilitation; data (SIGA)");
      case FINANCE -> Optional.of("budget (TAPD): RKA/DPA and GBS");
      case INSPECTORATE -> Optional.of("oversight/QA of PPRG (Permen PPPA 4/2014)");
      default -> Optional.empty();
    };
  }

  /**
   * Kalimantan Timur's DKP3A as pug's agency catalogue lists it.
   *
   * @return the province's agency for women's empowerment and child protection
   */
  public static Agency dkp3a() {
    RegionCode kaltim = RegionCatalog.kalimantan().parseCode("64");
    return AgencyCatalog.kalimantan()
        .in(kaltim, AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION)
        .get(0);
  }

  /**
   * The four PUG drivers and their roles: Bappeda and DKP3A recognised from their acronyms, finance
   * and the inspectorate with declared roles (those of the illustrative plan's agencies).
   *
   * @return the drivers, in the order planning, women's empowerment, finance, inspectorate
   */
  public static ImmutableList<Driver> drivers() {
    AgencyNameCatalog names = AgencyNameCatalog.shipped();
    AgencyRecognition bappeda = names.recognize("Bappeda").orElseThrow();
    AgencyRecognition dkp3a = names.recognize("DKP3A").orElseThrow();
    RegionalPprgPlan plan = plan();
    Agency bpkad = plan.agency(BPKAD).orElseThrow();
    Agency inspektorat = plan.agency(INSPEKTORAT).orElseThrow();
    return ImmutableList.of(
        driver("Bappeda", bappeda, AgencyRole.PLANNING),
        driver(dkp3a().shortName(), dkp3a, AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION),
        declared(bpkad, AgencyRole.FINANCE),
        declared(inspektorat, AgencyRole.INSPECTORATE));
  }

  private static Driver driver(String name, AgencyRecognition recognition, AgencyRole role) {
    if (!recognition.hasRole(role)) {
      throw new IllegalStateException(name + " is not recognised as " + role);
    }
    return new Driver(
        name,
        role,
        "acronym" + recognition.variant().map(v -> " (variant " + v.id() + ")").orElse(""),
        duty(role).orElseThrow());
  }

  private static Driver declared(Agency agency, AgencyRole role) {
    if (!agency.declaredRoles().contains(role)) {
      throw new IllegalStateException(agency + " does not declare " + role);
    }
    return new Driver(agency.shortName(), role, "declared", duty(role).orElseThrow());
  }

  /**
   * The illustrative plan: the kab/kota's four driver agencies and its Pokja PUG work plan for
   * {@link #PLAN_YEAR}, four actions of which some lack a responsible agency, a timeline or a
   * target.
   *
   * @return the plan
   */
  public static RegionalPprgPlan plan() {
    RegionCode city = RegionCatalog.kalimantan().parseCode("64.72");
    return RegionalPprgPlan.builder()
        .region(city)
        .fiscalYear(PLAN_YEAR)
        .putAgency(
            BAPPEDA,
            Agency.builder()
                .name("Badan Perencanaan Pembangunan Daerah")
                .acronym("Bappeda")
                .region(city)
                .addUrusan(AgencyRole.PLANNING.urusan().orElseThrow())
                .nameConfirmed(false)
                .addNote("generic name: seed 003 names the kab/kota participants Bappeda")
                .build())
        .putAgency(
            DINAS_PPPA,
            Agency.builder()
                .name("Dinas Pemberdayaan Perempuan dan Perlindungan Anak")
                .acronym("Dinas PPPA")
                .region(city)
                .addUrusan(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION.urusan().orElseThrow())
                .nameConfirmed(false)
                .addNote("generic name: seed 003 names the kab/kota participants Dinas PPPA")
                .build())
        .putAgency(
            BPKAD,
            Agency.builder()
                .name("Badan Pengelolaan Keuangan dan Aset Daerah")
                .acronym("BPKAD")
                .region(city)
                .addDeclaredRole(AgencyRole.FINANCE)
                .nameConfirmed(false)
                .addNote("generic name of the finance agency (agency-name variant bpkad)")
                .build())
        .putAgency(
            INSPEKTORAT,
            Agency.builder()
                .name("Inspektorat")
                .region(city)
                .addDeclaredRole(AgencyRole.INSPECTORATE)
                .nameConfirmed(false)
                .addNote("generic name of the inspectorate (agency-name variant inspektorat)")
                .build())
        .addActionPlan(workPlan(city))
        .build();
  }

  private static IndicatorValue target(String text) {
    return IndicatorValue.builder().year(PLAN_YEAR).text(text).build();
  }

  private static PerformanceIndicator indicator(
      String name, String unit, IndicatorLevel level, Optional<String> target) {
    PerformanceIndicator.Builder indicator =
        PerformanceIndicator.builder().name(name).unit(unit).level(level);
    target.ifPresent(t -> indicator.addTarget(target(t)));
    return indicator.build();
  }

  private static ActionPlan workPlan(RegionCode city) {
    return ActionPlan.builder()
        .id(WORK_PLAN)
        .kind(ActionPlanKind.POKJA_WORK_PLAN)
        .region(city)
        .period(YearRange.of(PLAN_YEAR))
        .title("Rencana Aksi Pokja PUG " + PLAN_YEAR + " (contoh ilustratif)")
        .addActions(
            PlannedAction.builder()
                .description("Peningkatan kapasitas anggota Pokja PUG (fungsi, tugas, SDGs)")
                .area(ActionArea.INSTITUTIONS)
                .responsibleAgency(DINAS_PPPA)
                .start(YearMonth.of(2020, 2))
                .end(YearMonth.of(2020, 4))
                .addIndicators(
                    indicator(
                        "Jumlah anggota Pokja PUG yang mengikuti peningkatan kapasitas",
                        "Orang",
                        IndicatorLevel.OUTPUT,
                        Optional.of("seluruh anggota Pokja PUG")),
                    indicator(
                        "Jumlah perangkat daerah anggota Pokja PUG yang menyusun GAP dan GBS",
                        "Perangkat daerah",
                        IndicatorLevel.OUTCOME,
                        Optional.of("seluruh perangkat daerah anggota Pokja PUG")))
                .build(),
            PlannedAction.builder()
                .description("Integrasi isu gender dalam penyusunan Renja perangkat daerah")
                .area(ActionArea.DEVELOPMENT_CYCLE)
                .responsibleAgency(BAPPEDA)
                .start(YearMonth.of(2020, 1))
                .end(YearMonth.of(2020, 6))
                .addIndicator(
                    indicator(
                        "Jumlah Renja perangkat daerah yang memuat GAP dan GBS",
                        "Dokumen",
                        IndicatorLevel.OUTPUT,
                        Optional.of("seluruh Renja perangkat daerah")))
                .build(),
            PlannedAction.builder()
                .description("Penelaahan anggaran responsif gender dalam RKA perangkat daerah")
                .area(ActionArea.DEVELOPMENT_CYCLE)
                .responsibleAgency(BPKAD)
                .addIndicator(
                    indicator(
                        "Persentase Anggaran Responsif Gender (ARG)",
                        "Persen",
                        IndicatorLevel.OUTCOME,
                        Optional.of("meningkat dibanding tahun 2019")))
                .build(),
            PlannedAction.builder()
                .description("Pengawasan pelaksanaan PPRG pada perangkat daerah")
                .area(ActionArea.DEVELOPMENT_CYCLE)
                .start(YearMonth.of(2020, 7))
                .end(YearMonth.of(2020, 11))
                .addIndicator(
                    indicator(
                        "Jumlah perangkat daerah yang diawasi pelaksanaan PPRG-nya",
                        "Perangkat daerah",
                        IndicatorLevel.OUTPUT,
                        Optional.empty()))
                .build())
        .build();
  }

  /**
   * Validates the plan with the national catalogue as of the day of the Bimtek.
   *
   * @return the report
   */
  public static ValidationReport report() {
    return Validator.of(PprgCatalogue.ruleSet()).validate(plan(), BIMTEK);
  }

  /**
   * The findings of the action-plan rules PPRG-ACT-001 to 004.
   *
   * @param report the report
   * @return those findings, in report order
   */
  public static ImmutableList<Finding> actionFindings(ValidationReport report) {
    return report.findings().stream()
        .filter(f -> f.ruleId().family().equals("ACT"))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The rules of the catalogue that did not run on the day of the Bimtek, and why.
   *
   * @param report the report
   * @return rule id and reason, such as {@code PPRG-PLAN-008 NOT_IN_EFFECT}
   */
  public static ImmutableList<String> skipped(ValidationReport report) {
    return report.skipped().stream()
        .map(s -> s.descriptor().id() + " " + s.reason())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Prints the scenario's section of the demo.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    String heading =
        "Scenario 4 — Kalimantan Timur, Bimtek Rencana Aksi Pokja PUG (" + BIMTEK + ")";
    out.println(heading);
    out.println("-".repeat(heading.length()));
    Agency dkp3a = dkp3a();
    out.println(
        "Seed 003: Kaltim's "
            + dkp3a.shortName()
            + " guided the kab/kota Pokja PUG (30 participants: Bappeda, Dinas PPPA, GOW) in"
            + " drafting");
    out.println(
        "their action plans. The Pokja is where PUG's implementers and drivers consult; the seed"
            + " names members'");
    out.println(
        "poor grasp of their functions and the unclear roles of the drivers as a challenge.");
    out.println("PUG drivers → role → duty (derived, as domain.md §3 says of its mapping):");
    for (Driver d : drivers()) {
      out.println(
          String.format(Locale.ROOT, "  %-12s %-35s %s", d.agency(), d.role().name(), d.duty()));
    }
    out.println("  (" + dkp3a.shortName() + " = " + dkp3a.name() + ", pug's agency data;");
    out.println(
        "   Bappeda's and DKP3A's roles read from the acronyms, BPKAD's and Inspektorat's"
            + " declared: no urusan code)");

    RegionalPprgPlan plan = plan();
    Region city = RegionCatalog.kalimantan().get(plan.region());
    ActionPlan workPlan = plan.actionPlan(WORK_PLAN).orElseThrow();
    out.println(
        "An illustrative "
            + workPlan.kind().indonesian()
            + " "
            + workPlan.period()
            + " for "
            + city.name()
            + " (not the city's own plan):");
    List<PlannedAction> actions = workPlan.actions();
    for (int i = 0; i < actions.size(); i++) {
      PlannedAction a = actions.get(i);
      out.println(
          String.format(
              Locale.ROOT,
              "  %d. %-64s %-11s %s",
              i + 1,
              a.description(),
              a.responsibleAgency()
                  .flatMap(plan::agency)
                  .map(Agency::shortName)
                  .orElse("(no agency)"),
              a.start().isPresent() && a.end().isPresent()
                  ? a.start().get() + ".." + a.end().get()
                  : "(no timeline)"));
    }

    ValidationReport report = report();
    RuleRun agencyRule = report.run(ActionRules.RESPONSIBLE_AGENCY).orElseThrow();
    out.println(
        "Validated with "
            + report.ruleSetVersion()
            + " as of "
            + report.asOf()
            + ": "
            + report.summary().rulesEvaluated()
            + " rules run, PPRG-ACT-001..004 among them (in effect from "
            + agencyRule.descriptor().period().start()
            + ");");
    out.println(
        "  not run that day: "
            + report.skipped().stream()
                .map(Scenario4KaltimActionPlan2019::skip)
                .collect(Collectors.joining(", "))
            + ".");
    for (Finding f : actionFindings(report)) {
      out.println(
          "  ["
              + f.severity().indonesian().toUpperCase(Locale.ROOT)
              + "] "
              + f.ruleId()
              + " "
              + f.path()
              + "\n      "
              + f.message(Language.INDONESIAN));
    }
    int others = report.findings().size() - actionFindings(report).size();
    out.println(
        "  ("
            + others
            + " findings of other rule families are not shown: this plan records only the action"
            + " plan and its agencies.)");
  }

  private static String skip(SkippedRule s) {
    return s.descriptor().id()
        + (s.reason() == SkippedRule.Reason.NOT_IN_EFFECT
            ? " (in effect from " + s.descriptor().period().start() + ")"
            : " (off by default)");
  }

  /**
   * The rule ids of the action-plan family.
   *
   * @return PPRG-ACT-001 to 004
   */
  public static ImmutableList<RuleId> actionRules() {
    return ImmutableList.of(
        ActionRules.RESPONSIBLE_AGENCY,
        ActionRules.TIMELINE,
        ActionRules.MEASURABLE,
        ActionRules.OUTCOME);
  }
}
