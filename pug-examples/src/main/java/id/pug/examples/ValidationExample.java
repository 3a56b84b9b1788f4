package id.pug.examples;

import id.pug.core.budget.BudgetLine;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.examples.scenario.BanjarbaruPlan;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.arg.ArgRules;
import id.pug.rules.arg.ArgShare;
import id.pug.rules.engine.EffectivePeriod;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.ReportText;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleDefinition;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.rules.packs.PolicyPacks;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The README's validation examples, kept here so that they compile and run in CI ({@code
 * ReadmeTest} checks that the README shows exactly these lines): validating Kota Banjarbaru's
 * illustrative 2025 plan against the national PPRG catalogue, then against a rule set with a policy
 * pack, a region's ARG target and a rule of one's own.
 */
public final class ValidationExample {
  private ValidationExample() {}

  /**
   * Validates the Banjarbaru plan against the national catalogue, as of 1 January 2025.
   *
   * @return the report
   */
  public static ValidationReport nationalReport() {
    // validate:begin
    RegionalPprgPlan plan = BanjarbaruPlan.build();
    Validator validator = Validator.of(PprgCatalogue.ruleSet());
    ValidationReport report = validator.validate(plan, LocalDate.of(2025, 1, 1));
    System.out.println(ReportText.render(report, Language.INDONESIAN));
    boolean meetsPprg = !report.hasErrors(); // false: 5 ERROR findings
    // validate:end
    System.out.println("Meets PPRG criteria: " + meetsPprg);
    return report;
  }

  /**
   * A rule of one's own, written in code: every ARG-tagged budget line carries its sub-kegiatan
   * name as SIPD exports it ({@code nama_sub_giat}).
   *
   * @return the rule
   */
  public static Rule namedLines() {
    // rule:begin
    Rule namedLines =
        RuleDefinition.of("KOTA-ARG-001")
            .title(
                "Baris anggaran bertanda ARG sebaiknya memuat nama sub kegiatan (kebijakan lokal).",
                "ARG-tagged budget lines should carry the sub-activity's name (local policy).")
            .recommendation("Isi nama sub kegiatan.", "Fill in the sub-activity's name.")
            .message("noName", "Baris {line} tanpa nama.", "Line {line} has no name.")
            .severity(Severity.WARNING)
            .category(RuleCategory.ARG)
            .policy("Our city's convention for SIPD exports (nama_sub_giat).")
            .source("REF-BUDGET")
            .effective(EffectivePeriod.from(LocalDate.of(2025, 1, 1), "our 2025 convention"))
            .logic(
                ctx -> {
                  for (int i = 0; i < ctx.plan().budgetLines().size(); i++) {
                    BudgetLine line = ctx.plan().budgetLines().get(i);
                    if (line.isTagged()) {
                      ctx.check(ElementPath.of("budgetLines", i).field("name"), line.id().value())
                          .read("line", line.id())
                          .passedIf(line.name().isPresent(), "noName");
                    }
                  }
                });
    // rule:end
    return namedLines;
  }

  /**
   * The national catalogue with Bangka Belitung's 2016 pack, a region's ARG target of 5% and a rule
   * of one's own, as of 30 June 2026, traced.
   *
   * @param plan the plan
   * @return the report
   */
  public static ValidationReport composedReport(RegionalPprgPlan plan) {
    Rule namedLines = namedLines();
    // compose:begin
    RuleSet rules =
        PprgCatalogue.ruleSet()
            .plus(PolicyPacks.named("babel-2016")) // 3 complete GAP-GBS-KAK-RKA chains per agency
            .configure(ArgRules.SHARE_TARGET, "targetPercent", new BigDecimal("5"))
            .plus(namedLines);
    ValidationReport report =
        Validator.of(rules).withTrace(true).validate(plan, LocalDate.of(2026, 6, 30));
    // compose:end
    return report;
  }

  /**
   * Prints the validation section of the demo.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    RegionalPprgPlan plan = BanjarbaruPlan.build();
    ValidationReport report =
        Validator.of(PprgCatalogue.ruleSet()).validate(plan, LocalDate.of(2025, 1, 1));
    out.print(ReportText.render(report, Language.INDONESIAN));
    Finding first = report.violations().get(0);
    out.println();
    out.println("The same finding in English: " + first.message(Language.ENGLISH));
    out.println(
        "ARG share of spending: "
            + ArgShare.percent(plan).map(p -> p.toPlainString() + "%").orElse("n/a")
            + " (ARG Rp"
            + ArgShare.tagged(plan).toPlainString()
            + " of Rp"
            + ArgShare.total(plan).toPlainString()
            + ")");
    ValidationReport composed = composedReport(plan);
    out.println(
        "With the babel-2016 pack, a 5% ARG target and a rule of our own ("
            + composed.ruleSetVersion()
            + "), as of "
            + composed.asOf()
            + ":");
    for (Finding f : composed.findings()) {
      if (!f.ruleId().namespace().equals("PPRG")) {
        out.println("  " + f.ruleId() + " " + f.path() + ": " + f.message(Language.ENGLISH));
      }
    }
    out.println(
        "  trace: "
            + composed.trace().map(t -> t.entries().size()).orElse(0)
            + " evaluations recorded in format "
            + composed.trace().map(t -> t.format()).orElse("-"));
  }

  /**
   * Runs the examples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    nationalReport();
  }
}
