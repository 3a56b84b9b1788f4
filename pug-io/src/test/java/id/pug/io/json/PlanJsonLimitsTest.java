package id.pug.io.json;

import static id.pug.io.json.Documents.SOURCE;
import static id.pug.io.json.Documents.assertProblem;
import static id.pug.io.json.Documents.plan;
import static id.pug.io.json.Documents.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.collect.ImmutableList;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.Activity;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.Programme;
import id.pug.core.planning.SubActivity;
import id.pug.core.testing.PlanFixtures;
import id.pug.core.testing.Samples;
import id.pug.io.FormatProblem;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile documents fail fast with a located problem, never a stack overflow or out of memory. */
class PlanJsonLimitsTest {
  private static final PlanJson JSON = PlanJson.standard();
  private static final Duration FAST = Duration.ofSeconds(20);

  @Test
  void read_100000DeepNesting_failsFastAtTheLimit() {
    String json = plan("\"pokja\": " + "[".repeat(100_000) + "]".repeat(100_000));
    ImmutableList<FormatProblem> problems = assertTimeoutPreemptively(FAST, () -> problems(json));
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).message()).isEqualTo("expected an object (Pokja PUG), was an array");
    // The root object is level 1, so the 64th bracket opens level 65.
    FormatProblem nesting = problems.get(1);
    assertThat(nesting.line()).isEqualTo(5);
    assertThat(nesting.column()).isEqualTo(Documents.position(json, "[", 63)[1]);
    assertThat(nesting.message())
        .isEqualTo(
            "too deeply nested: Document nesting depth (65) exceeds the maximum allowed (64); the"
                + " limit is 64 levels (PlanJson.withMaxNesting)");
  }

  @Test
  void read_100000DeepNestingFromStream_failsFastAtTheLimit() {
    byte[] json = "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
    ImmutableList<FormatProblem> problems =
        assertTimeoutPreemptively(
            FAST, () -> problems(() -> JSON.read(SOURCE, new ByteArrayInputStream(json))));
    assertThat(problems)
        .last()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.column()).isEqualTo(65);
              assertThat(p.message()).startsWith("too deeply nested");
            });
  }

  @Test
  void read_tenMegabyteString_failsFastAtItsStart() {
    String json = plan("\"pokja\": {\"region\": \"" + "x".repeat(10_000_000) + "\"}");
    FormatProblem problem = assertTimeoutPreemptively(FAST, () -> Documents.problem(json));
    assertThat(new int[] {problem.line(), problem.column()})
        .containsExactly(Documents.position(json, "\"xxx", 0));
    assertThat(problem.path()).isEqualTo("$.pokja.region");
    assertThat(problem.message())
        .startsWith("string too long: String value length (")
        .endsWith(
            ") exceeds the maximum allowed (100000); the limit is 100000 characters"
                + " (PlanJson.withMaxStringLength)");
  }

  @Test
  void read_hugeFieldName_failsInsideTheNameAtItsObject() {
    String name = "n".repeat(60_000);
    String json = plan("\"pokja\": {\"region\": \"62.03\", \"" + name + "\": 1}");
    FormatProblem problem = assertTimeoutPreemptively(FAST, () -> Documents.problem(json));
    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.column()).isGreaterThan(Documents.position(json, "\"nnn", 0)[1]);
    assertThat(problem.path()).isEqualTo("$.pokja"); // was the sibling before it: $.pokja.region
    assertThat(problem.message())
        .startsWith("field name too long: Name length (")
        .endsWith(
            ") exceeds the maximum allowed (50000); the limit is 50000 characters"); // was "limit
    // exceeded: …"
  }

  @Test
  void read_300DigitNumber_failsAtTheNumber() {
    String digits = "9".repeat(300);
    String json =
        plan(
            "\"regionalIndicators\": [{\"name\": \"IKG\", \"unit\": \"Indeks\", \"level\": \"IMPACT\","
                + " \"baseline\": {\"year\": 2024, \"total\": "
                + digits
                + "}}]");
    // Jackson reads a field's value with its name: the problem lies at the field.
    assertProblem(
        Documents.problem(json),
        json,
        "\"total\"",
        "$.regionalIndicators[0].baseline.total",
        "number too long: Number value length (300) exceeds the maximum allowed (100); the limit is"
            + " 100 characters");
  }

  @Test
  void read_decimalWithHugeExponent_isRejected() {
    String json =
        plan(
            "\"regionalIndicators\": [{\"name\": \"IKG\", \"unit\": \"Indeks\", \"level\": \"IMPACT\","
                + " \"baseline\": {\"year\": 2024, \"total\": 1e-999999}}]");
    assertProblem(
        Documents.problem(json),
        json,
        "1e-999999",
        "$.regionalIndicators[0].baseline.total",
        "expected a number with at most 1000 digits after the point or zeros implied by its"
            + " exponent, was 1e-999999");
  }

  @Test
  void read_stringOverDocumentLimit_failsBeforeParsing() {
    String json = plan();
    FormatProblem problem =
        Documents.problems(() -> JSON.withMaxDocumentBytes(20).read(SOURCE, json)).get(0);
    assertThat(problem.toString())
        .isEqualTo(
            "plan.json at $: the document is "
                + json.getBytes(StandardCharsets.UTF_8).length
                + " bytes, larger than the limit of 20 bytes (PlanJson.withMaxDocumentBytes)");
  }

  @Test
  void read_streamOverDocumentLimit_stopsReading() {
    byte[] json =
        plan("\"pokja\": {\"region\": \"" + " ".repeat(20_000) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    ImmutableList<FormatProblem> problems =
        problems(
            () -> JSON.withMaxDocumentBytes(10_000).read(SOURCE, new ByteArrayInputStream(json)));
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isPositive();
              assertThat(p.message())
                  .isEqualTo(
                      "the document is larger than the limit of 10000 bytes"
                          + " (PlanJson.withMaxDocumentBytes); reading stopped here");
            });
  }

  @Test
  void read_fileOverDocumentLimit_failsBeforeReading(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("big.json");
    Files.writeString(file, plan());
    ImmutableList<FormatProblem> problems =
        problems(() -> JSON.withMaxDocumentBytes(10).read(file));
    assertThat(problems)
        .singleElement()
        .extracting(FormatProblem::message)
        .asString()
        .startsWith("the document is " + Files.size(file) + " bytes, larger than the limit of 10");
  }

  @Test
  void read_stringLongerThanConfiguredLimit_isReported() {
    String json =
        plan(
            "\"pokja\": {\"region\": \"62.03\", \"decree\": {\"number\": \"12345678901\", \"issuer\": \"OTHER\"}}");
    assertThat(Documents.problems(() -> JSON.withMaxStringLength(10).read(SOURCE, json)))
        .singleElement()
        .extracting(FormatProblem::message)
        .asString()
        .startsWith("string too long");
    assertThat(JSON.withMaxStringLength(11).read(SOURCE, json).pokja()).isPresent();
  }

  /** A plan whose planning document reaches the deepest nesting of the format: 13 levels. */
  static RegionalPprgPlan deepestPlan() {
    PerformanceIndicator output =
        PerformanceIndicator.builder()
            .from(Samples.outputIndicator())
            .addTarget(IndicatorValue.of(Year.of(2025), BigDecimal.ONE))
            .build();
    SubActivity sub =
        SubActivity.builder()
            .from(Samples.subActivity())
            .indicators(ImmutableList.of(output))
            .build();
    Activity activity =
        Activity.builder().from(Samples.activity()).subActivities(ImmutableList.of(sub)).build();
    Programme programme =
        Programme.builder()
            .from(Samples.programme())
            .activities(ImmutableList.of(activity))
            .build();
    PlanningDocument document =
        PlanningDocument.builder()
            .from(Samples.planningDocument())
            .programmes(ImmutableList.of(programme))
            .build();
    return RegionalPprgPlan.builder()
        .from(PlanFixtures.minimalPlan())
        .addPlanningDocument(document)
        .build();
  }

  @Test
  void withMaxNesting_13_readsTheDeepestPlan_12_doesNot() {
    String json = JSON.write(deepestPlan());
    assertThat(JSON.withMaxNesting(13).read(SOURCE, json)).isEqualTo(deepestPlan());
    assertThat(Documents.problems(() -> JSON.withMaxNesting(12).read(SOURCE, json)))
        .last()
        .extracting(FormatProblem::message)
        .asString()
        .startsWith("too deeply nested");
  }

  @Test
  void withOptions_returnNewInstances_andLeaveTheStandardOneAlone() {
    PlanJson custom =
        JSON.withMaxDocumentBytes(1_000)
            .withMaxNesting(20)
            .withMaxStringLength(500)
            .withUnknownFieldsAllowed(true);
    assertThat(custom.maxDocumentBytes()).isEqualTo(1_000);
    assertThat(custom.maxNesting()).isEqualTo(20);
    assertThat(custom.maxStringLength()).isEqualTo(500);
    assertThat(custom.unknownFieldsAllowed()).isTrue();
    assertThat(PlanJson.standard())
        .hasToString(
            "PlanJson[pug.plan.v1, maxDocumentBytes=67108864, maxNesting=64,"
                + " maxStringLength=100000, unknownFieldsAllowed=false]");
  }

  @Test
  void withOptions_belowOne_areRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> JSON.withMaxDocumentBytes(0));
    assertThatIllegalArgumentException().isThrownBy(() -> JSON.withMaxNesting(0));
    assertThatIllegalArgumentException().isThrownBy(() -> JSON.withMaxStringLength(-1));
  }
}
