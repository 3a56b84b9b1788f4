package id.pug.io;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * One problem found while reading a file in one of pug's formats (a plan in JSON, a SIPD export in
 * CSV): the file, where in it, and what was expected and found.
 *
 * <p>Example, as {@link #toString()} shows it: {@code plan.json line 12, column 17, at
 * $.budgetLines[3].amount: expected a whole number of rupiah >= 0, was "12,5"}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class FormatProblem {
  FormatProblem() {}

  /**
   * A problem.
   *
   * @param source the file name as the caller gave it
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path where in the document's structure, such as {@code $.budgetLines[3].amount}; empty
   *     when unknown
   * @param message what was expected and what was found
   * @return the problem
   * @throws InvalidValueException if the source or message is blank, or a position is negative
   */
  public static FormatProblem of(String source, int line, int column, String path, String message) {
    return ImmutableFormatProblem.of(source, line, column, path, message);
  }

  /**
   * The file, by the name the caller gave when reading it.
   *
   * @return for example {@code "plan.json"}
   */
  @Value.Parameter
  public abstract String source();

  /**
   * The line of the problem.
   *
   * @return the 1-based line, or 0 when unknown
   */
  @Value.Parameter
  public abstract int line();

  /**
   * The column of the problem within its line, counted in characters (UTF-16 code units).
   *
   * @return the 1-based column, or 0 when unknown
   */
  @Value.Parameter
  public abstract int column();

  /**
   * Where in the document's structure the problem lies. For JSON, a JSON path with 0-based indexes
   * and map keys in brackets: {@code $.budgetLines[3].amount}, {@code $.agencies['dp3appkb'].name};
   * {@code $} is the whole document.
   *
   * @return the path, or an empty text when unknown
   */
  @Value.Parameter
  public abstract String path();

  /**
   * What was expected and what was found.
   *
   * @return for example {@code expected a whole number of rupiah >= 0, was "12,5"}
   */
  @Value.Parameter
  public abstract String message();

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(FormatProblem.class, "source", source());
    InvalidValueException.checkNotBlank(FormatProblem.class, "message", message());
    InvalidValueException.check(line() >= 0, FormatProblem.class, "line", line(), "be >= 0");
    InvalidValueException.check(column() >= 0, FormatProblem.class, "column", column(), "be >= 0");
  }

  /**
   * The problem as one line: the file, line and column when known, the path when known, and the
   * message.
   *
   * @return for example {@code plan.json line 12, column 17, at $.budgetLines[3].amount: expected a
   *     whole number of rupiah >= 0, was "12,5"}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(source());
    if (line() > 0) {
      out.append(" line ").append(line());
      if (column() > 0) {
        out.append(", column ").append(column());
      }
      if (!path().isEmpty()) {
        out.append(',');
      }
    }
    if (!path().isEmpty()) {
      out.append(" at ").append(path());
    }
    return out.append(": ").append(message()).toString();
  }
}
