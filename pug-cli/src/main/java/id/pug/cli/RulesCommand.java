package id.pug.cli;

import com.google.common.collect.ImmutableList;
import id.pug.core.PugException;
import id.pug.rules.CatalogueListing;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.packs.PolicyPacks;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pug rules}: lists the PPRG rule catalogue, with policy packs, as text or JSON. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the national PPRG rule catalogue: id, severity, legal or policy basis, title and"
          + " citations.",
      "--format json prints an array of objects with id, severity, category, title, titles,"
          + " basis, citations, sources, effectiveFrom, effectiveUntil, enabledByDefault and"
          + " parameters.",
      "Exit code 0; 2 when the arguments are wrong."
    })
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  /** Output formats. */
  enum Format {
    text,
    json,
    markdown
  }

  @Option(
      names = {"-f", "--format"},
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text, json or markdown (the RULES.md document) (default ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(
      names = "--lang",
      defaultValue = "id",
      paramLabel = "LANG",
      description = "Language of the titles: id (Indonesian) or en (default ${DEFAULT-VALUE}).")
  String lang = "id";

  @Option(
      names = "--pack",
      paramLabel = "NAME",
      description =
          "Also list a policy pack's rules (repeatable): babel-2016, murung-raya-2025,"
              + " philippines-gad.")
  List<String> packs = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Only the enabled rules in effect on this date (YYYY-MM-DD).")
  @Nullable LocalDate asOf;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Language language;
    RuleSet set = PprgCatalogue.ruleSet();
    try {
      language = Language.parse(lang.toLowerCase(Locale.ROOT));
      for (String pack : packs) {
        set = set.plus(PolicyPacks.named(pack));
      }
    } catch (PugException e) {
      err.println("pug rules: " + e.getMessage());
      return PugCommand.EXIT_INPUT;
    }
    if (format == Format.markdown) {
      out.print(CatalogueListing.rulesDocument());
      out.flush();
      return 0;
    }
    ImmutableList<Rule> rules = asOf == null ? set.rules() : set.select(asOf);
    out.print(
        format == Format.json
            ? CatalogueListing.json(rules, language) + "\n"
            : CatalogueListing.text(rules, language));
    out.flush();
    return 0;
  }
}
