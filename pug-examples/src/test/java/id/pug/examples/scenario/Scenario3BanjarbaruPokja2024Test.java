package id.pug.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GapFactor;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Scenario3BanjarbaruPokja2024Test {
  private static final String HEADING =
      "Scenario 3 — Kota Banjarbaru, Rakor Pokja PUG (2024-12-09)";

  private static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Scenario3BanjarbaruPokja2024.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void completePlan_chainsTheTaggedLineToGapGbsAndKak_withTheFourGapFactors() {
    RegionalPprgPlan plan = Scenario3BanjarbaruPokja2024.completePlan();
    var line = Scenario3BanjarbaruPokja2024.taggedLine(plan);

    assertThat(line.id().value()).isEqualTo("bl-2025-0001");
    assertThat(line.subActivity()).hasToString("2.08.02.2.01.0001");
    assertThat(line.amount()).hasToString("Rp70.590.400");
    assertThat(Scenario3BanjarbaruPokja2024.gapFactors().keySet())
        .containsExactly(
            GapFactor.ACCESS, GapFactor.PARTICIPATION, GapFactor.CONTROL, GapFactor.BENEFIT);
    assertThat(Scenario3BanjarbaruPokja2024.gapFactors().values())
        .allSatisfy(text -> assertThat(text).startsWith("Contoh isian:"));
    assertThat(plan.kakOf(line).orElseThrow().gbs()).contains(plan.gbsOf(line).orElseThrow().id());
  }

  @Test
  void brokenPlan_dropsOnlyTheKaksReferenceToItsGbs() {
    RegionalPprgPlan complete = Scenario3BanjarbaruPokja2024.completePlan();
    RegionalPprgPlan broken = Scenario3BanjarbaruPokja2024.brokenPlan();

    assertThat(broken.termsOfReference().get(0).gbs()).isEmpty();
    assertThat(broken.termsOfReference().get(0).id())
        .isEqualTo(complete.termsOfReference().get(0).id());
    assertThat(broken.budgetLines()).isEqualTo(complete.budgetLines());
    assertThat(broken.budgetStatements()).isEqualTo(complete.budgetStatements());
    assertThat(broken.genderAnalyses()).isEqualTo(complete.genderAnalyses());
  }

  @Test
  void reports_showTheNewFindingsOfTheBrokenLink_andNoneOfThemOnTheCompleteChain() {
    ValidationReport complete = Scenario3BanjarbaruPokja2024.completeReport();
    ValidationReport broken = Scenario3BanjarbaruPokja2024.brokenReport();

    assertThat(complete.asOf()).hasToString("2025-01-01");
    assertThat(complete.ruleSetVersion()).isEqualTo("pprg-national 2026.12");
    assertThat(complete.violations(Severity.ERROR)).hasSize(5);
    assertThat(broken.violations(Severity.ERROR)).hasSize(6);
    assertThat(Scenario3BanjarbaruPokja2024.chainErrors(complete))
        .extracting(f -> f.ruleId() + " " + f.path())
        .containsExactly("PPRG-GBS-003 budgetStatements[0].achievementIndicators");
    assertThat(Scenario3BanjarbaruPokja2024.newFindings(complete, broken))
        .extracting(f -> f.ruleId() + " " + f.path() + " " + f.outcome() + " " + f.severity())
        .containsExactly(
            "PPRG-KAK-002 termsOfReference[0].gbs VIOLATED ERROR",
            "PPRG-KAK-008 termsOfReference[0].gbs INSUFFICIENT_DATA WARNING");
    assertThat(complete.findingsOf(RuleId.parse("PPRG-KAK-002"))).isEmpty();
    assertThat(complete.findingsOf(RuleId.parse("PPRG-KAK-008"))).isEmpty();
    assertThat(Scenario3BanjarbaruPokja2024.completeChainHadNone()).isTrue();
    Finding kak = Scenario3BanjarbaruPokja2024.newFindings(complete, broken).get(0);
    assertThat(kak.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(kak.message())
        .isEqualTo("KAK kak-2025-dp2kbpmp2a-01 tidak merujuk GBS yang menjadi dasarnya.");
  }

  @Test
  void print_showsTheChainTheFactorsAndTheNewFindings() {
    String out = printed();

    assertThat(out)
        .startsWith(HEADING + "\n" + "-".repeat(HEADING.length()) + "\n")
        .contains("Budget line bl-2025-0001 2.08.02.2.01.0001")
        .contains("pagu Rp70.590.400 (illustrative: S9's ceiling")
        .contains("GAP gap-2025-dp2kbpmp2a-01 (9 of 9 steps), step 3 Faktor Kesenjangan:")
        .contains("    akses        Contoh isian:")
        .contains("    partisipasi  Contoh isian:")
        .contains("    kontrol      Contoh isian:")
        .contains("    manfaat      Contoh isian:")
        .contains("→ GBS gbs-2025-dp2kbpmp2a-01, based on GAP gap-2025-dp2kbpmp2a-01")
        .contains("→ KAK kak-2025-dp2kbpmp2a-01, based on GBS gbs-2025-dp2kbpmp2a-01")
        .contains("as of 2025-01-01: 5 ERROR findings")
        .contains("gives 6 ERROR findings; new:")
        .contains("  [WAJIB] PPRG-KAK-002 termsOfReference[0].gbs")
        .contains("KAK kak-2025-dp2kbpmp2a-01 tidak merujuk GBS yang menjadi dasarnya.")
        .contains("[DATA TIDAK CUKUP] PPRG-KAK-008 termsOfReference[0].gbs")
        .contains("The complete chain had no finding of PPRG-KAK-002 or PPRG-KAK-008");
    assertThat(out.lines().count()).isBetween(15L, 40L);
  }
}
