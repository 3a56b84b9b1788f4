package id.pug.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failures hostile command lines found ({@link HostileArgumentsTest}), one test each: every one
 * now exits with 2, says in a line or a few what is wrong, and prints no stack trace, no exception
 * class name and nothing on standard output.
 */
class CommandErrorsTest {
  private static final String PLAN =
      "{\"format\": \"pug.plan.v1\", \"region\": \"62.03\", \"fiscalYear\": 2025}\n";
  private static final String SIPD =
      "kode_skpd,nama_skpd,kode_sub_giat,pagu\ndp3appkb,DP3APPKB,2.08.02.2.01.01,5\n";

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void assertCleanFailure(Cli.Run run, String... named) {
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .containsIgnoringCase(named[0])
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("Error");
    for (String name : named) {
      assertThat(run.err()).containsIgnoringCase(name);
    }
  }

  @Test
  void sipd_yearBeyondWhatAYearCanBe_exits2() throws IOException {
    // was: java.time.DateTimeException with its stack trace, exit 1
    Cli.Run run =
        Cli.run(
            "sipd", file("sipd.csv", SIPD).toString(), "--region", "62.03", "--year", "1000000000");
    assertCleanFailure(run, "--year must be a year from -999999999 to 999999999, was 1000000000");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void validate_traceThatCannotBeWritten_leavesNoReportOnStandardOutput() throws IOException {
    // was: the whole report on standard output, then "cannot write", exit 2
    Cli.Run run =
        Cli.run("validate", file("plan.json", PLAN).toString(), "--trace", dir.toString());
    assertCleanFailure(run, "pug validate: cannot write " + dir + ": Is a directory");
  }

  @Test
  void badDate_saysWhatADateLooksLike() throws IOException {
    // was: "… (java.time.format.DateTimeParseException: Text '2025-02-30' could not be parsed …)"
    Cli.Run run = Cli.run("validate", file("plan.json", PLAN).toString(), "--as-of", "2025-02-30");
    assertCleanFailure(
        run,
        "Invalid value for option '--as-of': expected a date as YYYY-MM-DD, such as 2025-01-01,"
            + " was '2025-02-30'");
    assertCleanFailure(Cli.run("rules", "--as-of", "1.1.2025"), "was '1.1.2025'");
  }

  @Test
  void unusableFileName_isNamedWithoutAnExceptionName() {
    // was: "… (java.nio.file.InvalidPathException: Nul character not allowed …)"
    assertCleanFailure(
        Cli.run("validate", "plan\u0000.json"),
        "not a usable file name (Nul character not allowed)");
  }

  @Test
  void missingOrUnreadableFiles_areDescribedInWords() throws IOException {
    Path missing = dir.resolve("missing.csv");
    // was: "cannot read …: NoSuchFileException (…)"
    assertCleanFailure(
        Cli.run("ikg", "--input", missing.toString()),
        "pug ikg: cannot read " + missing + ": no such file");
    // was: "could not read the document: NoSuchFileException: …" as a located problem
    assertCleanFailure(
        Cli.run("validate", missing.toString()),
        "pug validate: cannot read " + missing + ": no such file");
    // was: "cannot read …/missing.csv: …/missing.csv"
    assertCleanFailure(
        Cli.run("sipd", missing.toString(), "--region", "62.03", "--year", "2025"),
        "pug sipd: cannot read " + missing + ": no such file");
    assertCleanFailure(
        Cli.run("validate", dir.toString()),
        "pug validate: cannot read " + dir + ": Is a directory");
  }

  @Test
  void wrongArguments_printWhatIsWrongAndTheSynopsis_notTheWholeHelp() {
    // was: the message and then the command's whole help, 16 to 30 lines
    Cli.Run run = Cli.run("validate", "--formt", "json", "plan.json");
    assertCleanFailure(run, "pug: Unknown option: '--formt'", "Possible solutions: --format");
    assertThat(run.err())
        .contains("Usage: pug validate [-hV]")
        .endsWith("Try 'pug validate --help' for more information.\n")
        .doesNotContain("Exit code");
    assertThat(run.err().lines().count()).isLessThanOrEqualTo(8);
    Cli.Run bare = Cli.run("valdate");
    assertCleanFailure(bare, "'valdate'", "Did you mean: pug validate?");
    assertThat(bare.err().lines()).hasSize(4);
  }

  @Test
  void decimalParameterWithAHugeExponent_isRejectedAtOnce() throws IOException {
    // was: accepted as 1E-999999999 and written out in full: ~30 s, a billion characters
    Cli.Run run =
        Cli.run(
            "validate",
            file("plan.json", PLAN).toString(),
            "--param",
            "PPRG-ARG-008.targetPercent=1e-999999999");
    assertCleanFailure(run, "targetPercent must be a decimal number of at most 100 digits");
  }
}
