package id.pug.benchmarks;

import com.google.common.collect.ImmutableList;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Validator;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * (g) of {@code BENCHMARKS.md}, the heap part: how many bytes the national set occupies once
 * generated, per budget line, measured as the live heap after full collections with the set held,
 * less the live heap before it (with pug's catalogues already loaded). Measured twice: as built,
 * and after one validation of every plan (which builds each plan's lazy indexes).
 *
 * <pre>{@code
 * java -Xms8g -Xmx8g -cp pug-benchmarks/target/benchmarks.jar id.pug.benchmarks.NationalHeap [regions]
 * }</pre>
 */
public final class NationalHeap {
  private NationalHeap() {}

  /**
   * Measures and prints the heap of the national set (or of the number of regions given).
   *
   * @param args optionally the number of regions, {@value SyntheticPlans#NATIONAL_REGIONS} by
   *     default
   */
  public static void main(String[] args) {
    int regions = args.length > 0 ? Integer.parseInt(args[0]) : SyntheticPlans.NATIONAL_REGIONS;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Validator validator = Validator.of(PprgCatalogue.ruleSet());
    validator.validate(SyntheticPlans.region(SyntheticPlans.NATIONAL_REGIONS));
    long before = liveHeap();
    ImmutableList<RegionalPprgPlan> plans = SyntheticPlans.regions(regions);
    long built = liveHeap() - before;
    long lines = plans.stream().mapToLong(p -> p.budgetLines().size()).sum();
    for (RegionalPprgPlan plan : plans) {
      validator.validate(plan);
    }
    long validated = liveHeap() - before;
    out.printf(
        Locale.ROOT,
        "regions %d, lines %,d%nheap as built: %,d bytes = %.1f bytes/line%n"
            + "heap after one validation (lazy indexes built): %,d bytes = %.1f bytes/line%n",
        plans.size(),
        lines,
        built,
        (double) built / lines,
        validated,
        (double) validated / lines);
  }

  /** The heap in use after full collections, in bytes. */
  @SuppressWarnings("SystemGc") // measuring the live set is the point
  private static long liveHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
