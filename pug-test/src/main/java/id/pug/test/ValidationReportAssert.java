package id.pug.test;

import static id.pug.test.Messages.in;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link ValidationReport}, written for auditors: every failure message names the
 * report and lists every one of its findings (or of the narrowed set), one per line — severity,
 * rule id, path and message — in Indonesian by default or in English ({@link
 * #inLanguage(Language)}).
 *
 * <pre>{@code
 * assertThat(report).hasNoErrors();
 * assertThat(report)
 *     .hasViolation("PPRG-GBS-005")
 *     .atPath("budgetStatements[0].budget")
 *     .citing("Permendagri 67/2011")
 *     .hasSize(1);
 * assertThat(report).inLanguage(Language.ENGLISH).containsOnlyViolations("PPRG-KAK-003");
 * }</pre>
 *
 * <p>Obtain one from {@link PugAssertions#assertThat(ValidationReport)}, {@link
 * PugBddAssertions#then(ValidationReport)} or the soft variants. Rule ids given to an assertion
 * must be well formed ({@code NAMESPACE-FAMILY-NNN}), otherwise it throws {@link
 * IllegalArgumentException}; a well-formed id the report's rule set lacks makes positive assertions
 * fail with a message that says so.
 */
public class ValidationReportAssert
    extends AbstractAssert<ValidationReportAssert, ValidationReport> {
  private Language language = Language.INDONESIAN;
  private @Nullable SoftAssertionsProvider softly;

  /**
   * Creates the assertions; prefer {@link PugAssertions#assertThat(ValidationReport)}.
   *
   * @param actual the report
   */
  public ValidationReportAssert(@Nullable ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /** Makes the findings assertions this creates soft too: they report to the same collector. */
  final ValidationReportAssert collectingInto(SoftAssertionsProvider provider) {
    this.softly = Objects.requireNonNull(provider, "provider");
    return this;
  }

  /**
   * Chooses the language of failure messages (and of the messages {@link
   * FindingsAssert#withMessageContaining(String)} searches).
   *
   * @param language Indonesian (the default) or English
   * @return this assertion
   */
  public ValidationReportAssert inLanguage(Language language) {
    this.language = Objects.requireNonNull(language, "language");
    return myself;
  }

  /**
   * Verifies that no ERROR rule was violated: the plan meets the PPRG requirements of law.
   *
   * @return this assertion
   * @throws AssertionError if an ERROR rule was violated
   */
  public ValidationReportAssert hasNoErrors() {
    ValidationReport report = report();
    List<Finding> errors = report.violations(Severity.ERROR);
    if (!errors.isEmpty()) {
      fail(
          in(language, "Diharapkan ", "Expected the ")
              + Messages.report(report, language)
              + in(
                  language,
                  " tanpa pelanggaran aturan wajib (ERROR), tetapi ada ",
                  " to have no violation of an ERROR rule, but it has ")
              + errors.size()
              + ".",
          report.findings(),
          true);
    }
    return myself;
  }

  /**
   * Verifies that no rule was violated, whatever its severity (insufficient data is allowed).
   *
   * @return this assertion
   * @throws AssertionError if a rule was violated
   */
  public ValidationReportAssert hasNoViolations() {
    ValidationReport report = report();
    List<Finding> violations = report.violations();
    if (!violations.isEmpty()) {
      fail(
          in(language, "Diharapkan ", "Expected the ")
              + Messages.report(report, language)
              + in(
                  language,
                  " tanpa pelanggaran, tetapi ada ",
                  " to have no violations, but it has ")
              + violations.size()
              + ".",
          report.findings(),
          true);
    }
    return myself;
  }

  /**
   * Verifies that the report holds no finding at all: no violation and no lack of data.
   *
   * @return this assertion
   * @throws AssertionError if the report holds a finding
   */
  public ValidationReportAssert hasNoFindings() {
    ValidationReport report = report();
    if (!report.findings().isEmpty()) {
      fail(
          in(language, "Diharapkan ", "Expected the ")
              + Messages.report(report, language)
              + in(language, " tanpa temuan, tetapi ada ", " to have no findings, but it has ")
              + report.findings().size()
              + ".",
          report.findings(),
          true);
    }
    return myself;
  }

  /**
   * Verifies that a rule was violated, and returns assertions on its violations to narrow them by
   * path, severity, citation, message or agency.
   *
   * @param ruleId the rule's id, such as {@code "PPRG-GBS-005"}
   * @return assertions on the rule's violations
   * @throws AssertionError if the rule was not violated
   * @throws IllegalArgumentException if the id is malformed
   */
  public final FindingsAssert hasViolation(String ruleId) {
    return findingsOf(Messages.ruleId(ruleId, language), Outcome.VIOLATED);
  }

  /**
   * Verifies that a rule could not be checked for lack of data, and returns assertions on those
   * findings.
   *
   * @param ruleId the rule's id, such as {@code "PPRG-PLAN-005"}
   * @return assertions on the rule's insufficient-data findings
   * @throws AssertionError if the rule has no such finding
   * @throws IllegalArgumentException if the id is malformed
   */
  public final FindingsAssert hasInsufficientData(String ruleId) {
    return findingsOf(Messages.ruleId(ruleId, language), Outcome.INSUFFICIENT_DATA);
  }

  private FindingsAssert findingsOf(RuleId rule, Outcome outcome) {
    FindingsAssert.Subject subject =
        outcome == Outcome.VIOLATED
            ? new FindingsAssert.Subject("pelanggaran aturan " + rule, "violations of " + rule)
            : new FindingsAssert.Subject(
                "temuan data tidak cukup aturan " + rule, "insufficient-data findings of " + rule);
    ValidationReport report = actual;
    if (report == null) {
      isNotNull();
      return findings(ImmutableList.of(), subject, "null", ImmutableList.of(), true, "");
    }
    ImmutableList<Finding> matching =
        report.findings().stream()
            .filter(f -> f.ruleId().equals(rule) && f.outcome() == outcome)
            .collect(ImmutableList.toImmutableList());
    return findings(
            matching,
            subject,
            Messages.report(report, language),
            report.findings(),
            true,
            Messages.fate(report, rule, language))
        .isNotEmpty();
  }

  /**
   * Verifies that the set of rules violated is exactly the given set (in any order, each rule with
   * any number of violations).
   *
   * @param ruleIds the rules' ids; none means that no rule may be violated
   * @return this assertion
   * @throws AssertionError if another rule was violated, or a given rule was not
   * @throws IllegalArgumentException if an id is malformed
   */
  public ValidationReportAssert containsOnlyViolations(String... ruleIds) {
    Set<RuleId> expected = new LinkedHashSet<>(Messages.ruleIds(ruleIds, language));
    ValidationReport report = report();
    Set<RuleId> violated = new LinkedHashSet<>();
    report.violations().forEach(f -> violated.add(f.ruleId()));
    if (!violated.equals(expected)) {
      StringBuilder headline =
          new StringBuilder(
                  in(
                      language,
                      "Diharapkan aturan yang dilanggar dalam ",
                      "Expected the rules violated in the "))
              .append(Messages.report(report, language))
              .append(in(language, " tepat ", " to be exactly "))
              .append(Messages.ids(expected))
              .append(in(language, ", tetapi aturan yang dilanggar ", ", but they are "))
              .append(Messages.ids(violated))
              .append('.');
      Set<RuleId> missing = Sets.difference(expected, violated);
      Set<RuleId> unexpected = Sets.difference(violated, expected);
      if (!missing.isEmpty()) {
        headline
            .append('\n')
            .append(in(language, "Tidak dilanggar: ", "Not violated: "))
            .append(Messages.ids(missing));
      }
      if (!unexpected.isEmpty()) {
        headline
            .append('\n')
            .append(in(language, "Tidak diharapkan: ", "Not expected: "))
            .append(Messages.ids(unexpected));
      }
      fail(headline.toString(), report.findings(), true);
    }
    return myself;
  }

  /**
   * Verifies that a rule ran: it is in the rule set, enabled, and in effect on the as-of date.
   *
   * @param ruleId the rule's id
   * @return this assertion
   * @throws AssertionError if the rule did not run
   * @throws IllegalArgumentException if the id is malformed
   */
  public ValidationReportAssert ranRule(String ruleId) {
    RuleId rule = Messages.ruleId(ruleId, language);
    ValidationReport report = report();
    if (report.run(rule).isEmpty()) {
      fail(
          in(language, "Diharapkan aturan ", "Expected rule ")
              + rule
              + in(language, " dijalankan dalam ", " to run in the ")
              + Messages.report(report, language)
              + in(language, ", tetapi ", ", but ")
              + Messages.whyNotRun(report, rule, language)
              + ".",
          report.findings(),
          true);
    }
    return myself;
  }

  /** The language of failure messages. */
  final Language language() {
    return language;
  }

  /** Creates assertions on findings: soft ones when this assertion is soft. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  final FindingsAssert findings(
      List<Finding> findings,
      FindingsAssert.Subject subject,
      String reportName,
      List<Finding> examined,
      boolean ofReport,
      String note) {
    SoftAssertionsProvider provider = softly;
    FindingsAssert created =
        provider == null
            ? new FindingsAssert(findings)
            : provider.proxy(FindingsAssert.class, (Class) List.class, findings);
    return created.context(this, language, subject, reportName, examined, ofReport, note);
  }

  private ValidationReport report() {
    isNotNull();
    return Objects.requireNonNull(actual);
  }

  private void fail(String headline, List<Finding> findings, boolean ofReport) {
    throw trimmed(
        failure(escape(headline + "\n" + Messages.listing(findings, ofReport, language))));
  }

  /** Escapes a finished message for AssertJ, which formats it with {@link String#format}. */
  static String escape(String message) {
    return message.replace("%", "%%");
  }

  /**
   * Removes pug-test's assertion classes from a failure's stack trace, as AssertJ removes its own,
   * so that the trace and soft-assertion reports point at the test. (AssertJ's switch for this
   * lives in an internal package, which pug-test does not use; pug-test's frames are always
   * removed.)
   */
  static AssertionError trimmed(AssertionError error) {
    error.setStackTrace(
        Arrays.stream(error.getStackTrace())
            .filter(e -> !isAssertionClass(e.getClassName()))
            .toArray(StackTraceElement[]::new));
    return error;
  }

  private static boolean isAssertionClass(String className) {
    // Soft-assertion proxies are subclasses named after the class they extend, plus '$…'.
    for (Class<?> type :
        List.of(ValidationReportAssert.class, FindingsAssert.class, Messages.class)) {
      if (className.equals(type.getName()) || className.startsWith(type.getName() + "$")) {
        return true;
      }
    }
    return false;
  }
}
