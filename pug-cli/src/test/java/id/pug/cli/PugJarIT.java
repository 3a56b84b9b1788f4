package id.pug.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real runnable jar, {@code target/pug.jar}, as a separate process, as an auditor runs
 * it from a terminal: exit codes, standard output and error, files written.
 */
class PugJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("pug.jar", "target/pug.jar")).toAbsolutePath();
  private static final Path PLANS = Path.of("..", "examples", "plans").toAbsolutePath().normalize();
  private static final Path VALID = PLANS.resolve("kapuas-2025.json");
  private static final Path BROKEN = PLANS.resolve("kapuas-2025-broken.json");
  private static final Path SIPD =
      Path.of("..", "examples", "sipd", "kapuas-2025-sub-kegiatan.csv")
          .toAbsolutePath()
          .normalize();

  @TempDir Path dir;

  /** The outcome of one process run. */
  record Run(int exit, String out, String err) {}

  static Run pug(String... args) throws IOException, InterruptedException {
    return pugWith(List.of(), args);
  }

  static Run pugWith(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("pug finished").isTrue();
    return new Run(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void version_andHelp() throws Exception {
    assertThat(JAR).exists();
    Run version = pug("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("pug 0.1.0-SNAPSHOT");
    for (String command : List.of("validate", "rules", "sipd", "ikg")) {
      Run help = pug(command, "--help");
      assertThat(help.exit()).as("%s --help", command).isZero();
      assertThat(help.out()).contains("Usage: pug " + command);
    }
  }

  @Test
  void validate_aValidPlan_exitsZero_withAJsonReport() throws Exception {
    Run run = pug("validate", VALID.toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode report = json(run.out());
    assertThat(report.get("format").asText()).isEqualTo("pug.report.v1");
    assertThat(report.get("plan").get("id").asText()).isEqualTo("62.03/2025");
    assertThat(report.get("ruleSet").get("version").asText()).startsWith("pprg-national ");
    assertThat(report.get("summary").get("hasErrors").asBoolean()).isFalse();
    assertThat(report.get("summary").get("violationsBySeverity").get("ERROR").asInt()).isZero();
    assertThat(report.get("rules").size()).isGreaterThanOrEqualTo(40);
  }

  @Test
  void validate_aBrokenPlan_exitsOne_listingItsErrors() throws Exception {
    Run run = pug("validate", BROKEN.toString(), "--format", "json", "--lang", "en");
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    JsonNode findings = json(run.out()).get("findings");
    Set<String> errors = new TreeSet<>();
    for (JsonNode f : findings) {
      if (f.get("severity").asText().equals("ERROR")
          && f.get("outcome").asText().equals("VIOLATED")) {
        errors.add(f.get("rule").asText());
        assertThat(f.get("path").asText()).isNotEmpty();
        assertThat(f.get("message").asText()).isNotEmpty();
        assertThat(f.get("citations").size()).isPositive();
      }
    }
    assertThat(errors).hasSizeGreaterThanOrEqualTo(3);
    Run text = pug("validate", BROKEN.toString());
    assertThat(text.exit()).isEqualTo(1);
    assertThat(text.out()).contains("Laporan validasi PPRG 62.03/2025").contains("[WAJIB]");
  }

  @Test
  void validate_writesASelfContainedHtmlAuditReport() throws Exception {
    Path html = dir.resolve("laporan.html");
    Run run =
        pug(
            "validate",
            VALID.toString(),
            BROKEN.toString(),
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("<section>")
        .contains("Kabupaten Kapuas")
        .contains("@media print")
        .doesNotContain("<script");
    Path md = dir.resolve("laporan.md");
    assertThat(pug("validate", BROKEN.toString(), "-f", "markdown", "-o", md.toString()).exit())
        .isEqualTo(1);
    assertThat(Files.readString(md, StandardCharsets.UTF_8)).startsWith("# Temuan validasi PPRG");
  }

  @Test
  void validate_withAPackAParameterAndATrace() throws Exception {
    Path trace = dir.resolve("trace.json");
    Run run =
        pug(
            "validate",
            VALID.toString(),
            "--pack",
            "babel-2016",
            "--param",
            "PPRG-ARG-008.targetPercent=80",
            "--as-of",
            "2025-06-30",
            "--trace",
            trace.toString(),
            "--format",
            "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode report = json(run.out());
    assertThat(report.get("asOf").asText()).isEqualTo("2025-06-30");
    assertThat(report.get("ruleSet").get("version").asText()).contains("babel-2016 1");
    assertThat(run.out()).contains("BABEL-PPRG-001").contains("PPRG-ARG-008");
    assertThat(json(Files.readString(trace)).get("format").asText()).isEqualTo("pug.trace.v1");
  }

  @Test
  void unreadableInput_exitsTwo_withLocatedProblems_andNoStackTrace() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.json"), "{\"format\": \"pug.plan.v1\",\n  \"region\": 62\n");
    Run run = pug("validate", bad.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("bad.json").contains("line").doesNotContain("\tat ");
    Run missing = pug("validate", dir.resolve("nowhere.json").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.json").doesNotContain("\tat ");
  }

  @Test
  void validate_showsProgressOnStandardError_whenItTakesLongerThanTheThreshold() throws Exception {
    Run run =
        pugWith(List.of("-Dpug.progressAfterMillis=1"), "validate", VALID.toString(), "-f", "json");
    assertThat(run.exit()).isZero();
    assertThat(run.err()).containsPattern("pug validate: (reading|validating|writing)");
    assertThat(json(run.out()).get("format").asText()).isEqualTo("pug.report.v1");
  }

  @Test
  void wrongArguments_exitTwo() throws Exception {
    assertThat(pug("validate", VALID.toString(), "--lang", "fr").exit()).isEqualTo(2);
    assertThat(pug("validate", VALID.toString(), "--format", "pdf").exit()).isEqualTo(2);
    assertThat(pug("validate", VALID.toString(), "--pack", "jakarta").exit()).isEqualTo(2);
    assertThat(pug("validate", VALID.toString(), "--param", "nonsense").exit()).isEqualTo(2);
    assertThat(pug("validate").exit()).isEqualTo(2);
  }

  @Test
  void sipd_importsAnExport_thatValidates() throws Exception {
    Path plan = dir.resolve("sipd-plan.json");
    Run run =
        pug("sipd", SIPD.toString(), "--region", "62.03", "--year", "2025", "-o", plan.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("3 budget lines of 1 agencies imported, 0 rows rejected");
    Run validated = pug("validate", plan.toString(), "-f", "json");
    assertThat(validated.exit()).as(validated.err()).isEqualTo(1);
    assertThat(json(validated.out()).get("plan").get("id").asText()).isEqualTo("62.03/2025");
  }

  @Test
  void rules_asJson() throws Exception {
    Run run = pug("rules", "--format", "json");
    assertThat(run.exit()).isZero();
    JsonNode rules = json(run.out());
    assertThat(rules.size()).isGreaterThanOrEqualTo(40);
    assertThat(rules.get(0).has("citations")).isTrue();
  }
}
