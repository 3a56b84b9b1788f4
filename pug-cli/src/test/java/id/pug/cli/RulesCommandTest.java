package id.pug.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.rules.CatalogueListing;
import id.pug.rules.PprgCatalogue;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
  private static Cli.Run run(String... args) {
    return Cli.run(args);
  }

  @Test
  void rules_listsEveryRuleOfTheCatalogue_inIndonesianByDefault() {
    Cli.Run run = run("rules");
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    PprgCatalogue.rules()
        .forEach(
            r -> {
              assertThat(run.out()).contains(r.id().value());
              assertThat(run.out()).contains(r.descriptor().title().indonesian());
            });
    assertThat(run.out())
        .contains("PPRG-INST-001    ERROR   LEGAL  Daerah wajib memiliki Pokja PUG.");
    assertThat(run.out()).contains("Permendagri 15/2008; Permendagri 67/2011");
  }

  @Test
  void rules_inEnglish_withAPack() {
    Cli.Run run = run("rules", "--lang", "en", "--pack", "philippines-gad");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("The region must have a Pokja PUG.")
        .contains("PHGAD-ARG-001")
        .contains("POLICY");
  }

  @Test
  void rules_asJson_isAnArrayWithIdSeverityTitleAndCitations() {
    Cli.Run run = run("rules", "--format", "json");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("[\n  {\n    \"id\": \"PPRG-INST-001\",\n    \"severity\": \"ERROR\",")
        .contains("\"title\": \"Daerah wajib memiliki Pokja PUG.\"")
        .contains("\"citations\": [\n      \"Permendagri 15/2008\",")
        .contains("\"basis\": \"POLICY\"")
        .endsWith("]\n");
    assertThat(run.out().split("\"id\": \"PPRG-", -1)).hasSize(PprgCatalogue.rules().size() + 1);
  }

  @Test
  void rules_asOfADate_listsOnlyTheRulesInEffect() {
    Cli.Run before = run("rules", "--as-of", "2010-06-01");
    assertThat(before.exit()).isZero();
    assertThat(before.out()).doesNotContain("PPRG-INST-001").contains("PPRG-IND-001");
    Cli.Run now = run("rules", "--as-of", "2026-12-01");
    assertThat(now.out()).contains("PPRG-INST-001").doesNotContain("PPRG-PRQ-002");
  }

  @Test
  void rules_asMarkdown_isRulesMd() {
    assertThat(run("rules", "--format", "markdown").out())
        .isEqualTo(CatalogueListing.rulesDocument());
  }

  @Test
  void wrongArguments_exitWithTwo() {
    Cli.Run pack = run("rules", "--pack", "jakarta");
    assertThat(pack.exit()).isEqualTo(2);
    assertThat(pack.err()).contains("pug rules:").contains("babel-2016");
    assertThat(run("rules", "--lang", "fr").exit()).isEqualTo(2);
    assertThat(run("rules", "--format", "html").exit()).isEqualTo(2);
    assertThat(run("rules", "--as-of", "2026-13-01").exit()).isEqualTo(2);
  }

  @Test
  void help_describesTheCommand() {
    Cli.Run help = run("rules", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--format").contains("--pack").contains("--as-of");
  }
}
