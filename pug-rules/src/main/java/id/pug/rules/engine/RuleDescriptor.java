package id.pug.rules.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.law.Citation;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a rule is, as data: its stable id, severity, category, titles, the regulations or policy
 * sources it rests on, when it applies, its parameters, whether it is on by default, and its
 * message templates in Indonesian and English.
 *
 * <p>A report carries the descriptors of the rules it ran, so a finding can always be traced to its
 * rule's wording and legal basis as they were when the report was made. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class RuleDescriptor {
  RuleDescriptor() {}

  /**
   * A builder for a descriptor. {@link RuleDefinition} builds one from a message bundle.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RuleDescriptor}; required: id, severity, category, title, recommendation, basis
   * and period.
   */
  public static final class Builder extends ImmutableRuleDescriptor.Builder {
    Builder() {}
  }

  /**
   * The stable id, never reused.
   *
   * @return for example {@code PPRG-GBS-003}
   */
  public abstract RuleId id();

  /**
   * How serious a violation is.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * The area of the catalogue.
   *
   * @return the category
   */
  public abstract RuleCategory category();

  /**
   * The title: what the rule requires, in one sentence.
   *
   * @return the title in Indonesian and English
   */
  public abstract LocalizedText title();

  /**
   * What to do about a violation, as an audit report recommends it.
   *
   * @return the recommendation in Indonesian and English
   */
  public abstract LocalizedText recommendation();

  /**
   * The regulations cited, or the policy label and its sources.
   *
   * @return the basis
   */
  public abstract RuleBasis basis();

  /**
   * When the rule applies.
   *
   * @return the period
   */
  public abstract EffectivePeriod period();

  /**
   * The parameters, with their defaults.
   *
   * @return the parameters, names unique
   */
  public abstract ImmutableList<Parameter> parameters();

  /**
   * Whether a rule set runs the rule unless told otherwise.
   *
   * @return true by default
   */
  @Value.Default
  public boolean enabledByDefault() {
    return true;
  }

  /**
   * The message templates of the rule's findings, by key (such as {@code noGap}); placeholders
   * {@code {name}} are filled from the finding's evidence.
   *
   * @return the templates
   */
  public abstract ImmutableMap<String, LocalizedText> messages();

  /**
   * The citations of the basis, for convenience.
   *
   * @return the citations
   */
  public ImmutableList<Citation> citations() {
    return basis().citations();
  }

  /**
   * A parameter by name.
   *
   * @param name the name
   * @return the parameter, or empty
   */
  public Optional<Parameter> parameter(String name) {
    Objects.requireNonNull(name, "name");
    return parameters().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  @Value.Check
  void check() {
    Set<String> names = new HashSet<>();
    for (Parameter parameter : parameters()) {
      InvalidValueException.check(
          names.add(parameter.name()),
          RuleDescriptor.class,
          "parameters",
          parameter.name(),
          "have unique names");
    }
    for (String key : messages().keySet()) {
      InvalidValueException.check(
          key.matches("[a-z][A-Za-z0-9]*"),
          RuleDescriptor.class,
          "messages",
          key,
          "have lowerCamelCase keys");
    }
    InvalidValueException.check(
        !messages().isEmpty(),
        RuleDescriptor.class,
        "messages",
        id(),
        "hold at least one message template");
  }

  /**
   * The id and severity.
   *
   * @return for example {@code "PPRG-GBS-003 (ERROR)"}
   */
  @Override
  public String toString() {
    return id() + " (" + severity() + ")";
  }
}
