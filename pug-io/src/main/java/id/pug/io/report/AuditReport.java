package id.pug.io.report;

import com.google.common.collect.ImmutableList;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyId;
import id.pug.core.law.Citation;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.RuleBasis;
import id.pug.rules.engine.RuleRun;
import id.pug.rules.engine.SkippedRule;
import id.pug.rules.engine.Summary;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Values;
import id.pug.rules.international.InternationalScoring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A validation report as an audit report, in Markdown or as one self-contained HTML page, shaped
 * like an inspectorate's report of findings on PPRG (Permen PPPA 4/2014: oversight of PPRG, with a
 * report of findings and recommendations to the budget team and each agency): a summary, the
 * findings grouped by agency — each with the cited regulation and a recommendation —, the
 * region-wide findings, the checks that lacked data, and the rules that passed.
 *
 * <p>Overloads taking an {@link InternationalScoring} add a section on the plan's HGDG, OECD DAC
 * and UN GEM scorings, marked as suggestions; the other overloads' output is unchanged.
 *
 * <p>It is pug's report of what the rules found, not an official LHP; its header says so. HTML text
 * is escaped with Guava's {@link HtmlEscapers}; the page carries its own styles and reads well when
 * printed. Stateless and thread-safe.
 */
public final class AuditReport {
  private AuditReport() {}

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  /** Labels in both languages. */
  private record Words(Language language) {
    String of(String indonesian, String english) {
      return language == Language.INDONESIAN ? indonesian : english;
    }
  }

  /** One finding group: an agency (or the region as a whole) and its findings. */
  private record Group(String heading, List<Finding> findings) {}

  /**
   * The report in Markdown.
   *
   * @param report the report
   * @param plan the plan validated, for agency and region names
   * @param language the language
   * @return the Markdown text
   */
  public static String markdown(ValidationReport report, RegionalPprgPlan plan, Language language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(plan, "plan");
    return markdownOf(report, plan, null, language);
  }

  /**
   * The report in Markdown, followed by a section on the plan's international scorings (HGDG, OECD
   * DAC marker, UN GEM): the plan-level view, one row per budget line, and the reasons.
   *
   * @param report the report
   * @param plan the plan validated, for agency and region names
   * @param scoring the plan's scorings ({@link InternationalScoring#of})
   * @param language the language
   * @return the Markdown text
   * @throws IllegalArgumentException if the scoring is of another plan (region or fiscal year)
   */
  public static String markdown(
      ValidationReport report,
      RegionalPprgPlan plan,
      InternationalScoring scoring,
      Language language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(plan, "plan");
    requireSamePlan(plan, scoring);
    return markdownOf(report, plan, scoring, language);
  }

