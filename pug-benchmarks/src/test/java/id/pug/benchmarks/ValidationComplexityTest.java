package id.pug.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.pug.core.budget.BudgetLine;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.RuleRun;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.test.generate.PlanGenerator;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A regression guard on how validation cost grows with a plan's size, in the normal test run. It
 * asserts complexity, never time: the number of checks each rule makes, and the bytes the
 * validation allocates, grow in proportion to the number of budget lines (a quadratic rule would
 * multiply them by 16 when the lines grow 4 times). Timings are {@code BENCHMARKS.md}'s business.
 */
class ValidationComplexityTest {
  private static final int SMALL = 500;
  private static final int LARGE = 4 * SMALL;
  private static final Validator CATALOGUE = Validator.of(PprgCatalogue.ruleSet());

  private static RegionalPprgPlan plan(int lines) {
    return plan(lines, SyntheticPlans.TAGGED_PERCENT / 100.0);
  }

  private static RegionalPprgPlan plan(int lines, double taggedShare) {
    return PlanGenerator.seeded(7)
        .agencies(SyntheticPlans.AGENCIES)
        .linesPerAgency(lines)
        .taggedShare(taggedShare)
        .validPlan();
  }

  @Test
  void everyRuleChecksEachAddedLineAtMostOnce() {
    RegionalPprgPlan small = plan(SMALL);
    RegionalPprgPlan large = plan(LARGE);
    assertThat(small.budgetLines()).hasSize(SMALL);
    assertThat(large.budgetLines()).hasSize(LARGE);
    Map<String, Integer> before = new HashMap<>();
    for (RuleRun run : CATALOGUE.validate(small).rules()) {
      before.put(run.descriptor().id().value(), run.evaluations());
    }
    ValidationReport report = CATALOGUE.validate(large);
    assertThat(report.findings()).isEmpty();
    for (RuleRun run : report.rules()) {
      int added = run.evaluations() - before.getOrDefault(run.descriptor().id().value(), 0);
      // One check per added line at most, plus the planning documents' sub-kegiatan, which grow
      // with the distinct codes used and are bounded by the nomenclature pug-core ships.
      assertThat(added)
          .as("checks %s adds for %d more lines", run.descriptor().id(), LARGE - SMALL)
          .isLessThanOrEqualTo(LARGE - SMALL + 200);
    }
  }

  @Test
  void allocationGrowsInProportionToTheLines() {
    assumeTrue(
        ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
        "needs HotSpot's per-thread allocation counter");
    RegionalPprgPlan small = plan(SMALL);
    RegionalPprgPlan large = plan(LARGE);
    for (int i = 0; i < 3; i++) {
      CATALOGUE.validate(small);
      CATALOGUE.validate(large);
    }
    long smallBytes = Long.MAX_VALUE;
    long largeBytes = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      smallBytes = Math.min(smallBytes, allocated(small));
      largeBytes = Math.min(largeBytes, allocated(large));
    }
    // Linear growth gives a ratio near 4 (less, for the fixed cost of each validation); quadratic
    // growth, 16.
    assertThat((double) largeBytes / smallBytes)
        .as("allocation for %d lines / for %d lines", LARGE, SMALL)
        .isLessThan(6.0);
  }

  /**
   * The goal "no allocation per valid line", for the lines most of a budget is made of: validating
   * 1,500 more untagged lines (the generator still tags its few anchor lines, the same number in
   * both plans) allocates less than one byte per added line, in the per-line rules and in the whole
   * catalogue. Run here unwarmed (interpreted or C1 code, no escape analysis), so the bytes counted
   * are those the code itself asks for.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"per-line rules", "full catalogue"})
  void aValidUntaggedLineAllocatesNothing(String rules) {
    assumeTrue(
        ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
        "needs HotSpot's per-thread allocation counter");
    Validator validator =
        rules.equals("full catalogue")
            ? CATALOGUE
            : Validator.of(PerLineBenchmark.subset("per-line", PerLineBenchmark.PER_LINE_RULES));
    RegionalPprgPlan small = plan(SMALL, 0.0);
    RegionalPprgPlan large = plan(LARGE, 0.0);
    long tagged = small.budgetLines().stream().filter(BudgetLine::isTagged).count();
    assertThat(large.budgetLines().stream().filter(BudgetLine::isTagged).count())
        .as("tagged lines")
        .isEqualTo(tagged);
    assertThat(validator.validate(large).findings()).isEmpty();
    long smallBytes = Long.MAX_VALUE;
    long largeBytes = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      smallBytes = Math.min(smallBytes, allocated(validator, small));
      largeBytes = Math.min(largeBytes, allocated(validator, large));
    }
    assertThat(largeBytes - smallBytes)
        .as("bytes allocated for %d more untagged lines", LARGE - SMALL)
        .isLessThan(LARGE - SMALL);
  }

  private static long allocated(RegionalPprgPlan plan) {
    return allocated(CATALOGUE, plan);
  }

  private static long allocated(Validator validator, RegionalPprgPlan plan) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadAllocatedBytes();
    validator.validate(plan);
    return threads.getCurrentThreadAllocatedBytes() - start;
  }
}
