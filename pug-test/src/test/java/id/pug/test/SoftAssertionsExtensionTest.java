package id.pug.test;

import static id.pug.test.TestReports.mutated;
import static id.pug.test.TestReports.valid;

import id.pug.rules.engine.ValidationReport;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** pug's soft assertions under AssertJ's JUnit 5 extension, which calls assertAll after a test. */
@ExtendWith(SoftAssertionsExtension.class)
class SoftAssertionsExtensionTest {
  private static final ValidationReport NO_BUDGET = mutated("PPRG-GBS-005");

  @InjectSoftAssertions private PugSoftAssertions softly;

  @Test
  void anInjectedField_works() {
    softly.assertThat(valid()).hasNoFindings();
    softly.assertThat(NO_BUDGET).hasViolation("PPRG-GBS-005").hasSize(1);
  }

  @Test
  void anInjectedParameter_works(PugBddSoftAssertions bdd) {
    bdd.then(valid()).hasNoViolations();
    bdd.then(NO_BUDGET).hasInsufficientData("PPRG-GBS-010").atPath("budgetStatements[0].budget");
  }
}
