package id.pug.benchmarks;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (b) of {@code BENCHMARKS.md}: the full national catalogue ({@link PprgCatalogue#ruleSet()}, every
 * rule at its default switch) on one region of {@value SyntheticPlans#LINES_PER_REGION} lines, one
 * thread, in milliseconds per validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class CatalogueBenchmark {
  private final RegionalPprgPlan plan = SyntheticPlans.region(0);
  private final Validator validator = Validator.of(PprgCatalogue.ruleSet());

  /** Checks that the generated region is valid, so the benchmark measures the passing path. */
  @Setup
  public void requireClean() {
    ValidationReport report = validator.validate(plan);
    if (!report.findings().isEmpty()) {
      throw new IllegalStateException("the catalogue finds " + report.findings().get(0));
    }
  }

  /**
   * The full catalogue on one region.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport fullCatalogueOneRegion() {
    return validator.validate(plan);
  }
}
