package id.pug.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.region.RegionCode;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.rules.international.InternationalScoring;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit report's section on the international scorings. */
class AuditReportScoringTest {
  private static final RegionalPprgPlan PLAN = PlanFixtures.kabupatenKapuas2025();
  private static final ValidationReport REPORT =
      Validator.of(PprgCatalogue.ruleSet()).validate(PLAN);
  private static final InternationalScoring SCORING = InternationalScoring.of(PLAN);

  @Test
  void markdown_withScoring_isTheReportFollowedByTheSection() {
    String plain = AuditReport.markdown(REPORT, PLAN, Language.INDONESIAN);
    String md = AuditReport.markdown(REPORT, PLAN, SCORING, Language.INDONESIAN);
    assertThat(md).startsWith(plain);
    String section = md.substring(plain.length());
    assertThat(section)
        .startsWith("\n## Penilaian internasional: HGDG, penanda OECD DAC dan UN GEM (saran)\n")
        .contains("Bukan ketentuan hukum Indonesia")
        .contains("| Total belanja | Rp390.590.400 |")
        .contains("| Anggaran bertag ARG | Rp290.590.400 (74,4%) |")
        .contains(
            "| Anggaran GAD teratribusi menurut pita HGDG (JC 2012-01) | Rp72.647.600 (18,6%) —"
                + " batas bawah |")
        .contains(
            "| Ambang GAD Filipina (PHGAD-ARG-001) | 5% — teratribusi HGDG: tercapai; pangsa ARG:"
                + " tercapai |")
        .contains(
            "| OECD DAC 0 / 1 / 2 (baris, pagu) | 1 / 1 / 1 (Rp100.000.000 / Rp70.590.400 /"
                + " Rp220.000.000) |")
        .contains("| UN GEM 0 / 1 / 2 (2a) / 3 (2b) (baris, pagu) | 1 / 0 / 1 / 1 (")
        .contains("| Sub kegiatan | Pagu | Kategori ARG | HGDG | Atribusi GAD (JC 2012-01) |")
        .contains(
            "| 2.08.03.2.01.01 Koordinasi dan Sinkronisasi Pelaksanaan Kebijakan, Program dan"
                + " Kegiatan Pencegahan Kekerasan terhadap Perempuan Lingkup Daerah"
                + " Kabupaten/Kota | Rp220.000.000 | kesetaraan gender | ≥ 7 — prospek GAD"
                + " menjanjikan | Rp55.000.000 (25%) | 2 | 3 (2b) |")
        .contains("| tanpa tag | ≥ 0 — GAD tidak tampak | Rp0 (0%) | 0 | 0 |")
        .contains("### Alasan")
        .contains("- **2.08.02.2.01.01**")
        .contains("  - OECD DAC 1: Kriteria tujuan signifikan terpenuhi: OECD DAC 1 (signifikan)")
        .contains("  - UN GEM 3 (2b): Kesetaraan gender tampak sebagai tujuan utama")
        .contains(
            "  - HGDG: diisi pug 2.0 = 2, 3.1 = 1, 4.0 = 2, 5.0 = 1, 7.0 = 1; 12 butir menunggu"
                + " asesor (skor batas bawah).");
  }

  @Test
  void markdown_inEnglish() {
    String md = AuditReport.markdown(REPORT, PLAN, SCORING, Language.ENGLISH);
    assertThat(md)
        .contains("## International scorings: HGDG, OECD DAC marker and UN GEM (suggestions)")
        .contains("| Total spending | Rp390,590,400 |")
        .contains(
            "| Philippine GAD minimum (PHGAD-ARG-001) | 5% — HGDG-attributed: met; ARG share: met |")
        .contains("  - OECD DAC 0: No gender tag: OECD DAC 0 (not targeted).");
  }

  @Test
  void html_withScoring_addsTheSectionInsideThePlansSection() {
    String plain = AuditReport.html(REPORT, PLAN, Language.ENGLISH);
    String html = AuditReport.html(REPORT, PLAN, SCORING, Language.ENGLISH);
    assertThat(plain).doesNotContain("International scorings");
    int section = html.indexOf("<h2>International scorings: HGDG, OECD DAC marker and UN GEM");
    assertThat(section).isPositive();
    assertThat(html.indexOf("</section>")).isGreaterThan(section);
    assertThat(html)
        .contains("<table class=\"scoring\">")
        .contains("<th>GAD attribution (JC 2012-01)</th>")
        .contains("<td>Rp55,000,000 (25%)</td>")
        .contains("<td>3 (2b)</td>")
        .contains("pug&#39;s suggestions from the plan&#39;s PPRG documents")
        .doesNotContain("<script")
        .endsWith("</html>\n");
    String both =
        AuditReport.html(
            List.of(REPORT, REPORT),
            List.of(PLAN, PLAN),
            List.of(SCORING, SCORING),
            Language.INDONESIAN);
    assertThat(both.split("<h2>Penilaian internasional", -1)).hasSize(3);
  }

  @Test
  void theOldOverloads_areUnchanged() {
    assertThat(AuditReport.markdown(REPORT, PLAN, Language.INDONESIAN))
        .doesNotContain("Penilaian internasional");
    assertThat(AuditReport.html(List.of(REPORT), List.of(PLAN), Language.INDONESIAN))
        .isEqualTo(AuditReport.html(REPORT, PLAN, Language.INDONESIAN));
  }

  @Test
  void aScoringOfAnotherPlan_isRejected() {
    RegionalPprgPlan other =
        RegionalPprgPlan.builder()
            .from(PlanFixtures.minimalPlan())
            .region(RegionCode.parse("62.01"))
            .build();
    InternationalScoring elsewhere = InternationalScoring.of(other);
    assertThatThrownBy(() -> AuditReport.markdown(REPORT, PLAN, elsewhere, Language.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("62.01/2025");
    assertThatThrownBy(
            () ->
                AuditReport.html(
                    List.of(REPORT), List.of(PLAN), List.of(SCORING, SCORING), Language.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hostileNames_areEscaped() {
    RegionalPprgPlan odd =
        RegionalPprgPlan.builder()
            .from(PLAN)
            .budgetLines(
                List.of(
                    id.pug.core.budget.BudgetLine.builder()
                        .from(PLAN.budgetLines().get(2))
                        .name("<script>x</script> | *bold*")
                        .build()))
            .build();
    InternationalScoring s = InternationalScoring.of(odd);
    ValidationReport r = Validator.of(PprgCatalogue.ruleSet()).validate(odd);
    assertThat(AuditReport.html(r, odd, s, Language.ENGLISH))
        .doesNotContain("<script>x")
        .contains("&lt;script&gt;x&lt;/script&gt;");
    assertThat(AuditReport.markdown(r, odd, s, Language.ENGLISH))
        .contains("\\<script\\>x\\</script\\> \\| \\*bold\\*");
  }
}
