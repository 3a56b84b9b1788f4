package id.pug.benchmarks;

import com.google.common.collect.ImmutableList;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Validator;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (c) of {@code BENCHMARKS.md}: the full national catalogue on 1, 10, 100 and 552 regions of
 * {@value SyntheticPlans#LINES_PER_REGION} lines (552 is the national set, about 2.76 million
 * lines), on one thread and on every core ({@link Runtime#availableProcessors()} threads, one plan
 * per task), in milliseconds per set. One shared {@link Validator}: it is immutable and
 * thread-safe.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class NationalBenchmark {
  /** How many regions. */
  @Param({"1", "10", "100", "552"})
  public int regions;

  private final Validator validator = Validator.of(PprgCatalogue.ruleSet());
  private ImmutableList<RegionalPprgPlan> plans = ImmutableList.of();
  private ForkJoinPool pool = new ForkJoinPool(1);

  /** Generates the regions (in parallel; each from its own seed) and starts the pool. */
  @Setup(Level.Trial)
  public void generate() {
    plans = SyntheticPlans.regions(regions);
    pool.shutdown();
    pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
  }

  /** Stops the pool. */
  @TearDown(Level.Trial)
  public void stop() {
    pool.shutdown();
  }

  /**
   * The catalogue on every region, one after the other.
   *
   * @return the number of findings (none: the plans are valid)
   */
  @Benchmark
  public long oneThread() {
    long findings = 0;
    for (RegionalPprgPlan plan : plans) {
      findings += validator.validate(plan).findings().size();
    }
    return findings;
  }

  /**
   * The catalogue on every region, the regions spread over every core.
   *
   * @return the number of findings (none: the plans are valid)
   */
  @Benchmark
  public long allCores() {
    return pool.submit(
            () ->
                plans.parallelStream()
                    .mapToLong(plan -> validator.validate(plan).findings().size())
                    .sum())
        .join();
  }
}
