package id.pug.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.pug.core.budget.BudgetLine;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.refdata.CsvReader;
import id.pug.core.refdata.CsvRow;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import id.pug.io.hostile.MalformedCsv.CsvRecord;
import id.pug.io.hostile.MalformedCsv.Expectation;
import id.pug.io.hostile.MalformedCsv.Input;
import id.pug.io.hostile.MalformedCsv.Kind;
import id.pug.io.json.PlanJson;
import id.pug.io.sipd.SipdBudgetImport;
import id.pug.io.sipd.SipdImport;
import id.pug.io.sipd.SipdRejectedRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Over 2,000 generated malformed SIPD exports ({@link MalformedCsv}), each of which must end in a
 * complete import — every data row an imported line or a rejected row with its line, nothing
 * silently dropped, and a result that a plan file holds and reads back — or in a {@link
 * ReferenceDataException} naming the file and the line; never another exception, a hang or a
 * partial result.
 */
class MalformedCsvTest {
  /** A multiple of the number of kinds, so that every kind gets the same share. */
  static final int COUNT = 2_400;

  @Test
  void everyMalformedExport_importsCompletely_orFailsNamingFileAndLine() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    List<String> failures = new ArrayList<>();
    int total =
        assertTimeoutPreemptively(
            Duration.ofMinutes(2),
            () -> {
              int[] n = {0};
              MalformedCsv.inputs(MalformedJsonTest.SEED, COUNT)
                  .forEach(
                      input -> {
                        n[0]++;
                        counts.merge(input.kind(), 1, Integer::sum);
                        String failure = check(input);
                        if (failure != null) {
                          failures.add(input + ": " + failure);
                        }
                      });
              return n[0];
            });
    assertThat(failures)
        .as(
            "%s of %s exports broke the importer's contract; the first:%n%s",
            failures.size(),
            total,
            String.join("\n", failures.subList(0, Math.min(20, failures.size()))))
        .isEmpty();
    assertThat(total).isGreaterThanOrEqualTo(2_000);
    assertThat(counts).containsOnlyKeys(Kind.values());
    assertThat(counts.values()).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(100));
  }

  /** Imports one input and checks the importer's contract; null when it holds. */
  static @Nullable String check(Input input) {
    SipdImport result;
    try {
      TextSource source =
          TextSource.of(input.sourceName(), new ByteArrayInputStream(input.bytes()));
      result = SipdBudgetImport.read(source, MalformedCsv.REGION, MalformedCsv.YEAR);
    } catch (ReferenceDataException e) {
      return checkException(input, e);
    } catch (Throwable t) { // any other exception or error breaks the contract
      return "threw " + MalformedJsonTest.describe(t);
    }
    if (input.expectation() == Expectation.FAILS) {
      return "imported, although it must fail";
    }
    String accounting = checkAccounting(input, result);
    if (accounting != null) {
      return accounting;
    }
    if (input.expectation() == Expectation.ROW_REJECTED
        && result.rejected().stream().noneMatch(r -> r.line() == input.line())) {
      return "row " + input.line() + " was not rejected: " + result.rejected();
    }
    if (input.expectation() == Expectation.RESULT_AS_BASE
        && !sameAs(result, input.base().result())) {
      return "imported another result than the base's";
    }
    try {
      RegionalPprgPlan plan = result.toPlan();
      PlanJson json = PlanJson.standard();
      if (!json.read("imported.json", json.write(plan)).equals(plan)) {
        return "the imported plan does not read back equal from its plan file";
      }
    } catch (Throwable t) {
      return "the imported plan cannot be written and read back: " + MalformedJsonTest.describe(t);
    }
    return null;
  }

  private static @Nullable String checkException(Input input, ReferenceDataException e) {
    Expectation expected = input.expectation();
    if (expected != Expectation.FAILS && expected != Expectation.EITHER) {
      return "failed, although it must import: " + e.getMessage();
    }
    String message = String.valueOf(e.getMessage());
    if (!e.file().equals(input.sourceName()) || !message.startsWith(input.sourceName())) {
      return "the exception does not name the file: " + message;
    }
    if (e.line() < 1 && !(e.line() == 0 && message.contains("is empty"))) {
      return "the exception names no line: " + message;
    }
    if (e.line() > 0 && !message.contains(" line " + e.line())) {
      return "the message does not give the line: " + message;
    }
    if (expected == Expectation.FAILS && input.line() > 0 && e.line() != input.line()) {
      return "failed at line " + e.line() + ", not " + input.line() + ": " + message;
    }
    return null;
  }

  /** Every data row is an imported line's (its first or a merged one) or a rejected row. */
  private static @Nullable String checkAccounting(Input input, SipdImport result) {
    String text = new String(input.bytes(), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<CsvRecord> records = MalformedCsv.parse(text);
    List<String> header = records.get(0).fields();
    List<CsvRecord> rows = records.subList(1, records.size());
    Set<Integer> dataLines = rows.stream().map(CsvRecord::line).collect(Collectors.toSet());
    List<Integer> readerLines =
        CsvReader.read(
                TextSource.of(input.sourceName(), new ByteArrayInputStream(input.bytes())),
                Set.of(),
                new HashSet<>(header))
            .stream()
            .map(CsvRow::line)
            .toList();
    if (!new HashSet<>(readerLines).equals(dataLines) || readerLines.size() != rows.size()) {
      return "pug-core's CsvReader saw the rows at "
          + readerLines
          + ", an independent split at "
          + rows.stream().map(CsvRecord::line).toList();
    }
    Set<Integer> rejected = new HashSet<>();
    for (SipdRejectedRow row : result.rejected()) {
      if (!row.file().equals(input.sourceName()) || row.reason().isBlank()) {
        return "a rejected row without its file or reason: " + row;
      }
      if (!dataLines.contains(row.line()) || !rejected.add(row.line())) {
        return "a rejected row at a line that is no data row, or rejected twice: " + row;
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    for (CsvRecord row : rows) {
      if (!rejected.contains(row.line())) {
        keys.add(key(header, row.fields()));
      }
    }
    Set<String> ids =
        result.lines().stream()
            .map(l -> l.id().value())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    if (!ids.equals(keys) || ids.size() != result.lines().size()) {
      return "the rows not rejected have the keys " + keys + ", the imported lines " + ids;
    }
    for (BudgetLine line : result.lines()) {
      if (!result.agencies().containsKey(line.agency())) {
        return "line " + line.id() + " has no agency";
      }
    }
    return null;
  }

  /** A row's line key as the importer makes it: kode_sbl, or kode_skpd/kode_sub_giat. */
  private static String key(List<String> header, List<String> fields) {
    String sbl = value(header, fields, "kode_sbl");
    return !sbl.isBlank()
        ? sbl
        : blankToEmpty(value(header, fields, "kode_skpd"))
            + "/"
            + blankToEmpty(value(header, fields, "kode_sub_giat"));
  }

  private static String value(List<String> header, List<String> fields, String column) {
    int at = header.indexOf(column);
    return at < 0 ? "" : fields.get(at);
  }

  private static String blankToEmpty(String value) {
    return value.isBlank() ? "" : value;
  }

  /** The same lines, agencies and rejected rows (by line and reason), whatever the file's name. */
  private static boolean sameAs(SipdImport result, SipdImport base) {
    return result.lines().equals(base.lines())
        && result.agencies().equals(base.agencies())
        && result.rejected().stream()
            .map(r -> r.line() + ": " + r.reason())
            .toList()
            .equals(base.rejected().stream().map(r -> r.line() + ": " + r.reason()).toList());
  }
}
