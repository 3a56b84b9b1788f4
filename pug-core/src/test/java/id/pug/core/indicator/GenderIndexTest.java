package id.pug.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.pug.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class GenderIndexTest {

  @Test
  void compare_kalbarIkg2024WithTheNation_isWorseBy0_072() {
    IndicatorGap gap = GenderIndex.IKG.compare(0.493, 0.421);

    assertThat(gap.index()).isEqualTo(GenderIndex.IKG);
    assertThat(gap.value()).isEqualTo(0.493);
    assertThat(gap.reference()).isEqualTo(0.421);
    assertThat(gap.difference()).isCloseTo(0.072, within(1e-12));
    assertThat(gap.relativePercent()).isCloseTo(17.10, within(0.005));
    assertThat(gap.isWorse()).isTrue();
  }

  @Test
  void compare_lowerIkg_isNotWorse() {
    assertThat(GenderIndex.IKG.compare(0.414, 0.421).isWorse()).isFalse();
    assertThat(GenderIndex.IKG.compare(0.421, 0.421).isWorse()).isFalse();
    assertThat(GenderIndex.GII.compare(0.6, 0.5).isWorse()).isTrue();
  }

  @Test
  void compare_higherIpg_isNotWorse() {
    IndicatorGap higher = GenderIndex.IPG.compare(92.83, 91.63);

    assertThat(higher.isWorse()).isFalse();
    assertThat(higher.difference()).isCloseTo(1.2, within(1e-9));
    assertThat(GenderIndex.IPG.compare(85.98, 91.07).isWorse()).isTrue();
    assertThat(GenderIndex.IDG.compare(52.54, 76.26).isWorse()).isTrue();
    assertThat(GenderIndex.IPM.compare(74.39, 74.39).isWorse()).isFalse();
  }

  @Test
  void compare_rejectsAZeroOrNonFiniteReferenceAndANonFiniteValue() {
    assertThatThrownBy(() -> GenderIndex.IKG.compare(0.493, 0))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("reference"));
    assertThatThrownBy(() -> GenderIndex.IKG.compare(0.493, Double.NaN))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> GenderIndex.IKG.compare(Double.NaN, 0.421))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("value"));
  }

  @Test
  void direction_ofEachIndex() {
    assertThat(GenderIndex.IKG.direction()).isEqualTo(GenderIndex.Direction.LOWER_IS_BETTER);
    assertThat(GenderIndex.GII.direction()).isEqualTo(GenderIndex.Direction.LOWER_IS_BETTER);
    assertThat(GenderIndex.IPM.direction()).isEqualTo(GenderIndex.Direction.HIGHER_IS_BETTER);
    assertThat(GenderIndex.IPG.direction()).isEqualTo(GenderIndex.Direction.HIGHER_IS_BETTER);
    assertThat(GenderIndex.IDG.direction()).isEqualTo(GenderIndex.Direction.HIGHER_IS_BETTER);
    assertThat(GenderIndex.IKG.indonesian()).isEqualTo("Indeks Ketimpangan Gender");
  }

  @Test
  void direction_improvementAndAtLeastAsGood() {
    assertThat(GenderIndex.Direction.LOWER_IS_BETTER.improvement(0.519, 0.493))
        .isCloseTo(0.026, within(1e-12));
    assertThat(GenderIndex.Direction.HIGHER_IS_BETTER.improvement(91.63, 92.0))
        .isCloseTo(0.37, within(1e-9));
    assertThat(GenderIndex.Direction.LOWER_IS_BETTER.atLeastAsGood(0.4, 0.5)).isTrue();
    assertThat(GenderIndex.Direction.LOWER_IS_BETTER.atLeastAsGood(0.5, 0.4)).isFalse();
    assertThat(GenderIndex.Direction.HIGHER_IS_BETTER.atLeastAsGood(0.5, 0.5)).isTrue();
    assertThat(GenderIndex.Direction.HIGHER_IS_BETTER.atLeastAsGood(0.4, 0.5)).isFalse();
  }
}
