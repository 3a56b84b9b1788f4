package id.pug.test;

import static id.pug.test.PugAssertions.assertThat;
import static id.pug.test.TestReports.RULE_SET;
import static id.pug.test.TestReports.mutated;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.rules.engine.Language;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import id.pug.test.generate.PlanGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsAssertTest {
  /** budgetLines[0] has a zero ceiling: ARG-003 and GBS-010 (errors), KAK-006 (warning). */
  private static final ValidationReport ZERO_CEILING = mutated("PPRG-ARG-003");

  private static final String KAPUAS_ID =
      "laporan validasi PPRG 62.03/2022 (" + RULE_SET + ", tanggal acuan 2022-01-01)";
  private static final String KAPUAS_EN =
      "PPRG validation report 62.03/2022 (" + RULE_SET + ", as of 2022-01-01)";

  @Test
  void narrowing_keepsTheMatchingFindings() {
    assertThat(ZERO_CEILING)
        .hasViolation("PPRG-ARG-003")
        .atPath("budgetLines[0].amount")
        .withSeverity(Severity.ERROR)
        .citing("Permendagri 67/2011")
        .citing("Permendagri")
        .withMessageContaining("bertanda ARG dengan pagu Rp0")
        .forAgency("pppa")
        .hasSize(1);
  }

  @Test
  void withMessageContaining_searchesTheChosenLanguage() {
    assertThat(ZERO_CEILING)
        .inLanguage(Language.ENGLISH)
        .hasViolation("PPRG-KAK-006")
        .withMessageContaining("but the budget lines that name it total Rp0");
    assertThat(ZERO_CEILING)
        .hasViolation("PPRG-KAK-006")
        .inLanguage(Language.ENGLISH)
        .withMessageContaining("costs Rp");
  }

  @Test
  void and_goesBackToTheReport() {
    assertThat(ZERO_CEILING)
        .hasViolation("PPRG-GBS-010")
        .atPath("budgetStatements[0].budget")
        .and()
        .hasViolation("PPRG-KAK-006")
        .withSeverity(Severity.WARNING)
        .and()
        .containsOnlyViolations("PPRG-ARG-003", "PPRG-GBS-010", "PPRG-KAK-006");
  }

  @Test
  void atPath_failure_listsTheFindingsItExamined() {
    assertThatThrownBy(
            () ->
                assertThat(ZERO_CEILING).hasViolation("PPRG-GBS-010").atPath("budgetStatements[1]"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Diharapkan ada pelanggaran aturan PPRG-GBS-010 di budgetStatements[1] dalam "
                + KAPUAS_ID
                + ", tetapi tidak ditemukan.\n"
                + "Temuan yang diperiksa (1):\n"
                + "  [ERROR] PPRG-GBS-010 budgetStatements[0].budget: Alokasi anggaran GBS"
                + " gbs-pppa-2022-2.08.02.2.01.01 sebesar Rp1.567.067.000, sedangkan baris"
                + " anggaran pppa-2022-0001 berjumlah Rp0.");
  }

  @Test
  void withSeverity_failure_inEnglish_namesEveryStepOfTheNarrowing() {
    assertThatThrownBy(
            () ->
                assertThat(ZERO_CEILING)
                    .inLanguage(Language.ENGLISH)
                    .hasViolation("PPRG-GBS-010")
                    .atPath("budgetStatements[0].budget")
                    .withSeverity(Severity.WARNING))
        .hasMessage(
            "Expected violations of PPRG-GBS-010 at budgetStatements[0].budget with severity"
                + " WARNING (should) in the "
                + KAPUAS_EN
                + ", but found none.\n"
                + "Findings examined (1):\n"
                + "  [ERROR] PPRG-GBS-010 budgetStatements[0].budget: GBS"
                + " gbs-pppa-2022-2.08.02.2.01.01 allocates Rp1,567,067,000, but budget lines"
                + " pppa-2022-0001 total Rp0.");
  }

  @Test
  void hasSize_failure() {
    assertThatThrownBy(() -> assertThat(ZERO_CEILING).hasViolation("PPRG-ARG-003").hasSize(2))
        .hasMessage(
            "Diharapkan 2 pelanggaran aturan PPRG-ARG-003 dalam "
                + KAPUAS_ID
                + ", tetapi ditemukan 1.\n"
                + "Temuan yang diperiksa (1):\n"
                + "  [ERROR] PPRG-ARG-003 budgetLines[0].amount: Baris anggaran pppa-2022-0001"
                + " (sub kegiatan 2.08.02.2.01.01) bertanda ARG dengan pagu Rp0.");
  }

  @Test
  void citing_forAgency_andMessage_failures() {
    assertThatThrownBy(
            () -> assertThat(ZERO_CEILING).hasViolation("PPRG-ARG-003").citing("Permen PPN 1/2021"))
        .hasMessageStartingWith(
            "Diharapkan ada pelanggaran aturan PPRG-ARG-003 yang mengutip Permen PPN 1/2021 dalam");
    assertThatThrownBy(
            () -> assertThat(ZERO_CEILING).hasViolation("PPRG-ARG-003").forAgency("perencanaan"))
        .hasMessageStartingWith(
            "Diharapkan ada pelanggaran aturan PPRG-ARG-003 milik perangkat daerah 'perencanaan'"
                + " dalam");
    assertThatThrownBy(
            () ->
                assertThat(ZERO_CEILING)
                    .inLanguage(Language.ENGLISH)
                    .hasViolation("PPRG-ARG-003")
                    .withMessageContaining("bertanda ARG"))
        .hasMessageStartingWith(
            "Expected violations of PPRG-ARG-003 with a message containing \"bertanda ARG\" in"
                + " the");
  }

  @Test
  void insufficientData_narrowsToo() {
    ValidationReport noBudget = mutated("PPRG-GBS-005");
    assertThat(noBudget)
        .hasInsufficientData("PPRG-GBS-010")
        .atPath("budgetStatements[0].budget")
        .withSeverity(Severity.ERROR)
        .hasSize(1)
        .and()
        .hasViolation("PPRG-GBS-005")
        .hasSize(1);
  }

  @Test
  void theRootPath_isThePlan() {
    ValidationReport noRadPug = mutated("PPRG-INST-010");
    assertThat(noRadPug).hasViolation("PPRG-INST-010").atPath("actionPlans");
    assertThatThrownBy(() -> assertThat(noRadPug).hasViolation("PPRG-INST-010").atPath(""))
        .hasMessageStartingWith("Diharapkan ada pelanggaran aturan PPRG-INST-010 di (rencana)");
  }

  @Test
  void malformedArguments_failClearly() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(ZERO_CEILING).hasViolation("PPRG-ARG-003").atPath("[0]x"))
        .withMessage("'[0]x' bukan path elemen rencana, misalnya budgetLines[12].argTag");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                assertThat(ZERO_CEILING)
                    .inLanguage(Language.ENGLISH)
                    .hasViolation("PPRG-ARG-003")
                    .forAgency("no spaces allowed"))
        .withMessage("'no spaces allowed' is not an agency id");
  }

  @Test
  void findingsOutsideAReport_cannotGoBack() {
    FindingsAssert bare = new FindingsAssert(List.of());
    assertThatIllegalStateException().isThrownBy(bare::and);
    assertThatThrownBy(bare::isNotEmpty)
        .hasMessage(
            "Diharapkan ada temuan, tetapi tidak ditemukan.\nTemuan yang diperiksa: tidak ada.");
  }

  @Test
  void everyMutationOfTheGenerator_isFoundAtItsPath() {
    for (var mutation : PlanGenerator.mutations()) {
      if (mutation.appliesTo(TestReports.PLAN)) {
        assertThat(TestReports.VALIDATOR.validate(mutation.apply(TestReports.PLAN)))
            .as(mutation.toString())
            .hasViolation(mutation.ruleId().value())
            .atPath(mutation.path().toString())
            .withSeverity(
                TestReports.VALIDATOR.rules().rules().stream()
                    .filter(r -> r.id().equals(mutation.ruleId()))
                    .findFirst()
                    .orElseThrow()
                    .descriptor()
                    .severity());
      }
    }
  }
}
