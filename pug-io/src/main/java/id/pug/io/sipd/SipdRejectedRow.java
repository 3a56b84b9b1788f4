package id.pug.io.sipd;

import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * A row of a SIPD export that could not become a budget line, with its line number and why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class SipdRejectedRow {
  SipdRejectedRow() {}

  /**
   * The file, as named when read.
   *
   * @return the file name
   */
  @Value.Parameter
  public abstract String file();

  /**
   * The line of the row in the file (the header is line 1).
   *
   * @return the line number
   */
  @Value.Parameter
  public abstract int line();

  /**
   * Why the row was rejected: every problem found in it, naming the column and the value.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract String reason();

  static SipdRejectedRow of(String file, int line, String reason) {
    return ImmutableSipdRejectedRow.of(file, line, reason);
  }

  /**
   * The file, line and reason.
   *
   * @return for example {@code "sipd.csv line 4: pagu "12,5" is not whole rupiah"}
   */
  @Override
  public String toString() {
    return file() + " line " + line() + ": " + reason();
  }
}
