package id.pug.test;

import id.pug.rules.engine.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of pug's AssertJ assertions: {@code assertThat(report)} on a {@link
 * ValidationReport}.
 *
 * <pre>{@code
 * import static id.pug.test.PugAssertions.assertThat;
 *
 * ValidationReport report = Validator.of(PprgCatalogue.ruleSet()).validate(plan);
 * assertThat(report).hasNoErrors();
 * assertThat(report).hasViolation("PPRG-GBS-005").atPath("budgetStatements[0].budget");
 * }</pre>
 *
 * <p>For soft assertions use {@link PugSoftAssertions}, for BDD style {@link PugBddAssertions} and
 * {@link PugBddSoftAssertions}.
 */
public final class PugAssertions {
  private PugAssertions() {}

  /**
   * Assertions on a validation report.
   *
   * @param actual the report
   * @return the assertions
   */
  public static ValidationReportAssert assertThat(@Nullable ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }
}
