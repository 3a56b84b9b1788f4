package id.pug.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Streams;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.pug.core.agency.AgencyRole;
import id.pug.core.assessment.Prerequisite;
import id.pug.core.budget.ArgCategory;
import id.pug.core.indicator.GenderIndex;
import id.pug.core.law.Decree;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.PlanningDocumentKind;
import id.pug.core.pokja.ActionArea;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.core.pokja.ForumSector;
import id.pug.core.pprg.GapFactor;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GbsFormat;
import id.pug.core.testing.PlanFixtures;
import id.pug.core.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema agrees with the reader: shipped and documented copies are identical, its objects
 * list exactly the reader's fields, and every document the writer produces validates.
 */
class PlanJsonSchemaTest {
  private static final Path DOCS_COPY = Path.of("..", "docs", "pug-plan-v1.schema.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(PlanJson.schema(), InputFormat.JSON);

  /** The schema's object definitions and the reader's shapes for them. */
  private static final ImmutableMap<String, ObjectShape<?, ?>> SHAPES =
      ImmutableMap.<String, ObjectShape<?, ?>>builder()
          .put("sourceObject", Readers.SOURCE_OBJECT)
          .put("yearRange", Readers.YEAR_RANGE_SHAPE)
          .put("official", Readers.OFFICIAL_SHAPE)
          .put("decree", Readers.DECREE_SHAPE)
          .put("agency", Readers.AGENCY_SHAPE)
          .put("pokjaPug", Readers.POKJA_SHAPE)
          .put("focalPoint", Readers.FOCAL_POINT_SHAPE)
          .put("forumMember", Readers.FORUM_MEMBER_SHAPE)
          .put("forumPuspa", Readers.FORUM_PUSPA_SHAPE)
          .put("indicatorValue", Readers.INDICATOR_VALUE_SHAPE)
          .put("performanceIndicator", Readers.INDICATOR_SHAPE)
          .put("subActivity", Readers.SUB_ACTIVITY_SHAPE)
          .put("activity", Readers.ACTIVITY_SHAPE)
          .put("programme", Readers.PROGRAMME_SHAPE)
          .put("planningDocument", Readers.PLANNING_DOCUMENT_SHAPE)
          .put("fundingSource", Readers.FUNDING_SOURCE_SHAPE)
          .put("location", Readers.LOCATION_SHAPE)
          .put("argTag", Readers.ARG_TAG_SHAPE)
          .put("budgetLine", Readers.BUDGET_LINE_SHAPE)
          .put("genderAnalysisPathway", Readers.GAP_SHAPE)
          .put("situationAnalysis", Readers.SITUATION_SHAPE)
          .put("gbsAction", Readers.GBS_ACTION_SHAPE)
          .put("genderBudgetStatement", Readers.GBS_SHAPE)
          .put("termsOfReference", Readers.KAK_SHAPE)
          .put("plannedAction", Readers.PLANNED_ACTION_SHAPE)
          .put("actionPlan", Readers.ACTION_PLAN_SHAPE)
          .put("evidence", Readers.EVIDENCE_SHAPE)
          .put("prerequisiteAssessment", Readers.ASSESSMENT_SHAPE)
          .put("regionalPprgPlan", Readers.PLAN_SHAPE)
          .buildOrThrow();

  private static final ImmutableMap<String, Class<? extends Enum<?>>> ENUMS =
      ImmutableMap.<String, Class<? extends Enum<?>>>builder()
          .put("agencyRole", AgencyRole.class)
          .put("decreeIssuer", Decree.Issuer.class)
          .put("forumSector", ForumSector.class)
          .put("indicatorLevel", IndicatorLevel.class)
          .put("direction", GenderIndex.Direction.class)
          .put("planningDocumentKind", PlanningDocumentKind.class)
          .put("argCategory", ArgCategory.class)
          .put("gbsFormat", GbsFormat.class)
          .put("actionArea", ActionArea.class)
          .put("actionPlanKind", ActionPlanKind.class)
          .put("prerequisite", Prerequisite.class)
          .buildOrThrow();

  private static JsonNode schemaTree() throws IOException {
    return MAPPER.readTree(PlanJson.schema());
  }

  private static ImmutableList<String> names(JsonNode node) {
    return ImmutableList.copyOf(node.fieldNames());
  }

  private static ImmutableList<String> texts(JsonNode array) {
    return Streams.stream(array.elements())
        .map(JsonNode::asText)
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<String> constants(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Enum::name)
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void schema_docsCopy_isIdenticalToTheShippedOne() throws IOException {
    assertThat(Files.readString(DOCS_COPY, StandardCharsets.UTF_8)).isEqualTo(PlanJson.schema());
  }

  @Test
  void schema_isDraft202012() throws IOException {
    assertThat(schemaTree().get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void schema_objects_listExactlyTheReadersFieldsInWrittenOrder() throws IOException {
    JsonNode defs = schemaTree().get("$defs");
    for (Map.Entry<String, ObjectShape<?, ?>> entry : SHAPES.entrySet()) {
      JsonNode def = defs.get(entry.getKey());
      assertThat(def).as(entry.getKey()).isNotNull();
      assertThat(names(def.get("properties")))
          .as(entry.getKey())
          .isEqualTo(entry.getValue().fields.keySet().asList());
      List<String> required = def.has("required") ? texts(def.get("required")) : ImmutableList.of();
      assertThat(required).as(entry.getKey()).isEqualTo(entry.getValue().required.asList());
    }
  }

  @Test
  void schema_enums_listEveryConstant() throws IOException {
    JsonNode defs = schemaTree().get("$defs");
    for (Map.Entry<String, Class<? extends Enum<?>>> entry : ENUMS.entrySet()) {
      assertThat(texts(defs.get(entry.getKey()).get("enum")))
          .as(entry.getKey())
          .isEqualTo(constants(entry.getValue()));
    }
    assertThat(names(defs.get("gapSteps").get("properties"))).isEqualTo(constants(GapStep.class));
    assertThat(names(defs.get("gapFactors").get("properties")))
        .isEqualTo(constants(GapFactor.class));
  }

  @Test
  void schema_everyObjectWithProperties_forbidsOtherProperties() throws IOException {
    List<String> open = new ArrayList<>();
    for (Map.Entry<String, JsonNode> def : schemaTree().get("$defs").properties()) {
      JsonNode additional = def.getValue().path("additionalProperties");
      if (def.getValue().has("properties")
          && !(additional.isBoolean() && !additional.asBoolean())) {
        open.add(def.getKey());
      }
    }
    assertThat(open).isEmpty();
  }

  static Stream<Arguments> documents() throws IOException {
    PlanJson json = PlanJson.standard();
    return Stream.of(
        Arguments.of("examples/plans/kapuas-2025.json", Files.readString(ExamplePlansTest.KAPUAS)),
        Arguments.of(
            "examples/plans/kapuas-2025-broken.json", Files.readString(ExamplePlansTest.BROKEN)),
        Arguments.of("Samples.plan()", json.write(Samples.plan())),
        Arguments.of("every optional field", json.write(PlanJsonRoundTripTest.everything())),
        Arguments.of("no optional field", json.write(PlanJsonRoundTripTest.bare())),
        Arguments.of("minimal plan", json.write(PlanFixtures.minimalPlan())),
        Arguments.of("deepest plan", json.write(PlanJsonLimitsTest.deepestPlan())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void schema_writtenDocument_validates(String name, String document) {
    assertThat(SCHEMA.validate(document, InputFormat.JSON)).as(name).isEmpty();
  }

  @Test
  void schema_brokenDocument_failsWhereTheReaderFails() {
    String document =
        Documents.plan(
            "\"budgetLines\": ["
                + Documents.line("1").replace("\"amount\": 5", "\"amount\": \"12,5\"")
                + "]",
            "\"pokjaa\": {}");
    List<String> errors =
        SCHEMA.validate(document, InputFormat.JSON).stream()
            .map(e -> e.getInstanceLocation() + " " + e.getKeyword())
            .toList();
    assertThat(errors).anyMatch(e -> e.contains("amount") && e.endsWith("type"));
    assertThat(errors).anyMatch(e -> e.endsWith("additionalProperties"));
  }
}
