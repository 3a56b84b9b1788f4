package id.pug.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.pug.core.testing.IkgComponentsGenerator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the IKG over {@link IkgComponentsGenerator#CASES} seeded components of the
 * realistic domain (women's PR, SE and TPAK not above men's; see the generator for why).
 */
class IkgCalculatorPropertiesTest {

  private static final IkgCalculator STANDARD = IkgCalculator.standard();

  static Stream<Named<IkgComponents>> cases() {
    return named(IkgComponentsGenerator.cases(IkgComponentsGenerator.CASES));
  }

  static Stream<Named<IkgComponents>> equalSexCases() {
    return named(IkgComponentsGenerator.equalSexCases(200));
  }

  private static Stream<Named<IkgComponents>> named(List<IkgComponents> cases) {
    return IntStream.range(0, cases.size())
        .mapToObj(i -> Named.of("case " + (i + 1), cases.get(i)));
  }

  private static double ikg(IkgComponents components) {
    return STANDARD.compute(components).ikg();
  }

  @Test
  void generator_isRepeatableAndInItsDomain() {
    List<IkgComponents> cases = IkgComponentsGenerator.cases(IkgComponentsGenerator.CASES);

    assertThat(cases).hasSize(500).isEqualTo(IkgComponentsGenerator.cases(500));
    assertThat(cases.stream().distinct().count()).isGreaterThan(490);
    assertThat(cases)
        .allSatisfy(
            c -> {
              assertThat(c.mtf().proportion()).isBetween(0.0, 0.6);
              assertThat(c.mhpk20().proportion()).isBetween(0.0, 0.6);
              assertThat(c.parliamentFemale()).isLessThanOrEqualTo(c.parliamentMale());
              assertThat(c.parliamentFemale().percent()).isGreaterThanOrEqualTo(1.0);
              assertThat(c.seatsAreComplements()).isTrue();
              assertThat(c.educationFemale()).isLessThanOrEqualTo(c.educationMale());
              assertThat(c.labourFemale()).isLessThanOrEqualTo(c.labourMale());
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ikg_staysBetweenZeroAndOne(IkgComponents components) {
    IkgResult result = STANDARD.compute(components);

    assertThat(result.ikg()).isBetween(0.0, 1.0);
    assertThat(result.ikgRounded()).isBetween(0.0, 1.0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void worseningAnySingleComponent_neverLowersTheIkg(IkgComponents components) {
    double base = ikg(components);
    double mtf = components.mtf().proportion();
    double mhpk20 = components.mhpk20().proportion();
    double prF = components.parliamentFemale().proportion();
    double seF = components.educationFemale().proportion();
    double tpakF = components.labourFemale().proportion();

    for (double more : new double[] {0.001, 0.05, 0.2, 1}) {
      assertWorse(components, base, IkgComponent.MTF, Math.min(1, mtf + more));
      assertWorse(components, base, IkgComponent.MHPK20, Math.min(1, mhpk20 + more));
    }
    for (double factor : new double[] {0.999, 0.9, 0.5, 0.1, 0}) {
      // Complementary seats: lowering women's share raises men's by as much.
      assertWorse(components, base, IkgComponent.PARLIAMENT_FEMALE, prF * factor);
      assertWorse(components, base, IkgComponent.EDUCATION_FEMALE, seF * factor);
      assertWorse(components, base, IkgComponent.LABOUR_FEMALE, tpakF * factor);
    }
  }

  private static void assertWorse(
      IkgComponents components, double base, IkgComponent component, double worse) {
    IkgComponents changed = components.with(component, worse);
    if (component == IkgComponent.PARLIAMENT_FEMALE) {
      assertThat(changed.parliamentMale().proportion())
          .isCloseTo(1 - worse, within(1e-12))
          .isGreaterThanOrEqualTo(components.parliamentMale().proportion());
    }
    assertThat(ikg(changed))
        .as("%s from %s to %s", component, components.get(component), worse)
        .isGreaterThanOrEqualTo(base);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("equalSexCases")
  void equalSexes_withNoReproductiveHealthPenalty_giveZero(IkgComponents components) {
    IkgResult result = STANDARD.compute(components);

    assertThat(result.reproductiveHealthFemale()).isEqualTo(1.0);
    assertThat(result.ikg()).isCloseTo(0.0, within(1e-12));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ikg_aboveBothFloors_dependsOnlyOnTheProductOfTheFloors(IkgComponents components) {
    IkgCalculator swapped =
        IkgCalculator.with(IkgConstants.builder().mtfFloor(0.01).mhpk20Floor(0.005).build());
    boolean aboveBoth =
        components.mtf().proportion() >= 0.01 && components.mhpk20().proportion() >= 0.01;

    if (aboveBoth) {
      assertThat(swapped.compute(components).ikg()).isCloseTo(ikg(components), within(1e-12));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void levers_areRankedAndTheirEffectsNeverRaiseTheIkg(IkgComponents components) {
    List<IkgLever> levers = STANDARD.levers(components);

    assertThat(levers).hasSize(IkgComponent.values().length);
    for (int i = 1; i < levers.size(); i++) {
      assertThat(levers.get(i).effectOfOnePoint())
          .isGreaterThanOrEqualTo(levers.get(i - 1).effectOfOnePoint());
    }
    assertThat(levers).allSatisfy(l -> assertThat(l.effectOfOnePoint()).isLessThanOrEqualTo(0));
    assertThat(levers)
        .filteredOn(l -> l.component() == IkgComponent.LABOUR_FEMALE)
        .extracting(IkgLever::lowersIkgBy)
        .containsExactly(IkgLever.Direction.INCREASE);
  }
}
