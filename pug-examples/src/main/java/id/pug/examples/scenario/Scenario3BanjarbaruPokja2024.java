package id.pug.examples.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import id.pug.core.budget.BudgetLine;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GapFactor;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.region.RegionCatalog;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.RuleBasis;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Scenario 3 — Kota Banjarbaru, the coordination meeting (Rakor) of the Pokja PUG on Monday 9
 * December 2024 in the hall of BAPPERIDA, convened by the city's DP2KBPMP2A, attended by the deputy
 * mayor and addressed by the head of BAPPERIDA (seed 002, {@code SEED-002}).
 *
 * <p>What it shows: the meeting's aim — every agency's Renja (rencana kerja SKPD) drawn up with a
 * gender perspective, PUG being the strategy that gives women and men fair access, participation,
 * control and benefit (seed 002) — as pug checks it: the chain GAP → GBS → KAK behind the
 * ARG-tagged line of an agency's Renja, with the four gap factors (akses, partisipasi, kontrol,
 * manfaat, {@link GapFactor}) read from step 3 of the GAP; then the same plan with ONE link broken
 * (the KAK no longer names the GBS it is based on), both validated with the national catalogue as
 * of 1 January 2025, and the findings that the broken link alone adds.
 *
 * <p>Facts and their sources: the date, place, agencies and the APKM wording of the meeting (seed
 * 002); the agencies' names and roles (pug's agency data, {@code SEED-002}, S14); the city's
 * population by sex used in the GAP (Kepmendagri 300.2.2-2138/2025, S4); the sub-kegiatan code and
 * name (the 1317/2023-era list, S2). Illustrative: the whole plan ({@link BanjarbaruPlan}) — it is
 * not Kota Banjarbaru's Renja —, the wording of its GAP, GBS and KAK fields (example text, marked
 * "Contoh isian" where it stands for a finding of analysis), and the ceiling Rp70.590.400, borrowed
 * from the same-named sub-kegiatan in sample S9, whose region is not known.
 */
public final class Scenario3BanjarbaruPokja2024 {
  /** The day of the Rakor Pokja PUG (seed 002). */
  public static final LocalDate MEETING = LocalDate.of(2024, 12, 9);

  /** The date both plans are validated as of: the start of the fiscal year 2025. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  private static final ImmutableList<String> CHAIN =
      ImmutableList.of("budgetLines", "genderAnalyses", "budgetStatements", "termsOfReference");

  private Scenario3BanjarbaruPokja2024() {}

  /**
   * The illustrative plan with its chain complete: {@link BanjarbaruPlan#build()}.
   *
   * @return the plan
   */
  public static RegionalPprgPlan completePlan() {
    return BanjarbaruPlan.build();
  }

  /**
   * A copy of the complete plan with one link broken: the KAK of the tagged line no longer names
   * the GBS it is based on. Everything else is unchanged.
   *
   * @return the plan with the broken chain
   */
  public static RegionalPprgPlan brokenPlan() {
    RegionalPprgPlan plan = completePlan();
    List<TermsOfReference> kaks = new ArrayList<>(plan.termsOfReference());
    kaks.set(0, TermsOfReference.builder().from(kaks.get(0)).gbs(Optional.empty()).build());
    return RegionalPprgPlan.builder().from(plan).termsOfReference(kaks).build();
  }

  /**
   * The ARG-tagged budget line whose chain the scenario follows.
   *
   * @param plan the plan
   * @return its first tagged line
   */
  public static BudgetLine taggedLine(RegionalPprgPlan plan) {
    return plan.taggedLines().get(0);
  }

  /**
   * The four gap factors of the tagged line's GAP (step 3), in the order akses, partisipasi,
   * kontrol, manfaat.
   *
   * @return the factors and the GAP's text for each
   */
  public static ImmutableSortedMap<GapFactor, String> gapFactors() {
    RegionalPprgPlan plan = completePlan();
    return plan.gapOf(taggedLine(plan)).orElseThrow().gapFactors();
  }

  /**
   * Validates a plan with the national catalogue as of {@link #AS_OF}.
   *
   * @param plan the plan
   * @return the report
   */
  public static ValidationReport validate(RegionalPprgPlan plan) {
    return Validator.of(PprgCatalogue.ruleSet()).validate(plan, AS_OF);
  }

  /**
   * The report on the complete chain.
   *
   * @return the report
   */
  public static ValidationReport completeReport() {
    return validate(completePlan());
  }

  /**
   * The report on the broken chain.
   *
   * @return the report
   */
  public static ValidationReport brokenReport() {
    return validate(brokenPlan());
  }

  /**
   * The findings of one report that another does not have (same rule, path, subject, outcome and
   * message), in report order.
   *
   * @param before the report on the complete chain
   * @param after the report on the broken chain
   * @return the findings only {@code after} has
   */
  public static ImmutableList<Finding> newFindings(
      ValidationReport before, ValidationReport after) {
    ImmutableSet<String> known =
        before.findings().stream()
            .map(Scenario3BanjarbaruPokja2024::key)
            .collect(ImmutableSet.toImmutableSet());
    return after.findings().stream()
        .filter(f -> !known.contains(key(f)))
        .collect(ImmutableList.toImmutableList());
  }

  private static String key(Finding f) {
    return f.ruleId()
        + " "
        + f.path()
        + " "
        + f.subjectId()
        + " "
        + f.outcome()
        + " "
        + f.messageKey();
  }

