package id.pug.core.indicator;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.pug.core.PugException;
import id.pug.core.refdata.CsvReader;
import id.pug.core.refdata.CsvRow;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Computes the IKG for every row of a CSV file of components.
 *
 * <p>Input: a header (required, columns in any order) with {@code region, year, mtf, mhpk20, pr_m,
 * pr_f, se_m, se_f, tpak_m, tpak_f}; MTF and MHPK20 as proportions, PR, SE and TPAK in percent;
 * decimals written with a dot. Other columns are carried through. Output: the same rows and columns
 * with an {@code ikg} column added (6 decimals). Every bad value is reported with its line, column
 * and value; a bad row keeps its place in the output with an empty {@code ikg} — no row is dropped.
 *
 * <p>Stateless and thread-safe.
 */
public final class IkgBatch {
  /** The required input columns. */
  public static final ImmutableList<String> COLUMNS =
      ImmutableList.of(
          "region", "year", "mtf", "mhpk20", "pr_m", "pr_f", "se_m", "se_f", "tpak_m", "tpak_f");

  /** The column added to the output. */
  public static final String OUTPUT_COLUMN = "ikg";

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private IkgBatch() {}

  /**
   * Computes the IKG of every row.
   *
   * @param csv the input
   * @param calculator the calculator (constants and zero-seat policy)
   * @return the rows with their IKG or their problems
   * @throws ReferenceDataException if the file itself is malformed: not UTF-8, no header, a
   *     required column missing, an {@code ikg} column already present, a quote never closed, a row
   *     with the wrong number of fields
   */
  public static IkgBatchResult compute(TextSource csv, IkgCalculator calculator) {
    Objects.requireNonNull(calculator, "calculator");
    ImmutableList<CsvRow> rows =
        CsvReader.readKeepingOtherColumns(csv, ImmutableSet.copyOf(COLUMNS));
    List<String> header = CsvReader.header(csv);
    if (header.contains(OUTPUT_COLUMN)) {
      int headerLine = 1;
      while (headerLine <= csv.lines().size() && csv.lines().get(headerLine - 1).isBlank()) {
        headerLine++;
      }
      throw new ReferenceDataException(
          csv.name(),
          headerLine,
          "column " + OUTPUT_COLUMN,
          "is the output column; rename or remove it in the input",
          null);
    }
    ImmutableList.Builder<IkgBatchResult.Row> out = ImmutableList.builder();
    for (CsvRow row : rows) {
      out.add(computeRow(row, calculator));
    }
    return ImmutableIkgBatchResult.builder()
        .file(csv.name())
        .header(ImmutableList.<String>builder().addAll(header).add(OUTPUT_COLUMN).build())
        .rows(out.build())
        .build();
  }

  private static IkgBatchResult.Row computeRow(CsvRow row, IkgCalculator calculator) {
    List<String> problems = new ArrayList<>();
    if (row.optional("region").isEmpty()) {
      problems.add(problem(row, "region", "", "a region name is required"));
    }
    String year = row.optional("year").orElse("");
    if (!year.matches("\\d{4}")) {
      problems.add(problem(row, "year", year, "expected a year of four digits"));
    }
    IkgComponents.Builder components = IkgComponents.builder();
    for (IkgComponent component : IkgComponent.values()) {
      String column = component.column();
      String text = row.optional(column).orElse("");
      if (!DECIMAL.matcher(text).matches()) {
        problems.add(
            problem(
                row,
                column,
                text,
                "expected a decimal number such as "
                    + (component.publishedUnit() == ShareUnit.PERCENT
                        ? "42.25 (percent)"
                        : "0.198 (proportion)")
                    + ", with a dot and no thousands separators"));
        continue;
      }
      try {
        components.set(
            component, Share.of(column, Double.parseDouble(text), component.publishedUnit()));
      } catch (PugException e) {
        problems.add(problem(row, column, text, String.valueOf(e.getMessage())));
      }
    }
    OptionalDouble ikg = OptionalDouble.empty();
    if (problems.isEmpty()) {
      try {
        ikg = OptionalDouble.of(calculator.compute(components.build()).ikg());
      } catch (PugException e) {
        problems.add("line " + row.line() + ": " + e.getMessage());
      }
    }
    return ImmutableRow.builder()
        .line(row.line())
        .values(row.values())
        .ikg(ikg)
        .problems(problems)
        .build();
  }

  private static String problem(CsvRow row, String column, String value, String message) {
    return "line " + row.line() + ", column " + column + ", value \"" + value + "\": " + message;
  }
}