  private static String markdownOf(
      ValidationReport report,
      RegionalPprgPlan plan,
      @Nullable InternationalScoring scoring,
      Language language) {
    Words w = new Words(language);
    StringBuilder out = new StringBuilder();
    out.append("# ").append(title(report, plan, w)).append("\n\n");
    for (String line : header(report, w)) {
      out.append(line).append("  \n");
    }
    out.append("\n## ").append(w.of("Ringkasan", "Summary")).append("\n\n");
    out.append("| ").append(w.of("Uraian", "Item")).append(" | ").append(w.of("Jumlah", "Count"));
    out.append(" |\n|---|---:|\n");
    for (String[] row : summaryRows(report.summary(), w)) {
      out.append("| ").append(md(row[0])).append(" | ").append(row[1]).append(" |\n");
    }
    for (Group group : groups(report, plan, w, Outcome.VIOLATED)) {
      out.append("\n## ").append(md(group.heading())).append("\n\n");
      int n = 1;
      for (Finding f : group.findings()) {
        out.append(n++)
            .append(". **")
            .append(f.ruleId())
            .append("** (")
            .append(severity(f, w))
            .append(") `")
            .append(f.path().isRoot() ? w.of("rencana", "plan") : f.path().toString())
            .append("`  \n   ")
            .append(md(f.message(language)))
            .append("  \n   ")
            .append(w.of("Dasar: ", "Basis: "))
            .append(md(basis(f, language)))
            .append("  \n   ")
            .append(w.of("Rekomendasi: ", "Recommendation: "))
            .append(md(f.recommendation().in(language)))
            .append('\n');
      }
    }
    List<Finding> lacking = lacking(report);
    if (!lacking.isEmpty()) {
      out.append("\n## ")
          .append(w.of("Data tidak cukup untuk diperiksa", "Not checkable for lack of data"));
      out.append("\n\n");
      for (Finding f : lacking) {
        out.append("- **")
            .append(f.ruleId())
            .append("** `")
            .append(f.path().isRoot() ? w.of("rencana", "plan") : f.path().toString())
            .append("`: ")
            .append(md(f.message(language)))
            .append('\n');
      }
    }
    out.append("\n## ").append(w.of("Aturan yang terpenuhi", "Rules passed")).append("\n\n");
    List<RuleRun> passed = passed(report);
    if (passed.isEmpty()) {
      out.append(w.of("Tidak ada.", "None.")).append('\n');
    }
    for (RuleRun run : passed) {
      out.append("- ")
          .append(run.id())
          .append(" — ")
          .append(md(run.descriptor().title().in(language)))
          .append(" (")
          .append(run.passed())
          .append(w.of(" terpenuhi)", " passed)"))
          .append('\n');
    }
    if (!report.skipped().isEmpty()) {
      out.append("\n## ")
          .append(w.of("Aturan yang tidak dijalankan", "Rules not run"))
          .append("\n\n");
      for (SkippedRule s : report.skipped()) {
        out.append("- ")
            .append(s.descriptor().id())
            .append(" — ")
            .append(md(s.descriptor().title().in(language)))
            .append(" (")
            .append(skipReason(s, w))
            .append(")\n");
      }
    }
    if (scoring != null) {
      out.append(ScoringSection.markdown(scoring, w.language()));
    }
    return out.toString();
  }

  /**
   * The report as one self-contained HTML page.
   *
   * @param report the report
   * @param plan the plan validated, for agency and region names
   * @param language the language
   * @return the HTML text
   */
  public static String html(ValidationReport report, RegionalPprgPlan plan, Language language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(plan, "plan");
    return html(List.of(report), List.of(plan), language);
  }

  /**
   * The report as one self-contained HTML page, with a section on the plan's international scorings
   * (HGDG, OECD DAC marker, UN GEM) at the end.
   *
   * @param report the report
   * @param plan the plan validated, for agency and region names
   * @param scoring the plan's scorings ({@link InternationalScoring#of})
   * @param language the language
   * @return the HTML text
   * @throws IllegalArgumentException if the scoring is of another plan (region or fiscal year)
   */
  public static String html(
      ValidationReport report,
      RegionalPprgPlan plan,
      InternationalScoring scoring,
      Language language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(scoring, "scoring");
    return html(List.of(report), List.of(plan), List.of(scoring), language);
  }

  /**
   * Several reports (one per plan) as one self-contained HTML page, one section per plan, each with
   * a section on the plan's international scorings.
   *
   * @param reports the reports
   * @param plans the plans validated, in the same order
   * @param scorings the plans' scorings, in the same order
   * @param language the language
   * @return the HTML text
   * @throws IllegalArgumentException if the lists differ in length or are empty, or a scoring is of
   *     another plan than its report's
   */
  public static String html(
      List<ValidationReport> reports,
      List<RegionalPprgPlan> plans,
      List<InternationalScoring> scorings,
      Language language) {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(plans, "plans");
    Objects.requireNonNull(scorings, "scorings");
    Objects.requireNonNull(language, "language");
    if (scorings.size() != plans.size()) {
      throw new IllegalArgumentException(
          "one scoring per plan is needed, was " + scorings.size() + " and " + plans.size());
    }
    for (int i = 0; i < plans.size(); i++) {
      requireSamePlan(plans.get(i), scorings.get(i));
    }
    return page(reports, plans, scorings, language);
  }

