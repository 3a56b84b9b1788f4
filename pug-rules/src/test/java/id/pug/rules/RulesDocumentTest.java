package id.pug.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code RULES.md} equal to the catalogue. Run with {@code -Dpug.writeRulesDocument=true} to
 * regenerate it.
 */
class RulesDocumentTest {
  private static final Path RULES_MD = Path.of("..", "RULES.md").toAbsolutePath().normalize();

  @Test
  void rulesMd_isGeneratedFromTheCatalogue() throws IOException {
    String generated = CatalogueListing.rulesDocument();
    if (Boolean.getBoolean("pug.writeRulesDocument")) {
      Files.writeString(RULES_MD, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(RULES_MD)).as("RULES.md exists at %s", RULES_MD).isTrue();
    assertThat(Files.readString(RULES_MD, StandardCharsets.UTF_8))
        .as(
            "RULES.md is out of date; regenerate it: ./mvnw -B -ntp -pl pug-rules -am test"
                + " -Dtest=RulesDocumentTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dpug.writeRulesDocument=true")
        .isEqualTo(generated);
  }

  @Test
  void rulesMd_listsEveryRuleWithItsCitations() {
    String generated = CatalogueListing.rulesDocument();
    PprgCatalogue.rules()
        .forEach(
            r -> {
              assertThat(generated).contains("| " + r.id() + " |");
              r.descriptor().citations().forEach(c -> assertThat(generated).contains(c.format()));
            });
  }
}
