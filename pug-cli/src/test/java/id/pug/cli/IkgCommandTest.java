package id.pug.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.indicator.IkgBatch;
import id.pug.core.indicator.IkgCalculator;
import id.pug.core.indicator.IkgConstants;
import id.pug.core.refdata.TextSource;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IkgCommandTest {

  private static final String HEADER = "region,year,mtf,mhpk20,pr_m,pr_f,se_m,se_f,tpak_m,tpak_f";
  private static final String JABAR_2018 =
      "JAWA BARAT,2018,0.198,0.279,78.00,22.00,36.55,28.63,82.96,42.25";
  private static final String JABAR_2020 =
      "JAWA BARAT,2020,0.155,0.295,79.17,20.83,40.59,32.48,81.90,46.79";
  private static final String ZERO_SEATS =
      "Kab. Contoh,2024,0.198,0.279,100,0,36.55,28.63,82.96,42.25";

  @TempDir Path dir;

  private static Cli.Run run(String... args) {
    return Cli.run(args);
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String batch(Path file, IkgCalculator calculator) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return IkgBatch.compute(TextSource.of(file.toString(), in), calculator).toCsv();
    }
  }

  // --- valid input ----------------------------------------------------------------------------

  @Test
  void ikg_validFile_exits0_andPrintsWhatIkgBatchComputes() throws IOException {
    Path input = file("ikg.csv", HEADER + "\n" + JABAR_2018 + "\n" + JABAR_2020 + "\n");

    Cli.Run run = run("ikg", "--input", input.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(batch(input, IkgCalculator.standard()));
    assertThat(run.out()).contains(JABAR_2018 + ",0.508488\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void ikg_shortOption_isTheSame() throws IOException {
    Path input = file("ikg.csv", HEADER + "\n" + JABAR_2018 + "\n");

    assertThat(run("ikg", "-i", input.toString()))
        .isEqualTo(run("ikg", "--input", input.toString()));
  }

  @Test
  void ikg_output_writesTheFileAndNothingToStandardOutput() throws IOException {
    Path input = file("ikg.csv", HEADER + "\n" + JABAR_2018 + "\n");
    Path output = dir.resolve("out.csv");

    Cli.Run run = run("ikg", "--input", input.toString(), "--output", output.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(output, StandardCharsets.UTF_8))
        .isEqualTo(batch(input, IkgCalculator.standard()));
  }

  @Test
  void ikg_floorOptions_changeTheResult() throws IOException {
    Path input = file("ikg.csv", HEADER + "\n" + JABAR_2018 + "\n");

    Cli.Run run =
        run("ikg", "--input", input.toString(), "--mtf-floor", "0.01", "--mhpk20-floor", "0.02");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            batch(
                input,
                IkgCalculator.with(
                    IkgConstants.builder().mtfFloor(0.01).mhpk20Floor(0.02).build())))
        .isNotEqualTo(batch(input, IkgCalculator.standard()));
  }

  // --- bad rows -------------------------------------------------------------------------------

  @Test
  void ikg_badRow_exits1_reportsLineColumnAndValue_andKeepsTheRow() throws IOException {
    String bad = "KALIMANTAN BARAT,2024,0.198,0.279,78.00,22.00,36.55,28.63,82.96,abc";
    Path input = file("ikg.csv", HEADER + "\n" + JABAR_2018 + "\n" + bad + "\n");

    Cli.Run run = run("ikg", "--input", input.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(input + " line 3, column tpak_f, value \"abc\"");
    assertThat(run.out()).contains(JABAR_2018 + ",0.508488\n").contains(bad + ",\n");
    assertThat(run.out()).isEqualTo(batch(input, IkgCalculator.standard()));
  }

  @Test
  void ikg_zeroSeatsRejected_exits1_withTheMessage() throws IOException {
    Path input = file("ikg.csv", HEADER + "\n" + JABAR_2018 + "\n" + ZERO_SEATS + "\n");

    Cli.Run rejected = run("ikg", "--input", input.toString(), "--zero-seats", "REJECT");
    Cli.Run replaced = run("ikg", "--input", input.toString());

    assertThat(rejected.exit()).isEqualTo(1);
    assertThat(rejected.err()).contains("line 3").contains("parliamentFemale").contains("REJECT");
    assertThat(rejected.out()).contains(ZERO_SEATS + ",\n");
    assertThat(replaced.exit()).isZero();
    assertThat(replaced.out()).doesNotContain(ZERO_SEATS + ",\n");
  }

  // --- input and argument errors --------------------------------------------------------------

  @Test
  void ikg_missingFile_exits2_withAMessageAndNoStackTrace() {
    Path missing = dir.resolve("missing.csv");

    Cli.Run run = run("ikg", "--input", missing.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("missing.csv").startsWith("pug ikg: cannot read");
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception in");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void ikg_malformedFile_exits2_namingFileAndLine() throws IOException {
    Path input = file("ikg.csv", HEADER.replace(",tpak_f", "") + "\n");

    Cli.Run run = run("ikg", "--input", input.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(input + " line 1").contains("tpak_f").doesNotContain("\tat ");
  }

  @Test
  void ikg_missingInput_exits2_withUsage() {
    Cli.Run run = run("ikg");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--input").contains("Usage:");
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest(name = "--mtf-floor {0}")
  @ValueSource(strings = {"-1", "abc", "0", "1.5", "NaN"})
  void ikg_badFloor_exits2(String floor) throws IOException {
    Path input = file("ikg.csv", HEADER + "\n" + JABAR_2018 + "\n");

    Cli.Run run = run("ikg", "--input", input.toString(), "--mtf-floor", floor);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isNotEmpty().doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void ikg_unknownZeroSeatPolicy_exits2() throws IOException {
    Path input = file("ikg.csv", HEADER + "\n" + JABAR_2018 + "\n");

    Cli.Run run = run("ikg", "--input", input.toString(), "--zero-seats", "IGNORE");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("IGNORE");
  }

  @Test
  void ikg_unknownOption_exits2() {
    assertThat(run("ikg", "--inptu", "x.csv").exit()).isEqualTo(2);
  }

  // --- help -----------------------------------------------------------------------------------

  @Test
  void ikg_help_exits0_andDescribesTheFormat() {
    Cli.Run run = run("ikg", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("--input")
        .contains("--mtf-floor")
        .contains("--zero-seats")
        .contains("REPLACE_WITH_0_1_PERCENT")
        .contains("mtf,mhpk20,pr_m,pr_f,se_m,se_f,tpak_m,tpak_f")
        .contains("Exit code 0");
  }

  @Test
  void pug_helpAndNoArguments_exit0_withUsage() {
    assertThat(run("--help").exit()).isZero();
    assertThat(run("--help").out()).contains("ikg");
    Cli.Run bare = run();
    assertThat(bare.exit()).isZero();
    assertThat(bare.out()).contains("Usage:").contains("ikg");
  }

  @Test
  void pug_version_exits0() {
    Cli.Run run = run("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("pug ");
  }

  // --- packaging ------------------------------------------------------------------------------

  @Test
  void pugCommand_isARunnableMainClass_withoutTheShadedJar() throws NoSuchMethodException {
    // The shaded jar's manifest names id.pug.cli.PugCommand; this checks the class itself, so the
    // test does not depend on packaging.
    Method main = PugCommand.class.getMethod("main", String[].class);

    assertThat(main.getReturnType()).isEqualTo(void.class);
    assertThat(Modifier.isStatic(main.getModifiers())).isTrue();
    assertThat(Modifier.isPublic(PugCommand.class.getModifiers())).isTrue();
    assertThat(PugCommand.class.getName()).isEqualTo("id.pug.cli.PugCommand");
  }
}
