package id.pug.rules.planning;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyId;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.BudgetLine;
import id.pug.core.nomenclature.Coverage;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureEntry;
import id.pug.core.nomenclature.NomenclatureVersion;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.Activity;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentKind;
import id.pug.core.planning.Programme;
import id.pug.core.planning.SubActivity;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.region.GovernmentLevel;
import id.pug.rules.engine.Check;
import id.pug.rules.engine.EffectivePeriod;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.engine.MessageBundle;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleContext;
import id.pug.rules.engine.RuleDefinition;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Gender-responsive planning (perencanaan yang responsif gender): the gender analysis of the
 * regional planning documents, gender-responsive programmes in every agency, the nomenclature codes
 * of sub-kegiatan, and the indicators of gender-responsive spending.
 *
 * <p>This family checks that every RPJMD, Renstra PD and Renja PD is analysed by a GAP; that every
 * agency has a gender-responsive programme or activity (a configurable policy); that sub-kegiatan
 * codes of budget lines and planning documents exist in the nomenclature in effect for their year;
 * and that the indicators of ARG-tagged spending have a baseline, a target for the fiscal year and,
 * for output indicators, a disaggregation by sex (configurable policies).
 *
 * <p>Legal basis: Permendagri 15/2008 as amended by Permendagri 67/2011 — regional governments
 * prepare gender-responsive policies, programmes and activities in the RPJMD, Renstra and Renja
 * through gender analysis ({@code domain.md} §2.1; Perda Kota Semarang 11/2021 Pasal 8 states the
 * same and is cited as a mirror, its ayat (6) — every agency has gender-responsive programmes — as
 * the explicit source of a policy); Permendagri 90/2019 and its Kepmendagri updates for the
 * nomenclature ({@code budget-notes.md} §1); Permen PPPA 4/2023 (Satu Data Gender dan Anak) behind
 * sex-disaggregated data. The Permendagri's article numbers are not in pug's sources, so they are
 * cited as a whole. Baselines and targets of indicators rest on practice, not on a confirmed
 * regulation: those rules are policies.
 */
public final class PlanningRules {
  private PlanningRules() {}

  static final MessageBundle BUNDLE = MessageBundle.load(PlanningRules.class);

  private static final String PERMENDAGRI_15 = "Permendagri 15/2008";
  private static final String PERMENDAGRI_67 = "Permendagri 67/2011";
  private static final String PERMENDAGRI_90 = "Permendagri 90/2019";
  private static final String PERMEN_PPPA_4_2023 = "Permen PPPA 4/2023";
  private static final String SEMARANG_AYAT_1 = "Perda Kota Semarang 11/2021 Pasal 8 ayat (1)";
  private static final String SEMARANG_AYAT_6 = "Perda Kota Semarang 11/2021 Pasal 8 ayat (6)";
  private static final String MAGELANG = "https://inspektorat.magelangkota.go.id/?p=1549";
  private static final String SEMARANG =
      "https://pasal.id/peraturan/perda/perda-kota-semarang-no-11-tahun-2021/koreksi/8503275";
  private static final String SATU_DATA =
      "https://id.scribd.com/document/685213902/Permen-PPPA-No-4-Thn-2023-ttg-Satu-Data-Gender-dan-Anak-sign";
  private static final EffectivePeriod SINCE_67_2011 =
      EffectivePeriod.fromYearOf(2011, PERMENDAGRI_67);

  /** PPRG-PLAN-001: every RPJMD is analysed by a GAP. */
  public static final RuleId RPJMD_ANALYSED = RuleId.parse("PPRG-PLAN-001");

  /** PPRG-PLAN-002: every Renstra PD is analysed by a GAP. */
  public static final RuleId RENSTRA_ANALYSED = RuleId.parse("PPRG-PLAN-002");

  /** PPRG-PLAN-003: every Renja PD is analysed by a GAP. */
  public static final RuleId RENJA_ANALYSED = RuleId.parse("PPRG-PLAN-003");

  /** PPRG-PLAN-004 (policy): every agency has a gender-responsive programme or activity. */
  public static final RuleId AGENCY_RESPONSIVE = RuleId.parse("PPRG-PLAN-004");

  /** PPRG-PLAN-005: sub-kegiatan codes exist in the nomenclature in effect for their year. */
  public static final RuleId NOMENCLATURE_CODE = RuleId.parse("PPRG-PLAN-005");

  /** PPRG-PLAN-006 (policy): indicators of gender-responsive spending have a baseline. */
  public static final RuleId INDICATOR_BASELINE = RuleId.parse("PPRG-PLAN-006");

