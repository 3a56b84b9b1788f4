package id.pug.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import java.time.Year;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  private static Evidence.Builder evidence() {
    return Evidence.builder()
        .prerequisite(Prerequisite.SEX_DISAGGREGATED_DATA)
        .description("Data terpilah perangkat daerah dientri dalam SIGA");
  }

  @Test
  void build_prerequisiteAndDescriptionAreEnough() {
    Evidence evidence = evidence().build();

    assertThat(evidence.reference()).isEmpty();
    assertThat(evidence.year()).isEmpty();
  }

  @Test
  void build_withReferenceAndYear() {
    Evidence evidence = evidence().reference("siga.kemenpppa.go.id").year(Year.of(2023)).build();

    assertThat(evidence.reference()).contains("siga.kemenpppa.go.id");
    assertThat(evidence.year()).contains(Year.of(2023));
  }

  @Test
  void build_rejectsBlankText() {
    assertThatThrownBy(() -> evidence().description(" ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("Evidence");
              assertThat(e.field()).contains("description");
            })
        .hasMessage("Evidence.description must not be blank, was \" \"");
    assertThatThrownBy(() -> evidence().reference("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Evidence.reference must not be blank");
  }

  @Test
  void build_missingRequiredAttributes_isAPugExceptionNamingTypeAndAttributes() {
    assertThatThrownBy(() -> Evidence.builder().year(Year.of(2023)).build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("Evidence")
        .hasMessageContaining("prerequisite")
        .hasMessageContaining("description");
  }
}
