package id.pug.core.indicator;

import static id.pug.core.testing.Samples.IKG_BATCH_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.google.common.collect.ImmutableList;
import id.pug.core.refdata.CsvReader;
import id.pug.core.refdata.CsvRow;
import id.pug.core.refdata.CsvWriter;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import id.pug.core.testing.IkgComponentsGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IkgBatchTest {

  private static final IkgCalculator STANDARD = IkgCalculator.standard();

  private static final String JABAR_2018 =
      "JAWA BARAT,2018,0.198,0.279,78.00,22.00,36.55,28.63,82.96,42.25";
  private static final String JABAR_2020 =
      "JAWA BARAT,2020,0.155,0.295,79.17,20.83,40.59,32.48,81.90,46.79";
  private static final String BOGOR_2020 =
      "Bogor (kab),2020,0.255,0.318,90.91,9.09,36.95,28.56,80.75,43.62";

  private static IkgBatchResult compute(String text) {
    return IkgBatch.compute(TextSource.ofString("ikg.csv", text), STANDARD);
  }

  private static double expected(
      double mtf,
      double mhpk20,
      double prM,
      double prF,
      double seM,
      double seF,
      double tpakM,
      double tpakF) {
    return STANDARD
        .compute(IkgComponents.ofPublished(mtf, mhpk20, prM, prF, seM, seF, tpakM, tpakF))
        .ikg();
  }

  // --- valid rows -----------------------------------------------------------------------------

  @Test
  void compute_everyValidRow() {
    IkgBatchResult result =
        compute(
            IKG_BATCH_HEADER + "\n" + JABAR_2018 + "\n" + JABAR_2020 + "\n" + BOGOR_2020 + "\n");

    assertThat(result.isComplete()).isTrue();
    assertThat(result.problems()).isEmpty();
    assertThat(result.file()).isEqualTo("ikg.csv");
    assertThat(result.header())
        .containsExactlyElementsOf(
            ImmutableList.<String>builder().addAll(IkgBatch.COLUMNS).add("ikg").build());
    assertThat(result.rows()).extracting(IkgBatchResult.Row::line).containsExactly(2, 3, 4);
    assertThat(result.rows().get(0).ikg())
        .hasValue(expected(0.198, 0.279, 78.00, 22.00, 36.55, 28.63, 82.96, 42.25));
    assertThat(result.rows().get(2).ikg())
        .hasValue(expected(0.255, 0.318, 90.91, 9.09, 36.95, 28.56, 80.75, 43.62));
    assertThat(result.rows().get(0).values()).containsExactly(JABAR_2018.split(","));
  }

  @Test
  void toCsv_addsTheIkgWithSixDecimals() {
    IkgBatchResult result =
        compute(
            IKG_BATCH_HEADER + "\n" + JABAR_2018 + "\n" + JABAR_2020 + "\n" + BOGOR_2020 + "\n");

    assertThat(result.toCsv())
        .isEqualTo(
            IKG_BATCH_HEADER
                + ",ikg\n"
                + JABAR_2018
                + ",0.508488\n"
                + JABAR_2020
                + ",0.488591\n"
                + BOGOR_2020
                + ",0.574993\n");
  }

  @Test
  void toCsv_writesADotWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      String csv = compute(IKG_BATCH_HEADER + "\n" + JABAR_2018 + "\n").toCsv();

      assertThat(String.format("%.6f", 0.5)).as("the locale is in effect").isEqualTo("0,500000");
      assertThat(csv).endsWith(JABAR_2018 + ",0.508488\n").doesNotContain("0,508488");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void compute_readsColumnsInAnyOrder() {
    IkgBatchResult result =
        compute(
            "tpak_f,tpak_m,se_f,se_m,pr_f,pr_m,mhpk20,mtf,year,region\n"
                + "42.25,82.96,28.63,36.55,22.00,78.00,0.279,0.198,2018,JAWA BARAT\n");

    assertThat(result.rows().get(0).ikg())
        .hasValue(expected(0.198, 0.279, 78.00, 22.00, 36.55, 28.63, 82.96, 42.25));
    assertThat(result.toCsv()).endsWith(",0.279,0.198,2018,JAWA BARAT,0.508488\n");
  }

  @Test
  void compute_carriesOtherColumnsThroughInOrder_quotingWhereNeeded() {
    String text =
        "id,region,note,year,mtf,mhpk20,pr_m,pr_f,se_m,se_f,tpak_m,tpak_f,comment\n"
            + "7,\"Kab. Sambas, Kalbar\",\"says \"\"hi\"\"\",2018,0.198,0.279,78.00,22.00,"
            + "36.55,28.63,82.96,42.25,\"two\nlines\"\n"
            + "8,Kota Pontianak,,2020,0.155,0.295,79.17,20.83,40.59,32.48,81.90,46.79,plain\n";

    IkgBatchResult result = compute(text);

    assertThat(result.header())
        .containsExactly(
            "id", "region", "note", "year", "mtf", "mhpk20", "pr_m", "pr_f", "se_m", "se_f",
            "tpak_m", "tpak_f", "comment", "ikg");
    assertThat(result.rows().get(0).values())
        .startsWith("7", "Kab. Sambas, Kalbar", "says \"hi\"")
        .endsWith("two\nlines");
    assertThat(result.rows()).extracting(IkgBatchResult.Row::line).containsExactly(2, 4);
    assertThat(result.isComplete()).isTrue();
    String csv = result.toCsv();
    assertThat(csv)
        .startsWith(
            "id,region,note,year,mtf,mhpk20,pr_m,pr_f,se_m,se_f,tpak_m,tpak_f,comment,ikg\n"
                + "7,\"Kab. Sambas, Kalbar\",\"says \"\"hi\"\"\",2018,");
    assertThat(csv).contains(",\"two\nlines\",0.508488\n8,Kota Pontianak,,2020,");
    // The output reads back as the input plus the ikg column.
    ImmutableList<CsvRow> back =
        CsvReader.readKeepingOtherColumns(
            TextSource.ofString("out.csv", csv), Set.of("ikg", "comment"));
    assertThat(back.get(0).get("region")).isEqualTo("Kab. Sambas, Kalbar");
    assertThat(back.get(0).get("comment")).isEqualTo("two\nlines");
    assertThat(back.get(1).get("ikg")).isEqualTo("0.488591");
  }

  // --- bad values -----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} = \"{1}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "mtf    | NaN  | NaN",
        "mtf    | -0.1 | -0.1",
        "mhpk20 | 1.2  | 1.2",
        "tpak_f | 101  | 101",
        "se_f   | ''   | ''",
        "pr_f   | '\"1,5\"' | 1,5",
        "tpak_m | abc  | abc",
        "se_m   | 1e2  | 1e2",
        "pr_m   | 78%  | 78%"
      })
  void compute_reportsABadValueWithLineColumnAndValue_andKeepsTheRow(
      String column, String field, String shown) {
    List<String> header = List.of(IKG_BATCH_HEADER.split(","));
    List<String> values = new ArrayList<>(List.of(JABAR_2018.split(",")));
    values.set(header.indexOf(column), field);
    String text =
        IKG_BATCH_HEADER + "\n" + JABAR_2020 + "\n" + String.join(",", values) + "\n" + BOGOR_2020;

    IkgBatchResult result = compute(text);

    assertThat(result.isComplete()).isFalse();
    assertThat(result.rows()).hasSize(3);
    assertThat(result.rows().get(0).ikg()).isPresent();
    assertThat(result.rows().get(2).ikg()).isPresent();
    IkgBatchResult.Row bad = result.rows().get(1);
    assertThat(bad.ikg()).isEmpty();
    assertThat(bad.problems())
        .singleElement(STRING)
        .startsWith("line 3, column " + column + ", value \"" + shown + "\": ");
    assertThat(result.problems()).containsExactly("ikg.csv " + bad.problems().get(0));
    String[] lines = result.toCsv().split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[2]).startsWith("JAWA BARAT,2018,").endsWith(",");
    assertThat(lines[3]).endsWith(",0.574993");
  }

  @Test
  void compute_reportsEveryBadValueOfARow() {
    IkgBatchResult result =
        compute(IKG_BATCH_HEADER + "\n,20,abc,0.279,78.00,22.00,36.55,28.63,NaN,142.25\n");

    assertThat(result.rows().get(0).problems())
        .hasSize(5)
        .anySatisfy(p -> assertThat(p).startsWith("line 2, column region, value \"\""))
        .anySatisfy(p -> assertThat(p).startsWith("line 2, column year, value \"20\""))
        .anySatisfy(p -> assertThat(p).startsWith("line 2, column mtf, value \"abc\""))
        .anySatisfy(p -> assertThat(p).startsWith("line 2, column tpak_m, value \"NaN\""))
        .anySatisfy(p -> assertThat(p).startsWith("line 2, column tpak_f, value \"142.25\""));
  }

  @Test
  void compute_aMessageNamesTheExpectedForm() {
    IkgBatchResult result =
        compute(
            IKG_BATCH_HEADER
                + "\nJAWA BARAT,2018,0.198,0.279,78.00,22.00,36.55,28.63,82.96,\"42,25\"\n");

    assertThat(result.problems())
        .singleElement(STRING)
        .contains("value \"42,25\"")
        .contains("with a dot");
  }

  @Test
  void compute_aMessageGivesAnExampleInTheUnitOfItsColumn() {
    IkgBatchResult result =
        compute(
            IKG_BATCH_HEADER
                + "\nJAWA BARAT,2018,\"0,198\",0.279,78.00,22.00,36.55,28.63,82.96,\"42,25\"\n");

    assertThat(result.rows().get(0).problems())
        .containsExactly(
            "line 2, column mtf, value \"0,198\": expected a decimal number such as"
                + " 0.198 (proportion), with a dot and no thousands separators",
            "line 2, column tpak_f, value \"42,25\": expected a decimal number such as"
                + " 42.25 (percent), with a dot and no thousands separators");
  }

  @Test
  void compute_zeroSeatsUnderTheRejectPolicy_reportsTheRow() {
    IkgCalculator rejecting =
        IkgCalculator.with(IkgConstants.builder().zeroSeatPolicy(ZeroSeatPolicy.REJECT).build());
    String text =
        IKG_BATCH_HEADER
            + "\n"
            + JABAR_2018
            + "\nKab. X,2024,0.198,0.279,100,0,36.55,28.63,82.96,42.25\n";

    IkgBatchResult rejected = IkgBatch.compute(TextSource.ofString("ikg.csv", text), rejecting);
    IkgBatchResult replaced = compute(text);

    assertThat(rejected.rows().get(1).ikg()).isEmpty();
    assertThat(rejected.problems())
        .singleElement(STRING)
        .startsWith("ikg.csv line 3: ")
        .contains("parliamentFemale")
        .contains("REJECT");
    assertThat(replaced.isComplete()).isTrue();
    assertThat(replaced.rows().get(1).ikg()).isPresent();
  }

  // --- malformed files ------------------------------------------------------------------------

  @Test
  void compute_aMissingRequiredColumn_isRejectedNamingFileAndLine1() {
    String header = IKG_BATCH_HEADER.replace(",tpak_f", "");

    assertThatThrownBy(
            () -> compute(header + "\nJAWA BARAT,2018,0.198,0.279,78,22,36.55,28.63,82.96\n"))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e -> {
              assertThat(e.file()).isEqualTo("ikg.csv");
              assertThat(e.line()).isEqualTo(1);
            })
        .hasMessageStartingWith("ikg.csv line 1")
        .hasMessageContaining("tpak_f");
  }

  @Test
  void compute_anExistingIkgColumn_isRejectedNamingFileAndLine1() {
    assertThatThrownBy(() -> compute(IKG_BATCH_HEADER + ",ikg\n" + JABAR_2018 + ",0.5\n"))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e -> {
              assertThat(e.file()).isEqualTo("ikg.csv");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.element()).contains("column ikg");
            })
        .hasMessageStartingWith("ikg.csv line 1, column ikg");
  }

  @Test
  void compute_aMissingRequiredColumn_afterBlankLines_namesTheHeadersLine() {
    String header = IKG_BATCH_HEADER.replace(",tpak_f", "");

    assertThatThrownBy(() -> compute("\n\n" + header + "\n"))
        .isInstanceOfSatisfying(
            ReferenceDataException.class, e -> assertThat(e.line()).isEqualTo(3));
  }

  @Test
  void compute_anExistingIkgColumn_afterBlankLines_namesTheHeadersLine() {
    assertThatThrownBy(() -> compute("\n\n" + IKG_BATCH_HEADER + ",ikg\n"))
        .isInstanceOfSatisfying(
            ReferenceDataException.class, e -> assertThat(e.line()).isEqualTo(3));
  }

  @Test
  void compute_aRowWithTheWrongNumberOfFields_isRejected() {
    assertThatThrownBy(() -> compute(IKG_BATCH_HEADER + "\n" + JABAR_2018 + ",extra\n"))
        .isInstanceOfSatisfying(
            ReferenceDataException.class, e -> assertThat(e.line()).isEqualTo(2));
  }

  @Test
  void compute_anEmptyFile_isRejected() {
    assertThatThrownBy(() -> compute("")).isInstanceOf(ReferenceDataException.class);
  }

  @Test
  void compute_headerOnly_givesNoRows() {
    IkgBatchResult result = compute(IKG_BATCH_HEADER + "\n");

    assertThat(result.rows()).isEmpty();
    assertThat(result.isComplete()).isTrue();
    assertThat(result.toCsv()).isEqualTo(IKG_BATCH_HEADER + ",ikg\n");
  }

  // --- volume ---------------------------------------------------------------------------------

  @Test
  void compute_tenThousandGeneratedRows() {
    IkgComponentsGenerator generator = IkgComponentsGenerator.seeded();
    StringBuilder text = new StringBuilder(IKG_BATCH_HEADER).append('\n');
    List<Double> expected = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      IkgComponents c = generator.next();
      String row =
          String.format(
              Locale.ROOT,
              "Region %d,%d,%.3f,%.3f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f",
              i,
              2018 + i % 7,
              c.mtf().proportion(),
              c.mhpk20().proportion(),
              c.parliamentMale().percent(),
              c.parliamentFemale().percent(),
              c.educationMale().percent(),
              c.educationFemale().percent(),
              c.labourMale().percent(),
              c.labourFemale().percent());
      text.append(row).append('\n');
      String[] f = row.split(",");
      expected.add(
          expected(
              Double.parseDouble(f[2]),
              Double.parseDouble(f[3]),
              Double.parseDouble(f[4]),
              Double.parseDouble(f[5]),
              Double.parseDouble(f[6]),
              Double.parseDouble(f[7]),
              Double.parseDouble(f[8]),
              Double.parseDouble(f[9])));
    }

    IkgBatchResult result = compute(text.toString());

    assertThat(result.isComplete()).isTrue();
    assertThat(result.rows()).hasSize(10_000);
    for (int i = 0; i < 10_000; i++) {
      assertThat(result.rows().get(i).ikg()).as("row %s", i).hasValue(expected.get(i));
      assertThat(result.rows().get(i).line()).isEqualTo(i + 2);
    }
    String[] lines = result.toCsv().split("\n");
    assertThat(lines).hasSize(10_001);
    assertThat(lines[10_000])
        .endsWith("," + String.format(Locale.ROOT, "%.6f", expected.get(9_999)));
  }

  @Test
  void csvWriter_writesTheRowsTheBatchReads() {
    List<String> fields = List.of(JABAR_2018.split(","));

    assertThat(CsvWriter.line(fields)).isEqualTo(JABAR_2018);
  }
}
