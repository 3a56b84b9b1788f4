package id.pug.core.pokja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.money.Rupiah;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PlannedActionTest {

  private static PlannedAction.Builder action() {
    return PlannedAction.builder().description("Penetapan SK focal point PUG");
  }

  @Test
  void build_anActionWithoutAgencyTimelineOrIndicators_isAccepted() {
    PlannedAction action = action().build();

    assertThat(action.area()).isEmpty();
    assertThat(action.responsibleAgency()).isEmpty();
    assertThat(action.start()).isEmpty();
    assertThat(action.end()).isEmpty();
    assertThat(action.indicators()).isEmpty();
    assertThat(action.budget()).isEmpty();
  }

  @Test
  void build_rejectsAnEndBeforeTheStart() {
    assertThatThrownBy(
            () -> action().start(YearMonth.of(2025, 6)).end(YearMonth.of(2025, 5)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("PlannedAction");
              assertThat(e.field()).contains("end");
            })
        .hasMessage("PlannedAction.end must not be before the start 2025-06, was 2025-05");
  }

  @Test
  void build_acceptsAOneMonthAction_andAnOpenEnd() {
    assertThat(action().start(YearMonth.of(2025, 6)).end(YearMonth.of(2025, 6)).build().end())
        .contains(YearMonth.of(2025, 6));
    assertThat(action().start(YearMonth.of(2025, 6)).build().end()).isEmpty();
    assertThat(action().end(YearMonth.of(2025, 6)).build().start()).isEmpty();
  }

  @Test
  void build_rejectsANegativeBudget() {
    assertThatThrownBy(() -> action().budget(Rupiah.of(-1)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PlannedAction.budget must not be negative, was -Rp1");
  }

  @Test
  void build_rejectsABlankDescription() {
    assertThatThrownBy(() -> action().description(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PlannedAction.description must not be blank, was \" \"");
  }

  @Test
  void build_missingDescription_isAPugExceptionNamingTypeAndAttribute() {
    assertThatThrownBy(() -> PlannedAction.builder().area(ActionArea.INSTITUTIONS).build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("PlannedAction")
        .hasMessageContaining("description");
  }
}
