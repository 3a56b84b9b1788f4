package id.pug.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.pug.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class PopulationTest {

  // Kota Palangkaraya, wilayah_kalimantan_kepmendagri_2025.csv: L 159809, P 155344, total 315153.
  @Test
  void total_isMalesPlusFemales() {
    Population population = Population.of(159_809, 155_344);

    assertThat(population.male()).isEqualTo(159_809);
    assertThat(population.female()).isEqualTo(155_344);
    assertThat(population.total()).isEqualTo(315_153);
  }

  @Test
  void sexRatio_isMalesPer100Females() {
    assertThat(Population.of(159_809, 155_344).sexRatio()).isCloseTo(102.874, within(0.001));
    assertThat(Population.of(100, 100).sexRatio()).isEqualTo(100.0);
    assertThat(Population.of(0, 50).sexRatio()).isEqualTo(0.0);
  }

  @Test
  void sexRatio_isUndefinedWithoutFemales() {
    Population population = Population.of(10, 0);

    assertThatThrownBy(population::sexRatio)
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("female");
  }

  @Test
  void of_acceptsZero() {
    assertThat(Population.of(0, 0).total()).isZero();
  }

  @Test
  void of_rejectsNegativeMales() {
    assertThatThrownBy(() -> Population.of(-1, 5))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("Population");
              assertThat(e.field()).contains("male");
              assertThat(e.rejectedValue()).isEqualTo("-1");
            })
        .hasMessageContaining("Population.male");
  }

  @Test
  void of_rejectsNegativeFemales() {
    assertThatThrownBy(() -> Population.of(5, -2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Population.female must be at least 0, was -2");
  }

  @Test
  void of_acceptsATotalOfExactlyLongMax() {
    assertThat(Population.of(Long.MAX_VALUE - 1, 1).total()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void of_rejectsATotalThatOverflows() {
    assertThatThrownBy(() -> Population.of(Long.MAX_VALUE, 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Population")
        .hasMessageContaining("total");
  }
}
