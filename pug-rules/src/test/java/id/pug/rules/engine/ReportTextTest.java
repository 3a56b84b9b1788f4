package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.testing.PlanFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-text report for a terminal, a log or a test's failure message, in both languages. */
class ReportTextTest {
  private static final RegionalPprgPlan PLAN = PlanFixtures.minimalPlan();

  /** Passes at a, violates at b, lacks data at c: a legal ERROR rule. */
  private static final Rule LEGAL_ERROR =
      TestRules.rule(
          "X-TEST-001",
          Severity.ERROR,
          ctx -> {
            ctx.check(ElementPath.of("a"), "a").passed();
            ctx.check(ElementPath.of("b"), "b").read("thing", "GBS").violated("bad");
            ctx.check(ElementPath.of("c"), "c").insufficientData("unknown");
          });

  /** A policy without a citation, violated by the plan as a whole. */
  private static final Rule POLICY_WARNING =
      RuleDefinition.of("X-TEST-002", TestRules.bundle("X-TEST-002"))
          .severity(Severity.WARNING)
          .category(RuleCategory.OTHER)
          .policy("a practice of some regions")
          .source("SEED-000")
          .effective(EffectivePeriod.from(LocalDate.of(2011, 1, 1), "test"))
          .logic(ctx -> ctx.check(ElementPath.root(), "plan").read("thing", "RAD").violated("bad"));

  /** A policy that also cites an instrument, violated at d. */
  private static final Rule CITED_POLICY_INFO =
      TestRules.define("X-TEST-003", Severity.INFO)
          .policy("a regional practice")
          .logic(ctx -> ctx.check(ElementPath.of("d"), "d").read("thing", "KAK").violated("bad"));

  private static ValidationReport report(Rule... rules) {
    return Validator.of(RuleSet.of("test", "1", List.of(rules))).validate(PLAN);
  }

  private static String percentAndScore(ValidationReport report, Language language) {
    Summary s = report.summary();
    BigDecimal rate = s.passRate().orElseThrow();
    BigDecimal score = s.complianceScore().orElseThrow();
    return " ("
        + Values.format(rate, language)
        + "%)"
        + (language == Language.INDONESIAN ? "; skor kepatuhan " : "; compliance score ")
        + Values.format(score, language);
  }

  @Test
  void render_indonesian_listsEveryFindingWithItsLabelPathMessageAndBasis() {
    ValidationReport report = report(LEGAL_ERROR, POLICY_WARNING, CITED_POLICY_INFO);

    assertThat(ReportText.render(report, Language.INDONESIAN))
        .isEqualTo(
            "Laporan validasi PPRG "
                + report.planId()
                + ", tanggal acuan 2025-01-01\n"
                + "Aturan: test 1 ["
                + report.fingerprint()
                + "], 3 dijalankan, 0 dilewati\n"
                + "Ringkasan: 1 pelanggaran wajib, 1 peringatan, 1 info, 1 data tidak cukup;"
                + " 1 terpenuhi dari 5 pemeriksaan"
                + percentAndScore(report, Language.INDONESIAN)
                + "\n"
                + "Temuan:\n"
                + "  [WAJIB] X-TEST-001 b\n"
                + "      GBS salah\n"
                + "      Dasar: Permendagri 67/2011\n"
                + "  [DATA TIDAK CUKUP] X-TEST-001 c\n"
                + "      Tidak diketahui\n"
                + "      Dasar: Permendagri 67/2011\n"
                + "  [SEBAIKNYA] X-TEST-002 (rencana)\n"
                + "      RAD salah\n"
                + "      Dasar: kebijakan lokal yang dapat diatur\n"
                + "  [INFO] X-TEST-003 d\n"
                + "      KAK salah\n"
                + "      Dasar: Permendagri 67/2011 — kebijakan lokal yang dapat diatur\n");
  }

  @Test
  void render_english_usesEnglishWordsAndThePlanPlaceholder() {
    ValidationReport report = report(LEGAL_ERROR, POLICY_WARNING, CITED_POLICY_INFO);

    assertThat(ReportText.render(report, Language.ENGLISH))
        .isEqualTo(
            "PPRG validation report "
                + report.planId()
                + ", as of 2025-01-01\n"
                + "Rules: test 1 ["
                + report.fingerprint()
                + "], 3 run, 0 skipped\n"
                + "Summary: 1 errors, 1 warnings, 1 info, 1 insufficient data;"
                + " 1 passed of 5 checks"
                + percentAndScore(report, Language.ENGLISH)
                + "\n"
                + "Findings:\n"
                + "  [MUST] X-TEST-001 b\n"
                + "      GBS is wrong\n"
                + "      Basis: Permendagri 67/2011\n"
                + "  [INSUFFICIENT DATA] X-TEST-001 c\n"
                + "      Unknown\n"
                + "      Basis: Permendagri 67/2011\n"
                + "  [SHOULD] X-TEST-002 (plan)\n"
                + "      RAD is wrong\n"
                + "      Basis: configurable local policy\n"
                + "  [INFO] X-TEST-003 d\n"
                + "      KAK is wrong\n"
                + "      Basis: Permendagri 67/2011 — configurable local policy\n");
  }

  @Test
  void render_withoutFindings_saysSo() {
    Rule passing =
        TestRules.rule(
            "X-TEST-004", Severity.ERROR, ctx -> ctx.check(ElementPath.of("a"), "a").passed());
    ValidationReport report = report(passing);

    assertThat(ReportText.render(report, Language.INDONESIAN))
        .endsWith(
            " 1 terpenuhi dari 1 pemeriksaan"
                + percentAndScore(report, Language.INDONESIAN)
                + "\nTidak ada temuan.\n");
    assertThat(ReportText.render(report, Language.ENGLISH))
        .endsWith(
            " 1 passed of 1 checks"
                + percentAndScore(report, Language.ENGLISH)
                + "\nNo findings.\n");
  }

  @Test
  void render_withoutAnyCheck_hasNoRateOrScore() {
    Rule silent = TestRules.rule("X-TEST-005", Severity.ERROR, ctx -> {});
    ValidationReport report = report(silent);

    assertThat(report.summary().passRate()).isEmpty();
    assertThat(ReportText.render(report, Language.ENGLISH))
        .contains("0 passed of 0 checks\nNo findings.\n");
  }
}