  /**
   * Several reports (one per plan) as one self-contained HTML page, one section per plan.
   *
   * @param reports the reports
   * @param plans the plans validated, in the same order
   * @param language the language
   * @return the HTML text
   * @throws IllegalArgumentException if the lists differ in length or are empty
   */
  public static String html(
      List<ValidationReport> reports, List<RegionalPprgPlan> plans, Language language) {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(plans, "plans");
    Objects.requireNonNull(language, "language");
    return page(reports, plans, null, language);
  }

  private static String page(
      List<ValidationReport> reports,
      List<RegionalPprgPlan> plans,
      @Nullable List<InternationalScoring> scorings,
      Language language) {
    if (reports.size() != plans.size() || reports.isEmpty()) {
      throw new IllegalArgumentException(
          "one plan per report is needed, was " + reports.size() + " and " + plans.size());
    }
    Words w = new Words(language);
    StringBuilder out = new StringBuilder();
    String pageTitle =
        reports.size() == 1
            ? title(reports.get(0), plans.get(0), w)
            : w.of("Temuan validasi PPRG", "PPRG validation findings")
                + " — "
                + reports.size()
                + w.of(" rencana", " plans");
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.tag())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(HTML.escape(pageTitle))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    for (int i = 0; i < reports.size(); i++) {
      out.append(
          section(
              reports.get(i), plans.get(i), scorings == null ? null : scorings.get(i), language));
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static String section(
      ValidationReport report,
      RegionalPprgPlan plan,
      @Nullable InternationalScoring scoring,
      Language language) {
    Words w = new Words(language);
    StringBuilder out = new StringBuilder();
    out.append("<section>\n<h1>")
        .append(HTML.escape(title(report, plan, w)))
        .append("</h1>\n<p class=\"meta\">");
    out.append(header(report, w).stream().map(HTML::escape).collect(Collectors.joining("<br>\n")));
    out.append("</p>\n<h2>").append(HTML.escape(w.of("Ringkasan", "Summary"))).append("</h2>\n");
    out.append("<table class=\"summary\">\n");
    for (String[] row : summaryRows(report.summary(), w)) {
      out.append("<tr><th>")
          .append(HTML.escape(row[0]))
          .append("</th><td>")
          .append(HTML.escape(row[1]))
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
    for (Group group : groups(report, plan, w, Outcome.VIOLATED)) {
      out.append("<h2>").append(HTML.escape(group.heading())).append("</h2>\n");
      out.append("<table class=\"findings\">\n<thead><tr><th>No</th><th>")
          .append(HTML.escape(w.of("Aturan", "Rule")))
          .append("</th><th>")
          .append(HTML.escape(w.of("Temuan", "Finding")))
          .append("</th><th>")
          .append(HTML.escape(w.of("Dasar", "Basis")))
          .append("</th><th>")
          .append(HTML.escape(w.of("Rekomendasi", "Recommendation")))
          .append("</th></tr></thead>\n<tbody>\n");
      int n = 1;
      for (Finding f : group.findings()) {
        out.append("<tr class=\"")
            .append(f.severity().name().toLowerCase(java.util.Locale.ROOT))
            .append("\"><td>")
            .append(n++)
            .append("</td><td><b>")
            .append(HTML.escape(f.ruleId().value()))
            .append("</b><br><span class=\"sev\">")
            .append(HTML.escape(severity(f, w)))
            .append("</span><br><code>")
            .append(HTML.escape(f.path().isRoot() ? w.of("rencana", "plan") : f.path().toString()))
            .append("</code></td><td>")
            .append(HTML.escape(f.message(language)))
            .append("</td><td>")
            .append(HTML.escape(basis(f, language)))
            .append("</td><td>")
            .append(HTML.escape(f.recommendation().in(language)))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    List<Finding> lacking = lacking(report);
    if (!lacking.isEmpty()) {
      out.append("<h2>")
          .append(
              HTML.escape(
                  w.of("Data tidak cukup untuk diperiksa", "Not checkable for lack of data")))
          .append("</h2>\n<ul>\n");
      for (Finding f : lacking) {
        out.append("<li><b>")
            .append(HTML.escape(f.ruleId().value()))
            .append("</b> <code>")
            .append(HTML.escape(f.path().isRoot() ? w.of("rencana", "plan") : f.path().toString()))
            .append("</code>: ")
            .append(HTML.escape(f.message(language)))
            .append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("<h2>")
        .append(HTML.escape(w.of("Aturan yang terpenuhi", "Rules passed")))
        .append("</h2>\n<ul>\n");
    for (RuleRun run : passed(report)) {
      out.append("<li>")
          .append(HTML.escape(run.id().value()))
          .append(" — ")
          .append(HTML.escape(run.descriptor().title().in(language)))
          .append("</li>\n");
    }
    out.append("</ul>\n");
    if (!report.skipped().isEmpty()) {
      out.append("<h2>").append(HTML.escape(w.of("Aturan yang tidak dijalankan", "Rules not run")));
      out.append("</h2>\n<ul>\n");
      for (SkippedRule s : report.skipped()) {
        out.append("<li>")
            .append(HTML.escape(s.descriptor().id().value()))
            .append(" — ")
            .append(HTML.escape(s.descriptor().title().in(language)))
            .append(" (")
            .append(HTML.escape(skipReason(s, w)))
            .append(")</li>\n");
      }
      out.append("</ul>\n");
    }
    if (scoring != null) {
      out.append(ScoringSection.html(scoring, language));
    }
    out.append("</section>\n");
    return out.toString();
  }

  private static void requireSamePlan(RegionalPprgPlan plan, InternationalScoring scoring) {
    Objects.requireNonNull(scoring, "scoring");
    if (!scoring.region().equals(plan.region())
        || !scoring.fiscalYear().equals(plan.fiscalYear())) {
      throw new IllegalArgumentException(
          "the scoring is of plan "
              + scoring.planId()
              + ", the report's plan is "
              + plan.region()
              + "/"
              + plan.fiscalYear());
    }
  }

  private static final String STYLE =
      "body{font-family:Georgia,'Times New Roman',serif;max-width:60em;margin:2em auto;"
          + "padding:0 1em;line-height:1.4;color:#111}\n"
          + "h1{font-size:1.5em;border-bottom:2px solid #333}h2{font-size:1.2em;margin-top:1.6em}\n"
          + ".meta{color:#444;font-size:.9em}\n"
          + "table{border-collapse:collapse;width:100%;margin:.5em 0}\n"
          + "th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}\n"
          + "th{background:#eee}.summary{width:auto}.summary td{text-align:right}\n"
          + "tr.error td:first-child{border-left:4px solid #a00}"
          + "tr.warning td:first-child{border-left:4px solid #c80}"
          + "tr.info td:first-child{border-left:4px solid #07a}\n"
          + ".sev{font-size:.85em;color:#444}code{font-size:.85em;word-break:break-all}\n"
          + "section+section{margin-top:3em;border-top:3px double #333}\n"
          + "@media print{body{margin:0;max-width:none;font-size:10pt}section+section{page-break-before:always}"
          + "tr{page-break-inside:avoid}h2{page-break-after:avoid}}\n";

  private static String title(ValidationReport report, RegionalPprgPlan plan, Words w) {
    String region =
        RegionCatalog.kalimantan()
            .find(plan.region())
            .map(Region::name)
            .orElse(plan.region().value());
    return w.of("Temuan validasi PPRG", "PPRG validation findings")
        + " — "
        + region
        + " ("
        + plan.region()
        + "), "
        + w.of("tahun anggaran ", "fiscal year ")
        + report.fiscalYear();
  }

  private static List<String> header(ValidationReport report, Words w) {
    return List.of(
        w.of("Tanggal acuan: ", "As of: ") + report.asOf(),
        w.of("Aturan: ", "Rules: ")
            + report.ruleSetVersion()
            + w.of(" (sidik ", " (fingerprint ")
            + report.fingerprint()
            + ")",
        w.of(
            "Disusun oleh pug dari aturan yang mengutip peraturan; bukan laporan hasil pengawasan"
                + " (LHP) resmi. Format mengikuti Permen PPPA 4/2014: temuan dan rekomendasi per"
                + " perangkat daerah.",
            "Produced by pug from rules that cite regulations; not an official audit report"
                + " (LHP). Shaped after Permen PPPA 4/2014: findings and recommendations per"
                + " agency."));
  }

  private static List<String[]> summaryRows(Summary s, Words w) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {w.of("Aturan dijalankan", "Rules run"), num(s.rulesEvaluated(), w)});
    rows.add(new String[] {w.of("Pelanggaran wajib (ERROR)", "Errors (must)"), num(s.errors(), w)});
    rows.add(
        new String[] {w.of("Peringatan (WARNING)", "Warnings (should)"), num(s.warnings(), w)});
    rows.add(new String[] {"Info", num(s.infos(), w)});
    rows.add(
        new String[] {w.of("Data tidak cukup", "Insufficient data"), num(s.insufficientData(), w)});
    rows.add(new String[] {w.of("Pemeriksaan terpenuhi", "Checks passed"), num(s.passed(), w)});
    rows.add(
        new String[] {
          w.of("Tingkat terpenuhi", "Pass rate"),
          s.passRate().map(r -> Values.format(r, w.language()) + "%").orElse("—")
        });
    rows.add(
        new String[] {
          w.of("Skor kepatuhan", "Compliance score"),
          s.complianceScore().map(c -> Values.format(c, w.language())).orElse("—")
        });
    return rows;
  }

  private static String num(int n, Words w) {
    return Values.format((long) n, w.language());
  }

  private static List<Group> groups(
      ValidationReport report, RegionalPprgPlan plan, Words w, Outcome outcome) {
    Map<Optional<AgencyId>, List<Finding>> byAgency = new LinkedHashMap<>();
    for (AgencyId id : plan.agencies().keySet()) {
      byAgency.put(Optional.of(id), new ArrayList<>());
    }
    byAgency.put(Optional.empty(), new ArrayList<>());
    for (Finding f : report.findings()) {
      if (f.outcome() == outcome) {
        byAgency.computeIfAbsent(f.agency(), k -> new ArrayList<>()).add(f);
      }
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<Optional<AgencyId>, List<Finding>> e : byAgency.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      String heading =
          e.getKey()
              .map(
                  id ->
                      w.of("Perangkat daerah: ", "Agency: ")
                          + plan.agency(id)
                              .map(a -> agencyName(a))
                              .orElse(
                                  id.value()
                                      + w.of(" (tidak ada dalam rencana)", " (not in the plan)")))
              .orElse(
                  w.of(
                      "Tingkat daerah (Pokja PUG, rencana aksi, indikator)",
                      "Region-wide (Pokja PUG, action plans, indicators)"));
      groups.add(new Group(heading, ImmutableList.copyOf(e.getValue())));
    }
    return groups;
  }

  private static String agencyName(Agency agency) {
    return agency.acronym().map(a -> a + " — " + agency.name()).orElse(agency.name());
  }

  private static List<Finding> lacking(ValidationReport report) {
    return report.findings().stream()
        .filter(f -> f.outcome() == Outcome.INSUFFICIENT_DATA)
        .collect(ImmutableList.toImmutableList());
  }

  private static List<RuleRun> passed(ValidationReport report) {
    return report.rules().stream()
        .filter(r -> r.passed() > 0 && r.violated() == 0 && r.insufficientData() == 0)
        .collect(ImmutableList.toImmutableList());
  }

  private static String severity(Finding f, Words w) {
    return switch (f.severity()) {
      case ERROR -> w.of("wajib", "must");
      case WARNING -> w.of("sebaiknya", "should");
      case INFO -> "info";
    };
  }

  private static String skipReason(SkippedRule s, Words w) {
    return s.reason() == SkippedRule.Reason.DISABLED
        ? w.of("nonaktif", "switched off")
        : w.of("tidak berlaku pada tanggal acuan", "not in effect on the as-of date");
  }

  private static String basis(Finding f, Language language) {
    String cites = f.citations().stream().map(Citation::format).collect(Collectors.joining("; "));
    if (f.basis() == RuleBasis.Kind.POLICY) {
      return cites.isEmpty()
          ? f.basis().label(language)
          : cites + " — " + f.basis().label(language);
    }
    return cites;
  }

  /** Markdown text: characters that would start markup are escaped. */
  static String md(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_{}[]<>#|".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' ? ' ' : c);
    }
    return out.toString();
  }
}
