package id.pug.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.money.Rupiah;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.engine.Language;
import id.pug.rules.international.ActivityScoring;
import id.pug.rules.international.DacMarker;
import id.pug.rules.international.GenderEqualityMarker;
import id.pug.rules.international.HgdgAssessment;
import id.pug.rules.international.HgdgBand;
import id.pug.rules.international.HgdgItem;
import id.pug.rules.international.InternationalScoring;
import id.pug.rules.international.ScoringOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of {@code docs/international-scorings.md} and of the README are what the code
 * computes.
 */
class InternationalScoringsDocumentTest {
  private static final RegionalPprgPlan KAPUAS = PlanFixtures.kabupatenKapuas2025();

  /** The page in docs and the README's short version; both must hold the examples. */
  private static List<String> docs() throws IOException {
    return List.of(
        Files.readString(
            Path.of("..", "docs", "international-scorings.md"), StandardCharsets.UTF_8),
        Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
  }

  @Test
  void hgdgExample() throws IOException {
    InternationalScoring s = InternationalScoring.of(KAPUAS);
    ActivityScoring violence = s.activity(PlanFixtures.VIOLENCE_PREVENTION_LINE).orElseThrow();
    assertThat(violence.hgdgScore()).isEqualByComparingTo("7");
    assertThat(violence.hgdgBand()).isEqualTo(HgdgBand.PROMISING);
    assertThat(violence.attributedAmount()).isEqualTo(Rupiah.of(55_000_000));
    HgdgAssessment sixteen =
        HgdgAssessment.builder()
            .score(HgdgItem.PROBLEM_IDENTIFICATION, "1")
            .score(HgdgItem.PROJECT_DESIGN, "1")
            .score(HgdgItem.SEX_DISAGGREGATED_DATA, "2")
            .score(HgdgItem.GENDER_GAPS, "1")
            .score(HgdgItem.PARTICIPATION_CONSTRAINTS, "1")
            .score(HgdgItem.GOALS, "2")
            .score(HgdgItem.STRATEGIES, "2")
            .score(HgdgItem.WOMEN_BENEFICIARIES, "0")
            .score(HgdgItem.LONG_TERM_IMPACT, "0")
            .score(HgdgItem.NEGATIVE_IMPACTS, "0")
            .score(HgdgItem.MONITORING, "2")
            .score(HgdgItem.DATABASE, "2")
            .score(HgdgItem.BUDGET, "1")
            .score(HgdgItem.EXPERTISE, "1")
            .score(HgdgItem.AGENCY_GAD_10_1, "0")
            .score(HgdgItem.AGENCY_GAD_10_2, "0")
            .score(HgdgItem.EXIT_PLAN, "0")
            .build();
    ActivityScoring assessed =
        InternationalScoring.of(
                KAPUAS,
                ScoringOptions.builder()
                    .putAssessment(PlanFixtures.VIOLENCE_PREVENTION_LINE, sixteen)
                    .build())
            .activity(PlanFixtures.VIOLENCE_PREVENTION_LINE)
            .orElseThrow();
    assertThat(assessed.hgdgScore()).isEqualByComparingTo("16");
    assertThat(assessed.hgdgBand()).isEqualTo(HgdgBand.GENDER_RESPONSIVE);
    assertThat(assessed.attributedAmount()).isEqualTo(Rupiah.of(165_000_000));
    assertThat(s.attributedGad()).isEqualByComparingTo("72647600");
    String share = s.attributedSharePercent().orElseThrow().toPlainString().replace('.', ',');
    String arg = s.argSharePercent().orElseThrow().toPlainString().replace('.', ',');
    for (String doc : docs()) {
      assertThat(doc.replaceAll("\\s+", " "))
          .contains("at least 7 — promising GAD prospects, 25%: at least Rp55.000.000")
          .contains("**gender-responsive, 75%: Rp165.000.000**")
          .contains("Rp72.647.600")
          .contains("**" + share + "% ≥ 5%**")
          .contains("the ARG share is " + arg + "%")
          .contains("2.0 = 2, 3.1 = 1, 4.0 = 2, 5.0 = 1, 7.0 = 1");
    }
  }

  @Test
  void markerExamples() throws IOException {
    InternationalScoring s = InternationalScoring.of(KAPUAS);
    assertThat(s.activities().stream().map(a -> a.dac().value()).toList())
        .containsExactly(DacMarker.SIGNIFICANT, DacMarker.PRINCIPAL, DacMarker.NOT_TARGETED);
    assertThat(s.activities().stream().map(a -> a.gem().value()).toList())
        .containsExactly(
            GenderEqualityMarker.SIGNIFICANT,
            GenderEqualityMarker.PRINCIPAL,
            GenderEqualityMarker.NO_CONTRIBUTION);
    GenderAnalysisPathway gap = KAPUAS.genderAnalyses().get(1);
    RegionalPprgPlan noBaseline =
        RegionalPprgPlan.builder()
            .from(KAPUAS)
            .genderAnalyses(
                List.of(
                    KAPUAS.genderAnalyses().get(0),
                    GenderAnalysisPathway.builder()
                        .from(gap)
                        .steps(
                            gap.steps().entrySet().stream()
                                .filter(e -> e.getKey() != GapStep.BASELINE)
                                .collect(
                                    com.google.common.collect.ImmutableMap.toImmutableMap(
                                        e -> e.getKey(), e -> e.getValue())))
                        .build()))
            .build();
    ActivityScoring gem1 =
        InternationalScoring.of(noBaseline)
            .activity(PlanFixtures.VIOLENCE_PREVENTION_LINE)
            .orElseThrow();
    assertThat(gem1.gem().value()).isEqualTo(GenderEqualityMarker.LIMITED);
    assertThat(gem1.dac().value()).isEqualTo(DacMarker.NOT_TARGETED);
    String reason = gem1.gem().reasons().get(0).in(Language.ENGLISH);
    assertThat(reason)
        .isEqualTo(
            "ARG-tagged, but the criteria of a significant objective are unmet (GAP complete in"
                + " nine steps): UN GEM 1 (limited contribution).");
    String policyReason =
        s.activity(PlanFixtures.PUG_POLICY_LINE)
            .orElseThrow()
            .dac()
            .reasons()
            .get(0)
            .in(Language.ENGLISH);
    assertThat(policyReason)
        .contains(
            "not principal because criteria are unmet (ARG category for a principal objective)");
    for (String doc : docs()) {
      assertThat(doc.replaceAll("\\s+", " "))
          .contains("→ **DAC 2**")
          .contains(
              "→ **DAC 1**, \"not principal because criteria are unmet (ARG category for a principal objective)\"")
          .contains("→ **DAC 0**")
          .contains("**GEM 3 (2b)**, **2 (2a)** and **0**")
          .contains(
              "becomes **GEM 1** (DAC 0): \"ARG-tagged, but the criteria of a significant objective are unmet (GAP complete in nine steps)\"")
          .contains("Rp100.000.000 / Rp70.590.400 / Rp220.000.000");
    }
  }
}
