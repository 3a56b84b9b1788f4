package id.pug.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.international.HgdgAssessment;
import id.pug.rules.international.HgdgItem;
import id.pug.rules.international.InternationalScoring;
import id.pug.rules.international.ScoringOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ScoringJsonTest {
  private static final RegionalPprgPlan KAPUAS = PlanFixtures.kabupatenKapuas2025();
  private static final InternationalScoring SCORING = InternationalScoring.of(KAPUAS);

  private static JsonNode parse(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }

  @Test
  void write_planNoticeSourcesAndCriteria() throws Exception {
    String text = ScoringJson.write(SCORING);
    if (Boolean.getBoolean("pug.writeScoringExample")) {
      Files.writeString(Path.of("target", "scoring-kapuas.json"), text, StandardCharsets.UTF_8);
    }
    assertThat(text).endsWith("}\n");
    JsonNode json = parse(text);
    assertThat(json.get("format").asText()).isEqualTo("pug.scoring.v1");
    assertThat(json.get("plan").get("id").asText()).isEqualTo("62.03/2025");
    assertThat(json.get("plan").get("fiscalYear").asInt()).isEqualTo(2025);
    assertThat(json.get("notice").get("en").asText()).contains("code what you see");
    assertThat(json.get("notice").get("id").asText()).contains("Bukan ketentuan hukum Indonesia");
    assertThat(json.get("sources")).hasSize(5);
    assertThat(json.get("sources").get(0).get("id").asText()).isEqualTo("HGDG_CHECKLIST");
    assertThat(json.get("sources").get(0).get("urls").get(0).asText()).startsWith("https://");
    JsonNode criteria = json.get("criteria");
    assertThat(criteria.get("confirmed").asBoolean()).isFalse();
    assertThat(criteria.get("significantCategories")).hasSize(3);
    assertThat(criteria.get("principalCategories").get(0).asText()).isEqualTo("SPECIFIC_TARGET");
    assertThat(criteria.get("principalProgrammes").get(1).asText()).isEqualTo("2.08.03");
    assertThat(criteria.get("requireCompleteGap").asBoolean()).isTrue();
  }

  @Test
  void write_planLevelSummary() throws Exception {
    JsonNode summary = parse(ScoringJson.write(SCORING)).get("summary");
    assertThat(summary.get("activities").asInt()).isEqualTo(3);
    assertThat(summary.get("totalSpending").asLong()).isEqualTo(390_590_400L);
    assertThat(summary.get("argTagged").asLong()).isEqualTo(290_590_400L);
    assertThat(summary.get("argSharePercent").decimalValue()).isEqualByComparingTo("74.40");
    assertThat(summary.get("hgdgAttributedGad").asLong()).isEqualTo(72_647_600L);
    assertThat(summary.get("hgdgAttributedSharePercent").decimalValue())
        .isEqualByComparingTo("18.60");
    JsonNode minimum = summary.get("gadMinimum");
    assertThat(minimum.get("rule").asText()).isEqualTo("PHGAD-ARG-001");
    assertThat(minimum.get("sharePercent").decimalValue()).isEqualByComparingTo("5");
    assertThat(minimum.get("attributedShareMeets").asBoolean()).isTrue();
    assertThat(minimum.get("argShareMeets").asBoolean()).isTrue();
    assertThat(summary.get("hgdgBands")).hasSize(5);
    assertThat(summary.get("hgdgBands").get(1).get("band").asText()).isEqualTo("PROMISING");
    assertThat(summary.get("hgdgBands").get(1).get("count").asInt()).isEqualTo(2);
    assertThat(summary.get("hgdgBands").get(1).get("attributionPercent").asInt()).isEqualTo(25);
    assertThat(summary.get("dac")).hasSize(3);
    assertThat(summary.get("dac").get(2).get("value").asInt()).isEqualTo(2);
    assertThat(summary.get("dac").get(2).get("amount").asLong()).isEqualTo(220_000_000L);
    assertThat(summary.get("gem")).hasSize(4);
    assertThat(summary.get("gem").get(3).get("lettered").asText()).isEqualTo("2b");
    assertThat(summary.get("gem").get(1).get("count").asInt()).isZero();
  }

  @Test
  void write_activityLevel_withItemsReasonsAndCriteria() throws Exception {
    JsonNode activities = parse(ScoringJson.write(SCORING)).get("activities");
    assertThat(activities).hasSize(3);
    JsonNode violence = activities.get(1);
    assertThat(violence.get("budgetLine").asText()).isEqualTo("dp3appkb-2025-2.08.03.2.01.01");
    assertThat(violence.get("subActivity").asText()).isEqualTo("2.08.03.2.01.01");
    assertThat(violence.get("amount").asLong()).isEqualTo(220_000_000L);
    assertThat(violence.get("argCategory").asText()).isEqualTo("EQUALITY");
    JsonNode hgdg = violence.get("hgdg");
    assertThat(hgdg.get("basis").asText()).isEqualTo("SUGGESTED_MINIMUM");
    assertThat(hgdg.get("lowerBound").asBoolean()).isTrue();
    assertThat(hgdg.get("score").decimalValue()).isEqualByComparingTo("7");
    assertThat(hgdg.get("band").asText()).isEqualTo("PROMISING");
    assertThat(hgdg.get("attributedAmount").asLong()).isEqualTo(55_000_000L);
    assertThat(hgdg.get("assessment").isNull()).isTrue();
    JsonNode items = hgdg.get("suggestion").get("items");
    assertThat(items).hasSize(17);
    assertThat(items.get(0).get("item").asText()).isEqualTo("1.1");
    assertThat(items.get(0).get("score").isNull()).isTrue();
    assertThat(items.get(0).get("reason").get("key").asText()).isEqualTo("hgdg.notHeld");
    assertThat(items.get(2).get("item").asText()).isEqualTo("2.0");
    assertThat(items.get(2).get("score").decimalValue()).isEqualByComparingTo("2");
    assertThat(items.get(2).get("allowed").toString()).isEqualTo("[0,1,2]");
    assertThat(items.get(10).get("item").asText()).isEqualTo("7.0");
    assertThat(items.get(10).get("scaleConfirmed").asBoolean()).isFalse();
    assertThat(items.get(11).get("titleConfirmed").asBoolean()).isFalse();
    JsonNode dac = violence.get("dac");
    assertThat(dac.get("value").asInt()).isEqualTo(2);
    assertThat(dac.get("name").asText()).isEqualTo("PRINCIPAL");
    assertThat(dac.get("criteriaConfirmed").asBoolean()).isFalse();
    assertThat(dac.get("reasons").get(0).get("key").asText()).isEqualTo("marker.dac.principal");
    assertThat(dac.get("criteria")).hasSize(7);
    assertThat(dac.get("criteria").get(2).get("criterion").asText()).isEqualTo("COMPLETE_GAP");
    assertThat(dac.get("criteria").get(2).get("met").asBoolean()).isTrue();
    assertThat(dac.get("criteria").get(6).get("level").asText()).isEqualTo("PRINCIPAL");
    JsonNode gem = violence.get("gem");
    assertThat(gem.get("value").asInt()).isEqualTo(3);
    assertThat(gem.get("lettered").asText()).isEqualTo("2b");

    JsonNode untagged = activities.get(2);
    assertThat(untagged.get("argCategory").isNull()).isTrue();
    assertThat(untagged.get("dac").get("reasons").get(0).get("en").asText())
        .isEqualTo("No gender tag: OECD DAC 0 (not targeted).");
    assertThat(untagged.get("gem").get("value").asInt()).isZero();
  }

  @Test
  void write_anAssessorsAssessment() throws Exception {
    InternationalScoring assessed =
        InternationalScoring.of(
            KAPUAS,
            ScoringOptions.builder()
                .putAssessment(
                    PlanFixtures.PUG_IMPLEMENTATION_LINE,
                    HgdgAssessment.builder().score(HgdgItem.GOALS, "2").build())
                .build());
    JsonNode hgdg = parse(ScoringJson.write(assessed)).get("activities").get(2).get("hgdg");
    assertThat(hgdg.get("basis").asText()).isEqualTo("ASSESSED_MINIMUM");
    JsonNode a = hgdg.get("assessment");
    assertThat(a.get("complete").asBoolean()).isFalse();
    assertThat(a.get("total").isNull()).isTrue();
    assertThat(a.get("minimumTotal").decimalValue()).isEqualByComparingTo("2");
    assertThat(a.get("scores").get("4.0").decimalValue()).isEqualByComparingTo("2");
    assertThat(a.get("missingItems")).hasSize(16);
  }

  @Test
  void write_aPlanWithoutLines() throws Exception {
    JsonNode json = parse(ScoringJson.write(InternationalScoring.of(PlanFixtures.minimalPlan())));
    assertThat(json.get("activities")).isEmpty();
    assertThat(json.get("summary").get("argSharePercent").isNull()).isTrue();
    assertThat(json.get("summary").get("gadMinimum").get("attributedShareMeets").isNull()).isTrue();
  }

  /** Every field the writer writes is named in docs/scoring-format.md. */
  @Test
  void everyField_isDocumented() throws Exception {
    String doc =
        Files.readString(Path.of("..", "docs", "scoring-format.md"), StandardCharsets.UTF_8);
    Set<String> fields = new TreeSet<>();
    collect(
        parse(
            ScoringJson.write(
                InternationalScoring.of(
                    KAPUAS,
                    ScoringOptions.builder()
                        .putAssessment(
                            PlanFixtures.PUG_IMPLEMENTATION_LINE,
                            HgdgAssessment.builder().score(HgdgItem.GOALS, "2").build())
                        .build()))),
        fields);
    Set<String> missing = new TreeSet<>();
    for (String field : fields) {
      if (!doc.contains("`" + field + "`") && !doc.contains("\"" + field + "\"")) {
        missing.add(field);
      }
    }
    assertThat(missing).as("fields not in docs/scoring-format.md").isEmpty();
  }

  private static void collect(JsonNode node, Set<String> fields) {
    if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        // Item codes under assessment.scores are values, not field names.
        if (!name.matches("\\d+\\.\\d")) {
          fields.add(name);
        }
        collect(node.get(name), fields);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, fields));
    }
  }
}
