package id.pug.test;

import static id.pug.test.PugBddAssertions.then;
import static id.pug.test.TestReports.mutated;
import static id.pug.test.TestReports.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.rules.engine.ValidationReport;
import org.junit.jupiter.api.Test;

class PugBddAssertionsTest {
  private static final ValidationReport NO_BUDGET = mutated("PPRG-GBS-005");

  @Test
  void then_isAssertThat() {
    then(valid()).hasNoFindings();
    then(NO_BUDGET).hasViolation("PPRG-GBS-005").atPath("budgetStatements[0].budget");
    assertThatThrownBy(() -> then(NO_BUDGET).hasNoErrors())
        .hasMessageStartingWith("Diharapkan laporan validasi PPRG 62.03/2022");
  }

  @Test
  void bddSoftAssertions_collectFailures() {
    PugBddSoftAssertions softly = new PugBddSoftAssertions();
    softly.then(valid()).hasNoFindings();
    softly.then(NO_BUDGET).hasNoErrors().hasNoViolations();
    softly.then(NO_BUDGET).hasViolation("PPRG-KAK-003").atPath("termsOfReference[0].limits");
    assertThat(softly.errorsCollected()).hasSize(4);
    assertThatThrownBy(softly::assertAll).hasMessageContaining("Multiple Failures (4 failures)");
  }
}
