package id.pug.benchmarks;

import com.google.common.collect.ImmutableList;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.test.generate.PlanGenerator;
import java.util.stream.IntStream;

/**
 * The benchmarks' data: deterministic synthetic regional plans made by pug-test's seeded {@link
 * PlanGenerator}, sized like a real regional budget.
 *
 * <p>A region is a kabupaten or kota of Kalimantan (drawn from the seed) with four agencies —
 * planning, women's empowerment, finance and the inspectorate, so a Pokja PUG of four heads with a
 * technical team, four focal points with their decrees and a Forum PUSPA — and exactly {@value
 * #LINES_PER_REGION} sub-kegiatan budget lines, all held by the women's-empowerment agency because
 * pug-core ships nomenclature for urusan 2.08 and 2.14 only. The codes are real (the nomenclature
 * in effect for the fiscal year), amounts are whole rupiah from Rp5 million to Rp2 billion, and
 * about {@value #TAGGED_PERCENT}% of the lines are ARG-tagged, each tagged sub-kegiatan with a
 * complete GAP, GBS and KAK and indicators with baselines and targets by sex. Every plan is valid:
 * the national catalogue finds nothing in it, so the benchmarks measure the path every passing line
 * takes.
 *
 * <p>The national set is {@value #NATIONAL_REGIONS} such plans (Indonesia's 552 regional
 * governments with budgets of their own: 38 provinces and 514 kabupaten/kota), seeds {@code 0} to
 * {@code 551}, about 2.76 million lines. Regions repeat (the generator knows only Kalimantan's
 * kabupaten and kota); each plan is generated separately, so nothing is shared between plans except
 * what the generator shares (the nomenclature codes, names and output indicators, as a loaded plan
 * would not). Same seed, same plan: generation in parallel does not change the result.
 */
public final class SyntheticPlans {
  /** Budget lines per region. */
  public static final int LINES_PER_REGION = 5_000;

  /** Regions in the national set. */
  public static final int NATIONAL_REGIONS = 552;

  /** The share of ARG-tagged lines, in percent. */
  public static final int TAGGED_PERCENT = 5;

  /** Agencies per region: planning, women's empowerment, finance, inspectorate. */
  public static final int AGENCIES = 4;

  private SyntheticPlans() {}

  /**
   * The generator of the region with a seed.
   *
   * @param seed the seed
   * @return the generator
   */
  public static PlanGenerator generator(long seed) {
    return PlanGenerator.seeded(seed)
        .agencies(AGENCIES)
        .linesPerAgency(LINES_PER_REGION)
        .taggedShare(TAGGED_PERCENT / 100.0);
  }

  /**
   * The region with a seed.
   *
   * @param seed the seed
   * @return a valid plan of {@value #LINES_PER_REGION} lines
   * @throws IllegalStateException if the plan does not have that many lines (a change of the
   *     generator)
   */
  public static RegionalPprgPlan region(long seed) {
    RegionalPprgPlan plan = generator(seed).validPlan();
    if (plan.budgetLines().size() != LINES_PER_REGION) {
      throw new IllegalStateException(
          "seed "
              + seed
              + " gave "
              + plan.budgetLines().size()
              + " lines, not "
              + LINES_PER_REGION
              + ": more than one agency holds lines");
    }
    return plan;
  }

  /**
   * The regions with seeds {@code 0} to {@code count - 1}, generated in parallel.
   *
   * @param count how many
   * @return the plans, in seed order
   */
  public static ImmutableList<RegionalPprgPlan> regions(int count) {
    return IntStream.range(0, count)
        .parallel()
        .mapToObj(SyntheticPlans::region)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The national set: {@value #NATIONAL_REGIONS} regions.
   *
   * @return the plans
   */
  public static ImmutableList<RegionalPprgPlan> national() {
    return regions(NATIONAL_REGIONS);
  }
}
