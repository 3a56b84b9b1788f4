package id.pug.core.pprg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.money.Rupiah;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GbsActionTest {

  private static GbsAction.Builder action() {
    return GbsAction.builder().description("Rapat koordinasi Pokja PUG");
  }

  @Test
  void build_aDescriptionIsEnough() {
    GbsAction action = action().build();

    assertThat(action.input()).isEmpty();
    assertThat(action.output()).isEmpty();
    assertThat(action.outcome()).isEmpty();
    assertThat(action.budget()).isEmpty();
  }

  @Test
  void build_withInputOutputOutcomeAndBudget() {
    GbsAction action =
        action()
            .input("Narasumber")
            .output("Rekomendasi")
            .outcome("Kebijakan disepakati")
            .budget(Rupiah.ZERO)
            .build();

    assertThat(action.budget()).contains(Rupiah.ZERO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"description", "input", "output", "outcome"})
  void build_rejectsBlankText(String field) {
    GbsAction.Builder builder =
        switch (field) {
          case "description" -> action().description(" ");
          case "input" -> action().input(" ");
          case "output" -> action().output("");
          default -> action().outcome(" ");
        };

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains(field))
        .hasMessageStartingWith("GbsAction." + field + " must not be blank");
  }

  @Test
  void build_rejectsANegativeBudget() {
    assertThatThrownBy(() -> action().budget(Rupiah.of(-1)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("GbsAction.budget must not be negative, was -Rp1");
  }

  @Test
  void build_missingDescription_isAPugExceptionNamingTypeAndAttribute() {
    assertThatThrownBy(() -> GbsAction.builder().input("x").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("GbsAction")
        .hasMessageContaining("description");
  }
}
