package id.pug.io.json;

import static id.pug.io.json.Documents.SOURCE;
import static id.pug.io.json.Documents.assertProblem;
import static id.pug.io.json.Documents.line;
import static id.pug.io.json.Documents.plan;
import static id.pug.io.json.Documents.problem;
import static id.pug.io.json.Documents.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GbsFormat;
import id.pug.core.testing.PlanFixtures;
import id.pug.io.FormatProblem;
import id.pug.io.PlanFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of reading error, each located by file, line, column and path. */
class PlanJsonReadErrorsTest {
  private static final PlanJson JSON = PlanJson.standard();

  // ---------------------------------------------------------------------------------------------
  // Input and syntax: these end the reading
  // ---------------------------------------------------------------------------------------------

  @Test
  void read_invalidUtf8_isLocatedAtTheBadByte() {
    byte[] good =
        plan("\"pokja\": {\"region\": \"62.03\", \"decree\": {\"number\": \"ä?\", \"issuer\": \"OTHER\"}}")
            .getBytes(StandardCharsets.UTF_8);
    String text = new String(good, StandardCharsets.UTF_8);
    int question = indexOf(good, (byte) '?');
    good[question] = (byte) 0xFF;
    FormatProblem problem =
        Documents.problems(() -> JSON.read(SOURCE, new ByteArrayInputStream(good))).get(0);
    int[] at = Documents.position(text, "?", 0);
    assertThat(new int[] {problem.line(), problem.column()}).containsExactly(at);
    assertThat(problem.path()).isEqualTo("$.pokja.decree.number");
    assertThat(problem.message())
        .isEqualTo(
            "invalid UTF-8: the bytes 0xFF at byte offset "
                + question
                + " are not a valid UTF-8 character (save the file as UTF-8)");
  }

