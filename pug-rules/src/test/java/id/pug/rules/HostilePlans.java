package id.pug.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.Official;
import id.pug.core.assessment.PrerequisiteAssessment;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.indicator.GenderIndex;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.planning.YearRange;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanId;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.core.pokja.ForumPuspa;
import id.pug.core.pokja.PlannedAction;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GbsFormat;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.KakId;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.region.RegionCode;
import id.pug.rules.testing.Plans;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Plans built to trip rules up: every element missing, every reference dangling, extreme amounts
 * and values, the wrong tier of government, years far out. Each is a legal pug-core object, so no
 * rule may throw on it.
 */
final class HostilePlans {
  private HostilePlans() {}

  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();
  private static final AgencyId GHOST = AgencyId.of("hantu");

  private static BudgetLine line(String id, long amount, Optional<ArgTag> tag, String code) {
    return BudgetLine.builder()
        .id(BudgetLineId.of(id))
        .fiscalYear(Year.of(2025))
        .agency(GHOST)
        .subActivity(NomenclatureCode.parse(code))
        .amount(Rupiah.of(amount))
        .argTag(tag)
        .build();
  }

  static final Map<String, UnaryOperator<RegionalPprgPlan.Builder>> MUTATIONS =
      ImmutableMap.<String, UnaryOperator<RegionalPprgPlan.Builder>>builder()
          .put("no agencies", p -> p.agencies(ImmutableMap.of()))
          .put("no pokja", p -> p.pokja(Optional.empty()))
          .put("empty pokja", p -> p.pokja(PokjaPug.builder().region(KAPUAS.region()).build()))
          .put(
              "pokja of ghosts",
              p ->
                  p.pokja(
                      PokjaPug.builder()
                          .region(KAPUAS.region())
                          .chair(Official.builder().name("x").agency(GHOST).build())
                          .secretary(Official.ofPosition("Kepala", GHOST))
                          .addMember(Official.builder().name("y").agency(GHOST).build())
                          .build()))
          .put("no focal points", p -> p.focalPoints(ImmutableList.of()))
          .put(
              "bare forum", p -> p.forumPuspa(ForumPuspa.builder().region(KAPUAS.region()).build()))
          .put("no documents", p -> p.planningDocuments(ImmutableList.of()))
          .put("no lines", p -> p.budgetLines(ImmutableList.of()))
          .put(
              "huge amounts",
              p ->
                  p.budgetLines(
                      ImmutableList.of(
                          line(
                              "a",
                              Long.MAX_VALUE,
                              Optional.of(ArgTag.builder().category(ArgCategory.EQUALITY).build()),
                              "2.08.02.2.01.01"),
                          line(
                              "b",
                              Long.MAX_VALUE,
                              Optional.of(
                                  ArgTag.builder()
                                      .category(ArgCategory.SPECIFIC_TARGET)
                                      .gbs(GbsId.of("g"))
                                      .gap(GapId.of("p"))
                                      .kak(KakId.of("k"))
                                      .build()),
                              "1.02.01.1.01.0001"),
                          line("c", 0, Optional.empty(), "2.08.02.2.01.01"))))
          .put(
              "dangling tags",
              p ->
                  p.budgetLines(
                      KAPUAS.budgetLines().stream()
                          .map(
                              l ->
                                  BudgetLine.builder()
                                      .from(l)
                                      .argTag(
                                          ArgTag.of(
                                              ArgCategory.INSTITUTIONALISATION,
                                              GapId.of("x"),
                                              GbsId.of("y"),
                                              KakId.of("z")))
                                      .build())
                          .toList()))
          .put(
              "bare instruments",
              p ->
                  p.genderAnalyses(
                          ImmutableList.of(
                              GenderAnalysisPathway.builder()
                                  .id(GapId.of("gap-kosong"))
                                  .agency(GHOST)
                                  .planningDocument(PlanningDocumentId.of("tidak-ada"))
                                  .build()))
                      .budgetStatements(
                          ImmutableList.of(
                              GenderBudgetStatement.builder()
                                  .id(GbsId.of("gbs-kosong"))
                                  .agency(GHOST)
                                  .fiscalYear(Year.of(1999))
                                  .format(GbsFormat.MINISTRY)
                                  .gap(GapId.of("gap-kosong"))
                                  .build()))
                      .termsOfReference(
                          ImmutableList.of(
                              TermsOfReference.builder()
                                  .id(KakId.of("kak-kosong"))
                                  .agency(GHOST)
                                  .fiscalYear(Year.of(2100))
                                  .build())))
          .put(
              "odd indicators",
              p ->
                  p.regionalIndicators(
                      ImmutableList.of(
                          PerformanceIndicator.builder()
                              .name("IKG")
                              .unit("Indeks")
                              .level(IndicatorLevel.IMPACT)
                              .direction(GenderIndex.Direction.HIGHER_IS_BETTER)
                              .baseline(IndicatorValue.of(Year.of(2020), new BigDecimal("1E+400")))
                              .addTarget(
                                  IndicatorValue.of(Year.of(2021), new BigDecimal("-1E+400")))
                              .addActual(IndicatorValue.of(Year.of(2021), new BigDecimal("-0.5")))
                              .build(),
                          PerformanceIndicator.builder()
                              .name("Indeks Pembangunan Gender (IPG)")
                              .unit("Indeks")
                              .level(IndicatorLevel.IMPACT)
                              .baseline(
                                  IndicatorValue.builder().year(Year.of(2030)).text("?").build())
                              .addTarget(IndicatorValue.of(Year.of(2030), BigDecimal.ZERO))
                              .addActual(IndicatorValue.of(Year.of(2019), BigDecimal.TEN))
                              .build(),
                          PerformanceIndicator.builder()
                              .name("Persentase ARG")
                              .unit("%")
                              .level(IndicatorLevel.OUTCOME)
                              .addTarget(
                                  IndicatorValue.bySex(
                                      Year.of(2025), BigDecimal.ONE, BigDecimal.ONE))
                              .build())))
          .put(
              "odd action plans",
              p ->
                  p.actionPlans(
                      ImmutableList.of(
                          ActionPlan.builder()
                              .id(ActionPlanId.of("rad"))
                              .kind(ActionPlanKind.RAD_PUG)
                              .region(KAPUAS.region())
                              .period(YearRange.of(Year.of(1990)))
                              .addAction(PlannedAction.builder().description("x").build())
                              .addAction(
                                  PlannedAction.builder()
                                      .description("y")
                                      .responsibleAgency(GHOST)
                                      .start(java.time.YearMonth.of(1980, 1))
                                      .build())
                              .build())))
          .put(
              "empty assessment",
              p ->
                  p.assessment(
                      PrerequisiteAssessment.builder()
                          .region(KAPUAS.region())
                          .year(Year.of(2025))
                          .build()))
          .put("no assessment", p -> p.assessment(Optional.empty()))
          .put("province", p -> p.region(RegionCode.parse("62")))
          .put("far past", p -> p.fiscalYear(Year.of(1990)))
          .put("far future", p -> p.fiscalYear(Year.of(2099)))
          .buildOrThrow();

  /** Each mutation alone, then {@code combined} random combinations of three, seeded. */
  static List<RegionalPprgPlan> plans(int combined, long seed) {
    List<UnaryOperator<RegionalPprgPlan.Builder>> all = new ArrayList<>(MUTATIONS.values());
    List<RegionalPprgPlan> plans = new ArrayList<>();
    for (UnaryOperator<RegionalPprgPlan.Builder> m : all) {
      plans.add(Plans.kapuas(m));
    }
    Random random = new Random(seed);
    for (int i = 0; i < combined; i++) {
      RegionalPprgPlan plan = KAPUAS;
      for (int j = 0; j < 3; j++) {
        plan = Plans.change(plan, all.get(random.nextInt(all.size())));
      }
      plans.add(plan);
    }
    return plans;
  }
}