  /** PPRG-PLAN-007 (policy): indicators of gender-responsive spending have a target this year. */
  public static final RuleId INDICATOR_TARGET = RuleId.parse("PPRG-PLAN-007");

  /** PPRG-PLAN-008 (policy): the output indicator of an ARG-tagged line is by sex. */
  public static final RuleId OUTPUT_BY_SEX = RuleId.parse("PPRG-PLAN-008");

  private static final String ANALYSED_NOTE =
      "The Permendagri allows GAP or another method of gender analysis; pug's plan records"
          + " gender analysis as GAPs only, so a document analysed by another method (such as"
          + " PROBA) is reported until it is recorded as a GAP.";

  private static final String INDICATOR_POLICY =
      "No regulation in pug's sources requires a baseline and a yearly target for each indicator"
          + " of gender-responsive spending. Practice asks for clear indicators (Kalimantan Barat"
          + " 2026, seed 000: 'indikator yang jelas … outcome, benefit, impact'); Renstra records"
          + " carry a kondisi awal and yearly targets (S7); the GBS format for SKPD has"
          + " achievement indicators (P25). Subjects: the output indicator of each ARG-tagged"
          + " line and each GBS achievement indicator.";

  /**
   * The rules of this family, in id order.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> rules() {
    return ImmutableList.of(
        define(RPJMD_ANALYSED, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, SEMARANG_AYAT_1)
            .note(ANALYSED_NOTE)
            .source(MAGELANG, SEMARANG)
            .logic(ctx -> analysed(ctx, PlanningDocumentKind.RPJMD)),
        define(RENSTRA_ANALYSED, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, SEMARANG_AYAT_1)
            .note(ANALYSED_NOTE)
            .source(MAGELANG, SEMARANG)
            .logic(ctx -> analysed(ctx, PlanningDocumentKind.RENSTRA_PD)),
        define(RENJA_ANALYSED, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, SEMARANG_AYAT_1)
            .note(ANALYSED_NOTE)
            .source(MAGELANG, SEMARANG)
            .logic(ctx -> analysed(ctx, PlanningDocumentKind.RENJA_PD)),
        define(AGENCY_RESPONSIVE, Severity.WARNING)
            .policy(
                "That every agency has gender-responsive programmes and activities is explicit"
                    + " only in a regional Perda in pug's sources (Kota Semarang 11/2021 Pasal 8"
                    + " ayat (6)); Kalimantan Tengah (2025, seed 001) asks every OPD to integrate"
                    + " gender. A programme or activity counts as gender-responsive when the"
                    + " agency has an ARG-tagged budget line or made a GAP.")
            .cite(SEMARANG_AYAT_6)
            .source("SEED-001", SEMARANG)
            .logic(PlanningRules::agencyResponsive),
        define(NOMENCLATURE_CODE, Severity.ERROR)
            .legal(PERMENDAGRI_90)
            .effective(EffectivePeriod.fromYearOf(2019, PERMENDAGRI_90))
            .note(
                "Codes are looked up in the nomenclature version in effect for the year and the"
                    + " plan's tier of government. The valid-from years of pug's versions are"
                    + " unconfirmed (NomenclatureVersion.unconfirmed()), and a PARTIAL list holds"
                    + " only the codes one region used: a code missing from a partial list is"
                    + " insufficient data, never a violation. Sub-kegiatan of a planning document"
                    + " are looked up for the plan's fiscal year.")
            .source("REF-BUDGET")
            .logic(PlanningRules::nomenclatureCode),
        define(INDICATOR_BASELINE, Severity.WARNING)
            .policy(INDICATOR_POLICY)
            .source("SEED-000", "S7", "P25")
            .logic(PlanningRules::indicatorBaseline),
        define(INDICATOR_TARGET, Severity.WARNING)
            .policy(INDICATOR_POLICY)
            .source("SEED-000", "S7", "P25")
            .logic(PlanningRules::indicatorTarget),
        define(OUTPUT_BY_SEX, Severity.WARNING)
            .policy(
                "Permen PPPA 4/2023 (Satu Data Gender dan Anak) is the basis of sex-disaggregated"
                    + " data; that the output indicator of every ARG-tagged line must be measured"
                    + " by sex is pug's reading, not a text of the regulation. Applies from 2023,"
                    + " the year of the regulation it rests on. A category-1 line (anggaran khusus"
                    + " target gender) serves one sex's specific needs, so a single-sex indicator"
                    + " is right there and the rule does not apply.")
            .cite(PERMEN_PPPA_4_2023)
            .source(SATU_DATA)
            .effective(EffectivePeriod.fromYearOf(2023, PERMEN_PPPA_4_2023))
            .logic(PlanningRules::outputBySex));
  }

  private static RuleDefinition define(RuleId id, Severity severity) {
    return RuleDefinition.of(id.value(), BUNDLE)
        .severity(severity)
        .category(RuleCategory.PLANNING)
        .effective(SINCE_67_2011);
  }

  // ----------------------------------------------------------------------------------------------
  // PPRG-PLAN-001 .. 004: gender analysis of the planning documents and of every agency
  // ----------------------------------------------------------------------------------------------

  static void analysed(RuleContext ctx, PlanningDocumentKind kind) {
    RegionalPprgPlan plan = ctx.plan();
    List<PlanningDocument> documents = plan.planningDocuments();
    for (int i = 0; i < documents.size(); i++) {
      PlanningDocument document = documents.get(i);
      if (document.kind() != kind) {
        continue;
      }
      ElementPath path = ElementPath.of("planningDocuments", i);
      String id = document.id().value();
      Check check =
          document.agency().isPresent()
              ? ctx.check(path, id, document.agency().get())
              : ctx.check(path, id);
      ImmutableList<String> gaps =
          plan.genderAnalyses().stream()
              .filter(g -> g.planningDocument().equals(Optional.of(document.id())))
              .map(g -> g.id().value())
              .collect(ImmutableList.toImmutableList());
      check.read("document", id).read("period", document.period().toString()).read("gaps", gaps);
      document.title().ifPresent(t -> check.read("title", t));
      check.passedIf(!gaps.isEmpty(), "notAnalysed");
    }
  }

  static void agencyResponsive(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    for (Map.Entry<AgencyId, Agency> entry : plan.agencies().entrySet()) {
      AgencyId id = entry.getKey();
      Check check =
          ctx.check(ElementPath.of("agencies").key(id.value()), id.value(), id)
              .read("agency", id)
              .read("agencyName", entry.getValue().shortName());
      ImmutableList<String> taggedLines =
          plan.linesOf(id).stream()
              .filter(BudgetLine::isTagged)
              .map(l -> l.id().value())
              .collect(ImmutableList.toImmutableList());
      ImmutableList<String> gaps =
          plan.genderAnalyses().stream()
              .filter(g -> g.agency().equals(id))
              .map(g -> g.id().value())
              .collect(ImmutableList.toImmutableList());
      check.read("taggedLines", taggedLines).read("gaps", gaps);
      if (!taggedLines.isEmpty() || !gaps.isEmpty()) {
        check.passed();
      } else if (plan.budgetLines().isEmpty()) {
        // The plan holds no budget at all: whether the agency's spending is tagged is unknown.
        check.at(ElementPath.of("budgetLines")).insufficientData("noBudget");
      } else {
        check.violated("none");
      }
    }
  }

  // ----------------------------------------------------------------------------------------------
  // PPRG-PLAN-005: nomenclature codes
  // ----------------------------------------------------------------------------------------------

  static void nomenclatureCode(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    // The version in effect depends only on the year (the tier is the plan's): looked up once a
    // year.
    Map<Year, Optional<NomenclatureVersion>> versions = new HashMap<>();
    List<BudgetLine> lines = plan.budgetLines();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      if (found(ctx, versions, line.subActivity(), line.fiscalYear())
          && ctx.endedWithoutCheck(Outcome.PASSED)) {
        continue; // the fast path of a passing line: nothing of its check would be kept
      }
      Check check =
          ctx.check(
              ElementPath.of("budgetLines", i).field("subActivity"),
              line.id().value(),
              line.agency());
      lookUp(ctx, versions, check, line.subActivity(), line.fiscalYear());
    }
    List<PlanningDocument> documents = plan.planningDocuments();
    for (int i = 0; i < documents.size(); i++) {
      PlanningDocument document = documents.get(i);
      List<Programme> programmes = document.programmes();
      for (int j = 0; j < programmes.size(); j++) {
        List<Activity> activities = programmes.get(j).activities();
        for (int k = 0; k < activities.size(); k++) {
          List<SubActivity> subActivities = activities.get(k).subActivities();
          for (int l = 0; l < subActivities.size(); l++) {
            NomenclatureCode code = subActivities.get(l).code();
            if (found(ctx, versions, code, plan.fiscalYear())
                && ctx.endedWithoutCheck(Outcome.PASSED)) {
              continue;
            }
            ElementPath path =
                ElementPath.of("planningDocuments", i)
                    .field("programmes")
                    .index(j)
                    .field("activities")
                    .index(k)
                    .field("subActivities")
                    .index(l)
                    .field("code");
            String subject = document.id().value() + "/" + code.format();
            Check check =
                document.agency().isPresent()
                    ? ctx.check(path, subject, document.agency().get())
                    : ctx.check(path, subject);
            check.read("document", document.id());
            lookUp(ctx, versions, check, code, plan.fiscalYear());
          }
        }
      }
    }
  }

  /**
   * Whether {@link #lookUp} would pass a code: of the plan's tier (or of none), with a version in
   * effect that covers it and holds it.
   */
  private static boolean found(
      RuleContext ctx,
      Map<Year, Optional<NomenclatureVersion>> versions,
      NomenclatureCode code,
      Year year) {
    Optional<GovernmentLevel> codeTier = code.governmentLevel();
    if (codeTier.isPresent() && codeTier.get() != ctx.governmentLevel()) {
      return false;
    }
    Optional<NomenclatureVersion> inEffect = inEffect(ctx, versions, year);
    return inEffect.isPresent() && inEffect.get().covers(code) && inEffect.get().holds(code);
  }

