package id.pug.core.indicator;

import com.google.common.collect.ImmutableList;
import id.pug.core.PugStyle;
import id.pug.core.refdata.CsvWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The outcome of an {@link IkgBatch}: every input row, in order, with its IKG or its problems.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IkgBatchResult {
  IkgBatchResult() {}

  /** One input row. */
  @Value.Immutable
  @PugStyle
  public abstract static class Row {
    Row() {}

    /**
     * The line the row starts on.
     *
     * @return the 1-based line
     */
    public abstract int line();

    /**
     * The row's input values, in header order.
     *
     * @return the values
     */
    public abstract ImmutableList<String> values();

    /**
     * The IKG, when the row is valid.
     *
     * @return the IKG
     */
    public abstract OptionalDouble ikg();

    /**
     * What is wrong with the row: line, column, value and what was expected.
     *
     * @return the problems; empty for a valid row
     */
    public abstract ImmutableList<String> problems();
  }

  /**
   * The input file's name.
   *
   * @return the name
   */
  public abstract String file();

  /**
   * The output header: the input's columns and {@code ikg}.
   *
   * @return the columns
   */
  public abstract ImmutableList<String> header();

  /**
   * Every input row, in order.
   *
   * @return the rows
   */
  public abstract ImmutableList<Row> rows();

  /**
   * Every problem of every row, in order, each prefixed with the file name.
   *
   * @return the problems; empty when every row is valid
   */
  public ImmutableList<String> problems() {
    return rows().stream()
        .flatMap(r -> r.problems().stream())
        .map(p -> file() + " " + p)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether every row is valid.
   *
   * @return true if there is no problem
   */
  public boolean isComplete() {
    return rows().stream().allMatch(r -> r.problems().isEmpty());
  }

  /**
   * The output as CSV: the header and every row with its IKG to six decimals (empty for a bad row),
   * each line ending with a line feed.
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder(CsvWriter.line(header())).append('\n');
    for (Row row : rows()) {
      List<String> fields = new ArrayList<>(row.values());
      fields.add(
          row.ikg().isPresent() ? String.format(Locale.ROOT, "%.6f", row.ikg().getAsDouble()) : "");
      out.append(CsvWriter.line(fields)).append('\n');
    }
    return out.toString();
  }
}
