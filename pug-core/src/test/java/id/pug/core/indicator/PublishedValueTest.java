package id.pug.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.testing.Samples;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

class PublishedValueTest {

  /** Indonesia's IKG 2024, 0.421 (source S4). */
  private static PublishedValue.Builder national2024() {
    return PublishedValue.builder()
        .index(GenderIndex.IKG)
        .region("INDONESIA")
        .level(PublishedValue.Level.NATIONAL)
        .year(Year.of(2024))
        .value(new BigDecimal("0.421"))
        .addSource(Samples.source());
  }

  @Test
  void builder_buildsAValueWithItsNote() {
    PublishedValue value = national2024().note("derived: 0.447 - 0.026").build();

    assertThat(value.region()).isEqualTo("INDONESIA");
    assertThat(value.isDerived()).isTrue();
    assertThat(value).hasToString("IKG INDONESIA 2024 = 0.421");
  }

  @Test
  void builder_rejectsABlankRegion() {
    assertThatThrownBy(() -> national2024().region(" ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("PublishedValue");
              assertThat(e.field()).contains("region");
            })
        .hasMessage("PublishedValue.region must not be blank, was \" \"");
  }

  @Test
  void builder_rejectsABlankNote() {
    assertThatThrownBy(() -> national2024().note("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PublishedValue.note must not be blank; omit it instead, was \"\"");
  }

  @Test
  void builder_rejectsAValueWithoutASource() {
    assertThatThrownBy(
            () ->
                PublishedValue.builder()
                    .index(GenderIndex.IKG)
                    .region("INDONESIA")
                    .level(PublishedValue.Level.NATIONAL)
                    .year(Year.of(2024))
                    .value(new BigDecimal("0.421"))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PublishedValue.sources must name at least one source, was []");
  }
}
