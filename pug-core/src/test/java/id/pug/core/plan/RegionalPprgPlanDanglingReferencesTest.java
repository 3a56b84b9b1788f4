package id.pug.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.Official;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.pokja.PlannedAction;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.KakId;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.testing.PlanFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RegionalPprgPlan#danglingReferences()} on {@link PlanFixtures#kabupatenKapuas2025()} with
 * exactly one reference broken at a time: each mutation yields exactly one dangling reference, with
 * its exact path, target type and id.
 */
class RegionalPprgPlanDanglingReferencesTest {

  private static final AgencyId MISSING_AGENCY = AgencyId.of("dinas-tidak-ada");

  /**
   * Every kind of reference the plan checks (the Javadoc of {@code danglingReferences()}: agencies
   * of lines, instruments, documents, focal points, Pokja members and actions; the GAP, GBS and KAK
   * of ARG tags; the GAP of a GBS, the GBS of a KAK, the planning document of a GAP), with list
   * indexes written {@code [i]}.
   */
  private static final ImmutableSet<String> REFERENCE_KINDS =
      ImmutableSet.of(
          "planningDocuments[i].agency",
          "budgetLines[i].agency",
          "budgetLines[i].argTag.gap",
          "budgetLines[i].argTag.gbs",
          "budgetLines[i].argTag.kak",
          "genderAnalyses[i].agency",
          "genderAnalyses[i].planningDocument",
          "budgetStatements[i].agency",
          "budgetStatements[i].gap",
          "termsOfReference[i].agency",
          "termsOfReference[i].gbs",
          "termsOfReference[i].responsibleOfficial.agency",
          "focalPoints[i].official.agency",
          "pokja.chair.agency",
          "pokja.secretary.agency",
          "pokja.members[i].agency",
          "pokja.technicalTeam[i].agency",
          "actionPlans[i].actions[i].responsibleAgency");

  /** One change to the fixture and the single dangling reference it must produce. */
  record Mutation(
      String description, UnaryOperator<RegionalPprgPlan> apply, DanglingReference expected) {
    @Override
    public String toString() {
      return description;
    }
  }

  private static Mutation mutation(
      String path, String type, String id, UnaryOperator<RegionalPprgPlan> apply) {
    return new Mutation(path, apply, DanglingReference.of(path, type, id));
  }

  private static Mutation agencyMutation(String path, UnaryOperator<RegionalPprgPlan> apply) {
    return mutation(path, "Agency", MISSING_AGENCY.value(), apply);
  }

