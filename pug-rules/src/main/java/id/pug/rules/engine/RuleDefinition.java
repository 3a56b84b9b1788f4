package id.pug.rules.engine;

import com.google.common.collect.ImmutableMap;
import id.pug.core.law.Citation;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.provenance.SourceRegistry;
import java.util.Objects;

/**
 * Defines a rule in a few readable lines, with its texts from a {@link MessageBundle}:
 *
 * <pre>{@code
 * Rule rule = RuleDefinition.of("PPRG-INST-001", BUNDLE)
 *     .severity(Severity.ERROR)
 *     .category(RuleCategory.INSTITUTIONS)
 *     .legal("Permendagri 15/2008", "Permendagri 67/2011")
 *     .effective(EffectivePeriod.fromYearOf(2011, "Permendagri 67/2011"))
 *     .logic(InstitutionRules::pokjaExists);
 * }</pre>
 *
 * <p>The bundle must hold {@code <id>.title}, {@code <id>.recommendation} and at least one message
 * template {@code <id>.<key>}. A rule of one's own can instead start with {@link #of(String)} and
 * give its texts with {@link #title}, {@link #recommendation} and {@link #message}. Citations are
 * parsed against pug-core's shipped regulation catalogue and sources resolved in its source
 * registry; a citation that does not resolve is a programming error and fails when the rule is
 * defined. Not thread-safe; the rule it builds is.
 */
public final class RuleDefinition {
  private final RuleDescriptor.Builder descriptor = RuleDescriptor.builder();
  private final RuleBasis.Builder basis = RuleBasis.builder();
  private final java.util.List<String> notes = new java.util.ArrayList<>();

  private RuleDefinition(RuleId id, MessageBundle bundle) {
    String prefix = id.value() + ".";
    ImmutableMap<String, LocalizedText> texts = bundle.withPrefix(prefix);
    descriptor
        .id(id)
        .title(bundle.text(prefix + "title"))
        .recommendation(bundle.text(prefix + "recommendation"));
    texts.forEach(
        (key, text) -> {
          if (!key.equals("title") && !key.equals("recommendation")) {
            descriptor.putMessage(key, text);
          }
        });
  }

  private RuleDefinition(RuleId id) {
    descriptor.id(id);
  }

  /**
   * Starts a definition whose texts are given in code with {@link #title}, {@link #recommendation}
   * and {@link #message} — for rules a user writes without message files.
   *
   * @param id the rule id, in a namespace of one's own, such as {@code "KOTA-ARG-001"}
   * @return the definition
   */
  public static RuleDefinition of(String id) {
    return new RuleDefinition(RuleId.parse(id));
  }

  /**
   * Sets the title.
   *
   * @param indonesian the title in Indonesian ("… wajib …" for an error, "… sebaiknya …" for a
   *     warning)
   * @param english the title in English ("… must …", "… should …")
   * @return this definition
   */
  public RuleDefinition title(String indonesian, String english) {
    descriptor.title(LocalizedText.of(indonesian, english));
    return this;
  }

  /**
   * Sets the recommendation.
   *
   * @param indonesian what to do, in Indonesian
   * @param english what to do, in English
   * @return this definition
   */
  public RuleDefinition recommendation(String indonesian, String english) {
    descriptor.recommendation(LocalizedText.of(indonesian, english));
    return this;
  }

  /**
   * Adds a message template; placeholders {@code {name}} are filled from the evidence a check
   * reads.
   *
   * @param key the key, lowerCamelCase, as {@link Check#violated(String)} names it
   * @param indonesian the template in Indonesian
   * @param english the template in English, with the same placeholders
   * @return this definition
   * @throws id.pug.core.PugException if the placeholders differ between the languages
   */
  public RuleDefinition message(String key, String indonesian, String english) {
    if (!MessageBundle.placeholders(indonesian).equals(MessageBundle.placeholders(english))) {
      throw new id.pug.core.PugException(
          "Rule message "
              + key
              + " must use the same placeholders in both languages, was "
              + MessageBundle.placeholders(indonesian)
              + " and "
              + MessageBundle.placeholders(english));
    }
    descriptor.putMessage(key, LocalizedText.of(indonesian, english));
    return this;
  }

