package id.pug.test;

import id.pug.rules.engine.ValidationReport;
import org.assertj.core.api.SoftAssertionsProvider;
import org.jspecify.annotations.Nullable;

/**
 * Soft {@code then(report)} for any AssertJ soft-assertions class, as {@link PugBddSoftAssertions}
 * uses it.
 */
public interface PugBddSoftAssertionsProvider extends SoftAssertionsProvider {
  /**
   * Soft assertions on a validation report: failures, including those of the findings assertions
   * obtained from it, are collected until {@code assertAll()}.
   *
   * @param actual the report
   * @return the soft assertions
   */
  default ValidationReportAssert then(@Nullable ValidationReport actual) {
    return proxy(ValidationReportAssert.class, ValidationReport.class, actual).collectingInto(this);
  }
}
