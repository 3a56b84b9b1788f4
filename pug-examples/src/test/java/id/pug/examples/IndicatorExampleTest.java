package id.pug.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorExampleTest {

  @Test
  void main_printsWhatTheReadmeComments() {
    assertThat(Stdout.of(() -> IndicatorExample.main(new String[0])))
        .isEqualTo("IKG 0.4886; strongest lever MTF; MTF for 0.45: 0.089" + System.lineSeparator());
  }
}
