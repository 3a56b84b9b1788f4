package id.pug.rules.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.agency.AgencyId;
import id.pug.core.law.Citation;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One finding of a validation: a rule that a subject of the plan {@link Outcome#VIOLATED}, or could
 * not be checked for lack of data ({@link Outcome#INSUFFICIENT_DATA}).
 *
 * <p>It says which rule (its stable id, severity, title and citations), where (the path of the
 * offending element, the subject's id and its agency), why (a message rendered in Indonesian or
 * English from a template whose named placeholders are filled from the evidence) and what the rule
 * read (the evidence: named values). Unlike Hibernate Validator's violations it has a stable code
 * and a real severity. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Finding {
  Finding() {}

  /**
   * A builder for a finding; the engine builds them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * The rule.
   *
   * @return its id
   */
  public abstract RuleId ruleId();

  /**
   * The rule's severity.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Violated, or not checkable for lack of data.
   *
   * @return {@link Outcome#VIOLATED} or {@link Outcome#INSUFFICIENT_DATA}
   */
  public abstract Outcome outcome();

  /**
   * Where the offending element lies.
   *
   * @return for example {@code budgetLines[12].argTag}
   */
  public abstract ElementPath path();

  /**
   * The id of the subject the rule examined: a budget line's, a GBS's, an agency's id, or the
   * plan's ({@code region/fiscal year}).
   *
   * @return the id
   */
  public abstract String subjectId();

  /**
   * The agency the subject belongs to, for grouping findings by agency.
   *
   * @return the agency's id in the plan
   */
  public abstract Optional<AgencyId> agency();

  /**
   * The key of the message template, stable across versions.
   *
   * @return for example {@code "PPRG-GBS-003.noGap"} or {@code "common.noPokja"}
   */
  public abstract String messageKey();

  /**
   * The message template in both languages.
   *
   * @return the template
   */
  public abstract LocalizedText template();

  /**
   * The values the rule read, by name; the template's placeholders are filled from these.
   *
   * @return the evidence, in canonical value types ({@link Values})
   */
  public abstract ImmutableMap<String, Object> evidence();

  /**
   * The rule's title.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * What to do about it.
   *
   * @return the recommendation
   */
  public abstract LocalizedText recommendation();

  /**
   * The regulations the rule cites.
   *
   * @return the citations
   */
  public abstract ImmutableList<Citation> citations();

  /**
   * Whether the rule is law or a configurable policy.
   *
   * @return the kind of basis
   */
  public abstract RuleBasis.Kind basis();

  /**
   * The message in a language.
   *
   * @param language the language
   * @return the message, placeholders filled
   */
  public String message(Language language) {
    return MessageBundle.fill(template().in(language), evidence(), language);
  }

  /**
   * The message in Indonesian, the default language.
   *
   * @return the message
   */
  public String message() {
    return message(Language.INDONESIAN);
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        outcome().isFinding(),
        Finding.class,
        "outcome",
        outcome(),
        "be VIOLATED or INSUFFICIENT_DATA");
    InvalidValueException.checkNotBlank(Finding.class, "subjectId", subjectId());
    for (Map.Entry<String, Object> e : evidence().entrySet()) {
      InvalidValueException.check(
          Objects.equals(Values.normalise(e.getValue()), e.getValue()),
          Finding.class,
          "evidence",
          e.getKey(),
          "hold canonical values (see Values.normalise)");
    }
  }

  /**
   * The rule, path and message in Indonesian.
   *
   * @return for example {@code "PPRG-GBS-003 ERROR budgetStatements[0].gap: …"}
   */
  @Override
  public String toString() {
    return ruleId()
        + " "
        + severity()
        + (outcome() == Outcome.INSUFFICIENT_DATA ? " (data tidak cukup)" : "")
        + " "
        + (path().isRoot() ? "(rencana)" : path().toString())
        + ": "
        + message();
  }
}
