package id.pug.rules;

import com.google.common.collect.ImmutableList;
import id.pug.core.law.Citation;
import id.pug.core.provenance.Source;
import id.pug.rules.engine.JsonWriter;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Parameter;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleDescriptor;
import id.pug.rules.engine.Values;
import id.pug.rules.packs.PolicyPacks;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Lists rules as text, JSON or Markdown: what {@code pug rules} prints and what {@code RULES.md} is
 * generated from.
 *
 * <p>The JSON form is an array of objects with {@code id}, {@code severity}, {@code category},
 * {@code title} (in the chosen language), {@code titles} ({@code id} and {@code en}), {@code basis}
 * ({@code LEGAL} or {@code POLICY}), {@code citations} (strings such as {@code "Permendagri
 * 67/2011"}), {@code sources} (strings), {@code effectiveFrom}, {@code effectiveUntil} (or null),
 * {@code enabledByDefault} and {@code parameters} ({@code name}, {@code type}, {@code default} or
 * null, {@code basis}). Fields are only ever added. Stateless and thread-safe.
 */
public final class CatalogueListing {
  private CatalogueListing() {}

  /**
   * One line per rule: id, severity, whether it is a policy, and the title.
   *
   * @param rules the rules
   * @param language the language of the titles
   * @return the text
   */
  public static String text(List<Rule> rules, Language language) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(language, "language");
    StringBuilder out = new StringBuilder();
    for (Rule rule : rules) {
      RuleDescriptor d = rule.descriptor();
      out.append(
          String.format(
              "%-16s %-7s %-6s %s%n",
              d.id(),
              d.severity(),
              d.basis().isPolicy() ? "POLICY" : "LEGAL",
              d.title().in(language)));
      String cites = citations(d);
      if (!cites.isEmpty()) {
        out.append(String.format("%-31s %s%n", "", cites));
      }
    }
    return out.toString();
  }

  /**
   * The rules as a JSON array.
   *
   * @param rules the rules
   * @param language the language of {@code title}
   * @return the JSON text, indented
   */
  public static String json(List<Rule> rules, Language language) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(language, "language");
    JsonWriter json = JsonWriter.pretty().beginArray();
    for (Rule rule : rules) {
      RuleDescriptor d = rule.descriptor();
      json.beginObject()
          .name("id")
          .value(d.id().value())
          .name("severity")
          .value(d.severity().name())
          .name("category")
          .value(d.category().name())
          .name("title")
          .value(d.title().in(language))
          .name("titles")
          .beginObject()
          .name("id")
          .value(d.title().indonesian())
          .name("en")
          .value(d.title().english())
          .endObject()
          .name("basis")
          .value(d.basis().kind().name())
          .name("citations")
          .beginArray();
      for (Citation c : d.citations()) {
        json.value(c.format());
      }
      json.endArray().name("sources").beginArray();
      for (Source s : d.basis().sources()) {
        json.value(s.toString());
      }
      json.endArray()
          .name("effectiveFrom")
          .value(d.period().start().toString())
          .name("effectiveUntil");
      if (d.period().end().isPresent()) {
        json.value(d.period().end().get().toString());
      } else {
        json.nullValue();
      }
      json.name("enabledByDefault").value(d.enabledByDefault()).name("parameters").beginArray();
      for (Parameter p : d.parameters()) {
        json.beginObject().name("name").value(p.name()).name("type").value(p.type().name());
        json.name("default");
        if (p.defaultValue().isPresent()) {
          Values.writeJson(p.defaultValue().get(), json);
        } else {
          json.nullValue();
        }
        json.name("basis").value(p.basis()).endObject();
      }
      json.endArray().endObject();
    }
    return json.endArray().toJson();
  }

  /**
   * The document {@code RULES.md}: the national catalogue by category, then the policy packs.
   *
   * @return the Markdown text
   */
  public static String rulesDocument() {
    StringBuilder out = new StringBuilder();
    out.append("# The PPRG rule catalogue\n\n")
        .append("<!-- Generated from id.pug.rules.PprgCatalogue and PolicyPacks by")
        .append(
            " CatalogueListing.rulesDocument(); do not edit by hand. RulesDocumentTest fails when")
        .append(" this file is out of date; regenerate it with")
        .append(" ./mvnw -B -ntp -pl pug-rules -am test -Dtest=RulesDocumentTest")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dpug.writeRulesDocument=true -->\n\n")
        .append("Catalogue `")
        .append(PprgCatalogue.NAME)
        .append(' ')
        .append(PprgCatalogue.VERSION)
        .append("`: ")
        .append(PprgCatalogue.rules().size())
        .append(" rules (")
        .append(count(PprgCatalogue.rules(), false))
        .append(" legal requirements, ")
        .append(count(PprgCatalogue.rules(), true))
        .append(" configurable local policies); policy packs: ")
        .append(PolicyPacks.allRules().size())
        .append(" rules in ")
        .append(PolicyPacks.names().size())
        .append(" packs.\n\n")
        .append(
            "Severity: **ERROR** is what a plan *must* do (wajib), **WARNING** what it *should*")
        .append(" do (sebaiknya), **INFO** a remark. Basis: **LEGAL** rules enforce the cited")
        .append(" regulations; **POLICY** rules are configurable local policies — a regional")
        .append(
            " practice, or a requirement whose legal source is unconfirmed — never presented as")
        .append(" law. Titles are given in English and Indonesian; every rule's messages exist in")
        .append(" both languages.\n");
    for (RuleCategory category : RuleCategory.values()) {
      List<Rule> rules =
          PprgCatalogue.rules().stream()
              .filter(r -> r.descriptor().category() == category)
              .collect(ImmutableList.toImmutableList());
      if (!rules.isEmpty()) {
        out.append("\n## ").append(category.label(Language.ENGLISH)).append("\n\n");
        table(out, rules);
      }
    }
    for (String pack : PolicyPacks.names()) {
      out.append("\n## Policy pack `").append(pack).append("`\n\n");
      table(out, PolicyPacks.named(pack).rules());
    }
    return out.toString();
  }

  private static long count(List<Rule> rules, boolean policy) {
    return rules.stream().filter(r -> r.descriptor().basis().isPolicy() == policy).count();
  }

  private static void table(StringBuilder out, List<Rule> rules) {
    out.append("| Id | Severity | Basis | Title | Citations and sources | Parameters | From |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Rule rule : rules) {
      RuleDescriptor d = rule.descriptor();
      out.append("| ")
          .append(d.id())
          .append(" | ")
          .append(d.severity())
          .append(d.enabledByDefault() ? "" : " (off by default)")
          .append(" | ")
          .append(d.basis().kind())
          .append(" | ")
          .append(cell(d.title().english()))
          .append("<br>*")
          .append(cell(d.title().indonesian()))
          .append("* | ")
          .append(cell(sources(d)))
          .append(" | ")
          .append(
              cell(
                  d.parameters().stream()
                      .map(
                          p ->
                              "`"
                                  + p.name()
                                  + "` = "
                                  + p.defaultValue().map(Values::plain).orElse("(none)"))
                      .collect(Collectors.joining("; "))))
          .append(" | ")
          .append(d.period().start())
          .append(d.period().end().map(e -> " to " + e).orElse(""))
          .append(" |\n");
    }
  }

  private static String citations(RuleDescriptor d) {
    return d.citations().stream().map(Citation::format).collect(Collectors.joining("; "));
  }

  private static String sources(RuleDescriptor d) {
    String cites = citations(d);
    String sources =
        d.basis().sources().stream()
            .map(s -> s.id().orElse(s.url().map(Object::toString).orElse(s.title())))
            .collect(Collectors.joining("; "));
    return cites.isEmpty() ? sources : sources.isEmpty() ? cites : cites + "; " + sources;
  }

  private static String cell(String text) {
    return Objects.requireNonNull(text).replace("|", "\\|").replace("\n", " ");
  }
}