  /** The nomenclature version in effect for the plan's tier in a year, looked up once a year. */
  private static Optional<NomenclatureVersion> inEffect(
      RuleContext ctx, Map<Year, Optional<NomenclatureVersion>> versions, Year year) {
    Optional<NomenclatureVersion> inEffect = versions.get(year);
    if (inEffect == null) {
      inEffect = ctx.reference().nomenclature().inEffect(year, ctx.governmentLevel());
      versions.put(year, inEffect);
    }
    return inEffect;
  }

  private static void lookUp(
      RuleContext ctx,
      Map<Year, Optional<NomenclatureVersion>> versions,
      Check check,
      NomenclatureCode code,
      Year year) {
    GovernmentLevel planTier = ctx.governmentLevel();
    check.read("code", code).read("year", year).read("planTier", tier(planTier));
    Optional<GovernmentLevel> codeTier = code.governmentLevel();
    if (codeTier.isPresent() && codeTier.get() != planTier) {
      check.read("codeTier", tier(codeTier.get())).violated("wrongTier");
      return;
    }
    NomenclatureCatalog nomenclature = ctx.reference().nomenclature();
    Optional<NomenclatureVersion> inEffect = inEffect(ctx, versions, year);
    if (inEffect.isEmpty()) {
      check.insufficientData("noVersion");
      return;
    }
    NomenclatureVersion version = inEffect.get();
    check
        .read("version", version.id())
        .read("versionName", version.name())
        .read("coverage", version.coverage());
    if (!version.covers(code)) {
      check.insufficientData("notCovered");
      return;
    }
    Optional<NomenclatureEntry> entry = version.find(code);
    if (entry.isPresent()) {
      check.read("name", entry.get().name()).passed();
      return;
    }
    if (version.coverage() == Coverage.COMPLETE) {
      check.violated("unknownCode");
      return;
    }
    ImmutableList<String> alsoIn =
        nomenclature.versionsHolding(code).stream()
            .map(NomenclatureVersion::id)
            .collect(ImmutableList.toImmutableList());
    if (!alsoIn.isEmpty()) {
      check.read("alsoIn", alsoIn);
    }
    check.insufficientData("notInPartialList");
  }

