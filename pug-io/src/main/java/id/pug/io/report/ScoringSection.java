package id.pug.io.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import id.pug.core.budget.ArgCategory;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Values;
import id.pug.rules.international.ActivityScoring;
import id.pug.rules.international.GenderEqualityMarker;
import id.pug.rules.international.HgdgBand;
import id.pug.rules.international.InternationalScoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The audit report's section on a plan's international scorings: the notice, the plan-level view
 * and one row per budget line, with the reasons of each marker value.
 */
final class ScoringSection {
  private ScoringSection() {}

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  private record Words(Language language) {
    String of(String indonesian, String english) {
      return language == Language.INDONESIAN ? indonesian : english;
    }
  }

  /** One row of the activity table and the reasons below it. */
  private record Row(List<String> cells, String subject, List<String> reasons) {}

  static String markdown(InternationalScoring s, Language language) {
    Words w = new Words(language);
    StringBuilder out = new StringBuilder();
    out.append("\n## ").append(heading(w)).append("\n\n");
    out.append(AuditReport.md(InternationalScoring.notice().in(language))).append("\n\n");
    out.append("| ").append(w.of("Uraian", "Item")).append(" | ").append(w.of("Nilai", "Value"));
    out.append(" |\n|---|---|\n");
    for (String[] row : planRows(s, w)) {
      out.append("| ")
          .append(AuditReport.md(row[0]))
          .append(" | ")
          .append(AuditReport.md(row[1]))
          .append(" |\n");
    }
    List<Row> rows = activityRows(s, w);
    if (rows.isEmpty()) {
      return out.append('\n')
          .append(w.of("Tidak ada baris anggaran.", "No budget lines."))
          .append('\n')
          .toString();
    }
    out.append("\n| ").append(String.join(" | ", columns(w))).append(" |\n");
    out.append("|---|---:|---|---|---:|---|---|\n");
    for (Row row : rows) {
      out.append("| ");
      out.append(row.cells().stream().map(AuditReport::md).collect(Collectors.joining(" | ")));
      out.append(" |\n");
    }
    out.append("\n### ").append(w.of("Alasan", "Reasons")).append("\n\n");
    for (Row row : rows) {
      out.append("- **").append(AuditReport.md(row.subject())).append("**\n");
      for (String reason : row.reasons()) {
        out.append("  - ").append(AuditReport.md(reason)).append('\n');
      }
    }
    return out.toString();
  }

