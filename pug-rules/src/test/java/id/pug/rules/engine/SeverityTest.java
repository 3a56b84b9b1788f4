package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTest {

  @Test
  void wording_followsMustShouldInfo() {
    assertThat(Severity.ERROR.english()).isEqualTo("must");
    assertThat(Severity.ERROR.indonesian()).isEqualTo("wajib");
    assertThat(Severity.WARNING.english()).isEqualTo("should");
    assertThat(Severity.WARNING.indonesian()).isEqualTo("sebaiknya");
    assertThat(Severity.INFO.english()).isEqualTo("info");
  }

  @Test
  void isAtLeast_ordersErrorAboveWarningAboveInfo() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.ERROR)).isFalse();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
  }
}