  private static final LocalizedText PROVINCE_TIER = LocalizedText.of("provinsi", "province");
  private static final LocalizedText REGENCY_CITY_TIER =
      LocalizedText.of("kabupaten/kota", "kabupaten/kota");

  private static LocalizedText tier(GovernmentLevel level) {
    return switch (level) {
      case PROVINCE -> PROVINCE_TIER;
      case REGENCY_CITY -> REGENCY_CITY_TIER;
    };
  }

  // ----------------------------------------------------------------------------------------------
  // PPRG-PLAN-006 .. 008: indicators of gender-responsive spending
  // ----------------------------------------------------------------------------------------------

  /** An indicator of gender-responsive spending, where it lies and whose it is. */
  private record Subject(
      ElementPath path, String id, AgencyId agency, PerformanceIndicator indicator) {}

  /**
   * Hands the output indicators of ARG-tagged lines and the GBS achievement indicators, in plan
   * order, to a rule. A tagged line without an output indicator yields no subject: PPRG-PLAN-008
   * reports that absence, and there is no indicator to have a baseline or a target. An indicator
   * that {@code passes} is counted as passed without a check when the validation keeps no trace
   * ({@link RuleContext#endedWithoutCheck}); {@code passes} must agree with the rule's full check,
   * which a traced validation always takes.
   */
  private static void forEachSpendingIndicator(
      RuleContext ctx, Predicate<PerformanceIndicator> passes, Consumer<Subject> rule) {
    RegionalPprgPlan plan = ctx.plan();
    List<BudgetLine> lines = plan.budgetLines();
    ImmutableIntArray tagged = ctx.taggedLinePositions();
    for (int k = 0; k < tagged.length(); k++) {
      int i = tagged.get(k);
      BudgetLine line = lines.get(i);
      Optional<PerformanceIndicator> indicator = line.outputIndicator();
      if (indicator.isEmpty()
          || (passes.test(indicator.get()) && ctx.endedWithoutCheck(Outcome.PASSED))) {
        continue;
      }
      rule.accept(
          new Subject(
              ElementPath.of("budgetLines", i).field("outputIndicator"),
              line.id().value(),
              line.agency(),
              indicator.get()));
    }
    List<GenderBudgetStatement> statements = plan.budgetStatements();
    for (int i = 0; i < statements.size(); i++) {
      GenderBudgetStatement gbs = statements.get(i);
      List<PerformanceIndicator> indicators = gbs.achievementIndicators();
      for (int j = 0; j < indicators.size(); j++) {
        PerformanceIndicator indicator = indicators.get(j);
        if (passes.test(indicator) && ctx.endedWithoutCheck(Outcome.PASSED)) {
          continue;
        }
        rule.accept(
            new Subject(
                ElementPath.of("budgetStatements", i).field("achievementIndicators").index(j),
                gbs.id().value(),
                gbs.agency(),
                indicator));
      }
    }
  }

