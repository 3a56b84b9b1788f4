package id.pug.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IndicatorExampleTest {

  @Test
  void main_printsWhatTheReadmeComments() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      IndicatorExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("IKG 0.4886; strongest lever MTF; MTF for 0.45: 0.089" + System.lineSeparator());
  }
}
