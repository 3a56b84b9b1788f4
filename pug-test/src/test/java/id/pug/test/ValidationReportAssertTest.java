package id.pug.test;

import static id.pug.test.PugAssertions.assertThat;
import static id.pug.test.TestReports.RULE_SET;
import static id.pug.test.TestReports.mutated;
import static id.pug.test.TestReports.valid;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pug.rules.engine.Language;
import id.pug.rules.engine.ValidationReport;
import org.junit.jupiter.api.Test;

class ValidationReportAssertTest {
  private static final ValidationReport VALID = valid();

  /** The GBS of budgetLines[0] states no allocation: one error, one insufficient-data finding. */
  private static final ValidationReport NO_BUDGET = mutated("PPRG-GBS-005");

  /** budgetLines[0] has a zero ceiling: two errors (ARG-003, GBS-010) and a warning (KAK-006). */
  private static final ValidationReport ZERO_CEILING = mutated("PPRG-ARG-003");

  private static final String KAPUAS_ID =
      "laporan validasi PPRG 62.03/2022 (" + RULE_SET + ", tanggal acuan 2022-01-01)";
  private static final String KAPUAS_EN =
      "PPRG validation report 62.03/2022 (" + RULE_SET + ", as of 2022-01-01)";

  // ----------------------------------------------------------------------------------------------
  // Passing
  // ----------------------------------------------------------------------------------------------

  @Test
  void aValidPlan_passesEveryNegativeAssertion() {
    assertThat(VALID).hasNoErrors().hasNoViolations().hasNoFindings().containsOnlyViolations();
  }

  @Test
  void ranRule_passesForARuleInEffect() {
    assertThat(VALID).ranRule("PPRG-INST-001").ranRule("PPRG-GBS-010");
  }

