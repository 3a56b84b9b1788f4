package id.pug.rules.planning;

import static id.pug.rules.planning.PlanningRules.AGENCY_RESPONSIVE;
import static id.pug.rules.planning.PlanningRules.INDICATOR_BASELINE;
import static id.pug.rules.planning.PlanningRules.INDICATOR_TARGET;
import static id.pug.rules.planning.PlanningRules.NOMENCLATURE_CODE;
import static id.pug.rules.planning.PlanningRules.OUTPUT_BY_SEX;
import static id.pug.rules.planning.PlanningRules.RENJA_ANALYSED;
import static id.pug.rules.planning.PlanningRules.RENSTRA_ANALYSED;
import static id.pug.rules.planning.PlanningRules.RPJMD_ANALYSED;
import static id.pug.rules.testing.RuleExample.failing;
import static id.pug.rules.testing.RuleExample.lacking;
import static id.pug.rules.testing.RuleExample.notApplicable;
import static id.pug.rules.testing.RuleExample.passing;

import com.google.common.collect.ImmutableList;
import id.pug.core.agency.AgencyId;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.planning.PlanningDocumentKind;
import id.pug.core.planning.YearRange;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleExample;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Passing and failing examples of the planning rules, on the Kapuas fixture. Figures are
 * illustrative.
 */
public final class PlanningExamples {
  private PlanningExamples() {}

  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();
  private static final Year FIVE_YEARS_END = Year.of(2029);

  /** A planning document of Kapuas for an illustrative id and period. */
  private static PlanningDocument document(
      String id, PlanningDocumentKind kind, Optional<AgencyId> agency, YearRange period) {
    return PlanningDocument.builder()
        .id(PlanningDocumentId.of(id))
        .kind(kind)
        .region(PlanFixtures.KAPUAS)
        .agency(agency)
        .period(period)
        .title("Dokumen contoh " + id)
        .build();
  }

  private static final PlanningDocument RPJMD =
      document(
          "rpjmd-contoh-2025-2029",
          PlanningDocumentKind.RPJMD,
          Optional.empty(),
          YearRange.of(PlanFixtures.FISCAL_YEAR, FIVE_YEARS_END));

  private static final PlanningDocument RENSTRA =
      document(
          "renstra-dp3appkb-contoh-2025-2029",
          PlanningDocumentKind.RENSTRA_PD,
          Optional.of(PlanFixtures.DP3APPKB),
          YearRange.of(PlanFixtures.FISCAL_YEAR, FIVE_YEARS_END));

  private static final PlanningDocument BAPPEDA_RENJA =
      document(
          "renja-bappeda-contoh-2025",
          PlanningDocumentKind.RENJA_PD,
          Optional.of(PlanFixtures.BAPPEDA),
          YearRange.of(PlanFixtures.FISCAL_YEAR));

  /** An illustrative GAP of an agency, naming a planning document or none. */
  private static GenderAnalysisPathway gapOf(AgencyId agency, Optional<PlanningDocument> document) {
    return GenderAnalysisPathway.builder()
        .id(GapId.of("gap-contoh-" + agency.value()))
        .agency(agency)
        .fiscalYear(PlanFixtures.FISCAL_YEAR)
        .planningDocument(document.map(PlanningDocument::id))
        .build();
  }

  /** Kapuas with one more planning document, analysed by a GAP or not. */
  private static RegionalPprgPlan withDocument(PlanningDocument document, boolean analysed) {
    return Plans.kapuas(
        p -> {
          p.addPlanningDocument(document);
          if (analysed) {
            p.addGenderAnalysis(
                gapOf(document.agency().orElse(PlanFixtures.BAPPEDA), Optional.of(document)));
          }
          return p;
        });
  }

  /** Kapuas with both tagged lines in ARG category 1 (anggaran khusus target gender). */
  private static RegionalPprgPlan bothSpecificTarget() {
    return Plans.kapuas(
        p ->
            p.budgetLines(
                KAPUAS.budgetLines().stream()
                    .map(
                        l ->
                            l.argTag()
                                .map(
                                    t ->
                                        BudgetLine.builder()
                                            .from(l)
                                            .argTag(
                                                ArgTag.builder()
                                                    .from(t)
                                                    .category(ArgCategory.SPECIFIC_TARGET)
                                                    .build())
                                            .build())
                                .orElse(l))
                    .toList()));
  }

