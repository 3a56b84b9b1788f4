package id.pug.test;

import id.pug.core.InvalidValueException;
import id.pug.core.agency.AgencyId;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.RuleRun;
import id.pug.rules.engine.SkippedRule;
import id.pug.rules.engine.ValidationReport;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The failure messages of pug's assertions, in Indonesian or English: a headline, then every
 * finding examined, one per line — severity, rule id, path and message.
 */
final class Messages {
  private Messages() {}

  /** The text in a language. */
  static String in(Language language, String indonesian, String english) {
    return language == Language.INDONESIAN ? indonesian : english;
  }

  /** The report, as failure messages name it. */
  static String report(ValidationReport report, Language language) {
    return in(language, "laporan validasi PPRG ", "PPRG validation report ")
        + report.planId()
        + " ("
        + report.ruleSetVersion()
        + in(language, ", tanggal acuan ", ", as of ")
        + report.asOf()
        + ")";
  }

  /**
   * The findings examined, one per line, under a header.
   *
   * @param findings the findings
   * @param ofReport whether they are all the report's findings, or a narrowed set
   */
  static String listing(Collection<Finding> findings, boolean ofReport, Language language) {
    String header =
        ofReport
            ? in(language, "Temuan laporan", "Findings of the report")
            : in(language, "Temuan yang diperiksa", "Findings examined");
    if (findings.isEmpty()) {
      return header + in(language, ": tidak ada.", ": none.");
    }
    StringBuilder text =
        new StringBuilder(header).append(" (").append(findings.size()).append("):");
    for (Finding finding : findings) {
      text.append("\n  ").append(line(finding, language));
    }
    return text.toString();
  }

  /** One finding: {@code [ERROR] PPRG-GBS-005 budgetStatements[0].budget: message}. */
  static String line(Finding finding, Language language) {
    String label =
        finding.outcome() == Outcome.INSUFFICIENT_DATA
            ? finding.severity() + ", " + Outcome.INSUFFICIENT_DATA.label(language)
            : finding.severity().name();
    return "["
        + label
        + "] "
        + finding.ruleId()
        + " "
        + path(finding.path(), language)
        + ": "
        + finding.message(language);
  }

  /** A path, or the plan itself for the root. */
  static String path(ElementPath path, Language language) {
    return path.isRoot() ? in(language, "(rencana)", "(plan)") : path.toString();
  }

  /** Ids joined as a list: {@code [PPRG-GBS-005, PPRG-KAK-006]}. */
  static String ids(Collection<RuleId> ids) {
    return ids.stream().map(RuleId::value).sorted().toList().toString();
  }

  /**
   * What became of a rule in a validation: how its evaluations ended, or why it did not run.
   *
   * @return for example {@code "Rule PPRG-PLAN-008 did not run: it is not in effect on the as-of
   *     date."}
   */
  static String fate(ValidationReport report, RuleId rule, Language language) {
    Optional<RuleRun> run = report.run(rule);
    if (run.isPresent()) {
      RuleRun r = run.get();
      return in(language, "Aturan ", "Rule ")
          + rule
          + in(language, " dijalankan: ", " ran: ")
          + r.passed()
          + in(language, " terpenuhi, ", " passed, ")
          + r.violated()
          + in(language, " dilanggar, ", " violated, ")
          + r.notApplicable()
          + in(language, " tidak berlaku, ", " not applicable, ")
          + r.insufficientData()
          + in(language, " data tidak cukup.", " insufficient data.");
    }
    return in(language, "Aturan ", "Rule ")
        + rule
        + in(language, " tidak dijalankan: ", " did not run: ")
        + whyNotRun(report, rule, language)
        + ".";
  }

  /** Why a rule did not run: disabled, not in effect, or not in the rule set at all. */
  static String whyNotRun(ValidationReport report, RuleId rule, Language language) {
    Optional<SkippedRule> skipped =
        report.skipped().stream().filter(s -> s.descriptor().id().equals(rule)).findFirst();
    if (skipped.isEmpty()) {
      return in(
              language, "aturan itu tidak ada dalam himpunan aturan ", "it is not in the rule set ")
          + report.ruleSetVersion();
    }
    return skipped.get().reason() == SkippedRule.Reason.DISABLED
        ? in(language, "aturan itu dinonaktifkan", "it is disabled")
        : in(
            language,
            "aturan itu tidak berlaku pada tanggal acuan " + report.asOf(),
            "it is not in effect on the as-of date " + report.asOf());
  }

  /** Parses a rule id given to an assertion. */
  static RuleId ruleId(String text, Language language) {
    Objects.requireNonNull(text, "ruleId");
    try {
      return RuleId.parse(text);
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException(
          in(
              language,
              "'"
                  + text
                  + "' bukan id aturan: id aturan berbentuk NAMESPACE-FAMILY-NNN, misalnya"
                  + " PPRG-GBS-003",
              "'"
                  + text
                  + "' is not a rule id: rule ids are NAMESPACE-FAMILY-NNN, like"
                  + " PPRG-GBS-003"),
          e);
    }
  }

  /** Parses rule ids given to an assertion. */
  static List<RuleId> ruleIds(String[] texts, Language language) {
    Objects.requireNonNull(texts, "ruleIds");
    return java.util.Arrays.stream(texts).map(t -> ruleId(t, language)).toList();
  }

  /** Parses a path given to an assertion. */
  static ElementPath elementPath(String text, Language language) {
    Objects.requireNonNull(text, "path");
    try {
      return ElementPath.parse(text);
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException(
          in(
              language,
              "'" + text + "' bukan path elemen rencana, misalnya budgetLines[12].argTag",
              "'" + text + "' is not a path in a plan, like budgetLines[12].argTag"),
          e);
    }
  }

  /** Parses an agency id given to an assertion. */
  static AgencyId agencyId(String text, Language language) {
    Objects.requireNonNull(text, "agencyId");
    try {
      return AgencyId.of(text);
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException(
          in(
              language,
              "'" + text + "' bukan id perangkat daerah",
              "'" + text + "' is not an agency id"),
          e);
    }
  }
}
