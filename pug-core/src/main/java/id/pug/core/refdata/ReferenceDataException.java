package id.pug.core.refdata;

import id.pug.core.PugException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A reference-data file is malformed: the message names the file, the line and the column (CSV) or
 * key (record format), and says what was expected.
 *
 * <p>Example: {@code regions.csv line 7, column kode: RegionCode must be PP or PP.KK ..., was
 * "6x.01"}.
 */
public final class ReferenceDataException extends PugException {
  private static final long serialVersionUID = 1L;

  /** The file or resource name. */
  private final String file;

  /** The 1-based line, or 0 for the whole file. */
  private final int line;

  /** The column or key, with its kind, or null. */
  private final @Nullable String column;

  /**
   * Creates the exception.
   *
   * @param file the file (resource) name
   * @param line the 1-based line number, or 0 when the problem concerns the whole file
   * @param column the element of the line: {@code "column kode"} or {@code "key title"}, or {@code
   *     null}
   * @param problem what is wrong and what was expected
   * @param cause the underlying failure, or {@code null}
   */
  public ReferenceDataException(
      String file, int line, @Nullable String column, String problem, @Nullable Throwable cause) {
    super(location(file, line, column) + ": " + problem);
    if (cause != null) {
      initCause(cause);
    }
    this.file = file;
    this.line = line;
    this.column = column;
  }

  private static String location(String file, int line, @Nullable String column) {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(" line ").append(line);
    }
    if (column != null) {
      out.append(line > 0 ? ", " : " ").append(column);
    }
    return out.toString();
  }

  /**
   * The file (resource) name.
   *
   * @return for example {@code "id/pug/core/region/regions.csv"}
   */
  public String file() {
    return file;
  }

  /**
   * The 1-based line number, or 0 when the problem concerns the whole file.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The element of the line involved, if any: {@code "column kode"} in a CSV file, {@code "key
   * title"} in a record file.
   *
   * @return the column or key, with its kind
   */
  public Optional<String> element() {
    return Optional.ofNullable(column);
  }
}