  static void indicatorBaseline(RuleContext ctx) {
    forEachSpendingIndicator(
        ctx,
        indicator -> indicator.baseline().isPresent(),
        subject -> {
          PerformanceIndicator indicator = subject.indicator();
          Check check =
              ctx.check(subject.path().field("baseline"), subject.id(), subject.agency())
                  .read("indicator", indicator.name())
                  .read("unit", indicator.unit());
          indicator.baseline().ifPresent(b -> check.read("baselineYear", b.year()));
          check.passedIf(indicator.baseline().isPresent(), "noBaseline");
        });
  }

  static void indicatorTarget(RuleContext ctx) {
    Year year = ctx.plan().fiscalYear();
    forEachSpendingIndicator(
        ctx,
        indicator -> indicator.targetFor(year).isPresent(),
        subject -> {
          PerformanceIndicator indicator = subject.indicator();
          Check check =
              ctx.check(subject.path().field("targets"), subject.id(), subject.agency())
                  .read("indicator", indicator.name())
                  .read("unit", indicator.unit())
                  .read("fiscalYear", year)
                  .read(
                      "targetYears",
                      indicator.targets().stream()
                          .map(IndicatorValue::year)
                          .collect(ImmutableList.toImmutableList()));
          check.passedIf(indicator.targetFor(year).isPresent(), "noTarget");
        });
  }

  static void outputBySex(RuleContext ctx) {
    List<BudgetLine> lines = ctx.plan().budgetLines();
    ImmutableIntArray tagged = ctx.taggedLinePositions();
    for (int k = 0; k < tagged.length(); k++) {
      int i = tagged.get(k);
      BudgetLine line = lines.get(i);
      // Every line here is tagged.
      boolean specificTarget =
          line.argTag().orElseThrow().category() == ArgCategory.SPECIFIC_TARGET;
      Optional<PerformanceIndicator> indicator = line.outputIndicator();
      boolean bySex = indicator.isPresent() && indicator.get().sexDisaggregated();
      if (specificTarget
          ? ctx.endedWithoutCheck(Outcome.NOT_APPLICABLE)
          : bySex && ctx.endedWithoutCheck(Outcome.PASSED)) {
        continue;
      }
      ElementPath path = ElementPath.of("budgetLines", i).field("outputIndicator");
      Check check =
          ctx.check(path, line.id().value(), line.agency()).read("subActivity", line.subActivity());
      if (specificTarget) {
        check.notApplicable();
        continue;
      }
      if (indicator.isEmpty()) {
        check.violated("noIndicator");
        continue;
      }
      check
          .read("indicator", indicator.get().name())
          .read("sexDisaggregated", indicator.get().sexDisaggregated());
      if (indicator.get().sexDisaggregated()) {
        check.passed();
      } else {
        check.at(path.field("sexDisaggregated")).violated("notBySex");
      }
    }
  }
}
