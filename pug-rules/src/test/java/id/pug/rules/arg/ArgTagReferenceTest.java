package id.pug.rules.arg;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GbsId;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PPRG-ARG-001 and -002 on a tag that names a GBS or GAP the plan does not hold, with and without a
 * trace: the quick outcome of a line without a trace must not pass what the full check fails.
 */
class ArgTagReferenceTest {
  private static final RegionalPprgPlan KAPUAS = PlanFixtures.kabupatenKapuas2025();

  /** The Kapuas plan with its first tagged line's tag changed. */
  private static RegionalPprgPlan withFirstTag(UnaryOperator<ArgTag> change) {
    ImmutableList.Builder<BudgetLine> lines = ImmutableList.builder();
    boolean changed = false;
    for (BudgetLine line : KAPUAS.budgetLines()) {
      if (!changed && line.isTagged()) {
        lines.add(
            BudgetLine.builder().from(line).argTag(change.apply(line.argTag().get())).build());
        changed = true;
      } else {
        lines.add(line);
      }
    }
    return RegionalPprgPlan.builder().from(KAPUAS).budgetLines(lines.build()).build();
  }

  private static List<Finding> findings(RuleId rule, RegionalPprgPlan plan, boolean trace) {
    RuleSet rules =
        RuleSet.of("arg", "1", List.of(PprgCatalogue.ruleSet().rule(rule).orElseThrow()));
    ValidationReport report = Validator.of(rules).withTrace(trace).validate(plan);
    return report.findings();
  }

  @ParameterizedTest(name = "trace {0}")
  @ValueSource(booleans = {false, true})
  void aTagNamingAGapThePlanLacks_isReported(boolean trace) {
    RegionalPprgPlan plan =
        withFirstTag(t -> ArgTag.builder().from(t).gap(GapId.of("gap-missing")).build());
    assertThat(findings(ArgRules.TAG_HAS_GAP, KAPUAS, trace)).isEmpty();
    assertThat(findings(ArgRules.TAG_HAS_GAP, plan, trace))
        .singleElement()
        .satisfies(f -> assertThat(f.messageKey()).isEqualTo("PPRG-ARG-002.unknownGap"));
  }

  @ParameterizedTest(name = "trace {0}")
  @ValueSource(booleans = {false, true})
  void aTagNamingAGbsThePlanLacks_isReported(boolean trace) {
    RegionalPprgPlan plan =
        withFirstTag(t -> ArgTag.builder().from(t).gbs(GbsId.of("gbs-missing")).build());
    assertThat(findings(ArgRules.TAG_HAS_GBS, KAPUAS, trace)).isEmpty();
    assertThat(findings(ArgRules.TAG_HAS_GBS, plan, trace))
        .singleElement()
        .satisfies(f -> assertThat(f.messageKey()).isEqualTo("PPRG-ARG-001.unknownGbs"));
  }
}
