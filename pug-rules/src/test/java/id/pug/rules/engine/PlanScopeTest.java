package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import id.pug.core.budget.BudgetLine;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.testing.PlanFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the rules of one validation share ({@link RuleContext#taggedLinePositions}, {@link
 * RuleContext#derived}) and evidence read only when it is kept ({@link Check#readLazily}).
 */
class PlanScopeTest {
  private static final RegionalPprgPlan KAPUAS = PlanFixtures.kabupatenKapuas2025();

  private static Validator validator(Rule... rules) {
    return Validator.of(RuleSet.of("test", "1", List.of(rules)));
  }

  @Test
  void taggedLinePositions_areThePositionsOfTheTaggedLines_inPlanOrder() {
    List<Integer> expected = new ArrayList<>();
    List<BudgetLine> lines = KAPUAS.budgetLines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isTagged()) {
        expected.add(i);
      }
    }
    assertThat(expected).isNotEmpty();
    List<List<Integer>> seen = new ArrayList<>();
    Rule rule =
        TestRules.rule(
            "X-SCOPE-001",
            Severity.INFO,
            ctx -> {
              seen.add(ctx.taggedLinePositions().asList());
              // Asked twice, the same positions.
              assertThat(ctx.taggedLinePositions()).isSameAs(ctx.taggedLinePositions());
              ctx.checkPlan().passed();
            });
    validator(rule).validate(KAPUAS);
    assertThat(seen).containsExactly(expected);
  }

  @Test
  void aDerivedValue_isComputedOncePerValidation_andSharedByItsRules() {
    AtomicInteger computed = new AtomicInteger();
    PlanDerived<Integer> lineCount =
        PlanDerived.of(
            "line count",
            plan -> {
              computed.incrementAndGet();
              return plan.budgetLines().size();
            });
    List<Integer> seen = new ArrayList<>();
    Rule.Logic logic =
        ctx -> {
          seen.add(ctx.derived(lineCount));
          seen.add(ctx.derived(lineCount));
          ctx.checkPlan().passed();
        };
    Validator validator =
        validator(
            TestRules.rule("X-SCOPE-002", Severity.INFO, logic),
            TestRules.rule("X-SCOPE-003", Severity.INFO, logic));
    validator.validate(KAPUAS);
    assertThat(computed).hasValue(1);
    assertThat(seen).containsOnly(KAPUAS.budgetLines().size()).hasSize(4);
    // The next validation computes it again: nothing is kept between validations.
    validator.validate(PlanFixtures.minimalPlan());
    assertThat(computed).hasValue(2);
    assertThat(seen.get(4)).isEqualTo(PlanFixtures.minimalPlan().budgetLines().size());
  }

  @Test
  void aDerivedValue_isToldApartByIdentity_andMayNotBeNull() {
    PlanDerived<String> a = PlanDerived.of("same name", plan -> "a");
    PlanDerived<String> b = PlanDerived.of("same name", plan -> "b");
    List<String> seen = new ArrayList<>();
    validator(
            TestRules.rule(
                "X-SCOPE-004",
                Severity.INFO,
                ctx -> {
                  seen.add(ctx.derived(a));
                  seen.add(ctx.derived(b));
                  ctx.checkPlan().passed();
                }))
        .validate(KAPUAS);
    assertThat(seen).containsExactly("a", "b");
    assertThat(a.name()).isEqualTo("same name");
    assertThat(a).hasToString("PlanDerived[same name]");

    @SuppressWarnings("NullAway") // the point of the test
    PlanDerived<String> nothing = PlanDerived.of("nothing", plan -> null);
    Rule rule =
        TestRules.rule(
            "X-SCOPE-005",
            Severity.INFO,
            ctx -> {
              ctx.derived(nothing);
              ctx.checkPlan().passed();
            });
    assertThatThrownBy(() -> validator(rule).validate(KAPUAS))
        .isInstanceOf(RuleFailureException.class)
        .hasRootCauseMessage("nothing computed null");
  }

  @Test
  void aLazyRead_isMadeOnlyForAFindingOrATrace() {
    AtomicInteger made = new AtomicInteger();
    Rule rule =
        TestRules.rule(
            "X-SCOPE-006",
            Severity.ERROR,
            ctx -> {
              boolean fail = !ctx.plan().equals(KAPUAS);
              ctx.checkPlan()
                  .readLazily(
                      "thing",
                      () -> {
                        made.incrementAndGet();
                        return ImmutableList.of("GBS", "KAK");
                      })
                  .passedIf(!fail, "bad");
            });
    // Passing, no trace: never made.
    ValidationReport passed = validator(rule).validate(KAPUAS);
    assertThat(passed.findings()).isEmpty();
    assertThat(made).hasValue(0);
    // Passing, traced: made once, kept as the trace's input.
    ValidationReport traced = validator(rule).withTrace(true).validate(KAPUAS);
    assertThat(made).hasValue(1);
    assertThat(traced.trace().orElseThrow().entries().get(0).inputs())
        .containsEntry("thing", ImmutableList.of("GBS", "KAK"));
    // Failing: made once, kept as the finding's evidence and in its message.
    ValidationReport failed = validator(rule).validate(PlanFixtures.minimalPlan());
    assertThat(made).hasValue(2);
    assertThat(failed.findings()).hasSize(1);
    assertThat(failed.findings().get(0).evidence())
        .containsEntry("thing", ImmutableList.of("GBS", "KAK"));
  }

  @Test
  void aLazyRead_ofAValueWithoutCanonicalForm_failsWhenItIsKept() {
    Rule rule =
        TestRules.rule(
            "X-SCOPE-007",
            Severity.ERROR,
            ctx -> ctx.checkPlan().readLazily("thing", Object::new).violated("bad"));
    assertThatThrownBy(() -> validator(rule).validate(KAPUAS))
        .isInstanceOf(RuleFailureException.class);
  }

  @Test
  void aValueReadTwice_keepsItsFirstPlace_andTheLastValue() {
    Rule rule =
        TestRules.rule(
            "X-SCOPE-008",
            Severity.ERROR,
            ctx ->
                ctx.checkPlan()
                    .read("first", 1L)
                    .read("thing", "GAP")
                    .read("between", true)
                    .read("thing", "GBS")
                    .readLazily("late", () -> "made")
                    .read("late", "replaced")
                    .read("fifth", "e")
                    .violated("bad"));
    Finding finding = validator(rule).validate(KAPUAS).findings().get(0);
    assertThat(finding.evidence())
        .containsExactly(
            java.util.Map.entry("first", 1L),
            java.util.Map.entry("thing", "GBS"),
            java.util.Map.entry("between", true),
            java.util.Map.entry("late", "replaced"),
            java.util.Map.entry("fifth", "e"));
    assertThat(finding.message(Language.ENGLISH)).isEqualTo("GBS is wrong");
  }
}
