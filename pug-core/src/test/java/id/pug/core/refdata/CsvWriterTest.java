package id.pug.core.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

  @Test
  void field_plainTextIsWrittenAsIs() {
    assertThat(CsvWriter.field("Kota Pontianak")).isEqualTo("Kota Pontianak");
    assertThat(CsvWriter.field("0.508488")).isEqualTo("0.508488");
    assertThat(CsvWriter.field("")).isEqualTo("");
  }

  @Test
  void field_quotesCommasQuotesLineBreaksAndOuterSpaces() {
    assertThat(CsvWriter.field("Kab. Sambas, Kalbar")).isEqualTo("\"Kab. Sambas, Kalbar\"");
    assertThat(CsvWriter.field("says \"hi\"")).isEqualTo("\"says \"\"hi\"\"\"");
    assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvWriter.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    assertThat(CsvWriter.field(" padded ")).isEqualTo("\" padded \"");
    assertThat(CsvWriter.field("\t")).isEqualTo("\"\t\"");
  }

  @Test
  void line_joinsFieldsWithCommas() {
    assertThat(CsvWriter.line(List.of("a", "b, c", ""))).isEqualTo("a,\"b, c\",");
    assertThat(CsvWriter.line(List.of())).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "plain",
        "Kab. Sambas, Kalbar",
        "says \"hi\"",
        "\"",
        "\"\"",
        ",",
        "two\nlines",
        "blank\n\nline",
        "\nleading newline",
        "trailing newline\n",
        "  two  spaces  ",
        " ",
        "",
        "a,\"b\"\n c ",
        "Ketimpangan gender – 0,493"
      })
  void line_roundTripsThroughTheReader(String value) {
    List<String> fields = List.of("id", value, "last");

    String text = "a,b,c\n" + CsvWriter.line(fields) + "\n";
    CsvRow row =
        CsvReader.readKeepingOtherColumns(TextSource.ofString("t.csv", text), ImmutableSet.of())
            .get(0);

    assertThat(row.values()).containsExactlyElementsOf(fields);
  }

  @Test
  void line_manyFieldsRoundTrip() {
    List<String> fields =
        IntStream.range(0, 50)
            .mapToObj(i -> i % 3 == 0 ? "v" + i + ", \"q\"" : i % 3 == 1 ? " s" + i : "n\n" + i)
            .collect(Collectors.toCollection(ArrayList::new));
    String header = IntStream.range(0, 50).mapToObj(i -> "c" + i).collect(Collectors.joining(","));

    CsvRow row =
        CsvReader.readKeepingOtherColumns(
                TextSource.ofString("t.csv", header + "\n" + CsvWriter.line(fields) + "\n"),
                ImmutableSet.of())
            .get(0);

    assertThat(row.values()).containsExactlyElementsOf(fields);
  }
}
