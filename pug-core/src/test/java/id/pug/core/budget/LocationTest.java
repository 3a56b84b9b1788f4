package id.pug.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.region.RegionCode;
import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void build_anyOnePartIsEnough() {
    assertThat(Location.builder().region(RegionCode.parse("62.03")).build().region())
        .contains(RegionCode.parse("62.03"));
    assertThat(Location.builder().district("Selat").build().district()).contains("Selat");
    assertThat(Location.builder().village("Selat Hilir").build().village()).contains("Selat Hilir");
    assertThat(Location.builder().description("Seluruh kecamatan").build().description())
        .contains("Seluruh kecamatan");
  }

  @Test
  void build_rejectsALocationWithNoPart() {
    assertThatThrownBy(() -> Location.builder().build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("Location");
              assertThat(e.field()).contains("region");
            })
        .hasMessage(
            "Location.region must be given when there is no district, village or description,"
                + " was missing");
  }

  @Test
  void build_rejectsBlankParts() {
    assertThatThrownBy(() -> Location.builder().district(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Location.district must not be blank");
    assertThatThrownBy(() -> Location.builder().village("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Location.village must not be blank");
    assertThatThrownBy(() -> Location.builder().description(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Location.description must not be blank");
  }
}
