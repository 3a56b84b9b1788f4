package id.pug.test;

import static id.pug.test.Messages.in;

import com.google.common.collect.ImmutableList;
import id.pug.core.agency.AgencyId;
import id.pug.core.law.Citation;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on some findings of a validation report — the violations of one rule, say — that
 * narrow them step by step: {@link #atPath(String)}, {@link #withSeverity(Severity)}, {@link
 * #citing(String)}, {@link #withMessageContaining(String)}, {@link #forAgency(String)}. Each step
 * fails when no finding is left, and its failure message lists the findings it examined, one per
 * line; {@link #hasSize(int)} checks the count; {@link #and()} goes back to the report.
 *
 * <pre>{@code
 * assertThat(report)
 *     .hasViolation("PPRG-KAK-006")
 *     .atPath("termsOfReference[0].cost")
 *     .withSeverity(Severity.WARNING)
 *     .hasSize(1)
 *     .and()
 *     .hasNoErrors();
 * }</pre>
 *
 * <p>Obtain one from {@link ValidationReportAssert#hasViolation(String)} or {@link
 * ValidationReportAssert#hasInsufficientData(String)}.
 */
public class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {
  /** What the findings are, as failure messages name them, in both languages. */
  record Subject(String indonesian, String english) {
    String in(Language language) {
      return Messages.in(language, indonesian, english);
    }

    Subject and(String indonesian, String english) {
      return new Subject(this.indonesian + " " + indonesian, this.english + " " + english);
    }
  }

  private @Nullable ValidationReportAssert report;
  private Language language = Language.INDONESIAN;
  private Subject subject = new Subject("temuan", "findings");
  private String reportName = "";
  private List<Finding> examined;
  private boolean ofReport;
  private String note = "";

  /**
   * Creates the assertions on a list of findings; prefer {@link
   * ValidationReportAssert#hasViolation(String)}, which names the report in failure messages.
   *
   * @param actual the findings
   */
  public FindingsAssert(@Nullable List<Finding> actual) {
    super(actual, FindingsAssert.class);
    this.examined = actual == null ? ImmutableList.of() : actual;
  }

  /** Sets what the findings are and where they come from. */
  final FindingsAssert context(
      @Nullable ValidationReportAssert report,
      Language language,
      Subject subject,
      String reportName,
      List<Finding> examined,
      boolean ofReport,
      String note) {
    this.report = report;
    this.language = language;
    this.subject = subject;
    this.reportName = reportName;
    this.examined = examined;
    this.ofReport = ofReport;
    this.note = note;
    return this;
  }

  /**
   * Chooses the language of failure messages and of the messages {@link
   * #withMessageContaining(String)} searches.
   *
   * @param language Indonesian (the default) or English
   * @return this assertion
   */
  public FindingsAssert inLanguage(Language language) {
    this.language = Objects.requireNonNull(language, "language");
    return myself;
  }

  /**
   * Verifies that there is at least one finding.
   *
   * @return this assertion
   * @throws AssertionError if there is none
   */
  public FindingsAssert isNotEmpty() {
    isNotNull();
    if (findings().isEmpty()) {
      StringBuilder message =
          new StringBuilder(in(language, "Diharapkan ada ", "Expected "))
              .append(subject.in(language));
      if (!reportName.isEmpty()) {
        message.append(in(language, " dalam ", " in the ")).append(reportName);
      }
      message.append(in(language, ", tetapi tidak ditemukan.", ", but found none."));
      if (!note.isEmpty()) {
        message.append('\n').append(note);
      }
      throw ValidationReportAssert.trimmed(
          failure(
              ValidationReportAssert.escape(
                  message + "\n" + Messages.listing(examined, ofReport, language))));
    }
    return myself;
  }

  /**
   * Keeps the findings that point at a path.
   *
   * @param path a path such as {@code "budgetStatements[0].budget"}; {@code ""} for the plan
   * @return assertions on the findings kept
   * @throws AssertionError if none points there
   * @throws IllegalArgumentException if the path is malformed
   */
  public FindingsAssert atPath(String path) {
    ElementPath wanted = Messages.elementPath(path, language);
    String shown = Messages.path(wanted, Language.INDONESIAN);
    String shownEn = Messages.path(wanted, Language.ENGLISH);
    return narrow(f -> f.path().equals(wanted), "di " + shown, "at " + shownEn);
  }

  /**
   * Keeps the findings of a severity.
   *
   * @param severity ERROR, WARNING or INFO
   * @return assertions on the findings kept
   * @throws AssertionError if none has that severity
   */
  public FindingsAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return narrow(
        f -> f.severity() == severity,
        "dengan tingkat keparahan " + severity + " (" + severity.indonesian() + ")",
        "with severity " + severity + " (" + severity.english() + ")");
  }

  /**
   * Keeps the findings whose rule cites a regulation: a citation whose {@link Citation#format()}
   * starts with the given text.
   *
   * @param citation for example {@code "Permendagri 67/2011"} or {@code "Perda Kota Semarang
   *     11/2021 Pasal 8"}
   * @return assertions on the findings kept
   * @throws AssertionError if no finding cites it
   */
  public FindingsAssert citing(String citation) {
    Objects.requireNonNull(citation, "citation");
    return narrow(
        f -> f.citations().stream().anyMatch(c -> c.format().startsWith(citation)),
        "yang mengutip " + citation,
        "citing " + citation);
  }

  /**
   * Keeps the findings whose message, in the language of this assertion, contains a text.
   *
   * @param text the text
   * @return assertions on the findings kept
   * @throws AssertionError if no message contains it
   */
  public FindingsAssert withMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    Language searched = language;
    return narrow(
        f -> f.message(searched).contains(text),
        "dengan pesan yang memuat \"" + text + "\"",
        "with a message containing \"" + text + "\"");
  }

  /**
   * Keeps the findings about an agency's subjects.
   *
   * @param agencyId the agency's id in the plan, such as {@code "pppa"}
   * @return assertions on the findings kept
   * @throws AssertionError if no finding is about that agency
   * @throws IllegalArgumentException if the id is malformed
   */
  public FindingsAssert forAgency(String agencyId) {
    AgencyId agency = Messages.agencyId(agencyId, language);
    return narrow(
        f -> f.agency().equals(Optional.of(agency)),
        "milik perangkat daerah '" + agency + "'",
        "of agency '" + agency + "'");
  }

  /**
   * Verifies the number of findings.
   *
   * @param expected the number
   * @return this assertion
   * @throws AssertionError if there are more or fewer
   */
  public FindingsAssert hasSize(int expected) {
    isNotNull();
    List<Finding> findings = findings();
    if (findings.size() != expected) {
      String message =
          in(language, "Diharapkan ", "Expected ")
              + expected
              + " "
              + subject.in(language)
              + (reportName.isEmpty() ? "" : in(language, " dalam ", " in the ") + reportName)
              + in(language, ", tetapi ditemukan ", ", but found ")
              + findings.size()
              + ".";
      throw ValidationReportAssert.trimmed(
          failure(
              ValidationReportAssert.escape(
                  message + "\n" + Messages.listing(findings, false, language))));
    }
    return myself;
  }

  /**
   * Goes back to the report's assertions.
   *
   * @return the assertions on the report these findings come from
   * @throws IllegalStateException if these assertions were not created from a report's
   */
  public final ValidationReportAssert and() {
    ValidationReportAssert origin = report;
    if (origin == null) {
      throw new IllegalStateException("these findings were not obtained from a report assertion");
    }
    return origin;
  }

  private List<Finding> findings() {
    return actual == null ? ImmutableList.of() : actual;
  }

  private FindingsAssert narrow(Predicate<Finding> keep, String indonesian, String english) {
    isNotNull();
    List<Finding> findings = findings();
    ImmutableList<Finding> kept =
        findings.stream().filter(keep).collect(ImmutableList.toImmutableList());
    Subject narrowed = subject.and(indonesian, english);
    FindingsAssert next =
        report == null
            ? new FindingsAssert(kept)
            : report.findings(kept, narrowed, reportName, findings, false, "");
    next.context(report, language, narrowed, reportName, findings, false, "");
    return next.isNotEmpty();
  }
}