  /**
   * Starts a definition.
   *
   * @param id the rule id, such as {@code "PPRG-INST-001"}
   * @param bundle the bundle holding the rule's texts
   * @return the definition
   */
  public static RuleDefinition of(String id, MessageBundle bundle) {
    Objects.requireNonNull(bundle, "bundle");
    return new RuleDefinition(RuleId.parse(id), bundle);
  }

  /**
   * Sets the severity.
   *
   * @param severity ERROR for "must", WARNING for "should", INFO for a remark
   * @return this definition
   */
  public RuleDefinition severity(Severity severity) {
    descriptor.severity(severity);
    return this;
  }

  /**
   * Sets the category.
   *
   * @param category the area of the catalogue
   * @return this definition
   */
  public RuleDefinition category(RuleCategory category) {
    descriptor.category(category);
    return this;
  }

  /**
   * Makes the rule a legal requirement of the cited instruments.
   *
   * @param citations citations as written, such as {@code "Perda Kota Semarang 11/2021 Pasal 8 ayat
   *     (6)"}
   * @return this definition
   */
  public RuleDefinition legal(String... citations) {
    basis.kind(RuleBasis.Kind.LEGAL);
    return cite(citations);
  }

  /**
   * Makes the rule a configurable local policy, and says why it is not law.
   *
   * @param note why the rule is a policy, in English
   * @return this definition
   */
  public RuleDefinition policy(String note) {
    Objects.requireNonNull(note, "note");
    basis.kind(RuleBasis.Kind.POLICY);
    notes.add(0, note);
    return this;
  }

  /**
   * Adds citations.
   *
   * @param citations citations as written
   * @return this definition
   */
  public RuleDefinition cite(String... citations) {
    RegulationCatalog catalog = RegulationCatalog.shipped();
    for (String citation : citations) {
      Citation parsed = catalog.parseCitation(citation);
      basis.addCitation(parsed);
    }
    return this;
  }

  /**
   * Adds sources of a practice: URLs or ids of pug-core's source registry ({@code "SEED-000"},
   * {@code "P24"}).
   *
   * @param sources the sources
   * @return this definition
   */
  public RuleDefinition source(String... sources) {
    SourceRegistry registry = SourceRegistry.shipped();
    for (String source : sources) {
      basis.addSource(registry.resolve(source));
    }
    return this;
  }

  /**
   * Adds a note on the basis; notes are joined, the policy's reason first.
   *
   * @param note the note, in English
   * @return this definition
   */
  public RuleDefinition note(String note) {
    Objects.requireNonNull(note, "note");
    notes.add(note);
    return this;
  }

  /**
   * Sets the period in which the rule applies.
   *
   * @param period the period
   * @return this definition
   */
  public RuleDefinition effective(EffectivePeriod period) {
    descriptor.period(period);
    return this;
  }

  /**
   * Adds a parameter.
   *
   * @param parameter the parameter
   * @return this definition
   */
  public RuleDefinition parameter(Parameter parameter) {
    descriptor.addParameter(parameter);
    return this;
  }

  /**
   * Leaves the rule off unless a rule set enables it.
   *
   * @return this definition
   */
  public RuleDefinition disabledByDefault() {
    descriptor.enabledByDefault(false);
    return this;
  }

  /**
   * Finishes the definition with the rule's check.
   *
   * @param logic the check
   * @return the rule
   */
  public Rule logic(Rule.Logic logic) {
    Objects.requireNonNull(logic, "logic");
    if (!notes.isEmpty()) {
      basis.note(String.join(" ", notes));
    }
    return Rule.of(descriptor.basis(basis.build()).build(), logic);
  }
}
