package id.pug.io.json;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON value of the plan format.
 *
 * @param <T> the value's type
 */
@FunctionalInterface
interface ValueReader<T> {
  /**
   * Reads the value at the parser's current token, which is never {@code null}. Afterwards the
   * current token is the value's last token (the scalar itself, or its closing bracket or brace).
   *
   * @param in the reading context
   * @return the value, or {@code null} after reporting at least one problem to {@code in}
   * @throws IOException if the parser fails: a syntax error or an input problem, which ends the
   *     reading
   */
  @Nullable T read(JsonIn in) throws IOException;
}
