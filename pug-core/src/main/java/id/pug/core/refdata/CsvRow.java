package id.pug.core.refdata;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.PugException;
import java.time.DateTimeException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One data row of a CSV file, with its file name and line number so that every problem can be
 * located.
 *
 * <p>Values are addressed by column name. Required values must not be blank; optional values are
 * empty when blank.
 */
public final class CsvRow {
  private static final Splitter LIST_SPLITTER = Splitter.on(';').trimResults().omitEmptyStrings();

  private final String file;
  private final int line;
  private final ImmutableMap<String, Integer> columns;
  private final ImmutableList<String> values;

  CsvRow(
      String file, int line, ImmutableMap<String, Integer> columns, ImmutableList<String> values) {
    this.file = file;
    this.line = line;
    this.columns = columns;
    this.values = values;
  }

  /**
   * The file this row comes from.
   *
   * @return the file or resource name
   */
  public String file() {
    return file;
  }

  /**
   * The 1-based line on which this row starts.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }

  /**
   * The file's header: every column, in file order.
   *
   * @return the column names
   */
  public ImmutableList<String> header() {
    return columns.keySet().asList();
  }

  /**
   * The row's values in header order, as read (spaces around unquoted fields removed).
   *
   * @return the values
   */
  public ImmutableList<String> values() {
    return values;
  }

  /**
   * A required value.
   *
   * @param column the column name
   * @return the value, never blank
   * @throws ReferenceDataException if the value is blank or the column absent
   */
  public String get(String column) {
    Objects.requireNonNull(column, "column");
    return optional(column).orElseThrow(() -> fail(column, "a value is required"));
  }

  /**
   * An optional value.
   *
   * @param column the column name
   * @return the value, or empty when blank or when the column is absent from the file
   */
  public Optional<String> optional(String column) {
    Objects.requireNonNull(column, "column");
    Integer index = columns.get(column);
    if (index == null) {
      return Optional.empty();
    }
    String value = values.get(index);
    return value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /**
   * A list value: items separated by {@code ;}, each trimmed, blanks dropped.
   *
   * @param column the column name
   * @return the items, possibly empty
   */
  public ImmutableList<String> list(String column) {
    Objects.requireNonNull(column, "column");
    return optional(column)
        .map(v -> ImmutableList.copyOf(LIST_SPLITTER.split(v)))
        .orElse(ImmutableList.of());
  }

  /**
   * A required value converted by {@code parser}; a {@link PugException} or {@link
   * IllegalArgumentException} from the parser becomes a {@link ReferenceDataException} located at
   * this row and column.
   *
   * @param column the column name
   * @param parser converts the text
   * @param <T> the result type
   * @return the converted value
   */
  public <T> T parse(String column, Function<String, T> parser) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(parser, "parser");
    return convert(column, get(column), parser);
  }

  /**
   * An optional value converted by {@code parser}, located as for {@link #parse}.
   *
   * @param column the column name
   * @param parser converts the text
   * @param <T> the result type
   * @return the converted value, or empty when blank
   */
  public <T> Optional<T> parseOptional(String column, Function<String, T> parser) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(parser, "parser");
    return optional(column).map(v -> convert(column, v, parser));
  }

  /**
   * Converts {@code value}, locating any failure at this row and {@code column}.
   *
   * @param column the column the value came from
   * @param value the text
   * @param parser converts the text
   * @param <T> the result type
   * @return the converted value
   */
  public <T> T convert(String column, String value, Function<String, T> parser) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(parser, "parser");
    try {
      return parser.apply(value);
    } catch (ReferenceDataException e) {
      throw e;
    } catch (PugException | IllegalArgumentException | DateTimeException e) {
      throw new ReferenceDataException(
          file, line, "column " + column, String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Creates an exception located at this row and {@code column}.
   *
   * @param column the column name
   * @param problem what is wrong
   * @return the exception, to be thrown by the caller
   */
  public ReferenceDataException fail(String column, String problem) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(problem, "problem");
    return new ReferenceDataException(file, line, "column " + column, problem, null);
  }
}