  static String html(InternationalScoring s, Language language) {
    Words w = new Words(language);
    StringBuilder out = new StringBuilder();
    out.append("<h2>").append(HTML.escape(heading(w))).append("</h2>\n");
    out.append("<p class=\"meta\">")
        .append(HTML.escape(InternationalScoring.notice().in(language)))
        .append("</p>\n<table class=\"summary\">\n");
    for (String[] row : planRows(s, w)) {
      out.append("<tr><th>")
          .append(HTML.escape(row[0]))
          .append("</th><td>")
          .append(HTML.escape(row[1]))
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
    List<Row> rows = activityRows(s, w);
    if (rows.isEmpty()) {
      return out.append("<p>")
          .append(HTML.escape(w.of("Tidak ada baris anggaran.", "No budget lines.")))
          .append("</p>\n")
          .toString();
    }
    out.append("<table class=\"scoring\">\n<thead><tr>");
    for (String column : columns(w)) {
      out.append("<th>").append(HTML.escape(column)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Row row : rows) {
      out.append("<tr>");
      for (String cell : row.cells()) {
        out.append("<td>").append(HTML.escape(cell)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n<h3>")
        .append(HTML.escape(w.of("Alasan", "Reasons")))
        .append("</h3>\n<ul>\n");
    for (Row row : rows) {
      out.append("<li><b>").append(HTML.escape(row.subject())).append("</b><ul>\n");
      for (String reason : row.reasons()) {
        out.append("<li>").append(HTML.escape(reason)).append("</li>\n");
      }
      out.append("</ul></li>\n");
    }
    out.append("</ul>\n");
    return out.toString();
  }

  private static String heading(Words w) {
    return w.of(
        "Penilaian internasional: HGDG, penanda OECD DAC dan UN GEM (saran)",
        "International scorings: HGDG, OECD DAC marker and UN GEM (suggestions)");
  }

  private static List<String> columns(Words w) {
    return List.of(
        w.of("Sub kegiatan", "Sub-kegiatan"),
        w.of("Pagu", "Ceiling"),
        w.of("Kategori ARG", "ARG category"),
        "HGDG",
        w.of("Atribusi GAD (JC 2012-01)", "GAD attribution (JC 2012-01)"),
        "OECD DAC",
        "UN GEM");
  }

  private static List<String[]> planRows(InternationalScoring s, Words w) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {w.of("Total belanja", "Total spending"), money(s.totalSpending(), w)});
    rows.add(
        new String[] {
          w.of("Anggaran bertag ARG", "ARG-tagged budget"),
          money(s.argTagged(), w) + share(s.argSharePercent(), w)
        });
    boolean lowerBound = s.activities().stream().anyMatch(a -> a.hgdgBasis().isLowerBound());
    rows.add(
        new String[] {
          w.of(
              "Anggaran GAD teratribusi menurut pita HGDG (JC 2012-01)",
              "GAD budget attributed through the HGDG bands (JC 2012-01)"),
          money(s.attributedGad(), w)
              + share(s.attributedSharePercent(), w)
              + (lowerBound ? w.of(" — batas bawah", " — lower bound") : "")
        });
    rows.add(
        new String[] {
          w.of("Ambang GAD Filipina", "Philippine GAD minimum") + " (" + s.gadMinimumRule() + ")",
          Values.format(s.gadMinimumSharePercent(), w.language())
              + "% — "
              + w.of("teratribusi HGDG: ", "HGDG-attributed: ")
              + met(s.attributedShareMeetsMinimum(), w)
              + w.of("; pangsa ARG: ", "; ARG share: ")
              + met(s.argShareMeetsMinimum(), w)
        });
    rows.add(
        new String[] {
          w.of("Pita HGDG (baris)", "HGDG bands (lines)"),
          java.util.Arrays.stream(HgdgBand.values())
              .map(b -> band(b, w) + " " + s.bandCounts().getOrDefault(b, 0L))
              .collect(Collectors.joining("; "))
        });
    rows.add(
        new String[] {
          w.of("OECD DAC 0 / 1 / 2 (baris, pagu)", "OECD DAC 0 / 1 / 2 (lines, ceilings)"),
          counts(s.dacCounts(), s.dacAmounts(), w)
        });
    rows.add(
        new String[] {
          w.of(
              "UN GEM 0 / 1 / 2 (2a) / 3 (2b) (baris, pagu)",
              "UN GEM 0 / 1 / 2 (2a) / 3 (2b) (lines, ceilings)"),
          counts(s.gemCounts(), s.gemAmounts(), w)
        });
    return rows;
  }

  private static <E extends Enum<E>> String counts(
      Map<E, Long> counts, Map<E, BigDecimal> amounts, Words w) {
    String n = counts.values().stream().map(String::valueOf).collect(Collectors.joining(" / "));
    String a = amounts.values().stream().map(v -> money(v, w)).collect(Collectors.joining(" / "));
    return n + " (" + a + ")";
  }

  private static List<Row> activityRows(InternationalScoring s, Words w) {
    List<Row> rows = new ArrayList<>();
    for (ActivityScoring a : s.activities()) {
      String subject = a.subActivity().format() + a.name().map(n -> " " + n).orElse("");
      String hgdg =
          (a.hgdgBasis().isLowerBound() ? "≥ " : "")
              + Values.format(a.hgdgScore(), w.language())
              + " — "
              + band(a.hgdgBand(), w);
      List<String> cells =
          List.of(
              subject,
              money(a.amount().toBigDecimal(), w),
              a.argCategory().map(c -> category(c, w)).orElse(w.of("tanpa tag", "untagged")),
              hgdg,
              money(a.attributedAmount().toBigDecimal(), w)
                  + " ("
                  + a.hgdgBand().attributionPercent()
                  + "%)",
              a.dac().value().code(),
              gem(a.gem().value()));
      List<String> reasons = new ArrayList<>();
      reasons.add(
          "OECD DAC " + a.dac().value().code() + ": " + a.dac().reasons().get(0).in(w.language()));
      reasons.add(
          "UN GEM " + gem(a.gem().value()) + ": " + a.gem().reasons().get(0).in(w.language()));
      reasons.add("HGDG: " + hgdgReason(a, w));
      rows.add(new Row(cells, a.subActivity().format(), reasons));
    }
    return rows;
  }

  private static String hgdgReason(ActivityScoring a, Words w) {
    if (a.hgdgAssessment().isPresent()) {
      int missing = a.hgdgAssessment().get().missingItems().size();
      return missing == 0
          ? w.of("dinilai asesor, semua butir.", "assessed by an assessor, every item.")
          : w.of(
              "dinilai asesor; " + missing + " butir belum dinilai (skor batas bawah).",
              "assessed by an assessor; "
                  + missing
                  + " items not scored (score is a lower bound).");
    }
    String prefilled =
        a.hgdgSuggestion().prefilled().stream()
            .map(
                i ->
                    i.code()
                        + " = "
                        + Values.format(
                            a.hgdgSuggestion().scores().score(i).orElse(BigDecimal.ZERO),
                            w.language()))
            .collect(Collectors.joining(", "));
    int left = a.hgdgSuggestion().unscored().size();
    return prefilled.isEmpty()
        ? w.of(
            "pug tidak mengisi butir apa pun; " + left + " butir menunggu asesor.",
            "pug pre-filled no item; " + left + " items await an assessor.")
        : w.of(
            "diisi pug " + prefilled + "; " + left + " butir menunggu asesor (skor batas bawah).",
            "pre-filled by pug "
                + prefilled
                + "; "
                + left
                + " items await an assessor (score is a lower bound).");
  }

  private static String gem(GenderEqualityMarker m) {
    String numeric = m.format(GenderEqualityMarker.Notation.NUMERIC);
    String lettered = m.format(GenderEqualityMarker.Notation.LETTERED);
    return numeric.equals(lettered) ? numeric : numeric + " (" + lettered + ")";
  }

  private static String band(HgdgBand band, Words w) {
    return switch (band) {
      case GAD_INVISIBLE -> w.of("GAD tidak tampak", "GAD invisible");
      case PROMISING -> w.of("prospek GAD menjanjikan", "promising GAD prospects");
      case GENDER_SENSITIVE -> w.of("sensitif gender", "gender-sensitive");
      case GENDER_RESPONSIVE -> w.of("responsif gender", "gender-responsive");
      case FULLY_GENDER_RESPONSIVE ->
          w.of("sepenuhnya responsif gender", "fully gender-responsive");
    };
  }

  private static String category(ArgCategory c, Words w) {
    return switch (c) {
      case SPECIFIC_TARGET -> w.of("khusus target gender", "specific gender target");
      case EQUALITY -> w.of("kesetaraan gender", "gender equality");
      case INSTITUTIONALISATION -> w.of("pelembagaan kesetaraan gender", "institutionalisation");
    };
  }

  private static String money(BigDecimal amount, Words w) {
    return Values.format(Values.amount(amount), w.language());
  }

  private static String share(Optional<BigDecimal> percent, Words w) {
    return percent.map(p -> " (" + Values.format(p, w.language()) + "%)").orElse("");
  }

  private static String met(Optional<Boolean> met, Words w) {
    return met.map(m -> m ? w.of("tercapai", "met") : w.of("tidak tercapai", "not met"))
        .orElse("—");
  }
}
