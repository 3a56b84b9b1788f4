package id.pug.core.testing;

import com.google.common.collect.ImmutableList;
import id.pug.core.indicator.IkgComponents;
import java.util.Random;

/**
 * A seeded, repeatable generator of valid IKG components in a realistic domain, for property tests
 * of the IKG and of the IKG batch format.
 *
 * <p>The domain, with values rounded as BPS publishes them (three decimals for proportions, two for
 * percentages):
 *
 * <ul>
 *   <li>MTF and MHPK20: proportions from 0 to 0.6, both floors (0.005 and 0.01) included;
 *   <li>PR: women's share of seats from 1% to 50%, men's its complement (seat shares of one
 *       legislature add up to 100%);
 *   <li>SE: men's share from 5% to 95%, women's from 1% up to men's;
 *   <li>TPAK: men's rate from 50% to 95%, women's from 10% up to men's.
 * </ul>
 *
 * <p>Women's PR, SE and TPAK are never above men's. This is what the monotonicity properties need:
 * the IKG measures the gap between the sexes, so when a woman's component is above the man's,
 * lowering it narrows the gap and can lower the IKG. "A worse component never lowers the IKG"
 * therefore holds only where women are not ahead of men — which is where every published Indonesian
 * row lies. Women's seat shares stay at or above 1%, so that lowering one never crosses the
 * zero-seat replacement (0.1%).
 *
 * <p>{@link #nextEqualSexes} draws components with equal values for both sexes and MTF and MHPK20
 * at or below their default floors (RH_F = 1), whose IKG is 0.
 */
public final class IkgComponentsGenerator {
  /** The fixed seed of {@link #seeded()}. */
  public static final long SEED = 20_250_505L;

  /** The number of cases property tests draw by default. */
  public static final int CASES = 500;

  private final Random random;

  private IkgComponentsGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * A generator with the fixed seed {@link #SEED}: every run draws the same sequence.
   *
   * @return the generator
   */
  public static IkgComponentsGenerator seeded() {
    return new IkgComponentsGenerator(SEED);
  }

  /**
   * A generator with another seed.
   *
   * @param seed the seed
   * @return the generator
   */
  public static IkgComponentsGenerator withSeed(long seed) {
    return new IkgComponentsGenerator(seed);
  }

  /**
   * {@code count} cases from a generator with the fixed seed.
   *
   * @param count how many
   * @return the components, always the same for the same count
   */
  public static ImmutableList<IkgComponents> cases(int count) {
    IkgComponentsGenerator generator = seeded();
    ImmutableList.Builder<IkgComponents> cases = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      cases.add(generator.next());
    }
    return cases.build();
  }

  /**
   * {@code count} cases with equal sexes and RH_F = 1, from a generator with the fixed seed.
   *
   * @param count how many
   * @return the components
   */
  public static ImmutableList<IkgComponents> equalSexCases(int count) {
    IkgComponentsGenerator generator = seeded();
    ImmutableList.Builder<IkgComponents> cases = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      cases.add(generator.nextEqualSexes());
    }
    return cases.build();
  }

  /**
   * The next components in the realistic domain (see the class description).
   *
   * @return the components
   */
  public IkgComponents next() {
    double mtf = proportion(0, 0.6);
    double mhpk20 = proportion(0, 0.6);
    double prFemale = percent(1, 50);
    double prMale = Math.round((100 - prFemale) * 100) / 100.0;
    double seMale = percent(5, 95);
    double seFemale = Math.min(seMale, percent(1, seMale));
    double tpakMale = percent(50, 95);
    double tpakFemale = Math.min(tpakMale, percent(10, tpakMale));
    return IkgComponents.ofPublished(
        mtf, mhpk20, prMale, prFemale, seMale, seFemale, tpakMale, tpakFemale);
  }

  /**
   * The next components with equal values for women and men, and MTF and MHPK20 at or below their
   * default floors (0.005 and 0.01), so that RH_F = 1.
   *
   * @return the components
   */
  public IkgComponents nextEqualSexes() {
    double mtf = proportion(0, 0.005);
    double mhpk20 = proportion(0, 0.01);
    double pr = random.nextBoolean() ? 50 : percent(1, 100);
    double se = percent(1, 100);
    double tpak = percent(1, 100);
    return IkgComponents.ofPublished(mtf, mhpk20, pr, pr, se, se, tpak, tpak);
  }

  /** A proportion from {@code min} to {@code max}, three decimals. */
  private double proportion(double min, double max) {
    return Math.round((min + random.nextDouble() * (max - min)) * 1000) / 1000.0;
  }

  /** A percentage from {@code min} to {@code max}, two decimals. */
  private double percent(double min, double max) {
    return Math.round((min + random.nextDouble() * (max - min)) * 100) / 100.0;
  }
}
