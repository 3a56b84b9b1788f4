package id.pug.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatProblemTest {
  private static final String MESSAGE = "expected a whole number of rupiah >= 0, was \"12,5\"";

  @Test
  void toString_withEverything_showsFileLineColumnPathAndMessage() {
    assertThat(FormatProblem.of("plan.json", 12, 17, "$.budgetLines[3].amount", MESSAGE))
        .hasToString(
            "plan.json line 12, column 17, at $.budgetLines[3].amount: expected a whole number of"
                + " rupiah >= 0, was \"12,5\"");
  }

  @Test
  void toString_withoutPosition_showsFileAndPath() {
    assertThat(FormatProblem.of("plan.json", 0, 0, "$", "the document is too large"))
        .hasToString("plan.json at $: the document is too large");
  }

  @Test
  void toString_withLineOnly_andNoPath() {
    assertThat(FormatProblem.of("sipd.csv", 3, 0, "", "expected 12 columns, was 11"))
        .hasToString("sipd.csv line 3: expected 12 columns, was 11");
  }

  @Test
  void of_blankMessageOrNegativePosition_isRejected() {
    assertThatThrownBy(() -> FormatProblem.of("plan.json", 1, 1, "$", " "))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> FormatProblem.of(" ", 1, 1, "$", MESSAGE))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> FormatProblem.of("plan.json", -1, 1, "$", MESSAGE))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> FormatProblem.of("plan.json", 1, -1, "$", MESSAGE))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void equals_sameParts_areEqual() {
    assertThat(FormatProblem.of("a", 1, 2, "$", "m"))
        .isEqualTo(FormatProblem.of("a", 1, 2, "$", "m"));
    assertThat(FormatProblem.of("a", 1, 2, "$", "m"))
        .isNotEqualTo(FormatProblem.of("a", 1, 3, "$", "m"));
  }

  @Test
  void planFormatException_message_countsAndListsEveryProblem() {
    PlanFormatException e =
        new PlanFormatException(
            ImmutableList.of(
                FormatProblem.of("plan.json", 1, 2, "$.a", "first"),
                FormatProblem.of("plan.json", 3, 4, "$.b", "second")));
    assertThat(e)
        .hasMessage(
            "2 problems:\nplan.json line 1, column 2, at $.a: first\nplan.json line 3, column 4, at $.b: second")
        .hasNoCause();
    assertThat(e.problems()).hasSize(2);
    assertThat(new PlanFormatException(e.problems().subList(0, 1)))
        .hasMessage("1 problem:\nplan.json line 1, column 2, at $.a: first");
  }

  @Test
  void planFormatException_manyProblems_listsFiftyAndCountsTheRest() {
    List<FormatProblem> problems = new ArrayList<>();
    for (int i = 1; i <= 53; i++) {
      problems.add(FormatProblem.of("plan.json", i, 1, "$", "problem " + i));
    }
    PlanFormatException e = new PlanFormatException(problems);
    String message = String.valueOf(e.getMessage());
    assertThat(message.lines()).hasSize(1 + 50 + 1);
    assertThat(message).startsWith("53 problems:\n").endsWith("problem 50\n… and 3 more");
    assertThat(e.problems()).hasSize(53);
  }

  @Test
  void planFormatException_keepsItsCause() {
    IOException cause = new IOException("disk");
    assertThat(
            new PlanFormatException(
                ImmutableList.of(FormatProblem.of("p", 0, 0, "$", "could not read")), cause))
        .hasCause(cause);
  }

  @Test
  void planFormatException_withoutProblems_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PlanFormatException(ImmutableList.of()));
  }
}
