package id.pug.examples.scenario;

import com.google.common.collect.ImmutableList;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyRole;
import id.pug.core.indicator.GenderIndex;
import id.pug.core.indicator.IkgCalculator;
import id.pug.core.indicator.IkgComponent;
import id.pug.core.indicator.IkgComponents;
import id.pug.core.indicator.IkgLever;
import id.pug.core.indicator.IndicatorGap;
import id.pug.core.indicator.IndicatorTarget;
import id.pug.core.indicator.PublishedValue;
import id.pug.core.indicator.PublishedValues;
import id.pug.core.indicator.TargetStatus;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.YearRange;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanId;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.core.pokja.ForumPuspa;
import id.pug.core.pokja.PlannedAction;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.action.ActionRules;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.RuleRun;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.rules.institution.InstitutionRules;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scenario 1 — Kalimantan Barat, Rakor PPPA–PPKB 2026: the coordination meeting of the province's
 * agencies for women's empowerment, child protection, population and family planning, held in
 * Pontianak on 10 February 2026 and opened by the provincial secretary (seed 000, {@code
 * SEED-000}).
 *
 * <p>What it shows: the province's IKG against the national value and against a hypothetical
 * trajectory; which IKG components move the index most; the Forum PUSPA confirmed at the meeting,
 * checked by the Forum rules (PPRG-INST-013/014/015); and an action plan checked for the measurable
 * indicators the secretary asked for — outcome, benefit and impact, not documents only — by the
 * action-plan rules (PPRG-ACT-001..004).
 *
 * <p>What comes from sources:
 *
 * <ul>
 *   <li>the date, place, the Forum PUSPA's term 2026–2028, the IKG figures the secretary quoted and
 *       the priorities he named (births in health facilities, a challenge in remote areas; marriage
 *       age; cross-sector collaboration): seed 000;
 *   <li>Kalimantan Barat's IKG 0.519 (2023) and 0.493 (2024) and the national IKG 0.421 (2024):
 *       {@link PublishedValues#shipped()}, from BPS releases S8, S9, S10 (Kalbar) and S4, S32
 *       (national) of {@code INDICATOR-SOURCES.md};
 *   <li>the IKG components of Jawa Barat 2020 used to rank the levers: BPS, source S1 of {@code
 *       INDICATOR-SOURCES.md} (Kalimantan Barat's components are not in pug's sources);
 *   <li>the province, its code 61 and its 14 kab/kota: {@link RegionCatalog#kalimantan()}
 *       (Kepmendagri 300.2.2-2138/2025, source S4 of {@code SOURCES.md});
 *   <li>the PPPA agency: {@link AgencyCatalog#kalimantan()} — DPPPA, the name source P1 shows in
 *       2017; the agency's name in 2026 is not in pug's sources.
 * </ul>
 *
 * <p>What is illustrative: the target of reaching the 2024 national level by 2029 (hypothetical,
 * not an adopted target); the plan of the province for 2026 that records the forum and the action
 * plan; the forum's members (not in the seed, so left unrecorded); the generic health agency (its
 * name in Kalimantan Barat is not in pug's sources); the action plan, its title, its three actions
 * (inspired by the seed's priorities), their indicators, months and the target of "all 14 kab/kota"
 * for the first action.
 */
public final class Scenario1KalbarRakor2026 {
  /** The day of the Rakor, the as-of date of the validations. */
  public static final LocalDate DATE = LocalDate.of(2026, 2, 10);

  /** Kalimantan Barat. */
  public static final RegionCode KALBAR = RegionCode.parse("61");

  /** The year of the IKG the secretary quoted. */
  public static final Year YEAR = Year.of(2024);

  /** The year of the hypothetical target. */
  public static final Year TARGET_YEAR = Year.of(2029);

  /** The fiscal year of the illustrative plan. */
  public static final Year FISCAL_YEAR = Year.of(2026);

  /** The PPPA agency in the illustrative plan. */
  public static final AgencyId DPPPA = AgencyId.of("dpppa");

  /** The generic health agency in the illustrative plan. */
  public static final AgencyId DINKES = AgencyId.of("dinkes");

  /** The illustrative action plan. */
  public static final ActionPlanId ACTION_PLAN = ActionPlanId.of("rencana-aksi-rakor-2026");

  /** The Forum PUSPA rules. */
  public static final ImmutableList<RuleId> FORUM_RULES =
      ImmutableList.of(
          InstitutionRules.FORUM_EXISTS,
          InstitutionRules.FORUM_SECTORS,
          InstitutionRules.FORUM_TERM);

  /** The action-plan rules. */
  public static final ImmutableList<RuleId> ACTION_RULES =
      ImmutableList.of(
          ActionRules.RESPONSIBLE_AGENCY,
          ActionRules.TIMELINE,
          ActionRules.MEASURABLE,
          ActionRules.OUTCOME);

  /** Men's components: lowering men's attainment is not a policy lever. */
  private static final Set<IkgComponent> MEN =
      Set.of(IkgComponent.PARLIAMENT_MALE, IkgComponent.EDUCATION_MALE, IkgComponent.LABOUR_MALE);

  private Scenario1KalbarRakor2026() {}

  /**
   * Kalimantan Barat's published IKG for 2024.
   *
   * @return 0.493
   */
  public static PublishedValue kalbarIkg() {
    return PublishedValues.shipped().find(GenderIndex.IKG, "Kalimantan Barat", YEAR).orElseThrow();
  }

  /**
   * The national IKG for 2024.
   *
   * @return 0.421
   */
  public static PublishedValue nationalIkg() {
    return PublishedValues.shipped().national(GenderIndex.IKG, YEAR).orElseThrow();
  }

  /**
   * Kalimantan Barat's published IKG for 2023, the baseline of the hypothetical target.
   *
   * @return 0.519
   */
  public static PublishedValue baselineIkg() {
    return PublishedValues.shipped()
        .find(GenderIndex.IKG, "Kalimantan Barat", Year.of(2023))
        .orElseThrow();
  }

  /**
   * The gap between Kalimantan Barat's IKG and the national one in 2024.
   *
   * @return +0.072, +17.1%, worse
   */
  public static IndicatorGap gap() {
    return GenderIndex.IKG.compare(
        kalbarIkg().value().doubleValue(), nationalIkg().value().doubleValue());
  }

  /**
   * A hypothetical target, not an adopted one: from the 2023 value to the 2024 national level by
   * 2029.
   *
   * @return the target
   */
  public static IndicatorTarget hypotheticalTarget() {
    PublishedValue baseline = baselineIkg();
    return IndicatorTarget.builder()
        .index(GenderIndex.IKG)
        .region("Kalimantan Barat")
        .regionCode(KALBAR)
        .baselineYear(baseline.year())
        .baselineValue(baseline.value().doubleValue())
        .targetYear(TARGET_YEAR)
        .targetValue(nationalIkg().value().doubleValue())
        .build();
  }

  /**
   * Where the 2024 value stands against the hypothetical target.
   *
   * @return expected 0.5027, on track, 0.0097 ahead
   */
  public static TargetStatus status() {
    return hypotheticalTarget().status(YEAR, kalbarIkg().value().doubleValue());
  }

  /**
   * Jawa Barat's IKG components for 2020, as BPS published them (Kalimantan Barat's are not in
   * pug's sources).
   *
   * @return the components
   */
  public static IkgComponents westJava2020() {
    return IkgComponents.ofPublished(0.155, 0.295, 79.17, 20.83, 40.59, 32.48, 81.90, 46.79);
  }

  /**
   * The policy levers of the IKG for Jawa Barat 2020, strongest first: women's and
   * reproductive-health components that lower the IKG (men's components left out).
   *
   * @return MTF, PR women, MHPK20, TPAK women, SE women
   */
  public static ImmutableList<IkgLever> levers() {
    return IkgCalculator.standard().levers(westJava2020()).stream()
        .filter(l -> l.lowersIkgBy() != IkgLever.Direction.NONE)
        .filter(l -> !MEN.contains(l.component()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The rank of a component among {@link #levers()}.
   *
   * @param component the component
   * @return 1 for the strongest lever, 0 if it is not a lever
   */
  public static int rankOf(IkgComponent component) {
    List<IkgLever> levers = levers();
    for (int i = 0; i < levers.size(); i++) {
      if (levers.get(i).component() == component) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The Forum PUSPA of the province, term 2026–2028; its members are not in the seed and are left
   * unrecorded.
   *
   * @return the forum
   */
  public static ForumPuspa forum() {
    return ForumPuspa.builder()
        .region(KALBAR)
        .name(
            "Forum Partisipasi Publik untuk Kesejahteraan Perempuan dan Anak (PUSPA) Provinsi"
                + " Kalimantan Barat")
        .term(YearRange.of(Year.of(2026), Year.of(2028)))
        .build();
  }

  /**
   * The illustrative action plan following the Rakor: three actions inspired by the seed's
   * priorities — births in health facilities in remote areas (an output indicator with a target),
   * marriage age and first births (an output indicator without a target), cross-sector coordination
   * (the province's IKG as impact indicator, with the hypothetical target).
   *
   * @return the action plan
   */
  public static ActionPlan actionPlan() {
    int kabKota = RegionCatalog.kalimantan().childrenOf(KALBAR).size();
    PerformanceIndicator remoteBirths =
        PerformanceIndicator.builder()
            .name("Jumlah kabupaten/kota dengan pendampingan persalinan di fasilitas kesehatan")
            .unit("Kabupaten/Kota")
            .level(IndicatorLevel.OUTPUT)
            .addTarget(
                IndicatorValue.builder()
                    .year(FISCAL_YEAR)
                    .total(BigDecimal.valueOf(kabKota))
                    .text(kabKota + " Kabupaten/Kota (semua, ilustratif)")
                    .build())
            .build();
    PerformanceIndicator outreach =
        PerformanceIndicator.builder()
            .name("Jumlah kegiatan sosialisasi usia perkawinan")
            .unit("Kegiatan")
            .level(IndicatorLevel.OUTPUT)
            .build();
    PerformanceIndicator ikg =
        PerformanceIndicator.builder()
            .name("IKG Provinsi Kalimantan Barat")
            .unit("Indeks")
            .level(IndicatorLevel.IMPACT)
            .direction(GenderIndex.Direction.LOWER_IS_BETTER)
            .baseline(
                IndicatorValue.builder()
                    .year(YEAR)
                    .total(kalbarIkg().value())
                    .text(kalbarIkg().value().toPlainString())
                    .build())
            .addTarget(
                IndicatorValue.builder()
                    .year(TARGET_YEAR)
                    .total(nationalIkg().value())
                    .text(nationalIkg().value().toPlainString() + " (target hipotetis)")
                    .build())
            .build();
    return ActionPlan.builder()
        .id(ACTION_PLAN)
        .kind(ActionPlanKind.THEMATIC)
        .region(KALBAR)
        .period(YearRange.of(FISCAL_YEAR, TARGET_YEAR))
        .title("Rencana aksi tindak lanjut Rakor PPPA–PPKB 2026 (contoh ilustratif)")
        .addActions(
            PlannedAction.builder()
                .description("Pendampingan persalinan di fasilitas kesehatan di daerah terpencil")
                .responsibleAgency(DINKES)
                .start(YearMonth.of(2026, 3))
                .end(YearMonth.of(2026, 12))
                .addIndicators(remoteBirths)
                .build(),
            PlannedAction.builder()
                .description("Sosialisasi usia perkawinan dan kelahiran pertama di bawah 20 tahun")
                .responsibleAgency(DPPPA)
                .start(YearMonth.of(2026, 3))
                .end(YearMonth.of(2026, 12))
                .addIndicators(outreach)
                .build(),
            PlannedAction.builder()
                .description("Koordinasi lintas sektor perangkat daerah untuk menurunkan IKG")
                .responsibleAgency(DPPPA)
                .start(YearMonth.of(2026, 2))
                .end(YearMonth.of(2029, 12))
                .addIndicators(ikg)
                .build())
        .build();
  }

  /**
   * The illustrative plan of the province for 2026: its PPPA agency and a generic health agency,
   * the Forum PUSPA and the action plan.
   *
   * @return the plan
   */
  public static RegionalPprgPlan plan() {
    Agency pppa =
        AgencyCatalog.kalimantan().in(KALBAR, AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION).get(0);
    Agency health =
        Agency.builder()
            .name("Dinas Kesehatan")
            .region(KALBAR)
            .addUrusan(AgencyRole.HEALTH.urusan().orElseThrow())
            .nameConfirmed(false)
            .addNote(
                "generic name of the health agency; Kalimantan Barat's own name for it is not in"
                    + " pug's sources")
            .build();
    return RegionalPprgPlan.builder()
        .region(KALBAR)
        .fiscalYear(FISCAL_YEAR)
        .putAgency(DPPPA, pppa)
        .putAgency(DINKES, health)
        .forumPuspa(forum())
        .addActionPlans(actionPlan())
        .build();
  }

  private static RuleSet nationalSubset(String name, List<RuleId> ids) {
    return RuleSet.of(
        name,
        PprgCatalogue.VERSION,
        PprgCatalogue.rules().stream().filter(r -> ids.contains(r.id())).toList());
  }

  /**
   * The plan validated with the national catalogue's Forum PUSPA rules as of 10 February 2026.
   *
   * @return INST-013 and INST-015 pass, INST-014 lacks data
   */
  public static ValidationReport forumReport() {
    return Validator.of(nationalSubset("pprg-national/forum-puspa", FORUM_RULES))
        .validate(plan(), DATE);
  }

  /**
   * The plan validated with the national catalogue's action-plan rules as of 10 February 2026.
   *
   * @return findings on the first two actions; the third passes
   */
  public static ValidationReport actionReport() {
    return Validator.of(nationalSubset("pprg-national/action-plans", ACTION_RULES))
        .validate(plan(), DATE);
  }

  /**
   * The one outcome of a rule that checked one subject.
   *
   * @param report the report
   * @param rule the rule
   * @return its outcome
   * @throws IllegalStateException if its subjects had different outcomes
   */
  public static Outcome outcomeOf(ValidationReport report, RuleId rule) {
    RuleRun run = report.run(rule).orElseThrow();
    for (Outcome outcome : Outcome.values()) {
      if (run.count(outcome) == run.evaluations()) {
        return outcome;
      }
    }
    throw new IllegalStateException(rule + " had mixed outcomes");
  }

  /**
   * The actions that pass every action-plan rule, numbered from 1.
   *
   * @return the numbers
   */
  public static ImmutableList<Integer> actionsPassingAll() {
    ValidationReport report = actionReport();
    ActionPlan plan = actionPlan();
    ImmutableList.Builder<Integer> passing = ImmutableList.builder();
    for (int j = 0; j < plan.actions().size(); j++) {
      String subject = ACTION_PLAN.value() + "#" + (j + 1);
      if (report.findings().stream().noneMatch(f -> f.subjectId().equals(subject))) {
        passing.add(j + 1);
      }
    }
    return passing.build();
  }

  /**
   * Prints the scenario.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    String heading = "Scenario 1 — Kalimantan Barat, Rakor PPPA–PPKB 2026 (" + DATE + ")";
    out.println(heading);
    out.println("-".repeat(heading.length()));
    out.println(
        "Pontianak: the provincial secretary opened the Rakor, confirmed Forum PUSPA for 2026–2028 and"
            + " asked for");
    out.println(
        "measurable outcome, benefit and impact, not documents only (seed 000). What pug makes of it:");

    PublishedValue kalbar = kalbarIkg();
    PublishedValue national = nationalIkg();
    IndicatorGap gap = gap();
    out.println(
        String.format(
            Locale.ROOT,
            "IKG %s: Kalimantan Barat %s, Indonesia %s — %+.3f (%+.1f%%), %s (BPS: %s; %s)",
            YEAR,
            kalbar.value(),
            national.value(),
            gap.difference(),
            gap.relativePercent(),
            gap.isWorse() ? "worse" : "not worse",
            sourceIds(kalbar),
            sourceIds(national)));
    IndicatorTarget target = hypotheticalTarget();
    TargetStatus status = status();
    out.println(
        String.format(
            Locale.ROOT,
            "Hypothetical target (not an adopted one): from %.3f (%s) to the %s national level %.3f by"
                + " %s;",
            target.baselineValue(),
            target.baselineYear(),
            YEAR,
            target.targetValue(),
            target.targetYear()));
    out.println(
        String.format(
            Locale.ROOT,
            "  %s: observed %.3f, the straight line expects %.4f → %s, %.4f ahead",
            YEAR,
            status.observed(),
            status.expected(),
            status.state(),
            status.aheadOfTrajectory()));

    out.println(
        String.format(
            Locale.ROOT,
            "Levers: Kalbar's IKG components are not in pug's sources; ranked for Jawa Barat 2020"
                + " (BPS, S1; IKG %.4f):",
            IkgCalculator.standard().compute(westJava2020()).ikg()));
    List<IkgLever> levers = levers();
    for (int i = 0; i < levers.size(); i++) {
      IkgLever lever = levers.get(i);
      out.println(
          String.format(
              Locale.ROOT,
              "  %d. %-48s %s by 1 point → IKG %+.4f",
              i + 1,
              lever.component().description(),
              lever.lowersIkgBy() == IkgLever.Direction.DECREASE ? "lower" : "raise",
              lever.effectOfOnePoint()));
    }
    out.println(
        "  The levers Kalbar named: births in health facilities (MTF) ranks #"
            + rankOf(IkgComponent.MTF)
            + ", marriage age / first births before 20 (MHPK20) #"
            + rankOf(IkgComponent.MHPK20)
            + " of "
            + levers.size()
            + ".");

    ForumPuspa forum = forum();
    ValidationReport forumReport = forumReport();
    out.println(
        "Forum PUSPA, term "
            + forum.term().orElseThrow()
            + ", in an illustrative 2026 plan of the province; its members are not in the seed,");
    out.println("so they stay unrecorded. The Forum rules as of " + DATE + ":");
    for (RuleId rule : FORUM_RULES) {
      Outcome outcome = outcomeOf(forumReport, rule);
      String why =
          rule.equals(InstitutionRules.FORUM_EXISTS)
              ? " (the plan records the forum)"
              : rule.equals(InstitutionRules.FORUM_TERM)
                  ? " (term " + forum.term().orElseThrow() + " covers " + DATE.getYear() + ")"
                  : "";
      out.println(
          "  " + rule + " " + outcome.label(Language.ENGLISH) + (outcome.isFinding() ? "" : why));
      for (Finding f : forumReport.findingsOf(rule)) {
        out.println("      " + f.message(Language.INDONESIAN));
      }
    }

    ActionPlan actions = actionPlan();
    ValidationReport actionReport = actionReport();
    out.println(
        "Illustrative action plan \""
            + actions.title().orElseThrow()
            + "\", checked with PPRG-ACT-001..004:");
    for (int j = 0; j < actions.actions().size(); j++) {
      PlannedAction action = actions.actions().get(j);
      out.println("  " + (j + 1) + ". " + action.description());
      for (PerformanceIndicator indicator : action.indicators()) {
        out.println(
            "     "
                + indicator.level().name().toLowerCase(Locale.ROOT)
                + ": "
                + indicator.name()
                + indicator.baseline().map(b -> ", baseline " + b.year() + " " + text(b)).orElse("")
                + (indicator.targets().isEmpty()
                    ? ", no target"
                    : indicator.targets().stream()
                        .map(t -> ", target " + t.year() + " " + text(t))
                        .collect(Collectors.joining())));
      }
    }
    for (Finding f : actionReport.findings()) {
      out.println(
          "  ["
              + f.severity().indonesian().toUpperCase(Locale.ROOT)
              + "] "
              + f.ruleId()
              + " "
              + f.path());
      out.println("      " + f.message(Language.INDONESIAN));
    }
    out.println(
        "  Passes all four rules: action "
            + actionsPassingAll().stream().map(String::valueOf).collect(Collectors.joining(", "))
            + " (months illustrative).");
  }

  private static String text(IndicatorValue value) {
    return value.text().orElseGet(() -> value.total().map(BigDecimal::toPlainString).orElse(""));
  }

  private static String sourceIds(PublishedValue value) {
    return value.sources().stream()
        .map(s -> s.id().orElse(s.title()))
        .collect(Collectors.joining(", "));
  }

  /**
   * Prints the scenario on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }
}
