package id.pug.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void quickWork_printsNothing() {
    StringWriter err = new StringWriter();
    try (Progress progress = new Progress("pug x", new PrintWriter(err), 60_000)) {
      progress.stage("reading a.json");
      progress.stage("validating a.json");
      assertThat(progress.printedAnything()).isFalse();
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void slowWork_printsEachStageOnceTheThresholdHasPassed() throws InterruptedException {
    StringWriter err = new StringWriter();
    try (Progress progress = new Progress("pug x", new PrintWriter(err), 1)) {
      Thread.sleep(5);
      progress.stage("reading a.json (1 of 2)");
      progress.stage("validating a.json (1 of 2)");
      assertThat(progress.printedAnything()).isTrue();
    }
    assertThat(err.toString())
        .contains("pug x: reading a.json (1 of 2) …")
        .contains("pug x: validating a.json (1 of 2) …");
  }
}
