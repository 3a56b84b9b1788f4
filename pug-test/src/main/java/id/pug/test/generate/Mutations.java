package id.pug.test.generate;

import static id.pug.test.generate.PlanGenerator.FINANCE;
import static id.pug.test.generate.PlanGenerator.PLANNING;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.pug.core.agency.Agency;
import id.pug.core.agency.Official;
import id.pug.core.assessment.Prerequisite;
import id.pug.core.assessment.PrerequisiteAssessment;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.indicator.GenderIndex;
import id.pug.core.law.Decree;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.Coverage;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.Activity;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.planning.Programme;
import id.pug.core.planning.YearRange;
import id.pug.core.pokja.ActionArea;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.pokja.ForumPuspa;
import id.pug.core.pokja.ForumSector;
import id.pug.core.pokja.PlannedAction;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.SituationAnalysis;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.region.GovernmentLevel;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The catalogue of single mutations, in rule order; see {@link PlanGenerator#mutations()}. */
final class Mutations {
  private Mutations() {}

  private static final String NOT_DATA = "angka contoh, bukan data";

  static final ImmutableList<Mutation> ALL =
      ImmutableList.of(
          // ---------------------------------------------------------------- institutions
          Mutation.of(
              "PPRG-INST-001",
              "pokja",
              "the plan records no Pokja PUG",
              Mutations::any,
              p -> plan(p, b -> b.pokja(Optional.empty()))),
          Mutation.of(
              "PPRG-INST-002",
              "pokja.decree.issuer",
              "the Pokja PUG is formed by decree of the head of an agency",
              Mutations::any,
              p ->
                  pokja(
                      p,
                      k ->
                          k.decree(
                              Decree.builder()
                                  .from(p.pokja().orElseThrow().decree().orElseThrow())
                                  .issuer(Decree.Issuer.HEAD_OF_AGENCY)
                                  .build()))),
          Mutation.of(
              "PPRG-INST-003",
              "pokja.chair.position",
              "the Pokja PUG is chaired by the secretary of the planning agency, not its head",
              Mutations::any,
              p ->
                  pokja(
                      p,
                      k ->
                          k.chair(
                              Official.ofPosition(
                                  "Sekretaris "
                                      + p.agency(PLANNING).map(Agency::name).orElse("Bappeda"),
                                  PLANNING)))),
          Mutation.of(
              "PPRG-INST-004",
              "pokja.secretary.position",
              "the Pokja PUG's secretary is a head of division of the women's-empowerment agency",
              Mutations::any,
              p ->
                  pokja(
                      p,
                      k ->
                          k.secretary(
                              Official.ofPosition(
                                  "Kepala Bidang Pengarusutamaan Gender (contoh)",
                                  PlanGenerator.WOMEN_EMPOWERMENT)))),
          Mutation.of(
              "PPRG-INST-005",
              "pokja.members",
              "the head of the finance agency is not a member of the Pokja PUG",
              Mutations::hasFinance,
              p ->
                  pokja(
                      p,
                      k ->
                          k.members(
                              p.pokja().orElseThrow().members().stream()
                                  .filter(m -> !m.agency().equals(FINANCE))
                                  .toList()))),
          Mutation.of(
              "PPRG-INST-006",
              "pokja.members[0]",
              "a member of the Pokja PUG is a head of division, not a head of agency",
              Mutations::any,
              p ->
                  pokja(
                      p,
                      k ->
                          k.members(
                              replace(
                                  p.pokja().orElseThrow().members(),
                                  0,
                                  m ->
                                      Official.ofPosition(
                                          "Kepala Bidang Perencanaan (contoh)", m.agency()))))),
          Mutation.of(
              "PPRG-INST-007",
              "focalPoints",
              "the planning agency has no focal point",
              Mutations::any,
              p ->
                  plan(
                      p,
                      b ->
                          b.focalPoints(
                              p.focalPoints().stream()
                                  .filter(f -> !f.agency().equals(PLANNING))
                                  .toList()))),
          Mutation.of(
              "PPRG-INST-008",
              "focalPoints[0].decree",
              "a focal point is appointed without a decree",
              Mutations::any,
              p ->
                  plan(
                      p,
                      b ->
                          b.focalPoints(
                              replace(
                                  p.focalPoints(),
                                  0,
                                  f ->
                                      FocalPoint.builder()
                                          .from(f)
                                          .decree(Optional.empty())
                                          .build())))),
          Mutation.of(
              "PPRG-INST-009",
              "pokja.technicalTeam",
              "the Pokja PUG has no technical team",
              Mutations::any,
              p -> pokja(p, k -> k.technicalTeam(List.of()))),
          Mutation.of(
              "PPRG-INST-010",
              "actionPlans",
              "the plan has no RAD PUG",
              Mutations::any,
              p -> actionPlans(p, a -> a.kind() != ActionPlanKind.RAD_PUG)),
          Mutation.of(
              "PPRG-INST-011",
              "actionPlans[0].actions",
              "the RAD PUG has no action on public participation",
              Mutations::any,
              p ->
                  rad(
                      p,
                      r ->
                          r.actions(
                              p.actionPlans().get(0).actions().stream()
                                  .filter(
                                      a ->
                                          !a.area()
                                              .equals(Optional.of(ActionArea.PUBLIC_PARTICIPATION)))
                                  .toList()))),
          Mutation.of(
              "PPRG-INST-012",
              "actionPlans",
              "the Pokja PUG has no work plan for the fiscal year",
              Mutations::any,
              p -> actionPlans(p, a -> a.kind() != ActionPlanKind.POKJA_WORK_PLAN)),
          Mutation.of(
              "PPRG-INST-013",
              "forumPuspa",
              "the plan records no Forum PUSPA",
              Mutations::any,
              p -> plan(p, b -> b.forumPuspa(Optional.empty()))),
          Mutation.of(
              "PPRG-INST-014",
              "forumPuspa.members",
              "Forum PUSPA has no member from academia",
              Mutations::any,
              p ->
                  forum(
                      p,
                      f ->
                          f.members(
                              p.forumPuspa().orElseThrow().members().stream()
                                  .filter(m -> m.sector() != ForumSector.ACADEMIA)
                                  .toList()))),
          Mutation.of(
              "PPRG-INST-015",
              "forumPuspa.term",
              "Forum PUSPA's term ended the year before the fiscal year",
              Mutations::any,
              p ->
                  forum(
                      p,
                      f ->
                          f.term(
                              YearRange.of(
                                  p.fiscalYear().minusYears(4), p.fiscalYear().minusYears(2))))),
          // ---------------------------------------------------------------- planning
          Mutation.of(
              "PPRG-PLAN-001",
              "planningDocuments[0]",
              "no GAP names the RPJMD",
              Mutations::any,
              p -> unanalysed(p, 0)),
          Mutation.of(
              "PPRG-PLAN-002",
              "planningDocuments[1]",
              "no GAP names the Renstra of the women's-empowerment agency",
              Mutations::any,
              p -> unanalysed(p, 1)),
          Mutation.of(
              "PPRG-PLAN-003",
              "planningDocuments[2]",
              "no GAP names the Renja of the women's-empowerment agency",
              Mutations::any,
              p -> unanalysed(p, 2)),
          Mutation.of(
              "PPRG-PLAN-004",
              "agencies['keuangan']",
              "the finance agency has neither an ARG-tagged line nor a GAP",
              Mutations::hasFinance,
              p ->
                  plan(
                      p,
                      b ->
                          b.genderAnalyses(
                              p.genderAnalyses().stream()
                                  .filter(g -> !g.agency().equals(FINANCE))
                                  .toList()))),
          Mutation.of(
              "PPRG-PLAN-005",
              "budgetLines[3].subActivity",
              "a budget line of a kabupaten/kota uses a province sub-kegiatan code",
              Mutations::any,
              p -> line(p, 3, l -> l.subActivity(otherTier(p.budgetLines().get(3).subActivity())))),
          Mutation.of(
              "PPRG-PLAN-005",
              "budgetLines[3].subActivity",
              "a budget line uses a sub-kegiatan code missing from the complete list of its year",
              Mutations::completeList,
              p -> line(p, 3, l -> l.subActivity(unknown(p.budgetLines().get(3).subActivity())))),
          Mutation.of(
              "PPRG-PLAN-006",
              "budgetLines[0].outputIndicator.baseline",
              "the output indicator of a tagged line has no baseline",
              Mutations::any,
              p -> output(p, i -> i.baseline(Optional.empty()))),
          Mutation.of(
              "PPRG-PLAN-007",
              "budgetLines[0].outputIndicator.targets",
              "the output indicator of a tagged line has no target",
              Mutations::any,
              p -> output(p, i -> i.targets(List.of()))),
          Mutation.of(
              "PPRG-PLAN-008",
              "budgetLines[0].outputIndicator.sexDisaggregated",
              "the output indicator of a tagged line is not disaggregated by sex",
              Mutations::any,
              p -> output(p, i -> i.sexDisaggregated(false))),
          // ---------------------------------------------------------------- GAP
          Mutation.of(
              "PPRG-GAP-001",
              "genderAnalyses[0].steps",
              "a GAP lacks step 7 (action plan)",
              Mutations::any,
              p -> steps(p, s -> s.remove(GapStep.ACTION_PLAN))),
          Mutation.of(
              "PPRG-GAP-002",
              "genderAnalyses[0].steps['INSIGHT_DATA']",
              "a GAP's insight data does not speak of women and men",
              Mutations::any,
              p ->
                  steps(
                      p,
                      s ->
                          s.add(
                              GapStep.INSIGHT_DATA,
                              "Contoh data pembuka wawasan: jumlah peserta kegiatan tahun"
                                  + " sebelumnya"))),
          Mutation.of(
              "PPRG-GAP-003",
              "genderAnalyses[0].steps['GAP_FACTORS']",
              "a GAP names no gap factor",
              Mutations::any,
              p ->
                  gap(
                      p,
                      0,
                      g ->
                          g.gapFactors(ImmutableSortedMap.of())
                              .steps(
                                  with(
                                      p.genderAnalyses().get(0).steps(),
                                      GapStep.GAP_FACTORS,
                                      "Contoh: kesenjangan belum diuraikan")))),
          Mutation.of(
              "PPRG-GAP-004",
              "genderAnalyses[0].steps['EXTERNAL_CAUSES']",
              "a GAP's external causes repeat its internal causes",
              Mutations::any,
              p -> steps(p, s -> s.add(GapStep.EXTERNAL_CAUSES, s.get(GapStep.INTERNAL_CAUSES)))),
          Mutation.of(
              "PPRG-GAP-005",
              "genderAnalyses[0].steps['REFORMULATED_OBJECTIVE']",
              "a GAP's step 1 already states its reformulated objective",
              Mutations::any,
              p ->
                  steps(
                      p,
                      s ->
                          s.add(
                              GapStep.POLICY_SELECTION,
                              s.get(GapStep.POLICY_SELECTION)
                                  + ". "
                                  + s.get(GapStep.REFORMULATED_OBJECTIVE)))),
          Mutation.of(
              "PPRG-GAP-006",
              "genderAnalyses[0].genderIndicators[0].baseline",
              "a GAP's gender indicator has a baseline total, not a figure by sex",
              Mutations::any,
              p ->
                  genderIndicator(
                      p,
                      i ->
                          i.baseline(
                              IndicatorValue.builder()
                                  .year(p.fiscalYear().minusYears(1))
                                  .total(BigDecimal.valueOf(100))
                                  .text(NOT_DATA)
                                  .build()))),
          Mutation.of(
              "PPRG-GAP-007",
              "genderAnalyses[0].genderIndicators[0].targets",
              "a GAP's gender indicator has no target",
              Mutations::any,
              p -> genderIndicator(p, i -> i.targets(List.of()))),
          Mutation.of(
              "PPRG-GAP-008",
              "genderAnalyses[0].subject",
              "the Renja a GAP names leaves out the sub-kegiatan the GAP analyses",
              Mutations::any,
              p -> withoutSubActivity(p, 2, p.budgetLines().get(0).subActivity())),
          // ---------------------------------------------------------------- GBS
          Mutation.of(
              "PPRG-GBS-001",
              "budgetStatements[0].activity",
              "a GBS does not state its kegiatan",
              Mutations::any,
              p -> gbs(p, 0, g -> g.activity(Optional.empty()))),
          Mutation.of(
              "PPRG-GBS-002",
              "budgetStatements[0].situationAnalysis.externalCauses",
              "a GBS's situation analysis lacks the external causes",
              Mutations::any,
              p ->
                  gbs(
                      p,
                      0,
                      g ->
                          g.situationAnalysis(
                              SituationAnalysis.builder()
                                  .from(p.budgetStatements().get(0).situationAnalysis())
                                  .externalCauses(Optional.empty())
                                  .build()))),
          Mutation.of(
              "PPRG-GBS-003",
              "budgetStatements[0].achievementIndicators",
              "a GBS states no achievement indicator",
              Mutations::any,
              p -> gbs(p, 0, g -> g.achievementIndicators(List.of()))),
          Mutation.of(
              "PPRG-GBS-004",
              "budgetStatements[0].actionPlan",
              "a GBS's action plan holds no action",
              Mutations::any,
              p -> gbs(p, 0, g -> g.actionPlan(List.of()))),
          Mutation.of(
              "PPRG-GBS-005",
              "budgetStatements[0].budget",
              "a GBS states no budget allocation",
              Mutations::any,
              p -> gbs(p, 0, g -> g.budget(Optional.empty()))),
          Mutation.of(
              "PPRG-GBS-006",
              "budgetStatements[0].expectedImpact",
              "a GBS states no expected impact",
              Mutations::any,
              p -> gbs(p, 0, g -> g.expectedImpact(Optional.empty()))),
          Mutation.of(
              "PPRG-GBS-007",
              "budgetStatements[0].gap",
              "a GBS names no GAP",
              Mutations::any,
              p -> gbs(p, 0, g -> g.gap(Optional.empty()))),
          Mutation.of(
              "PPRG-GBS-008",
              "budgetStatements[0].agency",
              "the GAP a GBS names belongs to another agency",
              Mutations::any,
              p -> gap(p, 0, g -> g.agency(PLANNING))),
          Mutation.of(
              "PPRG-GBS-009",
              "budgetStatements[0].objective",
              "a GBS's objective does not carry the GAP's reformulated objective",
              Mutations::any,
              p ->
                  gbs(
                      p,
                      0,
                      g ->
                          g.objective("Contoh tujuan lain: terlaksananya kegiatan sesuai jadwal"))),
          Mutation.of(
              "PPRG-GBS-010",
              "budgetStatements[0].budget",
              "a GBS's allocation exceeds the total of its lines by Rp1.000",
              Mutations::any,
              p ->
                  gbs(
                      p,
                      0,
                      g ->
                          g.budget(
                              Rupiah.of(
                                  p.budgetStatements().get(0).budget().orElseThrow().amount()
                                      + 1_000)))),
          Mutation.of(
              "PPRG-GBS-011",
              "budgetStatements[0]",
              "a GBS that no budget line names is added in front",
              Mutations::any,
              p -> {
                GenderBudgetStatement first = p.budgetStatements().get(0);
                List<GenderBudgetStatement> all = new ArrayList<>();
                all.add(
                    GenderBudgetStatement.builder()
                        .from(first)
                        .id(GbsId.of(first.id().value() + "-tanpa-baris"))
                        .build());
                all.addAll(p.budgetStatements());
                return plan(p, b -> b.budgetStatements(all));
              }),
          Mutation.of(
              "PPRG-GBS-012",
              "budgetStatements[0].fiscalYear",
              "a GBS is prepared for the year before the plan's",
              Mutations::any,
              p -> gbs(p, 0, g -> g.fiscalYear(p.fiscalYear().minusYears(1)))),
          // ---------------------------------------------------------------- KAK
          Mutation.of(
              "PPRG-KAK-001",
              "budgetLines[0].argTag.kak",
              "an ARG-tagged line names no KAK",
              Mutations::any,
              p -> tag(p, 0, t -> t.kak(Optional.empty()))),
          Mutation.of(
              "PPRG-KAK-002",
              "termsOfReference[0].gbs",
              "a KAK names no GBS",
              Mutations::any,
              p -> kak(p, 0, k -> k.gbs(Optional.empty()))),
          Mutation.of(
              "PPRG-KAK-003",
              "termsOfReference[0].limits",
              "a KAK states no limits of the activity",
              Mutations::any,
              p -> kak(p, 0, k -> k.limits(Optional.empty()))),
          Mutation.of(
              "PPRG-KAK-004",
              "termsOfReference[0].beneficiaries",
              "a KAK's beneficiaries are not stated by sex",
              Mutations::any,
              p ->
                  kak(
                      p,
                      0,
                      k -> k.beneficiaries("Contoh penerima manfaat: aparatur perangkat daerah"))),
          Mutation.of(
              "PPRG-KAK-005",
              "termsOfReference[0].end",
              "a KAK's schedule ends in January of the next year",
              Mutations::any,
              p -> kak(p, 0, k -> k.end(YearMonth.of(p.fiscalYear().getValue() + 1, 1)))),
          Mutation.of(
              "PPRG-KAK-006",
              "termsOfReference[0].cost",
              "a KAK's cost exceeds the total of its lines by Rp1.000",
              Mutations::any,
              p ->
                  kak(
                      p,
                      0,
                      k ->
                          k.cost(
                              Rupiah.of(
                                  p.termsOfReference().get(0).cost().orElseThrow().amount()
                                      + 1_000)))),
          Mutation.of(
              "PPRG-KAK-007",
              "termsOfReference[0].responsibleOfficial.agency",
              "a KAK's responsible official belongs to the planning agency",
              Mutations::any,
              p ->
                  kak(
                      p,
                      0,
                      k ->
                          k.responsibleOfficial(
                              Official.ofPosition(
                                  "Kepala Bidang Perencanaan (contoh)", PLANNING)))),
          Mutation.of(
              "PPRG-KAK-008",
              "termsOfReference[0].subject",
              "a KAK names a supporting kegiatan instead of its GBS's sub-kegiatan",
              Mutations::any,
              p -> kak(p, 0, k -> k.subject(supporting(p.budgetLines().get(0).subActivity())))),
          // ---------------------------------------------------------------- ARG
          Mutation.of(
              "PPRG-ARG-001",
              "budgetLines[0].argTag.gbs",
              "an ARG-tagged line names no GBS",
              Mutations::any,
              p -> tag(p, 0, t -> t.gbs(Optional.empty())),
              "PPRG-GBS-011"),
          Mutation.of(
              "PPRG-ARG-002",
              "budgetLines[0].argTag.gap",
              "an ARG-tagged line names no GAP",
              Mutations::any,
              p -> tag(p, 0, t -> t.gap(Optional.empty()))),
          Mutation.of(
              "PPRG-ARG-003",
              "budgetLines[0].amount",
              "an ARG-tagged line has a ceiling of zero",
              Mutations::any,
              p -> line(p, 0, l -> l.amount(Rupiah.ZERO)),
              "PPRG-GBS-010",
              "PPRG-KAK-006"),
          Mutation.of(
              "PPRG-ARG-004",
              "budgetLines[0].agency",
              "an ARG-tagged line belongs to another agency than its GBS",
              Mutations::any,
              p -> line(p, 0, l -> l.agency(PLANNING))),
          Mutation.of(
              "PPRG-ARG-005",
              "budgetLines[0].argTag.category",
              "a line of kegiatan 2.08.02.2.01 is tagged as a gender equality budget",
              Mutations::any,
              p ->
                  tag(
                      p,
                      0,
                      t ->
                          t.category(ArgCategory.EQUALITY)
                              .genderGap(
                                  "Contoh kesenjangan: partisipasi perempuan lebih rendah"))),
          Mutation.of(
              "PPRG-ARG-006",
              "budgetLines[2].argTag.targetGroup",
              "a specific gender target budget names no target group",
              Mutations::any,
              p -> tag(p, 2, t -> t.targetGroup(Optional.empty()))),
          Mutation.of(
              "PPRG-ARG-007",
              "budgetLines[1].argTag.genderGap",
              "a gender equality budget names no gender gap, nor does its GBS",
              Mutations::any,
              p ->
                  gbs(
                      tag(p, 1, t -> t.genderGap(Optional.empty())),
                      1,
                      g ->
                          g.situationAnalysis(
                              SituationAnalysis.builder()
                                  .from(p.budgetStatements().get(1).situationAnalysis())
                                  .gapFactors(ImmutableSortedMap.of())
                                  .build())),
              "PPRG-GBS-002"),
          Mutation.of(
              "PPRG-ARG-008",
              "budgetLines",
              "the region's ARG share target is 100% of spending",
              Mutations::any,
              p ->
                  indicator(
                      p,
                      PerformanceIndicator.builder()
                          .name("Persentase anggaran responsif gender (contoh target)")
                          .unit("%")
                          .level(IndicatorLevel.OUTCOME)
                          .addTarget(
                              IndicatorValue.builder()
                                  .year(p.fiscalYear())
                                  .total(BigDecimal.valueOf(100))
                                  .text(NOT_DATA)
                                  .build())
                          .build())),
          // ---------------------------------------------------------------- indicators
          Mutation.of(
              "PPRG-IND-001",
              "regionalIndicators[0].baseline",
              "an IKG target has no baseline",
              Mutations::any,
              p -> indicator(p, ikg(p).build())),
          Mutation.of(
              "PPRG-IND-002",
              "regionalIndicators[0].actuals",
              "the latest IKG is off the trajectory to its target",
              Mutations::any,
              p -> {
                Year year = p.fiscalYear();
                return indicator(
                    p,
                    PerformanceIndicator.builder()
                        .from(ikg(p).build())
                        .baseline(value(year.minusYears(3), "0.500"))
                        .targets(List.of(value(year.plusYears(2), "0.400")))
                        .actuals(List.of(value(year.minusYears(1), "0.600")))
                        .build());
              }),
          Mutation.of(
              "PPRG-IND-003",
              "regionalIndicators[0].baseline",
              "an IKG baseline lies outside the index's range",
              Mutations::any,
              p ->
                  indicator(
                      p, ikg(p).baseline(value(p.fiscalYear().minusYears(1), "1.5")).build())),
          // ---------------------------------------------------------------- action plans
          Mutation.of(
              "PPRG-ACT-001",
              "actionPlans[0].actions[0].responsibleAgency",
              "an action of the RAD PUG names no responsible agency",
              Mutations::any,
              p -> action(p, a -> a.responsibleAgency(Optional.empty()))),
          Mutation.of(
              "PPRG-ACT-002",
              "actionPlans[0].actions[0].end",
              "an action of the RAD PUG ends after the RAD's period",
              Mutations::any,
              p ->
                  action(
                      p,
                      a ->
                          a.end(
                              YearMonth.of(
                                  p.actionPlans().get(0).period().end().getValue() + 1, 12)))),
          Mutation.of(
              "PPRG-ACT-003",
              "actionPlans[0].actions[0].indicators[0].targets",
              "the indicator of an action of the RAD PUG has no target",
              Mutations::any,
              p -> actionIndicator(p, i -> i.targets(List.of()))),
          Mutation.of(
              "PPRG-ACT-004",
              "actionPlans[0].actions[0].indicators",
              "an action of the RAD PUG measures an output only",
              Mutations::any,
              p -> actionIndicator(p, i -> i.level(IndicatorLevel.OUTPUT))),
          // ---------------------------------------------------------------- prerequisites
          Mutation.of(
              "PPRG-PRQ-001",
              "assessment.evidence",
              "no evidence supports the prerequisite of commitment",
              Mutations::any,
              p -> {
                PrerequisiteAssessment assessment = p.assessment().orElseThrow();
                return plan(
                    p,
                    b ->
                        b.assessment(
                            PrerequisiteAssessment.builder()
                                .from(assessment)
                                .evidence(
                                    assessment.evidence().stream()
                                        .filter(e -> e.prerequisite() != Prerequisite.COMMITMENT)
                                        .toList())
                                .build()));
              }));

  /** Any plan of the generator. */
  private static boolean any(RegionalPprgPlan plan) {
    return true;
  }

  /** A plan with a finance agency (three agencies or more). */
  private static boolean hasFinance(RegionalPprgPlan plan) {
    return plan.agencies().containsKey(FINANCE);
  }

  // ----------------------------------------------------------------------------------------------
  // Changing one element of a plan
  // ----------------------------------------------------------------------------------------------

  private static RegionalPprgPlan plan(
      RegionalPprgPlan plan, UnaryOperator<RegionalPprgPlan.Builder> change) {
    return change.apply(RegionalPprgPlan.builder().from(plan)).build();
  }

  private static <T> ImmutableList<T> replace(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(list.get(index)));
    return ImmutableList.copyOf(copy);
  }

  private static RegionalPprgPlan line(
      RegionalPprgPlan p, int i, UnaryOperator<BudgetLine.Builder> change) {
    return plan(
        p,
        b ->
            b.budgetLines(
                replace(
                    p.budgetLines(), i, l -> change.apply(BudgetLine.builder().from(l)).build())));
  }

  private static RegionalPprgPlan tag(
      RegionalPprgPlan p, int i, UnaryOperator<ArgTag.Builder> change) {
    ArgTag tag = p.budgetLines().get(i).argTag().orElseThrow();
    return line(p, i, l -> l.argTag(change.apply(ArgTag.builder().from(tag)).build()));
  }

  private static RegionalPprgPlan output(
      RegionalPprgPlan p, UnaryOperator<PerformanceIndicator.Builder> change) {
    PerformanceIndicator indicator = p.budgetLines().get(0).outputIndicator().orElseThrow();
    return line(
        p,
        0,
        l ->
            l.outputIndicator(
                change.apply(PerformanceIndicator.builder().from(indicator)).build()));
  }

  private static RegionalPprgPlan gap(
      RegionalPprgPlan p, int i, UnaryOperator<GenderAnalysisPathway.Builder> change) {
    return plan(
        p,
        b ->
            b.genderAnalyses(
                replace(
                    p.genderAnalyses(),
                    i,
                    g -> change.apply(GenderAnalysisPathway.builder().from(g)).build())));
  }

  /** Changes the steps of the first GAP through a mutable copy. */
  private static RegionalPprgPlan steps(RegionalPprgPlan p, Consumer<Steps> change) {
    Steps steps = new Steps(p.genderAnalyses().get(0).steps());
    change.accept(steps);
    return gap(p, 0, g -> g.steps(steps.map));
  }

  /** A mutable copy of a GAP's steps. */
  private static final class Steps {
    final EnumMap<GapStep, String> map = new EnumMap<>(GapStep.class);

    Steps(Map<GapStep, String> steps) {
      map.putAll(steps);
    }

    String get(GapStep step) {
      return Objects.requireNonNull(map.get(step), step.name());
    }

    void add(GapStep step, String text) {
      map.put(step, text);
    }

    void remove(GapStep step) {
      map.remove(step);
    }
  }

  private static ImmutableSortedMap<GapStep, String> with(
      Map<GapStep, String> steps, GapStep step, String text) {
    EnumMap<GapStep, String> copy = new EnumMap<>(GapStep.class);
    copy.putAll(steps);
    copy.put(step, text);
    return ImmutableSortedMap.copyOf(copy);
  }

  private static RegionalPprgPlan genderIndicator(
      RegionalPprgPlan p, UnaryOperator<PerformanceIndicator.Builder> change) {
    GenderAnalysisPathway first = p.genderAnalyses().get(0);
    return gap(
        p,
        0,
        g ->
            g.genderIndicators(
                replace(
                    first.genderIndicators(),
                    0,
                    i -> change.apply(PerformanceIndicator.builder().from(i)).build())));
  }

  private static RegionalPprgPlan gbs(
      RegionalPprgPlan p, int i, UnaryOperator<GenderBudgetStatement.Builder> change) {
    return plan(
        p,
        b ->
            b.budgetStatements(
                replace(
                    p.budgetStatements(),
                    i,
                    g -> change.apply(GenderBudgetStatement.builder().from(g)).build())));
  }

  private static RegionalPprgPlan kak(
      RegionalPprgPlan p, int i, UnaryOperator<TermsOfReference.Builder> change) {
    return plan(
        p,
        b ->
            b.termsOfReference(
                replace(
                    p.termsOfReference(),
                    i,
                    k -> change.apply(TermsOfReference.builder().from(k)).build())));
  }

  private static RegionalPprgPlan pokja(
      RegionalPprgPlan p, UnaryOperator<PokjaPug.Builder> change) {
    PokjaPug pokja = p.pokja().orElseThrow();
    return plan(p, b -> b.pokja(change.apply(PokjaPug.builder().from(pokja)).build()));
  }

  private static RegionalPprgPlan forum(
      RegionalPprgPlan p, UnaryOperator<ForumPuspa.Builder> change) {
    ForumPuspa forum = p.forumPuspa().orElseThrow();
    return plan(p, b -> b.forumPuspa(change.apply(ForumPuspa.builder().from(forum)).build()));
  }

  private static RegionalPprgPlan actionPlans(RegionalPprgPlan p, Predicate<ActionPlan> keep) {
    return plan(p, b -> b.actionPlans(p.actionPlans().stream().filter(keep).toList()));
  }

  private static RegionalPprgPlan rad(
      RegionalPprgPlan p, UnaryOperator<ActionPlan.Builder> change) {
    return plan(
        p,
        b ->
            b.actionPlans(
                replace(
                    p.actionPlans(), 0, a -> change.apply(ActionPlan.builder().from(a)).build())));
  }

  private static RegionalPprgPlan action(
      RegionalPprgPlan p, UnaryOperator<PlannedAction.Builder> change) {
    return rad(
        p,
        r ->
            r.actions(
                replace(
                    p.actionPlans().get(0).actions(),
                    0,
                    a -> change.apply(PlannedAction.builder().from(a)).build())));
  }

  private static RegionalPprgPlan actionIndicator(
      RegionalPprgPlan p, UnaryOperator<PerformanceIndicator.Builder> change) {
    PlannedAction first = p.actionPlans().get(0).actions().get(0);
    return action(
        p,
        a ->
            a.indicators(
                replace(
                    first.indicators(),
                    0,
                    i -> change.apply(PerformanceIndicator.builder().from(i)).build())));
  }

  private static RegionalPprgPlan indicator(RegionalPprgPlan p, PerformanceIndicator indicator) {
    List<PerformanceIndicator> all = new ArrayList<>();
    all.add(indicator);
    all.addAll(p.regionalIndicators());
    return plan(p, b -> b.regionalIndicators(all));
  }

  /** An illustrative IKG target: a target the year after the fiscal year, no baseline. */
  private static PerformanceIndicator.Builder ikg(RegionalPprgPlan p) {
    return PerformanceIndicator.builder()
        .name("Indeks Ketimpangan Gender (IKG) (contoh)")
        .unit("Indeks")
        .level(IndicatorLevel.IMPACT)
        .direction(GenderIndex.Direction.LOWER_IS_BETTER)
        .addTarget(
            IndicatorValue.builder()
                .year(p.fiscalYear().plusYears(1))
                .text("menurun (target contoh)")
                .build());
  }

  private static IndicatorValue value(Year year, String total) {
    return IndicatorValue.builder().year(year).total(new BigDecimal(total)).text(NOT_DATA).build();
  }

  /** Removes the planning document of every GAP that names planning document {@code i}. */
  private static RegionalPprgPlan unanalysed(RegionalPprgPlan p, int i) {
    PlanningDocumentId document = p.planningDocuments().get(i).id();
    return plan(
        p,
        b ->
            b.genderAnalyses(
                p.genderAnalyses().stream()
                    .map(
                        g ->
                            g.planningDocument().equals(Optional.of(document))
                                ? GenderAnalysisPathway.builder()
                                    .from(g)
                                    .planningDocument(Optional.empty())
                                    .build()
                                : g)
                    .toList()));
  }

  /** Removes a sub-kegiatan from planning document {@code i}. */
  private static RegionalPprgPlan withoutSubActivity(
      RegionalPprgPlan p, int i, NomenclatureCode code) {
    PlanningDocument document = p.planningDocuments().get(i);
    List<Programme> programmes = new ArrayList<>();
    for (Programme programme : document.programmes()) {
      List<Activity> activities = new ArrayList<>();
      for (Activity activity : programme.activities()) {
        activities.add(
            Activity.builder()
                .from(activity)
                .subActivities(
                    activity.subActivities().stream().filter(s -> !s.code().equals(code)).toList())
                .build());
      }
      programmes.add(Programme.builder().from(programme).activities(activities).build());
    }
    PlanningDocument changed =
        PlanningDocument.builder().from(document).programmes(programmes).build();
    return plan(p, b -> b.planningDocuments(replace(p.planningDocuments(), i, d -> changed)));
  }

  // ----------------------------------------------------------------------------------------------
  // Codes
  // ----------------------------------------------------------------------------------------------

  /** The same sub-kegiatan code with the level digit of the other tier of government. */
  private static NomenclatureCode otherTier(NomenclatureCode code) {
    List<String> parts = new ArrayList<>(Splitter.on('.').splitToList(code.format()));
    parts.set(3, parts.get(3).equals("2") ? "1" : "2");
    return NomenclatureCode.parse(String.join(".", parts));
  }

  /** A sub-kegiatan code under the same kegiatan that the list in effect does not hold. */
  private static NomenclatureCode unknown(NomenclatureCode code) {
    List<String> parts = new ArrayList<>(Splitter.on('.').splitToList(code.format()));
    parts.set(5, parts.get(5).length() == 4 ? "9999" : "99");
    return NomenclatureCode.parse(String.join(".", parts));
  }

  /** The first kegiatan of the supporting programme (X.XX.01) of a code's bidang urusan. */
  private static NomenclatureCode supporting(NomenclatureCode code) {
    return NomenclatureCode.parse(code.bidangUrusan().orElseThrow().format() + ".01.2.01");
  }

  private static boolean completeList(RegionalPprgPlan p) {
    return NomenclatureCatalog.shipped()
        .inEffect(p.fiscalYear(), GovernmentLevel.REGENCY_CITY)
        .map(
            v ->
                v.coverage() == Coverage.COMPLETE
                    && v.find(unknown(p.budgetLines().get(3).subActivity())).isEmpty())
        .orElse(false);
  }
}
