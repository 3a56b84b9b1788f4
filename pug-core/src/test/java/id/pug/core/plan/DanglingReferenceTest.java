package id.pug.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class DanglingReferenceTest {

  @Test
  void of_pathTypeAndId() {
    DanglingReference reference =
        DanglingReference.of("budgetLines[12].argTag.gbs", "GenderBudgetStatement", "gbs-9");

    assertThat(reference.path()).isEqualTo("budgetLines[12].argTag.gbs");
    assertThat(reference.targetType()).isEqualTo("GenderBudgetStatement");
    assertThat(reference.targetId()).isEqualTo("gbs-9");
  }

  @Test
  void toString_pathAndTheMissingTarget() {
    assertThat(
            DanglingReference.of("budgetLines[12].argTag.gbs", "GenderBudgetStatement", "gbs-9")
                .toString())
        .isEqualTo("budgetLines[12].argTag.gbs → GenderBudgetStatement gbs-9 (missing)");
  }

  @Test
  void of_rejectsBlankText() {
    assertThatThrownBy(() -> DanglingReference.of(" ", "Agency", "x"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("DanglingReference");
              assertThat(e.field()).contains("path");
            });
    assertThatThrownBy(() -> DanglingReference.of("p", "", "x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("DanglingReference.targetType must not be blank");
    assertThatThrownBy(() -> DanglingReference.of("p", "Agency", " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("DanglingReference.targetId must not be blank");
  }
}