  /** Kapuas with one budget line changed. */
  private static RegionalPprgPlan line(int index, UnaryOperator<BudgetLine.Builder> change) {
    return Plans.line(index, change);
  }

  /**
   * Kapuas with every indicator of gender-responsive spending changed: the output indicators of the
   * tagged lines and the GBS achievement indicators.
   */
  private static RegionalPprgPlan spendingIndicators(
      UnaryOperator<PerformanceIndicator.Builder> change) {
    UnaryOperator<PerformanceIndicator> indicator =
        i -> change.apply(PerformanceIndicator.builder().from(i)).build();
    return Plans.kapuas(
        p ->
            p.budgetLines(
                    KAPUAS.budgetLines().stream()
                        .map(
                            l ->
                                l.isTagged()
                                    ? BudgetLine.builder()
                                        .from(l)
                                        .outputIndicator(l.outputIndicator().map(indicator))
                                        .build()
                                    : l)
                        .toList())
                .budgetStatements(
                    KAPUAS.budgetStatements().stream()
                        .map(
                            g ->
                                GenderBudgetStatement.builder()
                                    .from(g)
                                    .achievementIndicators(
                                        g.achievementIndicators().stream().map(indicator).toList())
                                    .build())
                        .toList()));
  }

  private static IndicatorValue baseline() {
    return IndicatorValue.of(Year.of(2024), BigDecimal.ONE);
  }

  private static IndicatorValue target(int year) {
    return IndicatorValue.of(Year.of(year), BigDecimal.valueOf(2));
  }

  /** Kapuas moved to 2022, the plan and its budget lines: the complete 2-digit list applies. */
  private static RegionalPprgPlan kapuasIn2022() {
    Year year = Year.of(2022);
    return Plans.kapuas(
        p ->
            p.fiscalYear(year)
                .budgetLines(
                    KAPUAS.budgetLines().stream()
                        .map(l -> BudgetLine.builder().from(l).fiscalYear(year).build())
                        .toList()));
  }

