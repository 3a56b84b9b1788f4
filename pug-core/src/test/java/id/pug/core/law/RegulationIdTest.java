package id.pug.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegulationIdTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "inpres-9-2000",
        "permendagri-15-2008",
        "pmk-93-pmk-02-2011",
        "se-bersama-270-m-ppn-11-2012",
        "kepmendagri-900-1-15-5-1317-2023",
        "a",
        "2021"
      })
  void of_acceptsLowercaseKebabCase_andRoundTrips(String text) {
    RegulationId id = RegulationId.of(text);

    assertThat(id.value()).isEqualTo(text);
    assertThat(id.toString()).isEqualTo(text);
    assertThat(RegulationId.of(id.value())).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Inpres-9-2000",
        "inpres--9",
        "-inpres",
        "inpres-",
        "inpres 9",
        "inpres_9",
        "pmk-93/pmk",
        "",
        " ",
        "inprés"
      })
  void of_rejectsOtherText_namingTypeAndValue(String text) {
    assertThatThrownBy(() -> RegulationId.of(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.typeName()).isEqualTo("RegulationId"))
        .hasMessageContaining("RegulationId")
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void compareTo_isAlphabetical() {
    assertThat(
            Stream.of("permendagri-67-2011", "inpres-9-2000", "permendagri-15-2008")
                .map(RegulationId::of)
                .sorted()
                .map(RegulationId::value))
        .containsExactly("inpres-9-2000", "permendagri-15-2008", "permendagri-67-2011");
  }
}
