package id.pug.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.money.Rupiah;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the example plans in {@code examples/plans/} equal to what they are made from, and checks
 * what the national catalogue finds in them. Run with {@code -Dpug.writeExamples=true} to
 * regenerate both files after a change of the fixture or the format.
 */
class ExamplePlansTest {
  static final Path DIRECTORY = Path.of("..", "examples", "plans");
  static final Path KAPUAS = DIRECTORY.resolve("kapuas-2025.json");
  static final Path BROKEN = DIRECTORY.resolve("kapuas-2025-broken.json");

  /**
   * The ERROR findings the broken plan must give, as rule id and path, one per defect (as listed in
   * {@code examples/plans/README.md}).
   */
  static final ImmutableSet<String> BROKEN_FINDINGS =
      ImmutableSet.of(
          "PPRG-INST-002 pokja.decree",
          "PPRG-GAP-001 genderAnalyses[0].steps",
          "PPRG-GBS-010 budgetStatements[0].budget",
          "PPRG-KAK-002 termsOfReference[1].gbs",
          "PPRG-ARG-001 budgetLines[1].argTag.gbs");

  private static final PlanJson JSON = PlanJson.standard();

  @BeforeAll
  static void writeWhenAsked() throws IOException {
    if (Boolean.getBoolean("pug.writeExamples")) {
      JSON.write(PlanFixtures.kabupatenKapuas2025(), KAPUAS);
      JSON.write(broken(), BROKEN);
    }
  }

  /**
   * The Kapuas fixture with five deliberate defects: the Pokja's decree removed; the ARG tag of
   * budgetLines[1] stripped of its GBS; the budget of budgetStatements[0] raised from Rp70.590.400
   * to Rp75.000.000, so it no longer equals its line; step 8 (BASELINE) removed from
   * genderAnalyses[0]; the GBS removed from termsOfReference[1].
   */
  static RegionalPprgPlan broken() {
    RegionalPprgPlan plan = PlanFixtures.kabupatenKapuas2025();
    PokjaPug pokja =
        PokjaPug.builder().from(plan.pokja().orElseThrow()).decree(Optional.empty()).build();
    BudgetLine line = plan.budgetLines().get(1);
    BudgetLine untethered =
        BudgetLine.builder()
            .from(line)
            .argTag(
                ArgTag.builder().from(line.argTag().orElseThrow()).gbs(Optional.empty()).build())
            .build();
    GenderBudgetStatement gbs = plan.budgetStatements().get(0);
    GenderAnalysisPathway gap = plan.genderAnalyses().get(0);
    TermsOfReference kak = plan.termsOfReference().get(1);
    return RegionalPprgPlan.builder()
        .from(plan)
        .pokja(pokja)
        .budgetLines(
            ImmutableList.of(plan.budgetLines().get(0), untethered, plan.budgetLines().get(2)))
        .genderAnalyses(
            ImmutableList.of(
                GenderAnalysisPathway.builder()
                    .from(gap)
                    .steps(
                        gap.steps().entrySet().stream()
                            .filter(e -> e.getKey() != GapStep.BASELINE)
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                    .build(),
                plan.genderAnalyses().get(1)))
        .budgetStatements(
            ImmutableList.of(
                GenderBudgetStatement.builder().from(gbs).budget(Rupiah.of(75_000_000)).build(),
                plan.budgetStatements().get(1)))
        .termsOfReference(
            ImmutableList.of(
                plan.termsOfReference().get(0),
                TermsOfReference.builder().from(kak).gbs(Optional.empty()).build()))
        .build();
  }

  private static ImmutableList<String> errorFindings(RegionalPprgPlan plan) {
    ValidationReport report = Validator.of(PprgCatalogue.ruleSet()).validate(plan);
    return report.violations(Severity.ERROR).stream()
        .map(f -> f.ruleId().value() + " " + f.path())
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void kapuasFile_equalsWrittenFixture() throws IOException {
    assertThat(Files.readString(KAPUAS, StandardCharsets.UTF_8))
        .as("%s is out of date; regenerate with -Dpug.writeExamples=true", KAPUAS)
        .isEqualTo(JSON.write(PlanFixtures.kabupatenKapuas2025()));
  }

  @Test
  void kapuasFile_readsBackEqualToFixture() {
    assertThat(JSON.read(KAPUAS)).isEqualTo(PlanFixtures.kabupatenKapuas2025());
  }

  @Test
  void brokenFile_equalsWrittenBrokenPlan() throws IOException {
    assertThat(Files.readString(BROKEN, StandardCharsets.UTF_8))
        .as("%s is out of date; regenerate with -Dpug.writeExamples=true", BROKEN)
        .isEqualTo(JSON.write(broken()));
    assertThat(JSON.read(BROKEN)).isEqualTo(broken());
  }

  @Test
  void validate_kapuasFile_hasNoErrorViolation() {
    assertThat(errorFindings(JSON.read(KAPUAS))).isEmpty();
  }

  @Test
  void validate_brokenFile_breaksExactlyTheIntendedErrorRules() {
    assertThat(errorFindings(JSON.read(BROKEN)))
        .containsExactlyInAnyOrderElementsOf(BROKEN_FINDINGS);
  }
}