  @Test
  void read_overlongUtf8_isInvalid() {
    byte[] bytes = plan("\"pokja\": {\"region\": \"62.0\"}").getBytes(StandardCharsets.UTF_8);
    int zero = indexOf(bytes, (byte) '0') + 3; // the "0" after "62."
    byte[] overlong = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, overlong, 0, zero);
    overlong[zero] = (byte) 0xC0; // an overlong encoding of '0' (0x30): C0 B0
    overlong[zero + 1] = (byte) 0xB0;
    System.arraycopy(bytes, zero + 1, overlong, zero + 2, bytes.length - zero - 1);
    ImmutableList<FormatProblem> problems =
        Documents.problems(() -> JSON.read(SOURCE, new ByteArrayInputStream(overlong)));
    assertThat(problems)
        .singleElement()
        .extracting(FormatProblem::message)
        .asString()
        .startsWith("invalid UTF-8: the bytes 0xC0");
  }

  @Test
  void read_unpairedSurrogateInString_isLocated() {
    String json =
        plan(
            "\"pokja\": {\"region\": \"62.03\", \"decree\": {\"number\": \"\uD800\", \"issuer\": \"OTHER\"}}");
    assertProblem(
        problem(json),
        json,
        "\uD800",
        "$.pokja.decree.number",
        "invalid text: unpaired surrogate character U+D800 (the text is not valid Unicode)");
  }

  @Test
  void read_truncatedDocument_isLocatedAtTheEnd() {
    String json = plan("\"budgetLines\": [" + line("1")).replaceAll("\\n}\\n$", "");
    FormatProblem problem = problem(json);
    int lines = (int) json.lines().count();
    assertThat(problem.line()).isEqualTo(lines);
    assertThat(problem.column()).isEqualTo(json.length() - json.lastIndexOf('\n'));
    assertThat(problem.path()).isEqualTo("$.budgetLines[0]"); // after the last element read
    assertThat(problem.message())
        .isEqualTo(
            "unexpected end of the document: it is truncated, or a closing bracket, brace or quote"
                + " is missing");
  }

  @Test
  void read_documentTruncatedAfterAComma_isTruncated() {
    // Jackson reports this end of input as a plain syntax error, not as the end of input
    String json = plan("\"budgetLines\": [" + line("1") + ",\n    ");
    json = json.substring(0, json.indexOf(",\n    ") + 6);
    FormatProblem problem = problem(json);
    assertThat(problem.line()).isEqualTo((int) json.lines().count());
    assertThat(problem.message())
        .isEqualTo(
            "unexpected end of the document: it is truncated, or a closing bracket, brace or quote"
                + " is missing");
    String afterField = plan().substring(0, plan().indexOf("2025") + 4) + ",\n";
    assertThat(problem(afterField).message()).startsWith("unexpected end of the document");
  }

  @Test
  void read_syntaxError_isLocated() {
    String json = plan("\"pokja\": {\"region\": \"62.03\",}");
    FormatProblem problem = problem(json);
    assertProblem(
        problem,
        json,
        "}",
        "$.pokja.region",
        "invalid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start"
            + " field name");
  }

  @Test
  void read_trailingGarbage_isLocated() {
    String json = plan() + "x";
    assertProblem(
        problem(json),
        json,
        "x",
        "$",
        "expected the end of the document, found more content: Unrecognized token 'x': was"
            + " expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
  }

  @Test
  void read_secondDocument_isTrailingContent() {
    String json = plan() + "{}";
    assertProblem(
        problem(json),
        json,
        "{}",
        "$",
        "expected the end of the document, found more content: an object");
  }

  @Test
  void read_duplicateKey_isLocatedAtTheSecondKey() {
    String json = plan("\"region\": \"62.04\"");
    FormatProblem problem = problem(json);
    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.column()).isEqualTo(11); // Jackson stops just after the repeated name
    assertThat(problem.path()).isEqualTo("$.region");
    assertThat(problem.message())
        .isEqualTo("duplicate field \"region\": a field may appear only once per object");
  }

  @Test
  void read_emptyDocument_isProblem() {
    FormatProblem problem = problem("");
    assertThat(problem.toString())
        .isEqualTo(
            "plan.json line 1, column 1, at $: expected a JSON object, the document is empty");
  }

  // ---------------------------------------------------------------------------------------------
  // Content: reported, and the reading goes on
  // ---------------------------------------------------------------------------------------------

  @Test
  void read_wrongJsonType_namesWhatWasExpectedAndFound() {
    String json =
        plan(
            "\"budgetLines\": ["
                + line("1").replace("\"amount\": 5", "\"amount\": \"12,5\"")
                + "]");
    FormatProblem problem = problem(json);
    assertProblem(
        problem,
        json,
        "\"12,5\"",
        "$.budgetLines[0].amount",
        "expected a whole number of rupiah >= 0, was \"12,5\"");
    assertThat(problem.toString())
        .isEqualTo(
            "plan.json line 5, column "
                + problem.column()
                + ", at $.budgetLines[0].amount: expected a whole number of rupiah >= 0, was"
                + " \"12,5\"");
  }

  @Test
  void read_objectWhereTextExpected_isSkippedAndReported() {
    String json = plan("\"pokja\": {\"region\": {\"code\": [1, 2]}}");
    assertProblem(
        problem(json), json, "{\"code\"", "$.pokja.region", "expected a string, was an object");
  }

  @Test
  void read_textWhereYearExpected_isReported() {
    String json = plan().replace("\"fiscalYear\": 2025", "\"fiscalYear\": \"2025\"");
    assertProblem(
        problem(json),
        json,
        "\"2025\"",
        "$.fiscalYear",
        "expected a year as a whole number, such as 2025, was \"2025\"");
  }

  @Test
  void read_unknownEnumConstant_listsTheAllowedConstants() {
    String json =
        plan("\"budgetLines\": [" + line("1", "\"argTag\": {\"category\": \"Equality\"}") + "]");
    assertProblem(
        problem(json),
        json,
        "\"Equality\"",
        "$.budgetLines[0].argTag.category",
        "expected one of SPECIFIC_TARGET, EQUALITY, INSTITUTIONALISATION, was \"Equality\"");
  }

  @Test
  void read_unknownMapKey_listsTheAllowedKeys() {
    String json =
        plan(
            "\"genderAnalyses\": [{\"id\": \"g\", \"agency\": \"a\", \"steps\": {\"STEP_1\": \"x\"}}]");
    assertProblem(
        problem(json),
        json,
        "\"STEP_1\"",
        "$.genderAnalyses[0].steps['STEP_1']",
        "expected a key among POLICY_SELECTION, INSIGHT_DATA, GAP_FACTORS, INTERNAL_CAUSES,"
            + " EXTERNAL_CAUSES, REFORMULATED_OBJECTIVE, ACTION_PLAN, BASELINE, GENDER_INDICATORS,"
            + " was \"STEP_1\"");
  }

  @Test
  void read_malformedRegionCode_givesPugCoresMessage() {
    String json = plan().replace("\"62.03\"", "\"6x.03\"");
    assertProblem(
        problem(json),
        json,
        "\"6x.03\"",
        "$.region",
        "RegionCode must be PP or PP.KK (two digits, optionally a dot and two more digits), was"
            + " \"6x.03\"");
  }

  @Test
  void read_malformedNomenclatureCode_isReported() {
    String json = plan("\"budgetLines\": [" + line("1").replace("2.08.02.2.01.01", "2.8.2") + "]");
    FormatProblem problem = problem(json);
    assertProblem(problem, json, "\"2.8.2\"", "$.budgetLines[0].subActivity", problem.message());
    assertThat(problem.message())
        .startsWith("NomenclatureCode must be U, U.BB")
        .endsWith("was \"2.8.2\"");
  }

  @Test
  void read_malformedId_isReported() {
    String json = plan("\"budgetLines\": [" + line("bad id") + "]");
    assertProblem(
        problem(json),
        json,
        "\"bad id\"",
        "$.budgetLines[0].id",
        "BudgetLineId must be 1 to 128 letters, digits or . _ : / # -, starting with a letter or"
            + " digit, was \"bad id\"");
  }

  @Test
  void read_malformedAgencyKey_isReportedAtTheKey() {
    String json =
        plan(
            "\"agencies\": {\"bad key\": {\"name\": \"X\", \"region\": \"62.03\", \"urusan\": [\"2.08\"]}}");
    assertProblem(
        problem(json),
        json,
        "\"bad key\"",
        "$.agencies['bad key']",
        "AgencyId must be 1 to 128 letters, digits or . _ : / # -, starting with a letter or digit,"
            + " was \"bad key\"");
  }

  @Test
  void read_malformedDate_isReported() {
    String json =
        plan(
            "\"pokja\": {\"region\": \"62.03\", \"decree\": {\"number\": \"1\", \"issuer\": \"OTHER\", \"date\": \"2025-13-01\"}}");
    assertProblem(
        problem(json),
        json,
        "\"2025-13-01\"",
        "$.pokja.decree.date",
        "expected a date as YYYY-MM-DD, such as \"2025-03-01\", was \"2025-13-01\"");
  }

  @Test
  void read_malformedMonth_isReported() {
    String json =
        plan(
            "\"termsOfReference\": [{\"id\": \"k\", \"agency\": \"a\", \"fiscalYear\": 2025, \"start\": \"2025-2\"}]");
    assertProblem(
        problem(json),
        json,
        "\"2025-2\"",
        "$.termsOfReference[0].start",
        "expected a month as YYYY-MM, such as \"2025-02\", was \"2025-2\"");
  }

  @Test
  void read_unknownSource_isReported() {
    String json =
        plan(
            "\"agencies\": {\"a\": {\"name\": \"X\", \"region\": \"62.03\", \"urusan\": [\"2.08\"], \"sources\": [\"S99\"]}}");
    FormatProblem problem = problem(json);
    assertProblem(problem, json, "\"S99\"", "$.agencies['a'].sources[0]", problem.message());
    assertThat(problem.message()).startsWith("Source must be an http(s) URL or a source id");
  }

  @Test
  void read_numberTooBigForRupiah_isReported() {
    String json =
        plan(
            "\"budgetLines\": ["
                + line("1").replace("\"amount\": 5", "\"amount\": 9223372036854775808")
                + "]");
    assertProblem(
        problem(json),
        json,
        "9223372036854775808",
        "$.budgetLines[0].amount",
        "expected a whole number of rupiah from 0 to 9223372036854775807, was 9223372036854775808");
  }

  @Test
  void read_numberTooBigForYear_isReported() {
    String json = plan().replace("2025", "2147483648");
    assertProblem(
        problem(json),
        json,
        "2147483648",
        "$.fiscalYear",
        "expected a year as a whole number, such as 2025, was 2147483648");
  }

  @Test
  void read_fractionOfRupiah_isReported() {
    String json =
        plan("\"budgetLines\": [" + line("1").replace("\"amount\": 5", "\"amount\": 12.5") + "]");
    assertProblem(
        problem(json),
        json,
        "12.5",
        "$.budgetLines[0].amount",
        "expected a whole number of rupiah >= 0, was 12.5");
  }

  @Test
  void read_negativeAmount_isReported() {
    String json =
        plan("\"budgetLines\": [" + line("1").replace("\"amount\": 5", "\"amount\": -5") + "]");
    assertProblem(
        problem(json),
        json,
        "-5",
        "$.budgetLines[0].amount",
        "expected a whole number of rupiah >= 0, was -5");
  }

  @Test
  void read_blankText_givesTheBuildersMessageAtTheField() {
    String json = plan("\"budgetLines\": [" + line("1", "\"name\": \"  \"") + "]");
    assertProblem(
        problem(json),
        json,
        "\"  \"",
        "$.budgetLines[0].name",
        "BudgetLine.name must not be blank; omit it instead, was \"  \"");
  }

  @Test
  void read_targetBeforeBaseline_givesTheBuildersMessage() {
    String json =
        plan(
            "\"regionalIndicators\": [{\"name\": \"IKG\", \"unit\": \"Indeks\", \"level\": \"IMPACT\","
                + " \"baseline\": {\"year\": 2024, \"total\": 0.549}, \"targets\": [{\"year\": 2023,"
                + " \"total\": 0.5}]}]");
    assertProblem(
        problem(json),
        json,
        "[{\"year\": 2023",
        "$.regionalIndicators[0].targets",
        "PerformanceIndicator.targets must not be before the baseline year 2024, was 2023");
  }

  @Test
  void read_subActivityUnderWrongKegiatan_givesTheBuildersMessage() {
    String json =
        plan(
            "\"planningDocuments\": [{\"id\": \"renja\", \"kind\": \"RENJA_PD\", \"region\": \"62.03\","
                + " \"period\": {\"start\": 2025, \"end\": 2025}, \"programmes\": [{\"code\":"
                + " \"2.08.02\", \"activities\": [{\"code\": \"2.08.02.2.01\", \"subActivities\":"
                + " [{\"code\": \"2.08.02.2.02.01\"}]}]}]}]");
    assertProblem(
        problem(json),
        json,
        "[{\"code\": \"2.08.02.2.02.01\"",
        "$.planningDocuments[0].programmes[0].activities[0].subActivities",
        "Activity.subActivities must lie directly under 2.08.02.2.01, was 2.08.02.2.02.01");
  }

  @Test
  void read_officialWithoutNameOrPosition_isReportedAtTheObject() {
    String json = plan("\"pokja\": {\"region\": \"62.03\", \"chair\": {\"agency\": \"bappeda\"}}");
    assertProblem(
        problem(json),
        json,
        "{\"agency\"",
        "$.pokja.chair",
        "Official.name must be given when there is no position, was missing");
  }

  @Test
  void read_duplicateIds_reportsEachRepeatAtItsId() {
    String json =
        plan(
            "\"budgetLines\": [" + line("1") + ",\n    " + line("2") + ",\n    " + line("1") + "]");
    assertProblem(
        problem(json),
        json,
        "\"1\"",
        1,
        "$.budgetLines[2].id",
        "expected an id unique among budgetLines, was \"1\" (also at $.budgetLines[0])");
  }

  @Test
  void read_duplicateSetValue_isReported() {
    String json =
        plan(
            "\"agencies\": {\"a\": {\"name\": \"X\", \"region\": \"62.03\", \"urusan\": [\"2.08\", \"2.8\", \"2.08\"]}}");
    ImmutableList<FormatProblem> problems = problems(json);
    assertThat(problems).hasSize(2);
    assertProblem(
        problems.get(1),
        json,
        "\"2.08\"",
        1,
        "$.agencies['a'].urusan[2]",
        "duplicate value 2.08 (also at $.agencies['a'].urusan[0]); list it once");
  }

  @Test
  void read_null_asksToOmitTheField() {
    String json = plan("\"pokja\": null");
    assertProblem(
        problem(json), json, "null", "$.pokja", "null is not allowed; omit the field instead");
  }

  @Test
  void read_nullInList_asksToRemoveIt() {
    String json = plan("\"budgetLines\": [null]");
    assertProblem(
        problem(json),
        json,
        "null",
        "$.budgetLines[0]",
        "null is not allowed in a list; remove it");
  }

  @Test
  void read_unknownField_isReportedWithTheKnownFields() {
    String json = plan("\"pokja\": {\"region\": \"62.03\", \"chiar\": {}}");
    assertProblem(
        problem(json),
        json,
        "\"chiar\"",
        "$.pokja.chiar",
        "unknown field \"chiar\" in a Pokja PUG; expected one of region, decree, chair, secretary,"
            + " members, technicalTeam");
  }

  @Test
  void read_unknownFieldsAllowed_skipsThem() {
    String json =
        plan(
            "\"pokja\": {\"region\": \"62.03\", \"x-extension\": {\"a\": [1, {}]}}",
            "\"comment\": \"hi\"");
    RegionalPprgPlan plan = JSON.withUnknownFieldsAllowed(true).read(SOURCE, json);
    assertThat(plan.pokja()).isPresent();
  }

  @Test
  void read_derivedField_isReportedEvenWhenUnknownFieldsAreAllowed() {
    String json =
        plan(
            "\"agencies\": {\"a\": {\"name\": \"X\", \"region\": \"62.03\", \"urusan\": [\"2.08\"], \"roles\": []}}");
    FormatProblem problem =
        Documents.problems(() -> JSON.withUnknownFieldsAllowed(true).read(SOURCE, json)).get(0);
    assertProblem(
        problem,
        json,
        "\"roles\"",
        "$.agencies['a'].roles",
        "\"roles\" is not part of the format: an agency's roles are derived from urusan and"
            + " declaredRoles");
  }

  @Test
  void read_missingFormat_isReportedAtTheRoot() {
    String json = "{\"region\": \"62.03\", \"fiscalYear\": 2025}";
    assertProblem(
        problem(json),
        json,
        "{",
        "$.format",
        "missing required field \"format\" in a plan (pug.plan.v1)");
  }

  @Test
  void read_otherFormat_isReported() {
    String json = plan().replace("pug.plan.v1", "pug.plan.v2");
    assertProblem(
        problem(json),
        json,
        "\"pug.plan.v2\"",
        "$.format",
        "expected \"pug.plan.v1\", was \"pug.plan.v2\"");
  }

  @Test
  void read_missingRequiredField_isReportedAtItsObject() {
    String json = plan("\"budgetLines\": [" + line("1").replace(", \"amount\": 5", "") + "]");
    assertProblem(
        problem(json),
        json,
        "{\"id\"",
        "$.budgetLines[0].amount",
        "missing required field \"amount\" in a budget line");
  }

  @Test
  void read_arrayInsteadOfPlan_isReported() {
    assertThat(problem("[]").toString())
        .isEqualTo(
            "plan.json line 1, column 1, at $: expected an object (plan (pug.plan.v1)), was an"
                + " array");
  }

  // ---------------------------------------------------------------------------------------------
  // All problems, all inputs
  // ---------------------------------------------------------------------------------------------

  @Test
  void read_severalProblems_listsThemAllInDocumentOrder() {
    String json =
        plan(
            "\"pokja\": {\"region\": \"62.03\", \"chair\": {\"agency\": \"bappeda\", \"nip\": 1}}",
            "\"budgetLines\": ["
                + line("1").replace("\"amount\": 5", "\"amount\": \"lima\"")
                + ", "
                + line("2", "\"argTag\": {\"category\": \"equality\"}")
                + "]",
            "\"budgetStatements\": [{\"id\": \"g\", \"agency\": \"a\", \"fiscalYear\": 2025, \"format\": \"REGIONAL\", \"budget\": -1}]",
            "\"unknown\": true");
    ImmutableList<FormatProblem> problems = problems(json);
    assertThat(problems)
        .extracting(FormatProblem::path)
        .containsExactly(
            "$.pokja.chair.nip",
            "$.budgetLines[0].amount",
            "$.budgetLines[1].argTag.category",
            "$.budgetStatements[0].budget",
            "$.unknown");
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> JSON.read(SOURCE, json));
    String message = String.valueOf(e.getMessage());
    assertThat(message).startsWith("5 problems:\nplan.json line 5, column ");
    assertThat(message.lines()).hasSize(6);
    for (FormatProblem problem : problems) {
      assertThat(message).contains(problem.toString());
    }
  }

  @Test
  void read_fromStringStreamAndFile_givesTheSameProblems(@TempDir Path directory)
      throws IOException {
    String json =
        "\uFEFF"
            + plan(
                "\"agencies\": {\"dinas-ä\": {\"name\": \"Dinas ä\", \"region\": \"62.03\", \"urusan\": [\"2.8\"]}}");
    Path file = directory.resolve(SOURCE);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    ImmutableList<FormatProblem> fromString = problems(json);
    ImmutableList<FormatProblem> fromStream =
        Documents.problems(
            () ->
                JSON.read(SOURCE, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    ImmutableList<FormatProblem> fromFile = Documents.problems(() -> JSON.read(file));
    assertThat(fromStream).isEqualTo(fromString);
    assertThat(fromFile)
        .extracting(
            FormatProblem::line, FormatProblem::column, FormatProblem::path, FormatProblem::message)
        .isEqualTo(
            fromString.stream()
                .map(
                    p ->
                        org.assertj.core.groups.Tuple.tuple(
                            p.line(), p.column(), p.path(), p.message()))
                .toList());
    assertThat(fromFile.get(0).source()).isEqualTo(file.toString());
    // The byte order mark is skipped, and columns count characters, not bytes.
    assertProblem(
        fromString.get(0),
        json.substring(1),
        "\"2.8\"",
        "$.agencies['dinas-ä'].urusan[0]",
        fromString.get(0).message());
  }

  @Test
  void read_carriageReturnLineEnds_countLinesLikeNewlines() {
    String json = plan("\"pokja\": null").replace("\n", "\r\n");
    FormatProblem problem = problem(json);
    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.column()).isEqualTo(12);
  }

  @Test
  void read_failingStream_isProblemWithTheIoExceptionAsCause() {
    InputStream failing =
        new InputStream() {
          private int served;

          @Override
          public int read() throws IOException {
            if (served++ < 10) {
              return ' ';
            }
            throw new IOException("disk on fire");
          }

          @Override
          public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
              return 0;
            }
            int b = read();
            bytes[offset] = (byte) b;
            return 1;
          }
        };
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> JSON.read(SOURCE, failing));
    assertThat(e.problems())
        .singleElement()
        .extracting(FormatProblem::message)
        .isEqualTo("could not read the document: IOException: disk on fire");
    assertThat(e.getCause()).isInstanceOf(IOException.class).hasMessage("disk on fire");
  }

  @Test
  void read_missingFile_isProblemWithTheIoExceptionAsCause(@TempDir Path directory) {
    Path file = directory.resolve("missing.json");
    PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> JSON.read(file));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo(file.toString());
              assertThat(p.line()).isZero();
              assertThat(p.message())
                  .startsWith("could not read the document: NoSuchFileException");
            });
    assertThat(e.getCause()).isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  // ---------------------------------------------------------------------------------------------
  // What is accepted
  // ---------------------------------------------------------------------------------------------

  @Test
  void read_emptyListsAndMapsAndOmittedDefaults_areAccepted() {
    String json =
        plan(
            "\"agencies\": {}",
            "\"budgetLines\": []",
            "\"budgetStatements\": [{\"id\": \"g\", \"agency\": \"a\", \"fiscalYear\": 2025}]");
    RegionalPprgPlan plan = JSON.read(SOURCE, json);
    assertThat(plan.agencies()).isEmpty();
    assertThat(plan.budgetStatements().get(0).format()).isEqualTo(GbsFormat.REGIONAL);
    assertThat(plan.budgetStatements().get(0).situationAnalysis().isEmpty()).isTrue();
  }

  @Test
  void read_levelDigitWrittenWithTwoDigits_isNormalised() {
    String json =
        plan(
            "\"budgetLines\": ["
                + line("1").replace("2.08.02.2.01.01", "2.08.02.02.01.0001")
                + "]");
    RegionalPprgPlan plan = JSON.read(SOURCE, json);
    assertThat(plan.budgetLines().get(0).subActivity())
        .isEqualTo(NomenclatureCode.parse("2.08.02.2.01.0001"));
    assertThat(JSON.write(plan)).contains("\"2.08.02.2.01.0001\"");
  }

  @Test
  void read_fieldsInAnyOrder_areAccepted() {
    RegionalPprgPlan plan = PlanFixtures.minimalPlan();
    assertThat(
            JSON.read(
                SOURCE,
                "{\"fiscalYear\": 2025, \"region\": \"62.03\", \"format\": \"pug.plan.v1\"}"))
        .isEqualTo(plan);
  }

  @Test
  void read_blankSourceName_isRejected() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> JSON.read(" ", plan()));
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no byte " + b);
  }
}
