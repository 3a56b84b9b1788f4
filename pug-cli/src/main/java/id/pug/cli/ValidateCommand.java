package id.pug.cli;

import id.pug.core.PugException;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.io.FormatProblem;
import id.pug.io.PlanFormatException;
import id.pug.io.json.PlanJson;
import id.pug.io.report.AuditReport;
import id.pug.io.report.ReportJson;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.ReportText;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.rules.packs.PolicyPacks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pug validate}: validates plan files against the PPRG rule catalogue. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates PPRG plans (JSON files in the format pug.plan.v1, docs/plan-format.md) against the"
          + " national PPRG rule catalogue and any policy packs, and prints a report.",
      "Exit code 0: no ERROR finding; 1: at least one ERROR finding; 2: a file cannot be read or the"
          + " arguments are wrong (the reason on standard error)."
    })
final class ValidateCommand implements Callable<Integer> {
  /** Exit code: some plan breaks an ERROR rule. */
  static final int EXIT_ERRORS = 1;

  @Spec CommandSpec spec = CommandSpec.create();

  /** Output formats. */
  enum Format {
    text,
    json,
    markdown,
    html
  }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan files (pug.plan.v1 JSON).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The date whose law applies (YYYY-MM-DD); default: 1 January of each plan's fiscal year.")
  @Nullable LocalDate asOf;

  @Option(
      names = "--pack",
      paramLabel = "NAME",
      description =
          "Add a policy pack (repeatable): babel-2016, murung-raya-2025, philippines-gad.")
  List<String> packs = new ArrayList<>();

  @Option(
      names = "--param",
      paramLabel = "RULE.NAME=VALUE",
      description = "Set a rule's parameter (repeatable), e.g. PPRG-ARG-008.targetPercent=5.")
  List<String> params = new ArrayList<>();

  @Option(names = "--enable", paramLabel = "RULE", description = "Switch a rule on (repeatable).")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE", description = "Switch a rule off (repeatable).")
  List<String> disable = new ArrayList<>();

  @Option(
      names = "--lang",
      defaultValue = "id",
      paramLabel = "LANG",
      description = "Language of the report: id (Indonesian) or en (default ${DEFAULT-VALUE}).")
  String lang = "id";

  @Option(
      names = {"-f", "--format"},
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text, json (pug.report.v1), markdown or html (default ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the report (default: standard output).")
  @Nullable Path output;

  @Option(
      names = "--trace",
      paramLabel = "FILE",
      description = "Also write the trace of every evaluation (pug.trace.v1 JSON) to FILE.")
  @Nullable Path trace;

  @Option(names = "--verbose", description = "Print stack traces of unexpected errors.")
  boolean verbose;

  /** How long validation may run before progress is shown on standard error. */
  static final long PROGRESS_AFTER_MILLIS = Long.getLong("pug.progressAfterMillis", 1500);

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Language language;
    RuleSet rules;
    try {
      language = Language.parse(lang.toLowerCase(Locale.ROOT));
      rules = ruleSet();
      if (trace != null && files.size() > 1) {
        err.println("pug validate: --trace takes one plan file, was " + files.size());
        return PugCommand.EXIT_INPUT;
      }
    } catch (PugException e) {
      err.println("pug validate: " + e.getMessage());
      return PugCommand.EXIT_INPUT;
    }
    Validator validator = Validator.of(rules).withTrace(trace != null);
    try (Progress progress = new Progress("pug validate", err, PROGRESS_AFTER_MILLIS)) {
      List<RegionalPprgPlan> plans = new ArrayList<>();
      List<ValidationReport> reports = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        String of = files.size() > 1 ? " (" + (i + 1) + " of " + files.size() + ")" : "";
        progress.stage("reading " + file + of);
        RegionalPprgPlan plan = PlanJson.standard().read(file);
        progress.stage("validating " + file + of);
        plans.add(plan);
        reports.add(asOf == null ? validator.validate(plan) : validator.validate(plan, asOf));
      }
      progress.stage("writing the report");
      String report = render(reports, plans, language);
      // The trace first: a trace that cannot be written must not leave a report on stdout
      if (trace != null
          && !writeFile(trace, reports.get(0).trace().orElseThrow().toJson() + "\n", err)) {
        return PugCommand.EXIT_INPUT;
      }
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(report);
        out.flush();
      } else if (!writeFile(output, report, err)) {
        return PugCommand.EXIT_INPUT;
      }
      return reports.stream().anyMatch(ValidationReport::hasErrors) ? EXIT_ERRORS : 0;
    } catch (PlanFormatException e) {
      if (e.getCause() instanceof IOException io) {
        // the file itself could not be read: no such file, a directory, no permission
        err.println(
            "pug validate: cannot read "
                + e.problems().get(0).source()
                + ": "
                + Messages.describe(io));
        if (verbose) {
          e.printStackTrace(err);
        }
        return PugCommand.EXIT_INPUT;
      }
      err.println("pug validate: " + e.problems().size() + " problem(s) reading the plan:");
      for (FormatProblem problem : e.problems()) {
        err.println("  " + problem);
      }
      return PugCommand.EXIT_INPUT;
    } catch (PugException e) {
      err.println("pug validate: " + e.getMessage());
      if (verbose) {
        e.printStackTrace(err);
      }
      return PugCommand.EXIT_INPUT;
    }
  }

  private RuleSet ruleSet() {
    RuleSet set = PprgCatalogue.ruleSet();
    for (String pack : packs) {
      set = set.plus(PolicyPacks.named(pack));
    }
    for (String id : enable) {
      set = set.enable(RuleId.parse(id));
    }
    for (String id : disable) {
      set = set.disable(RuleId.parse(id));
    }
    for (String param : params) {
      int eq = param.indexOf('=');
      int dot = eq < 0 ? -1 : param.lastIndexOf('.', eq);
      if (eq < 0 || dot < 0) {
        throw new PugException(
            "--param must be RULE.NAME=VALUE such as PPRG-ARG-008.targetPercent=5, was \""
                + param
                + "\"");
      }
      set =
          set.configure(
              RuleId.parse(param.substring(0, dot)),
              param.substring(dot + 1, eq),
              param.substring(eq + 1));
    }
    return set;
  }

  private String render(
      List<ValidationReport> reports, List<RegionalPprgPlan> plans, Language language) {
    StringBuilder out = new StringBuilder();
    switch (format) {
      case text -> {
        for (ValidationReport report : reports) {
          out.append(ReportText.render(report, language));
          if (reports.size() > 1) {
            out.append('\n');
          }
        }
      }
      case json -> {
        if (reports.size() == 1) {
          out.append(ReportJson.write(reports.get(0), language));
        } else {
          out.append("[\n");
          for (int i = 0; i < reports.size(); i++) {
            out.append(ReportJson.write(reports.get(i), language).stripTrailing());
            out.append(i + 1 < reports.size() ? ",\n" : "\n");
          }
          out.append("]\n");
        }
      }
      case markdown -> {
        for (int i = 0; i < reports.size(); i++) {
          if (i > 0) {
            out.append("\n---\n\n");
          }
          out.append(AuditReport.markdown(reports.get(i), plans.get(i), language));
        }
      }
      case html -> out.append(AuditReport.html(reports, plans, language));
    }
    return out.toString();
  }

  /** Writes a file; false after saying on standard error why it could not be written. */
  private boolean writeFile(Path file, String text, PrintWriter err) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      err.println("pug validate: cannot write " + file + ": " + Messages.describe(e));
      if (verbose) {
        e.printStackTrace(err);
      }
      return false;
    }
  }
}
