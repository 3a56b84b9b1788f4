package id.pug.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditReportTest {
  private static final RegionalPprgPlan KAPUAS = PlanFixtures.kabupatenKapuas2025();

  /** Kapuas without a Pokja decree (a region-wide error) and with a focal point unappointed. */
  private static final RegionalPprgPlan PLAN =
      RegionalPprgPlan.builder()
          .from(KAPUAS)
          .pokja(
              PokjaPug.builder()
                  .from(KAPUAS.pokja().orElseThrow())
                  .decree(Optional.empty())
                  .build())
          .build();

  private static final ValidationReport REPORT =
      Validator.of(PprgCatalogue.ruleSet()).validate(PLAN);

  /** The plan with one more agency, {@code x}, of the given name (it draws findings). */
  private static RegionalPprgPlan withAgencyNamed(String name) {
    return RegionalPprgPlan.builder()
        .from(PLAN)
        .putAgency(
            id.pug.core.agency.AgencyId.of("x"),
            id.pug.core.agency.Agency.builder()
                .name(name)
                .region(PLAN.region())
                .addUrusan(id.pug.core.nomenclature.NomenclatureCode.parse("2.08"))
                .build())
        .build();
  }

  @Test
  void markdown_groupsFindingsByAgency_withBasisAndRecommendation() {
    String md = AuditReport.markdown(REPORT, PLAN, Language.INDONESIAN);
    assertThat(md)
        .startsWith("# Temuan validasi PPRG — Kabupaten Kapuas (62.03), tahun anggaran 2025\n")
        .contains("Tanggal acuan: 2025-01-01")
        .contains("bukan laporan hasil pengawasan (LHP) resmi")
        .contains("## Ringkasan")
        .contains("| Pelanggaran wajib (ERROR) | 1 |")
        .contains("## Perangkat daerah: Bappeda — Badan Perencanaan Pembangunan Daerah")
        .contains("## Tingkat daerah (Pokja PUG, rencana aksi, indikator)")
        .contains("**PPRG-INST-002** (wajib) `pokja.decree`")
        .contains("Dasar: Permendagri 15/2008; Permendagri 67/2011")
        .contains("Rekomendasi: Tetapkan atau perbarui SK pembentukan Pokja PUG")
        .contains("## Data tidak cukup untuk diperiksa")
        .contains("## Aturan yang terpenuhi")
        .contains("- PPRG-INST-001 — Daerah wajib memiliki Pokja PUG. (1 terpenuhi)")
        .contains("## Aturan yang tidak dijalankan")
        .contains("PPRG-PRQ-002");
  }

  @Test
  void markdown_inEnglish() {
    String md = AuditReport.markdown(REPORT, PLAN, Language.ENGLISH);
    assertThat(md)
        .startsWith("# PPRG validation findings — Kabupaten Kapuas (62.03), fiscal year 2025\n")
        .contains("| Errors (must) | 1 |")
        .contains("Recommendation: Issue or renew the decree forming the Pokja PUG")
        .contains("## Rules passed");
  }

  @Test
  void markdown_escapesMarkup_butKeepsPathsInCodeSpans() {
    RegionalPprgPlan odd = withAgencyNamed("*Dinas* | <b>Contoh</b>");
    String md =
        AuditReport.markdown(
            Validator.of(PprgCatalogue.ruleSet()).validate(odd), odd, Language.INDONESIAN);
    assertThat(md)
        .contains("## Perangkat daerah: \\*Dinas\\* \\| \\<b\\>Contoh\\</b\\>")
        .contains("`agencies['x']`")
        .doesNotContain("<b>");
  }

  @Test
  void html_isOneSelfContainedPage_escaped_andPrintable() {
    String html = AuditReport.html(REPORT, PLAN, Language.INDONESIAN);
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"id\">")
        .contains("<meta charset=\"utf-8\">")
        .contains("<style>")
        .contains("@media print")
        .contains("<h2>Perangkat daerah: Bappeda — Badan Perencanaan Pembangunan Daerah</h2>")
        .contains("<tr class=\"error\">")
        .contains("agencies[&#39;bappeda&#39;]")
        .doesNotContain("<script")
        .doesNotContain("http://")
        .endsWith("</html>\n");
  }

  @Test
  void html_escapesHostileText() {
    RegionalPprgPlan hostile = withAgencyNamed("<script>alert('x')</script> & Co");
    ValidationReport report = Validator.of(PprgCatalogue.ruleSet()).validate(hostile);
    String html = AuditReport.html(report, hostile, Language.ENGLISH);
    assertThat(html)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co");
  }
}
