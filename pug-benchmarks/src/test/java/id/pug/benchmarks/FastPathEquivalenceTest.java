package id.pug.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.test.generate.Mutation;
import id.pug.test.generate.PlanGenerator;
import org.junit.jupiter.api.Test;

/**
 * The fast path of per-line rules ({@code RuleContext.endedWithoutCheck}: a passing line counted
 * without a check when no trace is kept) changes nothing in a report. A validation with a trace
 * always takes the full path, so for valid plans and for every single mutation of pug-test (at
 * least one breaking each rule), the report without a trace must equal the one with it, trace
 * aside: the same counts per rule, the same findings with the same paths and evidence, the same
 * summary.
 */
class FastPathEquivalenceTest {
  private static final Validator PLAIN = Validator.of(PprgCatalogue.ruleSet());
  private static final Validator TRACED = PLAIN.withTrace(true);

  private static void assertSameReport(RegionalPprgPlan plan, String what) {
    ValidationReport fast = PLAIN.validate(plan);
    ValidationReport full = TRACED.validate(plan);
    assertThat(fast.trace()).isEmpty();
    assertThat(fast.rules()).as("rule runs of %s", what).isEqualTo(full.rules());
    assertThat(fast.skipped()).as("skipped rules of %s", what).isEqualTo(full.skipped());
    assertThat(fast.findings()).as("findings of %s", what).isEqualTo(full.findings());
    assertThat(fast.summary()).as("summary of %s", what).isEqualTo(full.summary());
    assertThat(fast.fingerprint()).isEqualTo(full.fingerprint());
  }

  @Test
  void validPlans() {
    for (long seed = 0; seed < 20; seed++) {
      assertSameReport(PlanGenerator.seeded(seed).validPlan(), "seed " + seed);
    }
  }

  @Test
  void everyMutation() {
    int applied = 0;
    for (Mutation mutation : PlanGenerator.mutations()) {
      for (long seed = 0; seed < 3; seed++) {
        RegionalPprgPlan plan = PlanGenerator.seeded(seed).taggedShare(0.5).validPlan();
        if (mutation.appliesTo(plan)) {
          assertSameReport(mutation.apply(plan), mutation + " on seed " + seed);
          applied++;
        }
      }
    }
    assertThat(applied).isGreaterThan(PlanGenerator.mutations().size());
  }
}
