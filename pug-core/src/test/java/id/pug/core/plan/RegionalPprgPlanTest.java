package id.pug.core.plan;

import static id.pug.core.testing.PlanFixtures.BAPPEDA;
import static id.pug.core.testing.PlanFixtures.DP3APPKB;
import static id.pug.core.testing.PlanFixtures.PUG_IMPLEMENTATION_LINE;
import static id.pug.core.testing.PlanFixtures.PUG_POLICY_GAP;
import static id.pug.core.testing.PlanFixtures.PUG_POLICY_GBS;
import static id.pug.core.testing.PlanFixtures.PUG_POLICY_KAK;
import static id.pug.core.testing.PlanFixtures.PUG_POLICY_LINE;
import static id.pug.core.testing.PlanFixtures.VIOLENCE_PREVENTION_GAP;
import static id.pug.core.testing.PlanFixtures.VIOLENCE_PREVENTION_GBS;
import static id.pug.core.testing.PlanFixtures.VIOLENCE_PREVENTION_KAK;
import static id.pug.core.testing.PlanFixtures.VIOLENCE_PREVENTION_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.agency.AgencyId;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.planning.PlanningDocumentKind;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanId;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.KakId;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.region.RegionCode;
import id.pug.core.testing.PlanFixtures;
import id.pug.core.testing.Samples;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegionalPprgPlanTest {

  private static final RegionalPprgPlan PLAN = PlanFixtures.kabupatenKapuas2025();

  private static RegionalPprgPlan.Builder plan() {
    return RegionalPprgPlan.builder().region(RegionCode.parse("62.03")).fiscalYear(Year.of(2025));
  }

  private static BudgetLine line(String id) {
    return BudgetLine.builder()
        .id(BudgetLineId.of(id))
        .fiscalYear(Year.of(2025))
        .agency(DP3APPKB)
        .subActivity(NomenclatureCode.parse("2.08.02.2.01.02"))
        .amount(Rupiah.of(100_000_000))
        .build();
  }

  private static BudgetLine tagged(String id, ArgTag tag) {
    return BudgetLine.builder().from(line(id)).argTag(tag).build();
  }

  // --- construction ---------------------------------------------------------------------------

  @Test
  void build_regionAndYearAreEnough() {
    RegionalPprgPlan plan = plan().build();

    assertThat(plan.agencies()).isEmpty();
    assertThat(plan.pokja()).isEmpty();
    assertThat(plan.budgetLines()).isEmpty();
    assertThat(plan.assessment()).isEmpty();
    assertThat(plan.danglingReferences()).isEmpty();
    assertThat(plan.totalBudget()).isEqualTo(Rupiah.ZERO);
    assertThat(plan).isEqualTo(PlanFixtures.minimalPlan());
  }

  @Test
  void build_missingRequiredAttributes_isAPugExceptionNamingTypeAndAttributes() {
    assertThatThrownBy(() -> RegionalPprgPlan.builder().build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("RegionalPprgPlan")
        .hasMessageContaining("region")
        .hasMessageContaining("fiscalYear");
  }

  /** One case per kind of element with an id: a plan holding the id at index 0 and 1. */
  static Stream<Arguments> duplicateIds() {
    GenderAnalysisPathway gap = Samples.gap();
    GenderBudgetStatement gbs = Samples.gbs();
    TermsOfReference kak = Samples.kak();
    PlanningDocument document = Samples.planningDocument();
    ActionPlan actionPlan = Samples.actionPlan();
    return Stream.of(
        Arguments.of("budgetLines", plan().addBudgetLines(line("12345"), line("12345")), "12345"),
        Arguments.of("genderAnalyses", plan().addGenderAnalyses(gap, gap), "gap-2025-01"),
        Arguments.of("budgetStatements", plan().addBudgetStatements(gbs, gbs), "gbs-2025-01"),
        Arguments.of("termsOfReference", plan().addTermsOfReference(kak, kak), "kak-2025-01"),
        Arguments.of(
            "planningDocuments",
            plan()
                .addPlanningDocuments(
                    document,
                    PlanningDocument.builder()
                        .from(document)
                        .kind(PlanningDocumentKind.RKA)
                        .build()),
            "renja-dp3appkb-2025"),
        Arguments.of(
            "actionPlans", plan().addActionPlans(actionPlan, actionPlan), "rad-pug-2025-2029"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicateIds")
  void build_rejectsAnIdRepeatedWithinAKind_namingTheFieldPath(
      String field, RegionalPprgPlan.Builder builder, String id) {
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("RegionalPprgPlan");
              assertThat(e.field()).contains(field + "[1].id");
              assertThat(e.rejectedValue()).isEqualTo("\"" + id + "\"");
            })
        .hasMessage(
            "RegionalPprgPlan."
                + field
                + "[1].id must be unique among "
                + field
                + ", was \""
                + id
                + "\"");
  }

  @Test
  void build_namesTheIndexOfTheRepeat() {
    assertThatThrownBy(
            () -> plan().addBudgetLines(line("a"), line("b"), line("c"), line("b")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "RegionalPprgPlan.budgetLines[3].id must be unique among budgetLines, was \"b\"");
  }

  @Test
  void build_acceptsTheSameTextAsIdsOfDifferentKinds() {
    RegionalPprgPlan plan =
        plan()
            .addGenderAnalysis(
                GenderAnalysisPathway.builder().id(GapId.of("x")).agency(DP3APPKB).build())
            .addBudgetStatement(
                GenderBudgetStatement.builder()
                    .id(GbsId.of("x"))
                    .agency(DP3APPKB)
                    .fiscalYear(Year.of(2025))
                    .build())
            .addBudgetLine(line("x"))
            .build();

    assertThat(plan.genderAnalysis(GapId.of("x"))).isPresent();
    assertThat(plan.budgetStatement(GbsId.of("x"))).isPresent();
  }

  @Test
  void build_rejectsAnAgencyIdPutTwice_withAnInvalidValueException() {
    assertThatThrownBy(
            () ->
                plan()
                    .putAgency(DP3APPKB, Samples.agency())
                    .putAgency(DP3APPKB, Samples.planningAgency())
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("RegionalPprgPlan");
              assertThat(e.field()).contains("agencies");
            })
        .isNotInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "RegionalPprgPlan.agencies must not hold the same key twice, was \"dp3appkb\"")
        .hasMessageContaining("dp3appkb");
  }

  @Test
  void build_rejectsTheSameAgencyPutTwice() {
    assertThatThrownBy(
            () ->
                plan()
                    .putAgency(DP3APPKB, Samples.agency())
                    .putAgency(DP3APPKB, Samples.agency())
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("RegionalPprgPlan.agencies must not hold the same key twice");
  }

  @Test
  void build_rejectsAnAgencyIdPutAgainOntoACopy() {
    assertThatThrownBy(
            () ->
                RegionalPprgPlan.builder().from(PLAN).putAgency(BAPPEDA, Samples.agency()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("bappeda");
  }

  @Test
  void equals_twoBuildsOfTheFixtureAreEqual() {
    assertThat(PlanFixtures.kabupatenKapuas2025()).isEqualTo(PLAN).hasSameHashCodeAs(PLAN);
  }

  // --- lookups --------------------------------------------------------------------------------

  @Test
  void lookups_findElementsById() {
    assertThat(PLAN.agency(DP3APPKB).orElseThrow().acronym()).contains("DP3APPKB");
    assertThat(PLAN.budgetLine(PUG_POLICY_LINE).orElseThrow().subActivity())
        .isEqualTo(PlanFixtures.PUG_POLICY);
    assertThat(PLAN.genderAnalysis(PUG_POLICY_GAP).orElseThrow().id()).isEqualTo(PUG_POLICY_GAP);
    assertThat(PLAN.budgetStatement(PUG_POLICY_GBS).orElseThrow().id()).isEqualTo(PUG_POLICY_GBS);
    assertThat(PLAN.termsOfReference(PUG_POLICY_KAK).orElseThrow().id()).isEqualTo(PUG_POLICY_KAK);
    assertThat(PLAN.planningDocument(PlanFixtures.RENJA_DP3APPKB).orElseThrow().kind())
        .isEqualTo(PlanningDocumentKind.RENJA_PD);
    assertThat(PLAN.actionPlan(PlanFixtures.RAD_PUG).orElseThrow().kind())
        .isEqualTo(ActionPlanKind.RAD_PUG);
  }

  @Test
  void lookups_areEmptyForUnknownIds() {
    assertThat(PLAN.agency(AgencyId.of("dinkes"))).isEmpty();
    assertThat(PLAN.budgetLine(BudgetLineId.of("x"))).isEmpty();
    assertThat(PLAN.genderAnalysis(GapId.of("x"))).isEmpty();
    assertThat(PLAN.budgetStatement(GbsId.of("x"))).isEmpty();
    assertThat(PLAN.termsOfReference(KakId.of("x"))).isEmpty();
    assertThat(PLAN.planningDocument(PlanningDocumentId.of("x"))).isEmpty();
    assertThat(PLAN.actionPlan(ActionPlanId.of("x"))).isEmpty();
  }

  @Test
  void lookups_areByIdClass_notByText() {
    // GapId "x" and GbsId "x" are different ids; the lookup by GbsId does not find the GAP.
    RegionalPprgPlan plan =
        plan()
            .addGenderAnalysis(
                GenderAnalysisPathway.builder().id(GapId.of("x")).agency(DP3APPKB).build())
            .build();

    assertThat(plan.budgetStatement(GbsId.of("x"))).isEmpty();
  }

  @Test
  void lookups_rejectNull() {
    List<Function<RegionalPprgPlan, ?>> lookups =
        List.of(
            p -> p.agency(nullOf()),
            p -> p.budgetLine(nullOf()),
            p -> p.genderAnalysis(nullOf()),
            p -> p.budgetStatement(nullOf()),
            p -> p.termsOfReference((KakId) nullOf()),
            p -> p.planningDocument(nullOf()),
            p -> p.actionPlan(nullOf()),
            p -> p.linesOf((GbsId) nullOf()),
            p -> p.linesOf((AgencyId) nullOf()));
    for (Function<RegionalPprgPlan, ?> lookup : lookups) {
      assertThatThrownBy(() -> lookup.apply(PLAN)).isInstanceOf(NullPointerException.class);
    }
  }

  @Test
  void gapGbsAndKakOf_aTaggedLine_resolveTheChain() {
    BudgetLine line = PLAN.budgetLine(VIOLENCE_PREVENTION_LINE).orElseThrow();

    assertThat(PLAN.gapOf(line).orElseThrow().id()).isEqualTo(VIOLENCE_PREVENTION_GAP);
    assertThat(PLAN.gbsOf(line).orElseThrow().id()).isEqualTo(VIOLENCE_PREVENTION_GBS);
    assertThat(PLAN.kakOf(line).orElseThrow().id()).isEqualTo(VIOLENCE_PREVENTION_KAK);
  }

  @Test
  void gapGbsAndKakOf_anUntaggedLine_areEmpty() {
    BudgetLine untagged = PLAN.budgetLine(PUG_IMPLEMENTATION_LINE).orElseThrow();

    assertThat(PLAN.gapOf(untagged)).isEmpty();
    assertThat(PLAN.gbsOf(untagged)).isEmpty();
    assertThat(PLAN.kakOf(untagged)).isEmpty();
  }

  @Test
  void gapGbsAndKakOf_aTagWithoutDocumentsOrWithMissingOnes_areEmpty() {
    BudgetLine draft = tagged("d", ArgTag.builder().category(ArgCategory.EQUALITY).build());
    BudgetLine missing =
        tagged(
            "m",
            ArgTag.of(
                ArgCategory.EQUALITY, GapId.of("gap-x"), GbsId.of("gbs-x"), KakId.of("kak-x")));

    for (BudgetLine line : List.of(draft, missing)) {
      assertThat(PLAN.gapOf(line)).isEmpty();
      assertThat(PLAN.gbsOf(line)).isEmpty();
      assertThat(PLAN.kakOf(line)).isEmpty();
    }
  }

  @Test
  void gbsOf_aLineNotInThePlan_stillResolvesItsTag() {
    BudgetLine outside =
        tagged(
            "outside",
            ArgTag.builder()
                .category(ArgCategory.INSTITUTIONALISATION)
                .gbs(PUG_POLICY_GBS)
                .build());

    assertThat(PLAN.gbsOf(outside).orElseThrow().id()).isEqualTo(PUG_POLICY_GBS);
  }

  @Test
  void linesOfAGbs_areTheLinesWhoseTagNamesIt() {
    assertThat(PLAN.linesOf(PUG_POLICY_GBS))
        .extracting(BudgetLine::id)
        .containsExactly(PUG_POLICY_LINE);
    assertThat(PLAN.linesOf(GbsId.of("x"))).isEmpty();
  }

  @Test
  void linesOfAGbs_keepPlanOrder() {
    ArgTag tag = ArgTag.builder().category(ArgCategory.EQUALITY).gbs(GbsId.of("gbs-1")).build();
    RegionalPprgPlan plan =
        plan().addBudgetLines(tagged("c", tag), line("b"), tagged("a", tag)).build();

    assertThat(plan.linesOf(GbsId.of("gbs-1")))
        .extracting(l -> l.id().value())
        .containsExactly("c", "a");
  }

  @Test
  void linesOfAnAgency_inPlanOrder() {
    assertThat(PLAN.linesOf(DP3APPKB))
        .extracting(BudgetLine::id)
        .containsExactly(PUG_POLICY_LINE, VIOLENCE_PREVENTION_LINE, PUG_IMPLEMENTATION_LINE);
    assertThat(PLAN.linesOf(BAPPEDA)).isEmpty();
  }

  @Test
  void termsOfReferenceOf_aGbs() {
    assertThat(PLAN.termsOfReferenceOf(PUG_POLICY_GBS))
        .extracting(TermsOfReference::id)
        .containsExactly(PUG_POLICY_KAK);
    assertThat(PLAN.termsOfReferenceOf(GbsId.of("x"))).isEmpty();
  }

  @Test
  void focalPointsOf_anAgency() {
    assertThat(PLAN.focalPointsOf(DP3APPKB)).hasSize(1).allMatch(f -> f.agency().equals(DP3APPKB));
    assertThat(PLAN.focalPointsOf(AgencyId.of("dinkes"))).isEmpty();
  }

  @Test
  void taggedLines_inPlanOrder() {
    assertThat(PLAN.taggedLines())
        .extracting(BudgetLine::id)
        .containsExactly(PUG_POLICY_LINE, VIOLENCE_PREVENTION_LINE);
  }

  // --- totals ---------------------------------------------------------------------------------

  @Test
  void totalAndTaggedBudget() {
    // S9 ceilings: 70.590.400 + 220.000.000 (tagged) + 100.000.000 (untagged).
    assertThat(PLAN.totalBudget()).isEqualTo(Rupiah.parse("Rp390.590.400"));
    assertThat(PLAN.taggedBudget()).isEqualTo(Rupiah.parse("Rp290.590.400"));
    assertThat(plan().addBudgetLine(line("1")).build().taggedBudget()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void totalBudget_throwsOnOverflow() {
    BudgetLine huge =
        BudgetLine.builder().from(line("1")).amount(Rupiah.of(Long.MAX_VALUE)).build();
    BudgetLine more = BudgetLine.builder().from(line("2")).amount(Rupiah.of(1)).build();
    RegionalPprgPlan plan = plan().addBudgetLines(huge, more).build();

    assertThatThrownBy(plan::totalBudget)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.typeName()).isEqualTo("Rupiah"));
  }

  // --- dangling references (one at a time: RegionalPprgPlanDanglingReferencesTest) ----

  @Test
  void danglingReferences_ofConsistentPlans_areEmpty() {
    assertThat(PLAN.danglingReferences()).isEmpty();
    assertThat(Samples.plan().danglingReferences()).isEmpty();
    assertThat(PlanFixtures.minimalPlan().danglingReferences()).isEmpty();
  }

  @Test
  void danglingReferences_withoutAgencies_listEveryAgencyReference_inPlanOrder() {
    RegionalPprgPlan withoutAgencies =
        RegionalPprgPlan.builder().from(PLAN).agencies(Map.of()).build();

    ImmutableList<DanglingReference> dangling = withoutAgencies.danglingReferences();

    assertThat(dangling).extracting(DanglingReference::targetType).containsOnly("Agency");
    assertThat(dangling)
        .extracting(DanglingReference::path)
        .containsExactly(
            "planningDocuments[0].agency",
            "budgetLines[0].agency",
            "budgetLines[1].agency",
            "budgetLines[2].agency",
            "genderAnalyses[0].agency",
            "genderAnalyses[1].agency",
            "budgetStatements[0].agency",
            "budgetStatements[1].agency",
            "termsOfReference[0].agency",
            "termsOfReference[0].responsibleOfficial.agency",
            "termsOfReference[1].agency",
            "termsOfReference[1].responsibleOfficial.agency",
            "focalPoints[0].official.agency",
            "focalPoints[1].official.agency",
            "focalPoints[2].official.agency",
            "focalPoints[3].official.agency",
            "pokja.chair.agency",
            "pokja.secretary.agency",
            "pokja.members[0].agency",
            "pokja.members[1].agency",
            "pokja.members[2].agency",
            "pokja.members[3].agency",
            "actionPlans[0].actions[0].responsibleAgency",
            "actionPlans[0].actions[1].responsibleAgency",
            "actionPlans[0].actions[2].responsibleAgency",
            "actionPlans[0].actions[3].responsibleAgency",
            "actionPlans[0].actions[4].responsibleAgency",
            "actionPlans[0].actions[5].responsibleAgency");
    assertThat(dangling.get(0))
        .isEqualTo(DanglingReference.of("planningDocuments[0].agency", "Agency", "dp3appkb"));
  }

  @Test
  void danglingReferences_withoutInstruments_listTheArgTagsInPlanOrder() {
    RegionalPprgPlan withoutInstruments =
        RegionalPprgPlan.builder()
            .from(PLAN)
            .genderAnalyses(List.of())
            .budgetStatements(List.of())
            .termsOfReference(List.of())
            .build();

    assertThat(withoutInstruments.danglingReferences())
        .containsExactly(
            DanglingReference.of(
                "budgetLines[0].argTag.gap", "GenderAnalysisPathway", PUG_POLICY_GAP.value()),
            DanglingReference.of(
                "budgetLines[0].argTag.gbs", "GenderBudgetStatement", PUG_POLICY_GBS.value()),
            DanglingReference.of(
                "budgetLines[0].argTag.kak", "TermsOfReference", PUG_POLICY_KAK.value()),
            DanglingReference.of(
                "budgetLines[1].argTag.gap",
                "GenderAnalysisPathway",
                VIOLENCE_PREVENTION_GAP.value()),
            DanglingReference.of(
                "budgetLines[1].argTag.gbs",
                "GenderBudgetStatement",
                VIOLENCE_PREVENTION_GBS.value()),
            DanglingReference.of(
                "budgetLines[1].argTag.kak", "TermsOfReference", VIOLENCE_PREVENTION_KAK.value()));
  }

  @Test
  void toString_regionYearAndSize() {
    assertThat(PLAN.toString())
        .isEqualTo("RegionalPprgPlan[62.03 2025: 4 agencies, 3 budget lines, 2 GAP, 2 GBS, 2 KAK]");
  }

  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"}) // passes null on purpose
  private static <T> T nullOf() {
    return null;
  }
}
