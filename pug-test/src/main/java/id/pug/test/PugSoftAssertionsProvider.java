package id.pug.test;

import id.pug.rules.engine.ValidationReport;
import org.assertj.core.api.SoftAssertionsProvider;
import org.jspecify.annotations.Nullable;

/**
 * Soft {@code assertThat(report)} for any AssertJ soft-assertions class: implement it next to
 * AssertJ's own providers to mix pug's assertions with others in one collector, as {@link
 * PugSoftAssertions} does.
 *
 * <pre>{@code
 * class MySoftAssertions extends SoftAssertions implements PugSoftAssertionsProvider {}
 * }</pre>
 */
public interface PugSoftAssertionsProvider extends SoftAssertionsProvider {
  /**
   * Soft assertions on a validation report: failures, including those of the findings assertions
   * obtained from it, are collected until {@code assertAll()}.
   *
   * @param actual the report
   * @return the soft assertions
   */
  default ValidationReportAssert assertThat(@Nullable ValidationReport actual) {
    return proxy(ValidationReportAssert.class, ValidationReport.class, actual).collectingInto(this);
  }
}
