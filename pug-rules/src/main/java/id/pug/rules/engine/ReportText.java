package id.pug.rules.engine;

import id.pug.core.law.Citation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A validation report as plain text, in Indonesian or English: what was validated and by which
 * rules, the totals, then every finding with its rule, severity, path, message and legal basis.
 *
 * <p>For files and audit reports in Markdown, JSON or HTML see the auditor workflow; this is the
 * form for a terminal, a log or a test's failure message. Stateless and thread-safe.
 */
public final class ReportText {
  private ReportText() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @param language the language
   * @return the text, lines ending in {@code \n}
   */
  public static String render(ValidationReport report, Language language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(language, "language");
    boolean id = language == Language.INDONESIAN;
    Summary s = report.summary();
    StringBuilder out = new StringBuilder();
    out.append(id ? "Laporan validasi PPRG " : "PPRG validation report ")
        .append(report.planId())
        .append(id ? ", tanggal acuan " : ", as of ")
        .append(report.asOf())
        .append('\n');
    out.append(id ? "Aturan: " : "Rules: ")
        .append(report.ruleSetVersion())
        .append(" [")
        .append(report.fingerprint())
        .append("], ")
        .append(s.rulesEvaluated())
        .append(id ? " dijalankan, " : " run, ")
        .append(s.rulesSkipped())
        .append(id ? " dilewati" : " skipped")
        .append('\n');
    out.append(id ? "Ringkasan: " : "Summary: ")
        .append(s.errors())
        .append(id ? " pelanggaran wajib, " : " errors, ")
        .append(s.warnings())
        .append(id ? " peringatan, " : " warnings, ")
        .append(s.infos())
        .append(" info, ")
        .append(s.insufficientData())
        .append(id ? " data tidak cukup; " : " insufficient data; ")
        .append(s.passed())
        .append(id ? " terpenuhi dari " : " passed of ")
        .append(s.passed() + s.violated() + s.insufficientData())
        .append(id ? " pemeriksaan" : " checks");
    s.passRate().ifPresent(r -> out.append(" (").append(percent(r, language)).append(')'));
    s.complianceScore()
        .ifPresent(
            c ->
                out.append(id ? "; skor kepatuhan " : "; compliance score ")
                    .append(Values.format(c, language)));
    out.append('\n');
    if (report.findings().isEmpty()) {
      out.append(id ? "Tidak ada temuan.\n" : "No findings.\n");
      return out.toString();
    }
    out.append(id ? "Temuan:\n" : "Findings:\n");
    for (Finding f : report.findings()) {
      out.append("  ")
          .append(label(f, language))
          .append(' ')
          .append(f.ruleId())
          .append(' ')
          .append(f.path().isRoot() ? (id ? "(rencana)" : "(plan)") : f.path().toString())
          .append('\n')
          .append("      ")
          .append(f.message(language))
          .append('\n');
      if (!f.citations().isEmpty()) {
        out.append("      ")
            .append(id ? "Dasar: " : "Basis: ")
            .append(f.citations().stream().map(Citation::format).collect(Collectors.joining("; ")))
            .append(f.basis() == RuleBasis.Kind.POLICY ? " — " + f.basis().label(language) : "")
            .append('\n');
      } else if (f.basis() == RuleBasis.Kind.POLICY) {
        out.append("      ")
            .append(id ? "Dasar: " : "Basis: ")
            .append(f.basis().label(language))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static String label(Finding f, Language language) {
    if (f.outcome() == Outcome.INSUFFICIENT_DATA) {
      return "[" + Outcome.INSUFFICIENT_DATA.label(language).toUpperCase(language.locale()) + "]";
    }
    String word =
        language == Language.INDONESIAN ? f.severity().indonesian() : f.severity().english();
    return "[" + word.toUpperCase(language.locale()) + "]";
  }

  private static String percent(BigDecimal value, Language language) {
    return Values.format(value, language) + "%";
  }
}
