package id.pug.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.rules.engine.EffectivePeriod;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Parameter;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleDefinition;
import id.pug.rules.engine.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The listing behind {@code pug rules}: one line per rule, or a JSON array. */
class CatalogueListingTest {
  private static final Rule LEGAL =
      RuleDefinition.of("X-LIST-001")
          .title("Aturan satu wajib", "Rule one must")
          .recommendation("Perbaiki", "Fix it")
          .message("bad", "Salah", "Wrong")
          .severity(Severity.ERROR)
          .category(RuleCategory.OTHER)
          .legal("Permendagri 67/2011")
          .effective(EffectivePeriod.from(LocalDate.of(2011, 1, 1), "test"))
          .parameter(Parameter.integer("minimum", 3, 0, "Babel 2016"))
          .logic(ctx -> {});

  private static final Rule POLICY =
      RuleDefinition.of("X-LIST-002")
          .title("Aturan dua sebaiknya", "Rule two should")
          .recommendation("Perbaiki", "Fix it")
          .message("bad", "Salah", "Wrong")
          .severity(Severity.WARNING)
          .category(RuleCategory.OTHER)
          .policy("a practice of some regions")
          .source("SEED-000")
          .effective(
              EffectivePeriod.between(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), "test"))
          .parameter(Parameter.text("label", null, "none"))
          .disabledByDefault()
          .logic(ctx -> {});

  @Test
  void text_isOneLinePerRule_withCitationsIndentedBelow() {
    assertThat(CatalogueListing.text(List.of(LEGAL, POLICY), Language.INDONESIAN))
        .isEqualTo(
            "X-LIST-001       ERROR   LEGAL  Aturan satu wajib\n"
                + "                                Permendagri 67/2011\n"
                + "X-LIST-002       WARNING POLICY Aturan dua sebaiknya\n");
    assertThat(CatalogueListing.text(List.of(POLICY), Language.ENGLISH))
        .isEqualTo("X-LIST-002       WARNING POLICY Rule two should\n");
  }

  @Test
  void json_holdsEveryAttributeOfEachRule() {
    String json = CatalogueListing.json(List.of(LEGAL, POLICY), Language.ENGLISH);

    assertThat(json.replaceAll("\\s+", " "))
        .contains(
            "{ \"id\": \"X-LIST-001\", \"severity\": \"ERROR\", \"category\": \"OTHER\","
                + " \"title\": \"Rule one must\", \"titles\": { \"id\": \"Aturan satu wajib\","
                + " \"en\": \"Rule one must\" }, \"basis\": \"LEGAL\", \"citations\": ["
                + " \"Permendagri 67/2011\" ], \"sources\": [], \"effectiveFrom\": \"2011-01-01\","
                + " \"effectiveUntil\": null, \"enabledByDefault\": true, \"parameters\": [ {"
                + " \"name\": \"minimum\", \"type\": \"INTEGER\", \"default\": 3, \"basis\":"
                + " \"Babel 2016\" } ] }")
        .contains("\"basis\": \"POLICY\", \"citations\": [], \"sources\": [ \"SEED-000")
        .contains(
            "\"effectiveFrom\": \"2020-01-01\", \"effectiveUntil\": \"2024-12-31\","
                + " \"enabledByDefault\": false, \"parameters\": [ { \"name\": \"label\","
                + " \"type\": \"TEXT\", \"default\": null, \"basis\": \"none\" } ] }");
    assertThat(json).startsWith("[").endsWith("]");
  }
}
