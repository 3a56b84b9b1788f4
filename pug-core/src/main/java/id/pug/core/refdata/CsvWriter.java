package id.pug.core.refdata;

import java.util.List;
import java.util.Objects;

/**
 * Writes CSV lines as RFC 4180 describes them, the counterpart of {@link CsvReader}: a field
 * containing a comma, a quote, a line break or leading/trailing spaces is quoted, with quotes
 * doubled.
 */
public final class CsvWriter {
  private CsvWriter() {}

  /**
   * One CSV line, without a line terminator.
   *
   * @param fields the fields
   * @return the line
   */
  public static String line(List<String> fields) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(Objects.requireNonNull(fields.get(i), "fields")));
    }
    return out.toString();
  }

  /**
   * One CSV field, quoted when needed.
   *
   * @param value the value
   * @return the field as written in a CSV line
   */
  public static String field(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || !value.equals(value.strip());
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
