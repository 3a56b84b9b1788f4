package id.pug.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import id.pug.io.FormatProblem;
import id.pug.io.PlanFormatException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test documents and assertions on the problems reading them gives. */
final class Documents {
  private Documents() {}

  /** The name every test document is read under. */
  static final String SOURCE = "plan.json";

  /**
   * A plan document: the format, region 62.03 and fiscal year 2025, then each extra field on its
   * own line.
   */
  static String plan(String... fields) {
    StringBuilder out =
        new StringBuilder(
            "{\n  \"format\": \"pug.plan.v1\",\n  \"region\": \"62.03\",\n  \"fiscalYear\": 2025");
    for (String field : fields) {
      out.append(",\n  ").append(field);
    }
    return out.append("\n}\n").toString();
  }

  /** A valid budget line object on one line, with extra fields appended. */
  static String line(String id, String... fields) {
    StringBuilder out =
        new StringBuilder(
            "{\"id\": \""
                + id
                + "\", \"fiscalYear\": 2025, \"agency\": \"dp3appkb\", \"subActivity\":"
                + " \"2.08.02.2.01.01\", \"amount\": 5");
    for (String field : fields) {
      out.append(", ").append(field);
    }
    return out.append('}').toString();
  }

  /** The problems reading a string gives; fails if it reads. */
  static ImmutableList<FormatProblem> problems(String json) {
    return problems(() -> PlanJson.standard().read(SOURCE, json));
  }

  /** The problems a reading gives; fails if it succeeds. */
  static ImmutableList<FormatProblem> problems(ThrowingCallable reading) {
    PlanFormatException e = catchThrowableOfType(PlanFormatException.class, reading);
    assertThat(e).as("expected a PlanFormatException").isNotNull();
    return e.problems();
  }

  /** The only problem reading a string gives. */
  static FormatProblem problem(String json) {
    ImmutableList<FormatProblem> problems = problems(json);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  /** The 1-based line and column of the {@code n}th (0-based) occurrence of a marker. */
  static int[] position(String json, String marker, int n) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = json.indexOf(marker, at + 1);
      assertThat(at).as("marker %s #%s", marker, n).isNotNegative();
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (json.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }

  /** Asserts a problem's place and message. */
  static void assertProblem(
      FormatProblem problem, String json, String marker, String path, String message) {
    assertProblem(problem, json, marker, 0, path, message);
  }

  /** Asserts a problem's place (the {@code n}th occurrence of a marker) and message. */
  static void assertProblem(
      FormatProblem problem, String json, String marker, int n, String path, String message) {
    int[] position = position(json, marker, n);
    assertThat(problem.source()).isEqualTo(SOURCE);
    assertThat(new int[] {problem.line(), problem.column()})
        .as("line and column of %s", problem)
        .containsExactly(position);
    assertThat(problem.path()).isEqualTo(path);
    assertThat(problem.message()).isEqualTo(message);
  }
}