  @Test
  void hasNoViolations_allowsInsufficientData_butHasNoFindingsDoesNot() {
    assertThat(mutated("PPRG-INST-001")).hasViolation("PPRG-INST-001");
    assertThat(NO_BUDGET).hasInsufficientData("PPRG-GBS-010").atPath("budgetStatements[0].budget");
    assertThatThrownBy(() -> assertThat(NO_BUDGET).hasNoFindings())
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void hasNoErrors_passesWhenOnlyWarningsAreViolated() {
    assertThat(mutated("PPRG-KAK-003")).hasNoErrors().containsOnlyViolations("PPRG-KAK-003");
  }

  @Test
  void containsOnlyViolations_comparesSets_inAnyOrder() {
    assertThat(ZERO_CEILING)
        .containsOnlyViolations("PPRG-KAK-006", "PPRG-ARG-003", "PPRG-GBS-010", "PPRG-ARG-003");
  }

  // ----------------------------------------------------------------------------------------------
  // Failure messages: exact text in both languages
  // ----------------------------------------------------------------------------------------------

  @Test
  void hasNoViolations_failure_listsEveryFinding_inIndonesian() {
    assertThatThrownBy(() -> assertThat(NO_BUDGET).hasNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Diharapkan "
                + KAPUAS_ID
                + " tanpa pelanggaran, tetapi ada 1.\n"
                + "Temuan laporan (2):\n"
                + "  [ERROR] PPRG-GBS-005 budgetStatements[0].budget: GBS"
                + " gbs-pppa-2022-2.08.02.2.01.01 tidak menyatakan alokasi anggaran.\n"
                + "  [ERROR, data tidak cukup] PPRG-GBS-010 budgetStatements[0].budget: GBS"
                + " gbs-pppa-2022-2.08.02.2.01.01 tidak menyatakan alokasi anggaran, sehingga"
                + " tidak dapat dibandingkan dengan pagu Rp1.567.067.000.");
  }

  @Test
  void hasNoViolations_failure_listsEveryFinding_inEnglish() {
    assertThatThrownBy(() -> assertThat(NO_BUDGET).inLanguage(Language.ENGLISH).hasNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected the "
                + KAPUAS_EN
                + " to have no violations, but it has 1.\n"
                + "Findings of the report (2):\n"
                + "  [ERROR] PPRG-GBS-005 budgetStatements[0].budget: GBS"
                + " gbs-pppa-2022-2.08.02.2.01.01 states no budget allocation.\n"
                + "  [ERROR, insufficient data] PPRG-GBS-010 budgetStatements[0].budget: GBS"
                + " gbs-pppa-2022-2.08.02.2.01.01 states no budget allocation, so it cannot be"
                + " compared with the ceiling of Rp1,567,067,000.");
  }

  @Test
  void hasNoErrors_failure_countsErrors_andListsEveryFinding() {
    assertThatThrownBy(() -> assertThat(ZERO_CEILING).hasNoErrors())
        .hasMessage(
            "Diharapkan "
                + KAPUAS_ID
                + " tanpa pelanggaran aturan wajib (ERROR), tetapi ada 2.\n"
                + "Temuan laporan (3):\n"
                + "  [ERROR] PPRG-GBS-010 budgetStatements[0].budget: Alokasi anggaran GBS"
                + " gbs-pppa-2022-2.08.02.2.01.01 sebesar Rp1.567.067.000, sedangkan baris"
                + " anggaran pppa-2022-0001 berjumlah Rp0.\n"
                + "  [WARNING] PPRG-KAK-006 termsOfReference[0].cost: Biaya KAK"
                + " kak-pppa-2022-2.08.02.2.01.01 sebesar Rp1.567.067.000, sedangkan baris"
                + " anggaran yang merujuknya berjumlah Rp0.\n"
                + "  [ERROR] PPRG-ARG-003 budgetLines[0].amount: Baris anggaran pppa-2022-0001"
                + " (sub kegiatan 2.08.02.2.01.01) bertanda ARG dengan pagu Rp0.");
  }

  @Test
  void containsOnlyViolations_failure_namesMissingAndUnexpectedRules_inEnglish() {
    assertThatThrownBy(
            () ->
                assertThat(ZERO_CEILING)
                    .inLanguage(Language.ENGLISH)
                    .containsOnlyViolations("PPRG-ARG-003", "PPRG-KAK-001"))
        .hasMessage(
            "Expected the rules violated in the "
                + KAPUAS_EN
                + " to be exactly [PPRG-ARG-003, PPRG-KAK-001], but they are [PPRG-ARG-003,"
                + " PPRG-GBS-010, PPRG-KAK-006].\n"
                + "Not violated: [PPRG-KAK-001]\n"
                + "Not expected: [PPRG-GBS-010, PPRG-KAK-006]\n"
                + "Findings of the report (3):\n"
                + "  [ERROR] PPRG-GBS-010 budgetStatements[0].budget: GBS"
                + " gbs-pppa-2022-2.08.02.2.01.01 allocates Rp1,567,067,000, but budget lines"
                + " pppa-2022-0001 total Rp0.\n"
                + "  [WARNING] PPRG-KAK-006 termsOfReference[0].cost: KAK"
                + " kak-pppa-2022-2.08.02.2.01.01 costs Rp1,567,067,000, but the budget lines"
                + " that name it total Rp0.\n"
                + "  [ERROR] PPRG-ARG-003 budgetLines[0].amount: Budget line pppa-2022-0001"
                + " (sub-activity 2.08.02.2.01.01) is ARG-tagged with a ceiling of Rp0.");
  }

  @Test
  void containsOnlyViolations_failure_inIndonesian() {
    assertThatThrownBy(() -> assertThat(NO_BUDGET).containsOnlyViolations())
        .hasMessageStartingWith(
            "Diharapkan aturan yang dilanggar dalam "
                + KAPUAS_ID
                + " tepat [], tetapi aturan yang dilanggar [PPRG-GBS-005].\n"
                + "Tidak diharapkan: [PPRG-GBS-005]\n"
                + "Temuan laporan (2):\n");
  }

  @Test
  void hasViolation_failure_saysWhyTheRuleDidNotRun() {
    assertThatThrownBy(() -> assertThat(VALID).hasViolation("PPRG-PLAN-008"))
        .hasMessage(
            "Diharapkan ada pelanggaran aturan PPRG-PLAN-008 dalam "
                + KAPUAS_ID
                + ", tetapi tidak ditemukan.\n"
                + "Aturan PPRG-PLAN-008 tidak dijalankan: aturan itu tidak berlaku pada tanggal"
                + " acuan 2022-01-01.\n"
                + "Temuan laporan: tidak ada.");
    assertThatThrownBy(
            () -> assertThat(VALID).inLanguage(Language.ENGLISH).hasViolation("PPRG-PLAN-008"))
        .hasMessage(
            "Expected violations of PPRG-PLAN-008 in the "
                + KAPUAS_EN
                + ", but found none.\n"
                + "Rule PPRG-PLAN-008 did not run: it is not in effect on the as-of date"
                + " 2022-01-01.\n"
                + "Findings of the report: none.");
  }

  @Test
  void hasViolation_failure_givesTheRuleOutcomes_andListsTheReport() {
    assertThatThrownBy(
            () -> assertThat(NO_BUDGET).inLanguage(Language.ENGLISH).hasViolation("PPRG-GBS-010"))
        .hasMessage(
            "Expected violations of PPRG-GBS-010 in the "
                + KAPUAS_EN
                + ", but found none.\n"
                + "Rule PPRG-GBS-010 ran: 2 passed, 0 violated, 0 not applicable, 1 insufficient"
                + " data.\n"
                + "Findings of the report (2):\n"
                + "  [ERROR] PPRG-GBS-005 budgetStatements[0].budget: GBS"
                + " gbs-pppa-2022-2.08.02.2.01.01 states no budget allocation.\n"
                + "  [ERROR, insufficient data] PPRG-GBS-010 budgetStatements[0].budget: GBS"
                + " gbs-pppa-2022-2.08.02.2.01.01 states no budget allocation, so it cannot be"
                + " compared with the ceiling of Rp1,567,067,000.");
  }

  @Test
  void hasViolation_ofARuleOutsideTheRuleSet_failsSayingSo() {
    assertThatThrownBy(() -> assertThat(VALID).hasViolation("PPRG-GBS-099"))
        .hasMessageContaining(
            "Aturan PPRG-GBS-099 tidak dijalankan: aturan itu tidak ada dalam himpunan aturan "
                + RULE_SET
                + ".");
  }

  @Test
  void hasInsufficientData_failure() {
    assertThatThrownBy(() -> assertThat(VALID).hasInsufficientData("PPRG-PLAN-005"))
        .hasMessageStartingWith(
            "Diharapkan ada temuan data tidak cukup aturan PPRG-PLAN-005 dalam " + KAPUAS_ID);
    assertThatThrownBy(
            () ->
                assertThat(VALID).inLanguage(Language.ENGLISH).hasInsufficientData("PPRG-PLAN-005"))
        .hasMessageStartingWith(
            "Expected insufficient-data findings of PPRG-PLAN-005 in the " + KAPUAS_EN);
  }

  @Test
  void ranRule_failure_saysWhy() {
    assertThatThrownBy(() -> assertThat(VALID).ranRule("PPRG-PRQ-002"))
        .hasMessage(
            "Diharapkan aturan PPRG-PRQ-002 dijalankan dalam "
                + KAPUAS_ID
                + ", tetapi aturan itu dinonaktifkan.\n"
                + "Temuan laporan: tidak ada.");
    assertThatThrownBy(
            () -> assertThat(VALID).inLanguage(Language.ENGLISH).ranRule("PPRG-PLAN-008"))
        .hasMessage(
            "Expected rule PPRG-PLAN-008 to run in the "
                + KAPUAS_EN
                + ", but it is not in effect on the as-of date 2022-01-01.\n"
                + "Findings of the report: none.");
    assertThatThrownBy(() -> assertThat(VALID).ranRule("ACME-GBS-001"))
        .hasMessageContaining("aturan itu tidak ada dalam himpunan aturan " + RULE_SET);
  }

  @Test
  void messagesHoldingPercentSigns_areNotFormatted() {
    ValidationReport share = mutated("PPRG-ARG-008");
    assertThatThrownBy(() -> assertThat(share).hasNoViolations())
        .hasMessageContaining("[WARNING] PPRG-ARG-008 budgetLines: Persentase ARG ")
        .hasMessageContaining("di bawah target 100%.");
  }

  @Test
  void aDescription_prefixesTheMessage() {
    assertThatThrownBy(() -> assertThat(NO_BUDGET).as("Kapuas 2022").hasNoErrors())
        .hasMessageStartingWith("[Kapuas 2022] Diharapkan " + KAPUAS_ID);
  }

  @Test
  void failures_pointAtTheTest_notAtPugTestsClasses() {
    Throwable error = catchThrowable(() -> assertThat(NO_BUDGET).hasViolation("PPRG-GBS-010"));
    org.assertj.core.api.Assertions.assertThat(error.getStackTrace()[0].getClassName())
        .isEqualTo(ValidationReportAssertTest.class.getName());
    error = catchThrowable(() -> assertThat(NO_BUDGET).hasNoErrors());
    org.assertj.core.api.Assertions.assertThat(error.getStackTrace()[0].getClassName())
        .isEqualTo(ValidationReportAssertTest.class.getName());
  }

  @Test
  void aNullReport_fails() {
    assertThatThrownBy(() -> assertThat((ValidationReport) null).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat((ValidationReport) null).hasViolation("PPRG-GBS-005"))
        .isInstanceOf(AssertionError.class);
  }

  // ----------------------------------------------------------------------------------------------
  // Invalid arguments
  // ----------------------------------------------------------------------------------------------

  @Test
  void malformedRuleIds_failClearly_inTheChosenLanguage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(VALID).hasViolation("PPRG-GBS-5"))
        .withMessage(
            "'PPRG-GBS-5' bukan id aturan: id aturan berbentuk NAMESPACE-FAMILY-NNN, misalnya"
                + " PPRG-GBS-003");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> assertThat(VALID).inLanguage(Language.ENGLISH).hasInsufficientData("gbs-005"))
        .withMessage(
            "'gbs-005' is not a rule id: rule ids are NAMESPACE-FAMILY-NNN, like PPRG-GBS-003");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(VALID).containsOnlyViolations("PPRG-GBS-005", "GBS"))
        .withMessageStartingWith("'GBS' bukan id aturan");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(VALID).ranRule("PPRG-GBS-000"))
        .withMessageStartingWith("'PPRG-GBS-000' bukan id aturan");
  }

  @Test
  void ruleIdsOfPolicyPacks_areWellFormed_evenOutsideTheRuleSet() {
    assertThatThrownBy(() -> assertThat(VALID).hasViolation("BABEL-PPRG-001"))
        .hasMessageContaining("tidak ada dalam himpunan aturan");
  }
}
