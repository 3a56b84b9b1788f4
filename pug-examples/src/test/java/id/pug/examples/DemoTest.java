package id.pug.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {
  /** The outcome of one run. */
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Demo.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void noArguments_runsTheFiveScenariosInOrder() {
    Run run = run();
    assertThat(run.status()).isZero();
    int previous = -1;
    for (int n = 1; n <= 5; n++) {
      int at = run.out().indexOf("Scenario " + n + " — ");
      assertThat(at).as("scenario %s heading", n).isGreaterThan(previous);
      previous = at;
    }
    assertThat(run.out()).contains("RULES.md");
  }

  @Test
  void scenario_runsOne() {
    Run run = run("--scenario", "3");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Scenario 3 — ").doesNotContain("Scenario 2 — ");
  }

  @Test
  void tour_runsTheCatalogueTour() {
    Run run = run("--tour", "2026-02-10");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("1. Legal basis of PUG/PPRG in force on 2026-02-10");
  }

  @Test
  void wrongArguments_sayWhatIsExpected() {
    assertThat(run("--scenario", "9").err()).contains("from 1 to 5");
    assertThat(run("--scenario", "x").status()).isEqualTo(2);
    assertThat(run("--tour", "2026-13-01").err()).contains("a date such as");
    assertThat(run("--bogus").err()).contains("Usage: Demo");
  }
}