  private static <T> ImmutableList<T> replace(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(copy.get(index)));
    return ImmutableList.copyOf(copy);
  }

  private static RegionalPprgPlan.Builder copy(RegionalPprgPlan plan) {
    return RegionalPprgPlan.builder().from(plan);
  }

  private static Official moved(Official official) {
    return Official.builder().from(official).agency(MISSING_AGENCY).build();
  }

  private static UnaryOperator<RegionalPprgPlan> line(int index, UnaryOperator<BudgetLine> change) {
    return p -> copy(p).budgetLines(replace(p.budgetLines(), index, change)).build();
  }

  private static UnaryOperator<RegionalPprgPlan> tag(
      int index, UnaryOperator<ArgTag.Builder> change) {
    return line(
        index,
        l ->
            BudgetLine.builder()
                .from(l)
                .argTag(change.apply(ArgTag.builder().from(l.argTag().orElseThrow())).build())
                .build());
  }

  private static UnaryOperator<RegionalPprgPlan> gap(
      int index, UnaryOperator<GenderAnalysisPathway.Builder> change) {
    return p ->
        copy(p)
            .genderAnalyses(
                replace(
                    p.genderAnalyses(),
                    index,
                    g -> change.apply(GenderAnalysisPathway.builder().from(g)).build()))
            .build();
  }

  private static UnaryOperator<RegionalPprgPlan> gbs(
      int index, UnaryOperator<GenderBudgetStatement.Builder> change) {
    return p ->
        copy(p)
            .budgetStatements(
                replace(
                    p.budgetStatements(),
                    index,
                    g -> change.apply(GenderBudgetStatement.builder().from(g)).build()))
            .build();
  }

  private static UnaryOperator<RegionalPprgPlan> kak(
      int index, UnaryOperator<TermsOfReference.Builder> change) {
    return p ->
        copy(p)
            .termsOfReference(
                replace(
                    p.termsOfReference(),
                    index,
                    k -> change.apply(TermsOfReference.builder().from(k)).build()))
            .build();
  }

  private static UnaryOperator<RegionalPprgPlan> pokja(UnaryOperator<PokjaPug.Builder> change) {
    return p ->
        copy(p)
            .pokja(change.apply(PokjaPug.builder().from(p.pokja().orElseThrow())).build())
            .build();
  }

  static List<Mutation> mutations() {
    return List.of(
        agencyMutation(
            "planningDocuments[0].agency",
            p ->
                copy(p)
                    .planningDocuments(
                        replace(
                            p.planningDocuments(),
                            0,
                            d -> PlanningDocument.builder().from(d).agency(MISSING_AGENCY).build()))
                    .build()),
        agencyMutation(
            "budgetLines[2].agency",
            line(2, l -> BudgetLine.builder().from(l).agency(MISSING_AGENCY).build())),
        mutation(
            "budgetLines[1].argTag.gap",
            "GenderAnalysisPathway",
            "gap-tidak-ada",
            tag(1, t -> t.gap(GapId.of("gap-tidak-ada")))),
        mutation(
            "budgetLines[1].argTag.gbs",
            "GenderBudgetStatement",
            "gbs-tidak-ada",
            tag(1, t -> t.gbs(GbsId.of("gbs-tidak-ada")))),
        mutation(
            "budgetLines[1].argTag.kak",
            "TermsOfReference",
            "kak-tidak-ada",
            tag(1, t -> t.kak(KakId.of("kak-tidak-ada")))),
        new Mutation(
            "budgetLines[0].argTag.kak (its KAK removed)",
            p -> copy(p).termsOfReference(p.termsOfReference().subList(1, 2)).build(),
            DanglingReference.of(
                "budgetLines[0].argTag.kak",
                "TermsOfReference",
                PlanFixtures.PUG_POLICY_KAK.value())),
        agencyMutation("genderAnalyses[1].agency", gap(1, g -> g.agency(MISSING_AGENCY))),
        mutation(
            "genderAnalyses[0].planningDocument",
            "PlanningDocument",
            "rkpd-tidak-ada",
            gap(0, g -> g.planningDocument(PlanningDocumentId.of("rkpd-tidak-ada")))),
        agencyMutation("budgetStatements[0].agency", gbs(0, g -> g.agency(MISSING_AGENCY))),
        mutation(
            "budgetStatements[1].gap",
            "GenderAnalysisPathway",
            "gap-tidak-ada",
            gbs(1, g -> g.gap(GapId.of("gap-tidak-ada")))),
        agencyMutation("termsOfReference[1].agency", kak(1, k -> k.agency(MISSING_AGENCY))),
        mutation(
            "termsOfReference[0].gbs",
            "GenderBudgetStatement",
            "gbs-tidak-ada",
            kak(0, k -> k.gbs(GbsId.of("gbs-tidak-ada")))),
        agencyMutation(
            "termsOfReference[0].responsibleOfficial.agency",
            kak(
                0,
                k -> k.responsibleOfficial(Official.ofPosition("Kepala Dinas", MISSING_AGENCY)))),
        agencyMutation(
            "focalPoints[3].official.agency",
            p ->
                copy(p)
                    .focalPoints(
                        replace(
                            p.focalPoints(),
                            3,
                            f ->
                                FocalPoint.builder().from(f).official(moved(f.official())).build()))
                    .build()),
        agencyMutation(
            "pokja.chair.agency",
            pokja(b -> b.chair(Official.ofPosition("Kepala Bappeda", MISSING_AGENCY)))),
        agencyMutation(
            "pokja.secretary.agency",
            pokja(b -> b.secretary(Official.ofPosition("Kepala Dinas", MISSING_AGENCY)))),
        agencyMutation(
            "pokja.members[2].agency",
            p ->
                copy(p)
                    .pokja(
                        PokjaPug.builder()
                            .from(p.pokja().orElseThrow())
                            .members(replace(p.pokja().orElseThrow().members(), 2, o -> moved(o)))
                            .build())
                    .build()),
        agencyMutation(
            "pokja.technicalTeam[0].agency",
            pokja(b -> b.addTechnicalTeam(Official.ofPosition("Analis Anggaran", MISSING_AGENCY)))),
        agencyMutation(
            "actionPlans[0].actions[1].responsibleAgency",
            p ->
                copy(p)
                    .actionPlans(
                        replace(
                            p.actionPlans(),
                            0,
                            a ->
                                ActionPlan.builder()
                                    .from(a)
                                    .actions(
                                        replace(
                                            a.actions(),
                                            1,
                                            x ->
                                                PlannedAction.builder()
                                                    .from(x)
                                                    .responsibleAgency(MISSING_AGENCY)
                                                    .build()))
                                    .build()))
                    .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void oneBrokenReference_isReportedOnce_withItsExactPath(Mutation mutation) {
    RegionalPprgPlan fixture = PlanFixtures.kabupatenKapuas2025();
    assertThat(fixture.danglingReferences()).isEmpty();

    RegionalPprgPlan mutated = mutation.apply().apply(fixture);

    assertThat(mutated).isNotEqualTo(fixture);
    assertThat(mutated.danglingReferences()).containsExactly(mutation.expected());
  }

  @Test
  void mutations_coverEveryKindOfReference() {
    assertThat(
            mutations().stream()
                .map(m -> m.expected().path().replaceAll("\\[\\d+]", "[i]"))
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(REFERENCE_KINDS);
  }

  @Test
  void twoBrokenReferences_areBothReported_inPlanOrder() {
    List<Mutation> all = mutations();
    Mutation late = all.get(all.size() - 1);
    Mutation early = all.get(0);

    RegionalPprgPlan mutated =
        early.apply().apply(late.apply().apply(PlanFixtures.kabupatenKapuas2025()));

    assertThat(mutated.danglingReferences()).containsExactly(early.expected(), late.expected());
  }
}
