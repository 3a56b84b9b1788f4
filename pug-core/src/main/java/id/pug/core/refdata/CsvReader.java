package id.pug.core.refdata;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads CSV as RFC 4180 describes it: comma-separated fields, the first line a header, fields that
 * contain commas, quotes or line breaks enclosed in double quotes, a quote inside doubled ({@code
 * ""}).
 *
 * <p>Documented normalisations: spaces around a field are removed, and blank lines are skipped.
 * Everything else is an error naming the file and line: a header missing a required column, a
 * column the caller does not know (a typo is never ignored), a row with too many or too few fields,
 * an unterminated quote.
 */
public final class CsvReader {
  private CsvReader() {}

  /**
   * Reads a CSV file.
   *
   * @param source the text
   * @param requiredColumns columns that must be present in the header
   * @param optionalColumns further columns that may be present
   * @return the rows, in file order
   * @throws ReferenceDataException if the file is malformed
   */
  public static ImmutableList<CsvRow> read(
      TextSource source, Set<String> requiredColumns, Set<String> optionalColumns) {
    return read(source, requiredColumns, optionalColumns, false);
  }

  /**
   * Reads a CSV file whose other columns are carried through, not rejected: for formats that
   * promise to keep the user's extra columns (the IKG batch format, for example). Required columns
   * are still checked.
   *
   * @param source the text
   * @param requiredColumns columns that must be present in the header
   * @return the rows, in file order; {@link CsvRow#header()} gives every column
   * @throws ReferenceDataException if the file is malformed
   */
  public static ImmutableList<CsvRow> readKeepingOtherColumns(
      TextSource source, Set<String> requiredColumns) {
    return read(source, requiredColumns, ImmutableSet.of(), true);
  }

  /**
   * The header of a CSV file, its first non-blank line, without checking columns.
   *
   * @param source the text
   * @return the column names; empty for an empty file
   * @throws ReferenceDataException if the header line is malformed
   */
  public static ImmutableList<String> header(TextSource source) {
    List<Fields> records = split(source);
    return records.isEmpty() ? ImmutableList.of() : ImmutableList.copyOf(records.get(0).values);
  }

  private static ImmutableList<CsvRow> read(
      TextSource source,
      Set<String> requiredColumns,
      Set<String> optionalColumns,
      boolean otherColumnsAllowed) {
    List<Fields> records = split(source);
    if (records.isEmpty()) {
      throw new ReferenceDataException(
          source.name(), 0, null, "is empty; a header line is required", null);
    }
    Fields header = records.get(0);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < header.values.size(); i++) {
      String column = header.values.get(i);
      if (index.put(column, i) != null) {
        throw new ReferenceDataException(
            source.name(), header.line, "column " + column, "appears twice in the header", null);
      }
      if (!otherColumnsAllowed
          && !requiredColumns.contains(column)
          && !optionalColumns.contains(column)) {
        throw new ReferenceDataException(
            source.name(),
            header.line,
            "column " + column,
            "unknown column; expected columns are "
                + ImmutableSet.builder().addAll(requiredColumns).addAll(optionalColumns).build(),
            null);
      }
    }
    Set<String> missing = Sets.difference(requiredColumns, index.keySet());
    if (!missing.isEmpty()) {
      throw new ReferenceDataException(
          source.name(), header.line, null, "header lacks required columns " + missing, null);
    }
    ImmutableMap<String, Integer> columns = ImmutableMap.copyOf(index);
    ImmutableList.Builder<CsvRow> rows = ImmutableList.builder();
    for (Fields record : records.subList(1, records.size())) {
      if (record.values.size() != columns.size()) {
        throw new ReferenceDataException(
            source.name(),
            record.line,
            null,
            "has " + record.values.size() + " fields, the header has " + columns.size(),
            null);
      }
      rows.add(
          new CsvRow(source.name(), record.line, columns, ImmutableList.copyOf(record.values)));
    }
    return rows.build();
  }

  private static final class Fields {
    final int line;
    final List<String> values = new ArrayList<>();

    Fields(int line) {
      this.line = line;
    }
  }

  private static List<Fields> split(TextSource source) {
    List<Fields> records = new ArrayList<>();
    List<String> lines = source.lines();
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).isBlank()) {
        i++;
        continue;
      }
      Fields record = new Fields(i + 1);
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      String line = lines.get(i);
      int pos = 0;
      while (true) {
        if (pos == line.length()) {
          if (quoted) {
            i++;
            if (i == lines.size()) {
              throw new ReferenceDataException(
                  source.name(), record.line, null, "a quoted field is never closed", null);
            }
            field.append('\n');
            line = lines.get(i);
            pos = 0;
            continue;
          }
          record.values.add(finish(field, wasQuoted));
          break;
        }
        char c = line.charAt(pos++);
        if (quoted) {
          if (c == '"') {
            if (pos < line.length() && line.charAt(pos) == '"') {
              field.append('"');
              pos++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == ',') {
          record.values.add(finish(field, wasQuoted));
          field.setLength(0);
          wasQuoted = false;
        } else if (c == '"') {
          if (!field.toString().isBlank() || wasQuoted) {
            throw new ReferenceDataException(
                source.name(),
                i + 1,
                null,
                "a quote may only open a field (column " + (record.values.size() + 1) + ")",
                null);
          }
          field.setLength(0);
          quoted = true;
          wasQuoted = true;
        } else {
          if (wasQuoted && c == ' ') {
            continue; // spaces between a closing quote and the comma are not part of the field
          }
          if (wasQuoted) {
            throw new ReferenceDataException(
                source.name(),
                i + 1,
                null,
                "text after a closing quote (column " + (record.values.size() + 1) + ")",
                null);
          }
          field.append(c);
        }
      }
      records.add(record);
      i++;
    }
    return records;
  }

  private static String finish(StringBuilder field, boolean wasQuoted) {
    return wasQuoted ? field.toString() : field.toString().strip();
  }
}
