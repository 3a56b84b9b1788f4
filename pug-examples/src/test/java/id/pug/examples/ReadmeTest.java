package id.pug.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyNameCatalog;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.region.RegionCatalog;
import id.pug.io.report.AuditReport;
import id.pug.io.report.ScoringJson;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.international.InternationalScoring;
import id.pug.test.PugPlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the README true: its commands, its quick start and the numbers it states. */
class ReadmeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static String read(String file) throws IOException {
    return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
  }

  private static List<String> blocks(String markdown, String language) {
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1).strip());
    }
    return blocks;
  }

  @Test
  void readme_opensWithTheDemoAndTestCommands_andCiRunsTheTestCommand() throws IOException {
    List<String> commands = blocks(read("README.md"), "sh");
    assertThat(commands).hasSizeGreaterThanOrEqualTo(2);
    String demo = commands.get(0);
    String test = commands.get(1);

    assertThat(demo).startsWith("./mvnw ").contains("-pl pug-examples -am compile exec:java");
    assertThat(read("pug-examples/pom.xml"))
        .contains("<mainClass>id.pug.examples.Demo</mainClass>");
    assertThat(test).startsWith("./mvnw ").endsWith(" verify");
    List<String> ciLines =
        Arrays.stream(read(".ci/run").split("\n"))
            .map(String::strip)
            .filter(l -> l.startsWith("./mvnw"))
            .collect(Collectors.toList());
    assertThat(ciLines).containsExactly(test);
  }

  @Test
  void readmeAndReliability_giveTheMutationCommand_andTheSameFigures() throws IOException {
    String command =
        "./mvnw -B -ntp -Pmutation -pl pug-core,pug-rules test-compile"
            + " org.pitest:pitest-maven:mutationCoverage";
    String readme = read("README.md");
    String reliability = read("RELIABILITY.md");
    assertThat(blocks(readme, "sh")).contains(command);
    assertThat(blocks(reliability, "sh")).contains(command);
    String pom = read("pom.xml");
    assertThat(pom.substring(pom.indexOf("<id>mutation</id>")))
        .contains("<artifactId>pitest-maven</artifactId>")
        .contains("<artifactId>pitest-junit5-plugin</artifactId>");
    for (String row :
        List.of(
            "Contract-tested public types",
            "Malformed inputs tried",
            "Mutation score (PIT)",
            "Failures found and fixed")) {
      assertThat(leadingFigure(readme, row))
          .as(row)
          .isNotEmpty()
          .isEqualTo(leadingFigure(reliability, row));
    }
  }

  /** The first number in the last cell of the table row that starts with a label. */
  private static String leadingFigure(String markdown, String label) {
    Matcher row =
        Pattern.compile("(?m)^\\| " + Pattern.quote(label) + " \\|(?:.*\\|)? ([^|]*) \\|$")
            .matcher(markdown);
    if (!row.find()) {
      return "";
    }
    Matcher number = Pattern.compile("[0-9]+(?:[,.][0-9]+)*%?").matcher(row.group(1));
    return number.find() ? number.group() : "";
  }

  private static String marked(String file, String begin, String end) throws IOException {
    String source = read(file);
    String between =
        source.substring(source.indexOf(begin) + begin.length(), source.indexOf("    " + end));
    return Arrays.stream(between.strip().split("\n"))
        .map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(Collectors.joining("\n"));
  }

  @Test
  void readme_quickStartIsTheCodeThatRunsAsQuickStart() throws IOException {
    String quickStart = blocks(read("README.md"), "java").get(0);

    assertThat(quickStart)
        .isEqualTo(
            marked(
                "pug-examples/src/main/java/id/pug/examples/QuickStart.java",
                "// quick-start:begin",
                "// quick-start:end"));
    assertThat(quickStart.split("\n").length).isBetween(10, 20);
  }

  @Test
  void readme_ikgExampleIsTheCodeThatRunsAsIndicatorExample() throws IOException {
    assertThat(blocks(read("README.md"), "java").get(1))
        .isEqualTo(
            marked(
                "pug-examples/src/main/java/id/pug/examples/IndicatorExample.java",
                "// readme:begin",
                "// readme:end"));
  }

  @Test
  void readme_validationExamplesAreTheCodeThatRunsAsValidationExample() throws IOException {
    List<String> java = blocks(read("README.md"), "java");
    String file = "pug-examples/src/main/java/id/pug/examples/ValidationExample.java";
    assertThat(java.get(2)).isEqualTo(marked(file, "// validate:begin", "// validate:end"));
    assertThat(java.get(2).split("\n")).hasSize(5);
    assertThat(java.get(3)).isEqualTo(marked(file, "// compose:begin", "// compose:end"));
    assertThat(java.get(4)).isEqualTo(marked(file, "// rule:begin", "// rule:end"));
  }

  @Test
  void readme_auditorExampleIsTheCodeOfAuditorExampleTest() throws IOException {
    assertThat(blocks(read("README.md"), "java").get(5))
        .isEqualTo(
            marked(
                "pug-examples/src/test/java/id/pug/examples/AuditorExampleTest.java",
                "// readme-auditor:begin",
                "// readme-auditor:end"));
  }

  @Test
  void readme_scoringExample_runs_andIsTheCodeHere() throws IOException {
    Path file = ROOT.resolve("examples/plans/kapuas-2025.json");
    RegionalPprgPlan plan = PugPlans.load(file);
    ValidationReport report = PugPlans.validate(file);
    // readme-scoring:begin
    InternationalScoring scoring = InternationalScoring.of(plan); // or of(plan, ScoringOptions)
    String json = ScoringJson.write(scoring); // pug.scoring.v1, docs/scoring-format.md
    String audit = AuditReport.markdown(report, plan, scoring, Language.INDONESIAN);
    // readme-scoring:end
    assertThat(json).contains("\"format\" : \"pug.scoring.v1\"");
    assertThat(audit).contains("HGDG");
    assertThat(blocks(read("README.md"), "java").get(6))
        .isEqualTo(
            marked(
                "pug-examples/src/test/java/id/pug/examples/ReadmeTest.java",
                "// readme-scoring:begin",
                "// readme-scoring:end"));
  }

  @Test
  void readme_markdownSample_isWhatPugWrites() throws IOException {
    String sample =
        blocks(read("README.md"), "text").stream()
            .filter(b -> b.startsWith("# PPRG validation findings"))
            .findFirst()
            .orElseThrow();
    java.nio.file.Path broken = ROOT.resolve("examples/plans/kapuas-2025-broken.json");
    String written =
        id.pug.io.report.AuditReport.markdown(
            id.pug.test.PugPlans.validate(broken),
            id.pug.test.PugPlans.load(broken),
            id.pug.rules.engine.Language.ENGLISH);
    String stripped =
        Arrays.stream(written.split("\n"))
            .map(String::stripTrailing)
            .collect(Collectors.joining("\n"));
    for (String line : sample.split("\n")) {
      if (!line.equals("…")) {
        assertThat(stripped).as("README sample line").contains(line);
      }
    }
  }

  @Test
  void readme_statesTheRuleCatalogueSize() throws IOException {
    assertThat(read("README.md"))
        .contains(id.pug.rules.PprgCatalogue.rules().size() + " rules")
        .contains(id.pug.rules.packs.PolicyPacks.names().size() + " policy packs");
  }

  @Test
  void readme_statesTheCatalogueSizesThatShip() throws IOException {
    String readme = read("README.md");
    RegionCatalog regions = RegionCatalog.kalimantan();
    int provinces = regions.provinces().size();

    assertThat(readme)
        .contains(RegulationCatalog.shipped().size() + " instruments")
        .contains(
            provinces
                + " Kalimantan provinces and "
                + (regions.size() - provinces)
                + " kabupaten/kota")
        .contains(AgencyNameCatalog.shipped().variants().size() + " name variants")
        .contains(AgencyCatalog.kalimantan().size() + " Kalimantan agencies")
        .contains(
            NomenclatureCatalog.shipped().version("kabkota-050-5889").entries().size() + " rows")
        .contains(SourceRegistry.shipped().all().size() + " source entries");
  }
}
