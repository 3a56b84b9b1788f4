package id.pug.test.generate;

import static id.pug.test.PugAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MutationTest {
  private static final Validator VALIDATOR = Validator.of(PprgCatalogue.ruleSet());

  /** Plans the mutations run on: drawn seeds, both kinds of nomenclature list, few agencies. */
  private static final List<PlanGenerator> GENERATORS =
      List.of(
          PlanGenerator.seeded(0),
          PlanGenerator.seeded(1),
          PlanGenerator.seeded(2),
          PlanGenerator.seeded(3),
          PlanGenerator.seeded(4),
          PlanGenerator.seeded(10).fiscalYear(Year.of(2021)),
          PlanGenerator.seeded(11).fiscalYear(Year.of(2022)).taggedShare(1),
          PlanGenerator.seeded(12).fiscalYear(Year.of(2025)).taggedShare(0),
          PlanGenerator.seeded(13).fiscalYear(Year.of(2024)).agencies(3),
          PlanGenerator.seeded(14).agencies(2).linesPerAgency(4));

  private static final List<RegionalPprgPlan> PLANS =
      GENERATORS.stream().map(PlanGenerator::validPlan).toList();

  static Stream<Arguments> cases() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (Mutation mutation : PlanGenerator.mutations()) {
      for (int i = 0; i < PLANS.size(); i++) {
        if (mutation.appliesTo(PLANS.get(i))) {
          cases.add(Arguments.of(mutation, GENERATORS.get(i), PLANS.get(i)));
        }
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void theMutatedPlan_violatesTheRule_atThePath(
      Mutation mutation, PlanGenerator generator, RegionalPprgPlan plan) {
    ValidationReport report = VALIDATOR.validate(mutation.apply(plan));
    assertThat(report).hasViolation(mutation.ruleId().value()).atPath(mutation.path().toString());
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void theMutatedPlan_violatesNoOtherRule_thanItsKnownCompanions(
      Mutation mutation, PlanGenerator generator, RegionalPprgPlan plan) {
    Set<String> expected = new LinkedHashSet<>();
    expected.add(mutation.ruleId().value());
    mutation.alsoViolates().forEach(r -> expected.add(r.value()));
    assertThat(VALIDATOR.validate(mutation.apply(plan)))
        .containsOnlyViolations(expected.toArray(String[]::new));
  }

  @Test
  void everyMutation_appliesToMostPlans() {
    for (Mutation mutation : PlanGenerator.mutations()) {
      long applicable = PLANS.stream().filter(mutation::appliesTo).count();
      assertThat(applicable).as(mutation.toString()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void everyRuleRunByDefault_hasAMutation_soEveryErrorRuleHasOne() {
    Set<RuleId> mutated = new LinkedHashSet<>();
    PlanGenerator.mutations().forEach(m -> mutated.add(m.ruleId()));
    List<RuleId> byDefault =
        PprgCatalogue.rules().stream()
            .filter(r -> r.descriptor().enabledByDefault())
            .map(Rule::id)
            .toList();
    assertThat(mutated).containsAll(byDefault);
    assertThat(
            PprgCatalogue.rules().stream()
                .filter(r -> r.descriptor().severity() == Severity.ERROR)
                .map(Rule::id))
        .allMatch(mutated::contains);
    // The one rule without a mutation is off by default: PPRG-PRQ-002.
    assertThat(PprgCatalogue.rules().stream().map(Rule::id).filter(id -> !mutated.contains(id)))
        .containsExactly(RuleId.parse("PPRG-PRQ-002"));
  }

  @Test
  void mutations_areInRuleOrder_withDistinctNames() {
    List<Mutation> all = PlanGenerator.mutations();
    assertThat(all.stream().map(Mutation::name)).doesNotHaveDuplicates();
    List<RuleId> catalogueOrder = PprgCatalogue.rules().stream().map(Rule::id).toList();
    assertThat(all.stream().map(m -> catalogueOrder.indexOf(m.ruleId())))
        .isSorted()
        .doesNotContain(-1);
  }

  @Test
  void aMutation_thatDoesNotApply_isRefused() {
    RegionalPprgPlan plan2022 = PlanGenerator.seeded(3).fiscalYear(Year.of(2022)).validPlan();
    Mutation bySex =
        PlanGenerator.mutations().stream()
            .filter(m -> m.ruleId().value().equals("PPRG-PLAN-008"))
            .findFirst()
            .orElseThrow();
    assertThat(bySex.appliesTo(plan2022)).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> bySex.apply(plan2022))
        .withMessageContaining("PPRG-PLAN-008");
  }

  @Test
  void aMutation_leavesTheOriginalPlanValid() {
    RegionalPprgPlan plan = PlanGenerator.seeded(8).validPlan();
    for (Mutation mutation : PlanGenerator.mutations()) {
      if (mutation.appliesTo(plan)) {
        assertThat(mutation.apply(plan)).as(mutation.toString()).isNotEqualTo(plan);
      }
    }
    assertThat(VALIDATOR.validate(plan)).hasNoFindings();
  }

  @Test
  void toString_namesRulePathAndChange() {
    assertThat(PlanGenerator.mutations().get(0).toString())
        .isEqualTo("PPRG-INST-001 at pokja: the plan records no Pokja PUG");
  }
}
