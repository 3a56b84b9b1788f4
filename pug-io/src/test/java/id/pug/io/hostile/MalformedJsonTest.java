package id.pug.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.io.FormatProblem;
import id.pug.io.PlanFormatException;
import id.pug.io.hostile.MalformedJson.Expectation;
import id.pug.io.hostile.MalformedJson.Input;
import id.pug.io.hostile.MalformedJson.Kind;
import id.pug.io.json.PlanJson;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Over 10,000 generated malformed plan documents ({@link MalformedJson}), each of which must end in
 * a complete plan that writes back and re-reads equal, or in a {@link PlanFormatException} whose
 * every problem names the file, a line, a column, a JSON path and what was wrong — never another
 * exception, an error, a hang or a partial plan. Where a mutation aimed at one value, some problem
 * must lie at that value's path (and, for a wrong type or an unknown constant, at its line and
 * column); where the kind says what went wrong (a duplicate key, a limit, invalid UTF-8), some
 * problem must say so.
 *
 * <p>{@code -Dpug.hostile.seed=N} runs another batch; a failure names the kind, seed and index, and
 * {@link MalformedJson#input(long, int)} rebuilds that input.
 */
class MalformedJsonTest {
  static final long SEED = Long.getLong("pug.hostile.seed", 20_260_211L);

  /** A multiple of the number of kinds, so that every kind gets the same share. */
  static final int COUNT = 10_008;

  private static final PlanJson JSON = PlanJson.standard();
  private static final PlanJson LENIENT = JSON.withUnknownFieldsAllowed(true);

  @Test
  void everyMalformedDocument_readsCompletely_orFailsWithLocatedProblems() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    Map<Kind, Integer> read = new EnumMap<>(Kind.class);
    List<String> failures = new ArrayList<>();
    int total =
        assertTimeoutPreemptively(
            Duration.ofMinutes(2),
            () -> {
              int[] n = {0};
              MalformedJson.inputs(SEED, COUNT)
                  .forEach(
                      input -> {
                        n[0]++;
                        counts.merge(input.kind(), 1, Integer::sum);
                        Outcome outcome = check(input);
                        if (outcome.failure != null) {
                          failures.add(input + ": " + outcome.failure);
                        } else if (outcome.read) {
                          read.merge(input.kind(), 1, Integer::sum);
                        }
                      });
              return n[0];
            });
    assertThat(failures)
        .as(
            "%s of %s inputs broke the reader's contract; the first:%n%s",
            failures.size(),
            total,
            String.join("\n", failures.subList(0, Math.min(20, failures.size()))))
        .isEmpty();
    assertThat(total).isGreaterThanOrEqualTo(10_000);
    assertThat(counts).containsOnlyKeys(Kind.values());
    assertThat(counts.values()).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(100));
    // The kinds that must read did, and those that must fail did not.
    assertThat(read.getOrDefault(Kind.WHITESPACE_ONLY, 0))
        .isEqualTo(counts.get(Kind.WHITESPACE_ONLY));
    assertThat(read).doesNotContainKeys(Kind.WRONG_TYPE, Kind.DUPLICATE_KEY, Kind.DEEP_NESTING);
  }

  /** What reading one input gave: a failure of the contract, or null; whether it read. */
  record Outcome(@Nullable String failure, boolean read) {
    static Outcome ok(boolean read) {
      return new Outcome(null, read);
    }

    static Outcome fail(String failure) {
      return new Outcome(failure, false);
    }
  }

  /** Reads one input and checks the reader's contract. */
  static Outcome check(Input input) {
    Object result;
    try {
      result = read(JSON, input);
    } catch (PlanFormatException e) {
      String failure = checkProblems(input, e);
      if (failure == null && input.kind() == Kind.UNKNOWN_FIELD) {
        failure = checkLenient(input);
      }
      return failure == null ? Outcome.ok(false) : Outcome.fail(failure);
    } catch (Throwable t) { // any other exception or error breaks the contract
      return Outcome.fail("threw " + describe(t));
    }
    if (input.expectation() == Expectation.FAILS) {
      return Outcome.fail("read, although it must fail");
    }
    if (input.expectation() == Expectation.READS_AS_BASE && !result.equals(input.base().value())) {
      return Outcome.fail("read another plan than the base's");
    }
    try {
      String written = write(input, result);
      Object again = readText(JSON, input, written);
      if (!again.equals(result)) {
        return Outcome.fail("wrote back and re-read another plan");
      }
    } catch (Throwable t) {
      return Outcome.fail("read, but writing back and re-reading threw " + describe(t));
    }
    return Outcome.ok(true);
  }

  /** With unknown fields allowed, a document with one unknown field added reads as its base. */
  private static @Nullable String checkLenient(Input input) {
    try {
      Object lenient = read(LENIENT, input);
      return lenient.equals(input.base().value())
          ? null
          : "with unknown fields allowed, read another plan than the base's";
    } catch (Throwable t) {
      return "with unknown fields allowed, threw " + describe(t);
    }
  }

  private static @Nullable String checkProblems(Input input, PlanFormatException e) {
    if (input.expectation() == Expectation.READS
        || input.expectation() == Expectation.READS_AS_BASE) {
      return "failed, although it must read: " + e.getMessage();
    }
    List<FormatProblem> problems = e.problems();
    if (problems.isEmpty()) {
      return "a PlanFormatException without a problem";
    }
    for (FormatProblem p : problems) {
      if (!p.source().equals(input.sourceName())) {
        return "a problem names the source " + p.source();
      }
      if (p.line() < 1 || p.column() < 1) {
        return "a problem without line and column: " + p;
      }
      if (!p.path().startsWith("$")) {
        return "a problem without a JSON path: " + p;
      }
      if (p.message().isBlank()) {
        return "a problem without a message: " + p;
      }
      if (p.message().startsWith("the reader failed unexpectedly")) {
        return "a defect of the reader, reported as a problem: " + p;
      }
    }
    if (!input.anyMessage().isEmpty()
        && problems.stream()
            .noneMatch(p -> input.anyMessage().stream().anyMatch(m -> p.message().contains(m)))) {
      return "no problem says any of " + input.anyMessage() + ": " + e.getMessage();
    }
    Optional<String> where = input.where();
    // A number pug-core rejects is reported where its builder says: a sibling or an enclosing list
    boolean builder = input.kind() == Kind.ODD_NUMBER;
    String near = where.isPresent() && builder ? parent(where.get()) : where.orElse("");
    if (where.isPresent()
        && problems.stream()
            .noneMatch(
                p ->
                    within(p.path(), near)
                        || (builder && !p.path().equals("$") && within(where.get(), p.path())))) {
      return "no problem lies at " + where.get() + ": " + e.getMessage();
    }
    Optional<int[]> position = input.position();
    if (AT_THE_VALUE.contains(input.kind())
        && position.isPresent()
        && problems.stream()
            .noneMatch(p -> p.line() == position.get()[0] && p.column() == position.get()[1])) {
      return "no problem lies at line "
          + position.get()[0]
          + ", column "
          + position.get()[1]
          + ": "
          + e.getMessage();
    }
    String message = String.valueOf(e.getMessage());
    if (!message.startsWith(
        problems.size() + (problems.size() == 1 ? " problem:" : " problems:"))) {
      return "the exception's message does not count its problems: " + message;
    }
    return null;
  }

  /** The kinds whose problem lies exactly at the replaced value's first character. */
  private static final Set<Kind> AT_THE_VALUE =
      EnumSet.of(Kind.WRONG_TYPE, Kind.UNKNOWN_ENUM_CONSTANT);

  /** Whether a problem's path is the mutated element's or lies inside it. */
  private static boolean within(String path, String where) {
    return path.equals(where) || path.startsWith(where + ".") || path.startsWith(where + "[");
  }

  /** The path of the object or array holding a value: {@code $.a[1].b} → {@code $.a[1]}. */
  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut > 0 ? path.substring(0, cut) : "$";
  }

  static Object read(PlanJson json, Input input) {
    Optional<PlanJson.Part<?>> part = input.base().part();
    Optional<String> text = input.text();
    if (part.isPresent()) {
      return json.readPart(part.get(), input.sourceName(), text.orElseThrow());
    }
    if (text.isPresent()) {
      return json.read(input.sourceName(), text.get());
    }
    return json.read(input.sourceName(), new ByteArrayInputStream(input.bytes().orElseThrow()));
  }

  private static Object readText(PlanJson json, Input input, String text) {
    Optional<PlanJson.Part<?>> part = input.base().part();
    return part.isPresent()
        ? json.readPart(part.get(), "written.json", text)
        : json.read("written.json", text);
  }

  private static String write(Input input, Object value) {
    Optional<PlanJson.Part<?>> part = input.base().part();
    return part.isPresent() ? writePart(part.get(), value) : JSON.write((RegionalPprgPlan) value);
  }

  private static <T> String writePart(PlanJson.Part<T> part, Object value) {
    return JSON.writePart(part, part.type().cast(value));
  }

  static String describe(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    String message = String.valueOf(t.getMessage());
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    return t.getClass().getName() + ": " + message + (trace.length > 0 ? " at " + trace[0] : "");
  }
}
