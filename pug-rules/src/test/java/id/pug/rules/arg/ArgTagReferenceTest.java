package id.pug.rules.arg;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GbsId;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.rules.testing.Plans;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PPRG-ARG-001 and -002 on a tag that names a GBS or GAP the plan does not hold, with and without a
 * trace: the quick outcome of a line without a trace must not pass what the full check fails.
 */
class ArgTagReferenceTest {
  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();

  private static List<Finding> findings(RuleId rule, RegionalPprgPlan plan, boolean trace) {
    RuleSet rules =
        RuleSet.of("arg", "1", List.of(PprgCatalogue.ruleSet().rule(rule).orElseThrow()));
    ValidationReport report = Validator.of(rules).withTrace(trace).validate(plan);
    return report.findings();
  }

  @ParameterizedTest(name = "trace {0}")
  @ValueSource(booleans = {false, true})
  void aTagNamingAGapThePlanLacks_isReported(boolean trace) {
    // budgetLines[0] is tagged.
    RegionalPprgPlan plan = Plans.tag(0, t -> t.gap(GapId.of("gap-missing")));
    assertThat(findings(ArgRules.TAG_HAS_GAP, KAPUAS, trace)).isEmpty();
    assertThat(findings(ArgRules.TAG_HAS_GAP, plan, trace))
        .singleElement()
        .satisfies(f -> assertThat(f.messageKey()).isEqualTo("PPRG-ARG-002.unknownGap"));
  }

  @ParameterizedTest(name = "trace {0}")
  @ValueSource(booleans = {false, true})
  void aTagNamingAGbsThePlanLacks_isReported(boolean trace) {
    RegionalPprgPlan plan = Plans.tag(0, t -> t.gbs(GbsId.of("gbs-missing")));
    assertThat(findings(ArgRules.TAG_HAS_GBS, KAPUAS, trace)).isEmpty();
    assertThat(findings(ArgRules.TAG_HAS_GBS, plan, trace))
        .singleElement()
        .satisfies(f -> assertThat(f.messageKey()).isEqualTo("PPRG-ARG-001.unknownGbs"));
  }
}
