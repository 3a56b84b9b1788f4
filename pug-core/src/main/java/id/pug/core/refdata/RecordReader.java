package id.pug.core.refdata;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pug's record format (see {@code docs/reference-data.md}): a file of {@code [id]} headers,
 * each followed by {@code key = value} lines; {@code #} starts a comment line; blank lines are
 * ignored.
 *
 * <p>The reader checks the shape (ids, duplicate ids, {@code key = value} syntax, known keys, keys
 * repeated only where allowed); the catalogue that reads the records checks the values.
 */
public final class RecordReader {
  private static final Pattern HEADER = Pattern.compile("\\[([a-z0-9]+(?:-[a-z0-9]+)*)]");
  private static final Pattern ENTRY = Pattern.compile("([a-z][a-z_]*)\\s*=(.*)");

  private RecordReader() {}

  /**
   * Reads a record file.
   *
   * @param source the text
   * @param keys every key a record may have
   * @param repeatableKeys the keys that may appear more than once in a record
   * @return the records, in file order
   * @throws ReferenceDataException if the file is malformed
   */
  public static ImmutableList<Record> read(
      TextSource source, Set<String> keys, Set<String> repeatableKeys) {
    ImmutableList.Builder<Record> records = ImmutableList.builder();
    Set<String> ids = new HashSet<>();
    List<String> lines = source.lines();
    String id = null;
    int headerLine = 0;
    ImmutableListMultimap.Builder<String, Record.Value> values = ImmutableListMultimap.builder();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNumber = i + 1;
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        Matcher header = HEADER.matcher(line);
        if (!header.matches()) {
          throw new ReferenceDataException(
              source.name(),
              lineNumber,
              null,
              "a record header must be [id] with an id of lowercase letters, digits and '-', was \""
                  + line
                  + "\"",
              null);
        }
        if (id != null) {
          records.add(new Record(source.name(), id, headerLine, values.build()));
        }
        id = header.group(1);
        if (!ids.add(id)) {
          throw new ReferenceDataException(
              source.name(), lineNumber, null, "record id [" + id + "] appears twice", null);
        }
        headerLine = lineNumber;
        values = ImmutableListMultimap.builder();
        seen.clear();
        continue;
      }
      Matcher entry = ENTRY.matcher(line);
      if (!entry.matches()) {
        throw new ReferenceDataException(
            source.name(),
            lineNumber,
            null,
            "expected \"key = value\", a [record-id] header, a # comment or a blank line, was \""
                + line
                + "\"",
            null);
      }
      String key = entry.group(1);
      String value = entry.group(2).strip();
      if (id == null) {
        throw new ReferenceDataException(
            source.name(),
            lineNumber,
            "key " + key,
            "appears before the first [record-id] header",
            null);
      }
      if (!keys.contains(key)) {
        throw new ReferenceDataException(
            source.name(),
            lineNumber,
            "key " + key,
            "unknown key; known keys are " + ImmutableSet.copyOf(keys),
            null);
      }
      if (!seen.add(key) && !repeatableKeys.contains(key)) {
        throw new ReferenceDataException(
            source.name(), lineNumber, "key " + key, "may appear only once in a record", null);
      }
      if (value.isEmpty()) {
        throw new ReferenceDataException(
            source.name(), lineNumber, "key " + key, "has no value; omit the line instead", null);
      }
      values.put(key, new Record.Value(value, lineNumber));
    }
    if (id != null) {
      records.add(new Record(source.name(), id, headerLine, values.build()));
    }
    return records.build();
  }
}