  /**
   * The ERROR findings of a report that point into the chain's documents: budget lines, GAP, GBS
   * and KAK.
   *
   * @param report a report
   * @return those findings, in report order
   */
  public static ImmutableList<Finding> chainErrors(ValidationReport report) {
    return report.violations(Severity.ERROR).stream()
        .filter(
            f ->
                CHAIN.stream()
                    .anyMatch(
                        field ->
                            f.path().toString().equals(field)
                                || f.path().toString().startsWith(field + "[")
                                || f.path().toString().startsWith(field + ".")))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether the complete plan has no finding at all of the rules whose findings the broken link
   * adds.
   *
   * @return true if the broken link alone accounts for the new findings
   */
  public static boolean completeChainHadNone() {
    ValidationReport complete = completeReport();
    return newFindings(complete, brokenReport()).stream()
        .allMatch(f -> complete.findingsOf(f.ruleId()).isEmpty());
  }

  /**
   * Prints the scenario's section of the demo.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    String heading = "Scenario 3 — Kota Banjarbaru, Rakor Pokja PUG (" + MEETING + ")";
    out.println(heading);
    out.println("-".repeat(heading.length()));
    RegionalPprgPlan plan = completePlan();
    BudgetLine line = taggedLine(plan);
    out.println(
        "Seed 002: the city's "
            + plan.agency(line.agency()).map(a -> a.shortName()).orElse("?")
            + " convened the Pokja PUG in BAPPERIDA's hall so that every SKPD's Renja");
    out.println(
        "carries a gender perspective: fair access, participation, control and benefit (APKM)"
            + " for women and men.");
    out.println(
        "The chain behind an ARG tag in an illustrative "
            + plan.fiscalYear()
            + " Renja of "
            + RegionCatalog.kalimantan().get(plan.region()).name()
            + " (BanjarbaruPlan; field texts are examples):");
    out.println(
        "Budget line " + line.id() + " " + line.subActivity() + " " + line.name().orElse(""));
    out.println(
        "  "
            + line.argTag().map(t -> t.category().indonesian()).orElse("untagged")
            + ", pagu "
            + line.amount()
            + " (illustrative: S9's ceiling for this sub-kegiatan, region unknown)");
    GenderAnalysisPathway gap = plan.gapOf(line).orElseThrow();
    out.println(
        "  GAP "
            + gap.id()
            + " ("
            + (GapStep.values().length - gap.missingSteps().size())
            + " of "
            + GapStep.values().length
            + " steps), step 3 "
            + GapStep.GAP_FACTORS.indonesian()
            + ":");
    for (Map.Entry<GapFactor, String> factor : gap.gapFactors().entrySet()) {
      out.println(
          String.format(
              Locale.ROOT, "    %-12s %s", factor.getKey().indonesian(), factor.getValue()));
    }
    GenderBudgetStatement gbs = plan.gbsOf(line).orElseThrow();
    out.println(
        "  → GBS "
            + gbs.id()
            + ", based on GAP "
            + gbs.gap().map(Object::toString).orElse("(none)")
            + ", alokasi "
            + gbs.budget().map(Object::toString).orElse("(none)"));
    TermsOfReference kak = plan.kakOf(line).orElseThrow();
    out.println(
        "  → KAK "
            + kak.id()
            + ", based on GBS "
            + kak.gbs().map(Object::toString).orElse("(none)")
            + ", biaya "
            + kak.cost().map(Object::toString).orElse("(none)"));

    ValidationReport complete = completeReport();
    ValidationReport broken = brokenReport();
    ImmutableList<Finding> added = newFindings(complete, broken);
    out.println(
        "Validated with "
            + complete.ruleSetVersion()
            + " as of "
            + complete.asOf()
            + ": "
            + complete.violations(Severity.ERROR).size()
            + " ERROR findings ("
            + complete.violations(Severity.ERROR).stream()
                .map(f -> f.ruleId().value())
                .distinct()
                .collect(Collectors.joining(", "))
            + "),");
    for (Finding f : chainErrors(complete)) {
      out.println(
          "  on the chain's documents: "
              + f.ruleId()
              + " "
              + f.path()
              + " — "
              + f.message(Language.INDONESIAN));
    }
    out.println(
        "A copy with ONE link broken — the KAK no longer names its GBS — gives "
            + broken.violations(Severity.ERROR).size()
            + " ERROR findings; new:");
    for (Finding f : added) {
      render(out, f);
    }
    out.println(
        completeChainHadNone()
            ? "The complete chain had no finding of "
                + added.stream()
                    .map(f -> f.ruleId().value())
                    .distinct()
                    .collect(Collectors.joining(" or "))
                + ": the broken link alone accounts for them."
            : "Some of these rules also had findings on the complete chain.");
  }

  private static void render(PrintStream out, Finding f) {
    String label =
        f.outcome() == Outcome.INSUFFICIENT_DATA
            ? Outcome.INSUFFICIENT_DATA.label(Language.INDONESIAN)
            : f.severity().indonesian();
    out.println(
        "  ["
            + label.toUpperCase(Locale.ROOT)
            + "] "
            + f.ruleId()
            + " "
            + f.path()
            + "\n      "
            + f.message(Language.INDONESIAN));
    if (!f.citations().isEmpty()) {
      out.println(
          "      Dasar: "
              + f.citations().stream().map(c -> c.format()).collect(Collectors.joining("; "))
              + (f.basis() == RuleBasis.Kind.POLICY
                  ? " — " + f.basis().label(Language.INDONESIAN)
                  : ""));
    }
  }
}
