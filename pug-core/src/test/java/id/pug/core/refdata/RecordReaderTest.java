package id.pug.core.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordReaderTest {
  private static final Set<String> KEYS = ImmutableSet.of("type", "number", "title", "source");
  private static final Set<String> REPEATABLE = ImmutableSet.of("source");

  private static ImmutableList<Record> read(String text) {
    return RecordReader.read(TextSource.ofString("records.txt", text), KEYS, REPEATABLE);
  }

  private static void assertFails(String text, int line, String... phrases) {
    assertThatThrownBy(() -> read(text))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e -> {
              assertThat(e.file()).isEqualTo("records.txt");
              assertThat(e.line()).isEqualTo(line);
            })
        .hasMessageStartingWith("records.txt line " + line)
        .hasMessageContainingAll(phrases);
  }

  @Test
  void read_readsRecordsWithTheirLines() {
    ImmutableList<Record> records =
        read(
            """
            # comment

            [inpres-9-2000]
            type = INPRES
            title = Pengarusutamaan Gender = PUG # not a comment, a/b, c
            source = S1
              source=https://example.org/x?a=b \s

               # indented comment
            [permendagri-15-2008]
            number = 15
            """);

    assertThat(records)
        .extracting(Record::id)
        .containsExactly("inpres-9-2000", "permendagri-15-2008");
    assertThat(records).extracting(Record::line).containsExactly(3, 10);
    Record inpres = records.get(0);
    assertThat(inpres.get("type")).isEqualTo("INPRES");
    assertThat(inpres.get("title"))
        .isEqualTo("Pengarusutamaan Gender = PUG # not a comment, a/b, c");
    assertThat(inpres.all("source")).containsExactly("S1", "https://example.org/x?a=b");
    assertThat(inpres.optional("number")).isEmpty();
    assertThat(records.get(1).all("source")).isEmpty();
  }

  @Test
  void read_emptyFile_hasNoRecords() {
    assertThat(read("# only a comment\n\n")).isEmpty();
  }

  @Test
  void read_recordWithoutKeys_isKept() {
    assertThat(read("[a]\n[b]\n")).extracting(Record::id).containsExactly("a", "b");
  }

  @Test
  void read_rejectsABadHeader() {
    assertFails("[ok]\ntype = X\n\n[Bad_Id]\n", 4, "[Bad_Id]", "record header");
  }

  @Test
  void read_rejectsAHeaderWithADoubleHyphen() {
    assertFails("[a--b]\n", 1, "[a--b]");
  }

  @Test
  void read_rejectsADuplicateId() {
    assertFails("[a]\ntype = X\n[b]\n[a]\n", 4, "[a]", "twice");
  }

  @Test
  void read_rejectsAnUnknownKey() {
    assertFails("[a]\ntype = X\ntitel = Y\n", 3, "key titel", "unknown key");
  }

  @Test
  void read_rejectsARepeatedSingleKey() {
    assertFails("[a]\ntype = X\nsource = S1\nsource = S2\ntype = Y\n", 5, "key type", "only once");
  }

  @Test
  void read_allowsTheSameSingleKeyInAnotherRecord() {
    assertThat(read("[a]\ntype = X\n[b]\ntype = Y\n")).hasSize(2);
  }

  @Test
  void read_rejectsAnEmptyValue() {
    assertFails("[a]\ntype = X\ntitle =   \n", 3, "key title", "no value");
  }

  @Test
  void read_rejectsAKeyBeforeTheFirstHeader() {
    assertFails("# header comment\ntype = X\n[a]\n", 2, "key type", "before the first");
  }

  @Test
  void read_rejectsALineThatIsNotKeyValue() {
    assertFails("[a]\ntype: X\n", 2, "key = value", "type: X");
  }

  @Test
  void get_missingKey_isLocatedAtTheRecordHeader() {
    Record record = read("\n[a]\ntype = X\n").get(0);

    assertThatThrownBy(() -> record.get("number"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("records.txt line 2, record [a]: lacks the required key number");
  }

  @Test
  void parse_failureIsLocatedAtTheValuesLineAndKey() {
    Record record = read("[a]\ntype = X\nnumber = 1x\n").get(0);

    assertThatThrownBy(() -> record.parse("number", Integer::parseInt))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.element()).contains("key number");
            })
        .hasMessageStartingWith("records.txt line 3, key number: ")
        .hasMessageContaining("1x");
  }

  @Test
  void parseAll_failureIsLocatedAtTheFailingValuesLine() {
    Record record = read("[a]\nsource = 1\nsource = 2\nsource = x\n").get(0);

    assertThat(read("[a]\nsource = 1\nsource = 2\n").get(0).parseAll("source", Integer::parseInt))
        .containsExactly(1, 2);
    assertThatThrownBy(() -> record.parseAll("source", Integer::parseInt))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("records.txt line 4, key source: ");
  }

  @Test
  void parseOptional_ofAnAbsentKey_isEmpty() {
    assertThat(read("[a]\n").get(0).parseOptional("number", Integer::parseInt)).isEmpty();
  }

  @Test
  void fail_locatesAtTheKeyOrTheHeader() {
    Record record = read("[a]\ntype = X\n").get(0);

    assertThat(record.fail("type", "is wrong"))
        .hasMessage("records.txt line 2, key type: is wrong");
    assertThat(record.fail("number", "is missing"))
        .hasMessage("records.txt line 1, key number: is missing");
    assertThat(record.fail("is inconsistent"))
        .hasMessage("records.txt line 1, record [a]: is inconsistent");
  }
}
