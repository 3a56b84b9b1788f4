package id.pug.core.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static final Set<String> REQUIRED = ImmutableSet.of("id", "name");
  private static final Set<String> OPTIONAL = ImmutableSet.of("note");

  private static ImmutableList<CsvRow> read(String text) {
    return CsvReader.read(TextSource.ofString("test.csv", text), REQUIRED, OPTIONAL);
  }

  private static void assertFails(String text, int line, String... phrases) {
    assertThatThrownBy(() -> read(text))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e -> {
              assertThat(e.file()).isEqualTo("test.csv");
              assertThat(e.line()).isEqualTo(line);
            })
        .hasMessageStartingWith("test.csv line " + line)
        .hasMessageContainingAll(phrases);
  }

  @Test
  void read_readsRowsByColumnName() {
    ImmutableList<CsvRow> rows = read("id,name,note\nS1,first,a note\nS2,second,\n");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("id")).isEqualTo("S1");
    assertThat(rows.get(0).get("name")).isEqualTo("first");
    assertThat(rows.get(0).optional("note")).contains("a note");
    assertThat(rows.get(1).optional("note")).isEmpty();
    assertThat(rows).extracting(CsvRow::line).containsExactly(2, 3);
    assertThat(rows).extracting(CsvRow::file).containsOnly("test.csv");
  }

  @Test
  void read_allowsColumnsInAnyOrderAndOptionalColumnsToBeAbsent() {
    ImmutableList<CsvRow> rows = read("name,id\nfirst,S1\n");

    assertThat(rows.get(0).get("id")).isEqualTo("S1");
    assertThat(rows.get(0).optional("note")).isEmpty();
  }

  @Test
  void read_headerOnly_hasNoRows() {
    assertThat(read("id,name\n")).isEmpty();
  }

  @Test
  void read_stripsSpacesAroundUnquotedFields() {
    CsvRow row = read("id , name\n  S1 ,  first value  \n").get(0);

    assertThat(row.get("id")).isEqualTo("S1");
    assertThat(row.get("name")).isEqualTo("first value");
  }

  @Test
  void read_quotedFieldWithCommaNewlineAndDoubledQuote_isReadWhole() {
    ImmutableList<CsvRow> rows =
        read(
            "id,name,note\nS1,\"Kab. Sambas, \"\"KAB. SAMBAS\"\"\",\"line one\nline two\"\nS2,x,y\n");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("name")).isEqualTo("Kab. Sambas, \"KAB. SAMBAS\"");
    assertThat(rows.get(0).get("note")).isEqualTo("line one\nline two");
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(1).line()).isEqualTo(4);
  }

  @Test
  void read_quotedField_keepsItsSpaces() {
    assertThat(read("id,name\nS1,\"  two  spaces  \"\n").get(0).get("name"))
        .isEqualTo("  two  spaces  ");
  }

  @Test
  void read_emptyQuotedField_isEmpty() {
    assertThat(read("id,name,note\nS1,x,\"\"\n").get(0).optional("note")).isEmpty();
  }

  @Test
  void read_quotedFieldSpanningABlankLine_keepsTheBlankLine() {
    CsvRow row = read("id,name,note\nS1,x,\"a\n\nb\"\nS2,y,z\n").get(0);

    assertThat(row.get("note")).isEqualTo("a\n\nb");
  }

  @Test
  void read_skipsBlankLines_andKeepsTrueLineNumbers() {
    ImmutableList<CsvRow> rows = read("\n\nid,name\n\nS1,first\n   \nS2,second\n\n");

    assertThat(rows).extracting(r -> r.get("id")).containsExactly("S1", "S2");
    assertThat(rows).extracting(CsvRow::line).containsExactly(5, 7);
  }

  @Test
  void read_skipsAByteOrderMark() {
    ImmutableList<CsvRow> rows = read("\uFEFFid,name\nS1,first\n");

    assertThat(rows.get(0).get("id")).isEqualTo("S1");
  }

  @Test
  void read_skipsAByteOrderMarkInUtf8Bytes() {
    byte[] bytes = "\uFEFFid,name\r\nS1,Palangka Raya\r\n".getBytes(StandardCharsets.UTF_8);
    TextSource source = TextSource.of("bom.csv", new ByteArrayInputStream(bytes));

    CsvRow row = CsvReader.read(source, REQUIRED, OPTIONAL).get(0);

    assertThat(row.get("id")).isEqualTo("S1");
    assertThat(row.get("name")).isEqualTo("Palangka Raya");
  }

  @Test
  void read_rejectsAnUnknownColumn() {
    assertFails("id,name,nmae\nS1,x,y\n", 1, "column nmae", "unknown column");
  }

  @Test
  void read_rejectsAMissingRequiredColumn() {
    assertFails("\nid,note\nS1,x\n", 2, "name", "required");
  }

  @Test
  void read_rejectsADuplicateHeaderColumn() {
    assertFails("id,name,id\nS1,x,S2\n", 1, "column id", "twice");
  }

  @Test
  void read_rejectsTooManyFields() {
    assertFails("id,name\nS1,x\nS2,y,z\n", 3, "3 fields", "2");
  }

  @Test
  void read_rejectsTooFewFields() {
    assertFails("id,name,note\nS1,x,y\n\nS2,y\n", 4, "2 fields", "3");
  }

  @Test
  void read_rejectsAnUnterminatedQuote_atTheLineWhereItOpens() {
    assertFails("id,name\nS1,x\nS2,\"never closed\nS3,y\n", 3, "quoted field is never closed");
  }

  @Test
  void read_rejectsAQuoteInTheMiddleOfAField() {
    assertFails("id,name\nS1,x\nS2,ab\"c\"\n", 3, "quote", "column 2");
  }

  @Test
  void read_rejectsTextAfterAClosingQuote() {
    assertFails("id,name\nS1,\"ab\"c\n", 2, "after a closing quote", "column 2");
  }

  @Test
  void read_rejectsTextAfterAClosingQuote_onTheLineWhereItIs() {
    assertFails("id,name\nS1,\"two\nlines\"x\n", 3, "after a closing quote");
  }

  @Test
  void read_rejectsAnEmptyFile() {
    assertThatThrownBy(() -> read("\n\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("test.csv")
        .hasMessageContaining("empty");
  }

  @Test
  void read_reportsRowErrorsAtTheRowsLine() {
    CsvRow row = read("id,name\n\nS1,\n").get(0);

    assertThatThrownBy(() -> row.get("name"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("test.csv line 3, column name: a value is required");
  }

  @Test
  void read_stripsSpacesAfterAClosingQuote() {
    CsvRow row = read("id,name,note\nS1,\"Kota Palangkaraya\"  ,  \"x\"\n").get(0);

    assertThat(row.get("name")).isEqualTo("Kota Palangkaraya");
    assertThat(row.get("note")).isEqualTo("x");
  }

  // --- readKeepingOtherColumns and header -------------------------------------------------------

  @Test
  void readKeepingOtherColumns_carriesUnknownColumnsThrough() {
    ImmutableList<CsvRow> rows =
        CsvReader.readKeepingOtherColumns(
            TextSource.ofString("test.csv", "extra,id,name,more\na,S1,first,\"b, c\"\n"), REQUIRED);

    assertThat(rows.get(0).header()).containsExactly("extra", "id", "name", "more");
    assertThat(rows.get(0).values()).containsExactly("a", "S1", "first", "b, c");
    assertThat(rows.get(0).get("more")).isEqualTo("b, c");
  }

  @Test
  void readKeepingOtherColumns_stillRequiresTheRequiredColumns() {
    assertThatThrownBy(
            () ->
                CsvReader.readKeepingOtherColumns(
                    TextSource.ofString("test.csv", "extra,id\na,S1\n"), REQUIRED))
        .isInstanceOfSatisfying(
            ReferenceDataException.class, e -> assertThat(e.line()).isEqualTo(1))
        .hasMessageContaining("name");
  }

  @Test
  void readKeepingOtherColumns_stillRejectsADuplicateColumn() {
    assertThatThrownBy(
            () ->
                CsvReader.readKeepingOtherColumns(
                    TextSource.ofString("test.csv", "id,name,x,x\nS1,a,1,2\n"), REQUIRED))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("column x");
  }

  @Test
  void header_isTheFirstNonBlankLine_withoutChecks() {
    assertThat(CsvReader.header(TextSource.ofString("t.csv", "\n\nz, \"y,1\" ,x\n1,2,3\n")))
        .containsExactly("z", "y,1", "x");
    assertThat(CsvReader.header(TextSource.ofString("t.csv", ""))).isEmpty();
    assertThat(CsvReader.header(TextSource.ofString("t.csv", "a,a\n"))).containsExactly("a", "a");
  }

  @Test
  void header_rejectsAMalformedHeader() {
    assertThatThrownBy(() -> CsvReader.header(TextSource.ofString("t.csv", "a,\"b\n")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("never closed");
  }
}
