package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.PugException;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.testing.PlanFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Defining a rule: messages, policy notes and parameters as the rule reads them. */
class RuleDefinitionTest {
  private static final RegionalPprgPlan PLAN = PlanFixtures.minimalPlan();

  private static RuleDefinition minimal(String id) {
    return RuleDefinition.of(id)
        .title("Aturan uji", "Test rule")
        .recommendation("Perbaiki", "Fix it")
        .message("bad", "{thing} salah", "{thing} is wrong")
        .severity(Severity.WARNING)
        .category(RuleCategory.OTHER)
        .effective(EffectivePeriod.from(LocalDate.of(2011, 1, 1), "test"));
  }

  @Test
  void message_refusesTemplatesWhosePlaceholdersDiffer() {
    assertThatThrownBy(() -> minimal("X-DEF-001").message("other", "{a} salah", "{b} wrong"))
        .isInstanceOf(PugException.class)
        .hasMessageContaining("other");
  }

  @Test
  void policy_putsItsReasonFirst_beforeOtherNotes() {
    Rule rule =
        minimal("X-DEF-002")
            .note("Seen in Babel.")
            .policy("A regional practice.")
            .source("SEED-000")
            .logic(ctx -> {});

    assertThat(rule.descriptor().basis().note()).contains("A regional practice. Seen in Babel.");
  }

  @Test
  void flag_readsTheConfiguredBoolean() {
    Rule strict =
        minimal("X-DEF-003")
            .legal("Permendagri 67/2011")
            .parameter(Parameter.bool("strict", false, "test"))
            .logic(
                ctx -> {
                  Check check = ctx.check(ElementPath.of("a"), "a").read("thing", "RAD");
                  if (ctx.flag("strict")) {
                    check.violated("bad");
                  } else {
                    check.passed();
                  }
                });
    RuleSet set = RuleSet.of("test", "1", List.of(strict));

    assertThat(Validator.of(set).validate(PLAN).findings()).isEmpty();
    assertThat(Validator.of(set.configure(strict.id(), "strict", true)).validate(PLAN).findings())
        .hasSize(1);
  }

  @Test
  void traceJson_holdsInputsParametersOutcomeAndMessageKey() {
    Rule rule =
        minimal("X-DEF-004")
            .legal("Permendagri 67/2011")
            .parameter(Parameter.integer("minimum", 3, 0, "Babel 2016"))
            .logic(
                ctx -> {
                  long minimum = ctx.integer("minimum");
                  ctx.check(ElementPath.of("a"), "a").passed();
                  ctx.check(ElementPath.of("b"), "b")
                      .read("thing", "GBS")
                      .passedIf(minimum <= 2, "bad");
                });
    Trace trace =
        Validator.of(RuleSet.of("test", "1", List.of(rule)))
            .withTrace(true)
            .validate(PLAN)
            .trace()
            .orElseThrow();

    String json = trace.toJson().replaceAll("\\s+", " ");
    assertThat(json)
        .contains("\"subject\": \"b\", \"inputs\": { \"thing\": \"GBS\" }")
        .contains(
            "\"parameters\": [ { \"name\": \"minimum\", \"value\": 3, \"basis\": \"Babel 2016\" } ],"
                + " \"outcome\": \"VIOLATED\", \"messageKey\": \"X-DEF-004.bad\"")
        .contains("\"outcome\": \"PASSED\" }");
  }
}
