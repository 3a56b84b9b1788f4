package id.pug.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static final RegionalPprgPlan PLAN =
      RegionalPprgPlan.builder()
          .from(PlanFixtures.kabupatenKapuas2025())
          .pokja(Optional.empty())
          .build();
  private static final ValidationReport REPORT =
      Validator.of(PprgCatalogue.ruleSet()).validate(PLAN);

  private static JsonNode parse(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }

  @Test
  void write_recordsWhatWasValidatedByWhichRules() throws Exception {
    JsonNode json = parse(ReportJson.write(REPORT, Language.INDONESIAN));
    assertThat(json.get("format").asText()).isEqualTo("pug.report.v1");
    assertThat(json.get("language").asText()).isEqualTo("id");
    assertThat(json.get("plan").get("id").asText()).isEqualTo("62.03/2025");
    assertThat(json.get("plan").get("fiscalYear").asInt()).isEqualTo(2025);
    assertThat(json.get("asOf").asText()).isEqualTo("2025-01-01");
    assertThat(json.get("ruleSet").get("version").asText()).isEqualTo(REPORT.ruleSetVersion());
    assertThat(json.get("ruleSet").get("fingerprint").asText()).isEqualTo(REPORT.fingerprint());
    assertThat(json.get("rules")).hasSize(REPORT.rules().size());
    JsonNode first = json.get("rules").get(0);
    assertThat(first.get("id").asText()).isEqualTo("PPRG-INST-001");
    assertThat(first.get("outcomes").get("violated").asInt()).isEqualTo(1);
    assertThat(first.get("citations").get(0).asText()).isEqualTo("Permendagri 15/2008");
    assertThat(json.get("skipped").get(0).get("reason").asText()).isEqualTo("DISABLED");
  }

  @Test
  void write_summaryCountsFindingsBySeverity() throws Exception {
    JsonNode summary = parse(ReportJson.write(REPORT, Language.ENGLISH)).get("summary");
    assertThat(summary.get("violationsBySeverity").get("ERROR").asInt())
        .isEqualTo(REPORT.summary().errors());
    assertThat(summary.get("violationsBySeverity").get("WARNING").asInt())
        .isEqualTo(REPORT.summary().warnings());
    assertThat(summary.get("hasErrors").asBoolean()).isTrue();
    assertThat(summary.get("passRate").decimalValue())
        .isEqualByComparingTo(REPORT.summary().passRate().orElseThrow());
  }

  @Test
  void write_everyFindingWithRuleSeverityPathMessageCitationsAndEvidence() throws Exception {
    JsonNode findings = parse(ReportJson.write(REPORT, Language.ENGLISH)).get("findings");
    assertThat(findings).hasSize(REPORT.findings().size());
    for (int i = 0; i < REPORT.findings().size(); i++) {
      Finding f = REPORT.findings().get(i);
      JsonNode j = findings.get(i);
      assertThat(j.get("rule").asText()).isEqualTo(f.ruleId().value());
      assertThat(j.get("severity").asText()).isEqualTo(f.severity().name());
      assertThat(j.get("outcome").asText()).isEqualTo(f.outcome().name());
      assertThat(j.get("path").asText()).isEqualTo(f.path().toString());
      assertThat(j.get("subject").asText()).isEqualTo(f.subjectId());
      assertThat(j.get("message").asText()).isEqualTo(f.message(Language.ENGLISH));
      assertThat(j.get("recommendation").asText())
          .isEqualTo(f.recommendation().in(Language.ENGLISH));
      assertThat(j.get("citations")).hasSize(f.citations().size());
      assertThat(j.get("evidence").size()).isEqualTo(f.evidence().size());
    }
    JsonNode pokja = findings.get(0);
    assertThat(pokja.get("rule").asText()).isEqualTo("PPRG-INST-001");
    assertThat(pokja.get("path").asText()).isEqualTo("pokja");
    assertThat(pokja.get("agency").isNull()).isTrue();
    assertThat(pokja.get("evidence").get("region").asText()).isEqualTo("62.03");
  }

  @Test
  void write_keepsNumbersTyped_andIsStable() throws Exception {
    String once = ReportJson.write(REPORT, Language.INDONESIAN);
    assertThat(ReportJson.write(REPORT, Language.INDONESIAN)).isEqualTo(once);
    assertThat(once).endsWith("}\n");
    JsonNode focal =
        parse(once).get("findings").findValues("evidence").stream()
            .filter(e -> e.has("evidenceItems") || e.has("focalPoints"))
            .findFirst()
            .orElse(null);
    if (focal != null && focal.has("focalPoints")) {
      assertThat(focal.get("focalPoints").isNumber()).isTrue();
    }
  }
}
