package id.pug.test;

import id.pug.rules.engine.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * The BDD-style entry point of pug's assertions: {@code then(report)}, as AssertJ's {@code
 * BDDAssertions} writes {@code assertThat}.
 *
 * <pre>{@code
 * import static id.pug.test.PugBddAssertions.then;
 *
 * then(report).hasNoErrors();
 * }</pre>
 */
public final class PugBddAssertions {
  private PugBddAssertions() {}

  /**
   * Assertions on a validation report.
   *
   * @param actual the report
   * @return the assertions
   */
  public static ValidationReportAssert then(@Nullable ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }
}
