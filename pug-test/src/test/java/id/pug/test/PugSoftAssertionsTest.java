package id.pug.test;

import static id.pug.test.TestReports.mutated;
import static id.pug.test.TestReports.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.rules.engine.Language;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;

class PugSoftAssertionsTest {
  private static final ValidationReport VALID = valid();
  private static final ValidationReport NO_BUDGET = mutated("PPRG-GBS-005");

  @Test
  void passingSoftAssertions_collectNothing() {
    PugSoftAssertions softly = new PugSoftAssertions();
    softly.assertThat(VALID).hasNoFindings();
    softly
        .assertThat(NO_BUDGET)
        .hasViolation("PPRG-GBS-005")
        .atPath("budgetStatements[0].budget")
        .withSeverity(Severity.ERROR)
        .hasSize(1)
        .and()
        .hasInsufficientData("PPRG-GBS-010");
    softly.assertAll();
    assertThat(softly.errorsCollected()).isEmpty();
    assertThat(softly.wasSuccess()).isTrue();
  }

  @Test
  void failures_areCollected_andReportedTogether() {
    PugSoftAssertions softly = new PugSoftAssertions();
    softly.assertThat(NO_BUDGET).hasNoViolations();
    softly.assertThat(NO_BUDGET).inLanguage(Language.ENGLISH).hasNoErrors();
    softly.assertThat(VALID).hasNoFindings();
    assertThat(softly.errorsCollected()).hasSize(2);
    assertThat(softly.errorsCollected().get(0))
        .hasMessageStartingWith("Diharapkan laporan validasi PPRG 62.03/2022");
    assertThat(softly.errorsCollected().get(1))
        .hasMessageStartingWith("Expected the PPRG validation report 62.03/2022");
    assertThatThrownBy(softly::assertAll)
        .isInstanceOf(AssertJMultipleFailuresError.class)
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("tidak menyatakan alokasi anggaran")
        .hasMessageContaining("states no budget allocation");
  }

  @Test
  void failuresOfFindingsAssertions_areSoftToo_andTheChainGoesOn() {
    PugSoftAssertions softly = new PugSoftAssertions();
    softly
        .assertThat(VALID)
        .hasViolation("PPRG-GBS-005")
        .atPath("budgetStatements[0].budget")
        .and()
        .hasNoFindings();
    softly
        .assertThat(NO_BUDGET)
        .hasViolation("PPRG-GBS-005")
        .withSeverity(Severity.WARNING)
        .hasSize(1)
        .and()
        .hasNoErrors();
    // valid: no violation of GBS-005, and none at the path; no-budget: no WARNING, and an error.
    assertThat(softly.errorsCollected())
        .hasSize(4)
        .extracting(Throwable::getMessage)
        .satisfiesExactly(
            m -> assertThat(m).startsWith("Diharapkan ada pelanggaran aturan PPRG-GBS-005 dalam"),
            m ->
                assertThat(m)
                    .startsWith(
                        "Diharapkan ada pelanggaran aturan PPRG-GBS-005 di"
                            + " budgetStatements[0].budget dalam"),
            m ->
                assertThat(m)
                    .startsWith(
                        "Diharapkan ada pelanggaran aturan PPRG-GBS-005 dengan tingkat keparahan"
                            + " WARNING (sebaiknya) dalam"),
            m -> assertThat(m).contains("tanpa pelanggaran aturan wajib (ERROR), tetapi ada 1."));
    assertThatThrownBy(softly::assertAll)
        .hasMessageContaining("at PugSoftAssertionsTest.")
        .hasMessageNotContaining("at ValidationReportAssert")
        .hasMessageNotContaining("at FindingsAssert");
  }

  @Test
  void malformedRuleIds_throwAtOnce_evenWhenSoft() {
    PugSoftAssertions softly = new PugSoftAssertions();
    assertThatThrownBy(() -> softly.assertThat(VALID).hasViolation("GBS-005"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(softly.errorsCollected()).isEmpty();
  }

  @Test
  void assertSoftly_runsAndChecks() {
    SoftAssertionsProvider.assertSoftly(
        PugSoftAssertions.class, softly -> softly.assertThat(VALID).hasNoErrors());
    assertThatThrownBy(
            () ->
                SoftAssertionsProvider.assertSoftly(
                    PugSoftAssertions.class,
                    softly -> softly.assertThat(NO_BUDGET).hasNoErrors().hasNoFindings()))
        .hasMessageContaining("Multiple Failures (2 failures)");
  }

  /** AssertJ's soft assertions and pug's in one collector. */
  static class MixedSoftAssertions extends SoftAssertions implements PugSoftAssertionsProvider {}

  @Test
  void thePugProvider_mixesWithAssertJsSoftAssertions() {
    MixedSoftAssertions softly = new MixedSoftAssertions();
    softly.assertThat(NO_BUDGET).hasNoErrors();
    softly.assertThat(NO_BUDGET.findings()).hasSize(3);
    assertThat(softly.errorsCollected()).hasSize(2);
  }
}
