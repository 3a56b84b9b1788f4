package id.pug.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IkgComponentsTest {

  private static final IkgComponents JABAR_2018 = Samples.ikgComponents();

  @Test
  void ofPublished_readsProportionsAndPercentages() {
    assertThat(JABAR_2018.mtf().proportion()).isEqualTo(0.198);
    assertThat(JABAR_2018.mhpk20().proportion()).isEqualTo(0.279);
    assertThat(JABAR_2018.parliamentMale().percent()).isCloseTo(78.00, within(1e-12));
    assertThat(JABAR_2018.parliamentFemale().percent()).isCloseTo(22.00, within(1e-12));
    assertThat(JABAR_2018.educationMale().percent()).isCloseTo(36.55, within(1e-12));
    assertThat(JABAR_2018.educationFemale().percent()).isCloseTo(28.63, within(1e-12));
    assertThat(JABAR_2018.labourMale().percent()).isCloseTo(82.96, within(1e-12));
    assertThat(JABAR_2018.labourFemale().percent()).isCloseTo(42.25, within(1e-12));
  }

  @Test
  void ofPublished_rejectsMtfGivenAsAPercentage_namingIt() {
    assertThatThrownBy(
            () -> IkgComponents.ofPublished(19.8, 0.279, 78, 22, 36.55, 28.63, 82.96, 42.25))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("mtf"));
    assertThatThrownBy(
            () -> IkgComponents.ofPublished(0.198, 0.279, 78, 22, 36.55, 28.63, 82.96, 101))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("tpak_f"));
  }

  @Test
  void builder_requiresEveryComponent() {
    assertThatThrownBy(() -> IkgComponents.builder().mtf(Share.proportion("mtf", 0.1)).build())
        .isInstanceOf(PugException.class)
        .hasMessageContaining("mhpk20");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(IkgComponent.class)
  void get_andWith_addressEachComponent(IkgComponent component) {
    IkgComponents changed = JABAR_2018.with(component, 0.3);

    assertThat(changed.get(component).proportion()).isEqualTo(0.3);
    for (IkgComponent other : IkgComponent.values()) {
      boolean complement =
          (component == IkgComponent.PARLIAMENT_FEMALE && other == IkgComponent.PARLIAMENT_MALE)
              || (component == IkgComponent.PARLIAMENT_MALE
                  && other == IkgComponent.PARLIAMENT_FEMALE);
      if (other != component && !complement) {
        assertThat(changed.get(other)).as("%s", other).isEqualTo(JABAR_2018.get(other));
      }
    }
  }

  @Test
  void with_complementarySeats_movesTheOtherSexTheOtherWay() {
    IkgComponents changed = JABAR_2018.with(IkgComponent.PARLIAMENT_FEMALE, 0.3);

    assertThat(JABAR_2018.seatsAreComplements()).isTrue();
    assertThat(changed.parliamentMale().proportion()).isCloseTo(0.7, within(1e-12));
    assertThat(changed.seatsAreComplements()).isTrue();
    assertThat(JABAR_2018.with(IkgComponent.PARLIAMENT_MALE, 1).parliamentFemale().proportion())
        .isZero();
  }

  @Test
  void with_seatsThatAreNotComplements_movesOnlyOne() {
    IkgComponents partial =
        IkgComponents.ofPublished(0.198, 0.279, 70, 22, 36.55, 28.63, 82.96, 42.25);

    IkgComponents changed = partial.with(IkgComponent.PARLIAMENT_FEMALE, 0.3);

    assertThat(partial.seatsAreComplements()).isFalse();
    assertThat(changed.parliamentMale()).isEqualTo(partial.parliamentMale());
  }

  @Test
  void with_rejectsAProportionOutsideZeroToOne() {
    assertThatThrownBy(() -> JABAR_2018.with(IkgComponent.LABOUR_FEMALE, 1.2))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("tpak_f"));
    assertThatThrownBy(() -> JABAR_2018.with(IkgComponent.MTF, -0.1))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void component_columnsAndUnitsAreThoseOfTheBatchFormat() {
    assertThat(IkgComponent.MTF.column()).isEqualTo("mtf");
    assertThat(IkgComponent.MTF.publishedUnit()).isEqualTo(ShareUnit.PROPORTION);
    assertThat(IkgComponent.MHPK20.publishedUnit()).isEqualTo(ShareUnit.PROPORTION);
    assertThat(IkgComponent.LABOUR_FEMALE.column()).isEqualTo("tpak_f");
    assertThat(IkgComponent.LABOUR_FEMALE.publishedUnit()).isEqualTo(ShareUnit.PERCENT);
    assertThat(IkgComponent.MTF.description()).contains("MTF");
    for (IkgComponent component : IkgComponent.values()) {
      assertThat(IkgBatch.COLUMNS).contains(component.column());
    }
  }
}