  /**
   * The examples.
   *
   * @return every example of the family
   */
  public static ImmutableList<RuleExample> examples() {
    String renjaSubActivity =
        "planningDocuments[0].programmes[0].activities[0].subActivities[0].code";
    return ImmutableList.of(
        // PPRG-PLAN-001 .. 003
        passing(
            RPJMD_ANALYSED,
            "a GAP of Bappeda analyses the RPJMD",
            withDocument(RPJMD, true),
            "planningDocuments[1]"),
        failing(
            RPJMD_ANALYSED,
            "no GAP analyses the RPJMD",
            withDocument(RPJMD, false),
            "planningDocuments[1]"),
        notApplicable(RPJMD_ANALYSED, "Kapuas records no RPJMD", KAPUAS),
        passing(
            RENSTRA_ANALYSED,
            "a GAP of the DP3APPKB analyses its Renstra",
            withDocument(RENSTRA, true),
            "planningDocuments[1]"),
        failing(
            RENSTRA_ANALYSED,
            "no GAP analyses the DP3APPKB's Renstra",
            withDocument(RENSTRA, false),
            "planningDocuments[1]"),
        notApplicable(RENSTRA_ANALYSED, "Kapuas records no Renstra PD", KAPUAS),
        passing(
            RENJA_ANALYSED,
            "both Kapuas GAPs analyse the DP3APPKB's Renja",
            KAPUAS,
            "planningDocuments[0]"),
        failing(
            RENJA_ANALYSED,
            "no GAP analyses the Bappeda's Renja",
            withDocument(BAPPEDA_RENJA, false),
            "planningDocuments[1]"),
        // PPRG-PLAN-004
        passing(
            AGENCY_RESPONSIVE,
            "Bappeda, BPKAD and the inspectorate each made a GAP",
            Plans.kapuas(
                p ->
                    p.addGenderAnalyses(
                        gapOf(PlanFixtures.BAPPEDA, Optional.empty()),
                        gapOf(PlanFixtures.BPKAD, Optional.empty()),
                        gapOf(PlanFixtures.INSPEKTORAT, Optional.empty()))),
            "agencies['bappeda']"),
        failing(
            AGENCY_RESPONSIVE,
            "Kapuas's Bappeda has no tagged line and no GAP",
            KAPUAS,
            "agencies['bappeda']"),
        lacking(
            AGENCY_RESPONSIVE,
            "the plan holds no budget lines",
            Plans.kapuas(p -> p.budgetLines(ImmutableList.of())),
            "budgetLines"),
        // PPRG-PLAN-005
        passing(
            NOMENCLATURE_CODE,
            "in 2022 every 2-digit code is in the complete kab/kota list",
            kapuasIn2022(),
            renjaSubActivity),
        failing(
            NOMENCLATURE_CODE,
            "a province sub-kegiatan code in a kabupaten plan",
            line(2, l -> l.subActivity(NomenclatureCode.parse("2.08.02.1.01.01"))),
            "budgetLines[2].subActivity"),
        failing(
            NOMENCLATURE_CODE,
            "a 2022 line with sub-kegiatan 2.08.02.2.01.09, absent from the complete list",
            line(
                2,
                l ->
                    l.fiscalYear(Year.of(2022))
                        .subActivity(NomenclatureCode.parse("2.08.02.2.01.09"))),
            "budgetLines[2].subActivity"),
        lacking(
            NOMENCLATURE_CODE,
            "a 2-digit code of a 2025 line is not in the partial 4-digit list",
            KAPUAS,
            "budgetLines[0].subActivity"),
        lacking(
            NOMENCLATURE_CODE,
            "a 2-digit code of the 2025 Renja is not in the partial 4-digit list",
            KAPUAS,
            renjaSubActivity),
        lacking(
            NOMENCLATURE_CODE,
            "no kab/kota nomenclature is known for 2020",
            line(2, l -> l.fiscalYear(Year.of(2020))),
            "budgetLines[2].subActivity"),
        lacking(
            NOMENCLATURE_CODE,
            "a health sub-kegiatan lies outside the bidang urusan pug's lists cover",
            line(2, l -> l.subActivity(NomenclatureCode.parse("1.02.02.2.01.01"))),
            "budgetLines[2].subActivity"),
        // PPRG-PLAN-006
        passing(
            INDICATOR_BASELINE,
            "every indicator of gender-responsive spending has a 2024 baseline",
            spendingIndicators(i -> i.baseline(baseline())),
            "budgetLines[0].outputIndicator.baseline"),
        failing(
            INDICATOR_BASELINE,
            "the output indicator of a tagged Kapuas line has no baseline",
            KAPUAS,
            "budgetLines[0].outputIndicator.baseline"),
        failing(
            INDICATOR_BASELINE,
            "a Kapuas GBS achievement indicator has no baseline",
            KAPUAS,
            "budgetStatements[1].achievementIndicators[0].baseline"),
        // PPRG-PLAN-007
        passing(
            INDICATOR_TARGET,
            "every indicator of gender-responsive spending has a 2025 target",
            spendingIndicators(i -> i.addTarget(target(2025))),
            "budgetStatements[0].achievementIndicators[0].targets"),
        failing(
            INDICATOR_TARGET,
            "the output indicator of a tagged Kapuas line has no target",
            KAPUAS,
            "budgetLines[1].outputIndicator.targets"),
        failing(
            INDICATOR_TARGET,
            "the indicators are targeted for 2026 only",
            spendingIndicators(i -> i.addTarget(target(2026))),
            "budgetStatements[0].achievementIndicators[0].targets"),
        // PPRG-PLAN-008
        passing(
            OUTPUT_BY_SEX,
            "the output indicators of both tagged lines are by sex",
            spendingIndicators(i -> i.sexDisaggregated(true)),
            "budgetLines[0].outputIndicator"),
        failing(
            OUTPUT_BY_SEX,
            "the output indicator of a tagged Kapuas line is not by sex",
            KAPUAS,
            "budgetLines[0].outputIndicator.sexDisaggregated"),
        failing(
            OUTPUT_BY_SEX,
            "a tagged line has no output indicator",
            line(0, l -> l.outputIndicator(Optional.empty())),
            "budgetLines[0].outputIndicator"),
        notApplicable(
            OUTPUT_BY_SEX,
            "both tagged lines serve one sex's specific needs (category 1)",
            bothSpecificTarget()));
  }
}
