package id.pug.benchmarks;

import id.pug.core.indicator.IkgCalculator;
import id.pug.core.indicator.IkgComponents;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (e) of {@code BENCHMARKS.md}: IKG (Gender Inequality Index) calculations per second, one thread,
 * with every intermediate result ({@link IkgCalculator#compute}), over {@value #CASES} seeded
 * component sets in the realistic domain (the ranges of pug-core's test generator).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(IkgBenchmark.CASES)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class IkgBenchmark {
  /** Component sets per invocation. */
  static final int CASES = 1_024;

  private final IkgCalculator calculator = IkgCalculator.standard();
  private final IkgComponents[] cases = cases(new SplittableRandom(42));

  private static IkgComponents[] cases(SplittableRandom random) {
    IkgComponents[] cases = new IkgComponents[CASES];
    for (int i = 0; i < CASES; i++) {
      double mtf = round(random.nextDouble(0, 0.6), 1000);
      double mhpk20 = round(random.nextDouble(0, 0.6), 1000);
      double prFemale = round(random.nextDouble(1, 50), 100);
      double prMale = round(100 - prFemale, 100);
      double seMale = round(random.nextDouble(5, 95), 100);
      double seFemale = round(random.nextDouble(1, seMale), 100);
      double tpakMale = round(random.nextDouble(50, 95), 100);
      double tpakFemale = round(random.nextDouble(10, tpakMale), 100);
      cases[i] =
          IkgComponents.ofPublished(
              mtf, mhpk20, prMale, prFemale, seMale, seFemale, tpakMale, tpakFemale);
    }
    return cases;
  }

  private static double round(double value, int scale) {
    return Math.round(value * scale) / (double) scale;
  }

  /**
   * Computes the IKG of every component set.
   *
   * @param blackhole sinks the results
   */
  @Benchmark
  public void compute(Blackhole blackhole) {
    for (IkgComponents components : cases) {
      blackhole.consume(calculator.compute(components));
    }
  }
}
