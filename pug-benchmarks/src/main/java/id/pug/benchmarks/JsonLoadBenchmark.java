package id.pug.benchmarks;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.io.json.PlanJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (d) of {@code BENCHMARKS.md}: loading one region of {@value SyntheticPlans#LINES_PER_REGION}
 * lines from its {@code pug.plan.v1} JSON (UTF-8 bytes in memory, as {@link PlanJson#read(String,
 * java.io.InputStream)} reads a file) into a {@link RegionalPprgPlan}, every field checked and
 * every code parsed, one thread. The secondary result {@code bytes} is the throughput in bytes per
 * second (divide by 1,000,000 for MB/s); the primary result is loads per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class JsonLoadBenchmark {
  private final PlanJson json = PlanJson.standard();
  private final RegionalPprgPlan plan = SyntheticPlans.region(0);
  private final byte[] document = json.write(plan).getBytes(StandardCharsets.UTF_8);

  /** Bytes read, as a rate: JMH reports it per second next to the loads per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** Bytes read in this iteration. */
    public long bytes;

    /** Starts the iteration's count at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /** Checks that the document reads back to the plan it was written from. */
  @Setup
  public void requireRoundTrip() {
    if (!load(new Bytes()).equals(plan)) {
      throw new IllegalStateException("the region does not read back equal to itself");
    }
  }

  /**
   * Reads the region.
   *
   * @param counter counts the bytes read
   * @return the plan
   */
  @Benchmark
  public RegionalPprgPlan load(Bytes counter) {
    RegionalPprgPlan read = json.read("region-0.json", new ByteArrayInputStream(document));
    counter.bytes += document.length;
    return read;
  }
}
