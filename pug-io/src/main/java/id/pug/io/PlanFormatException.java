package id.pug.io;

import com.google.common.collect.ImmutableList;
import id.pug.core.PugException;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A file could not be read because it breaks its format: it lists every problem found, each with
 * its file, line, column and path. Readers that throw it never return part of a file.
 *
 * <p>The message gives the number of problems and then each problem on its own line, up to {@value
 * #MAX_LISTED}; the rest are counted ("… and 12 more"). {@link #problems()} always holds them all.
 */
public class PlanFormatException extends PugException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists before it counts the rest. */
  public static final int MAX_LISTED = 50;

  /** Every problem found, in the order found. */
  @SuppressWarnings("serial") // ImmutableList is serializable; FormatProblem is not meant to be
  private final ImmutableList<FormatProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if there is no problem
   */
  public PlanFormatException(Collection<FormatProblem> problems) {
    this(problems, null);
  }

  /**
   * Creates the exception with its underlying failure, such as the {@link java.io.IOException} that
   * stopped the reading.
   *
   * @param problems the problems, at least one
   * @param cause the underlying failure, or {@code null}
   * @throws IllegalArgumentException if there is no problem
   */
  public PlanFormatException(Collection<FormatProblem> problems, @Nullable Throwable cause) {
    super(message(ImmutableList.copyOf(Objects.requireNonNull(problems, "problems"))));
    this.problems = ImmutableList.copyOf(problems);
    if (cause != null) {
      initCause(cause);
    }
  }

  private static String message(ImmutableList<FormatProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a PlanFormatException needs at least one problem");
    }
    StringBuilder out =
        new StringBuilder()
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems")
            .append(':');
    for (int i = 0; i < Math.min(problems.size(), MAX_LISTED); i++) {
      out.append('\n').append(problems.get(i));
    }
    if (problems.size() > MAX_LISTED) {
      out.append("\n… and ").append(problems.size() - MAX_LISTED).append(" more");
    }
    return out.toString();
  }

  /**
   * Every problem found, in the order found.
   *
   * @return the problems, at least one
   */
  public ImmutableList<FormatProblem> problems() {
    return problems;
  }
}
