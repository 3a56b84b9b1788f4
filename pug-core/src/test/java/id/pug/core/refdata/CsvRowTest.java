package id.pug.core.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import id.pug.core.region.RegionCode;
import org.junit.jupiter.api.Test;

class CsvRowTest {

  private static CsvRow row(String header, String values) {
    return CsvReader.read(
            TextSource.ofString("rows.csv", header + "\n\n" + values + "\n"),
            ImmutableSet.of("kode"),
            ImmutableSet.of("sumber", "catatan"))
        .get(0);
  }

  @Test
  void list_splitsOnSemicolonsAndDropsBlanks() {
    CsvRow row = row("kode,sumber", "62, S4 ; REF-BUDGET;;");

    assertThat(row.list("sumber")).containsExactly("S4", "REF-BUDGET");
  }

  @Test
  void list_ofABlankOrAbsentColumn_isEmpty() {
    CsvRow row = row("kode,sumber", "62,");

    assertThat(row.list("sumber")).isEmpty();
    assertThat(row.list("catatan")).isEmpty();
  }

  @Test
  void parse_convertsTheValue() {
    assertThat(row("kode", "62.71").parse("kode", RegionCode::parse))
        .isEqualTo(RegionCode.parse("62.71"));
  }

  @Test
  void parse_locatesAParserFailureAtLineAndColumn_keepingTheCause() {
    CsvRow row = row("kode", "6x.71");

    assertThatThrownBy(() -> row.parse("kode", RegionCode::parse))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.element()).contains("column kode");
              assertThat(e.getCause()).isInstanceOf(id.pug.core.InvalidValueException.class);
            })
        .hasMessageStartingWith("rows.csv line 3, column kode: RegionCode")
        .hasMessageContaining("\"6x.71\"");
  }

  @Test
  void parseOptional_locatesIllegalArgumentExceptions() {
    CsvRow row = row("kode,catatan", "62,abc");

    assertThatThrownBy(() -> row.parseOptional("catatan", Integer::parseInt))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("rows.csv line 3, column catatan: ")
        .hasMessageContaining("abc");
  }

  @Test
  void parseOptional_ofABlankValue_isEmpty() {
    assertThat(row("kode,catatan", "62,").parseOptional("catatan", Integer::parseInt)).isEmpty();
  }

  @Test
  void fail_locatesTheProblem() {
    ReferenceDataException e = row("kode", "62").fail("kode", "is wrong");

    assertThat(e).hasMessage("rows.csv line 3, column kode: is wrong");
    assertThat(e.file()).isEqualTo("rows.csv");
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void headerAndValues_areInFileOrder() {
    CsvRow row = row("catatan,kode,sumber", " a note , 62.71 ,\"S4, S5\"");

    assertThat(row.header()).containsExactly("catatan", "kode", "sumber");
    assertThat(row.values()).containsExactly("a note", "62.71", "S4, S5");
  }

  @Test
  void values_keepBlankValues() {
    CsvRow row = row("kode,sumber,catatan", "62,,");

    assertThat(row.values()).containsExactly("62", "", "");
  }
}
