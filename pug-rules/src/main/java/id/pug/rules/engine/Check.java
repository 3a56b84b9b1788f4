package id.pug.rules.engine;

import com.google.common.collect.ImmutableMap;
import id.pug.core.agency.AgencyId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation of one rule on one subject, opened by {@link RuleContext#check}: record what the
 * rule reads with {@link #read}, then end it with exactly one of {@link #passed()}, {@link
 * #violated(String)}, {@link #notApplicable()} or {@link #insufficientData(String)}.
 *
 * <p>Ending a check twice, naming a message key the rule does not declare, or leaving a template
 * placeholder without a value is a programming error ({@link IllegalStateException}); the example
 * tests of every rule catch these. Not thread-safe: a check belongs to one evaluation.
 */
public final class Check {
  private final RuleContext context;
  private final String subjectId;
  private final @Nullable AgencyId agency;

  /**
   * The values read, in the order first read: names at even positions, values at odd ones. A small
   * array rather than a map, because a check usually reads a handful of values and most checks
   * pass, keeping none of them.
   */
  private @Nullable Object[] evidence = NO_EVIDENCE;

  private int evidenceSize;
  private ElementPath path;
  private @Nullable Outcome outcome;

  private static final @Nullable Object[] NO_EVIDENCE = new Object[0];

  Check(RuleContext context, ElementPath path, String subjectId, @Nullable AgencyId agency) {
    this.context = context;
    this.path = path;
    this.subjectId = subjectId;
    this.agency = agency;
  }

  /**
   * Records a value the rule read: it becomes evidence of a finding and an input of the trace, and
   * fills the placeholder of the same name in a message.
   *
   * @param name the name, lowerCamelCase
   * @param value the value; see {@link Values#normalise} for the types allowed
   * @return this check
   */
  public Check read(String name, Object value) {
    Objects.requireNonNull(name, "name");
    // Immutable scalars are normalised only if a finding or a trace keeps them (a code's text, say,
    // is made for a failing line, not for every passing one); anything else at once, so a value
    // without a canonical form still fails here.
    put(name, Values.isDeferrable(value) ? value : Values.normalise(value));
    return this;
  }

  /** Records a value under a name, replacing an earlier value of the same name in its place. */
  private void put(String name, Object value) {
    for (int i = 0; i < evidenceSize; i += 2) {
      if (name.equals(evidence[i])) {
        evidence[i + 1] = value;
        return;
      }
    }
    if (evidenceSize == evidence.length) {
      evidence = Arrays.copyOf(evidence, Math.max(8, evidenceSize * 2));
    }
    evidence[evidenceSize] = name;
    evidence[evidenceSize + 1] = value;
    evidenceSize += 2;
  }

  /**
   * Records a value that costs something to make — a list built from the plan, a display name —
   * only if it is kept: the supplier is called when the check ends in a finding or the validation
   * keeps a trace, never for a passing check without a trace. Otherwise as {@link #read}; a value
   * of a type {@link Values#normalise} does not accept fails only then, so each rule's failing
   * example must reach it.
   *
   * @param name the name, lowerCamelCase
   * @param value makes the value; called at most once, and must not return null
   * @return this check
   */
  public Check readLazily(String name, Supplier<?> value) {
    Objects.requireNonNull(name, "name");
    put(name, new Lazy(name, Objects.requireNonNull(value, "value")));
    return this;
  }

  /** A value read with {@link #readLazily}, made when kept. */
  private record Lazy(String name, Supplier<?> supplier) {
    Object get() {
      return Objects.requireNonNull(supplier.get(), () -> "the value read lazily as " + name);
    }
  }

  /**
   * Records a value if it is present.
   *
   * @param name the name
   * @param value the value, possibly empty
   * @return this check
   */
  public Check readIfPresent(String name, Optional<?> value) {
    Objects.requireNonNull(name, "name");
    value.ifPresent(v -> read(name, v));
    return this;
  }

  /**
   * Points the finding at a more precise element than the subject: {@code
   * budgetLines[3].argTag.gbs} rather than {@code budgetLines[3]}.
   *
   * @param element the element's path
   * @return this check
   */
  public Check at(ElementPath element) {
    this.path = Objects.requireNonNull(element, "element");
    return this;
  }

  /** Ends the check: the subject meets the rule. */
  public void passed() {
    conclude(Outcome.PASSED, null);
  }

  /**
   * Ends the check: the subject breaks the rule.
   *
   * @param messageKey a message key the rule declares (such as {@code "noGap"}), or a common key
   *     ({@code "common.noPokja"})
   */
  public void violated(String messageKey) {
    Objects.requireNonNull(messageKey, "messageKey");
    conclude(Outcome.VIOLATED, messageKey);
  }

  /** Ends the check: the rule does not apply to the subject. */
  public void notApplicable() {
    conclude(Outcome.NOT_APPLICABLE, null);
  }

  /**
   * Ends the check: the rule applies but the plan lacks what it needs to decide.
   *
   * @param messageKey a message key saying what is missing
   */
  public void insufficientData(String messageKey) {
    Objects.requireNonNull(messageKey, "messageKey");
    conclude(Outcome.INSUFFICIENT_DATA, messageKey);
  }

  /**
   * Ends the check as passed or violated.
   *
   * @param passes whether the subject meets the rule
   * @param messageKey the message key if it does not
   */
  public void passedIf(boolean passes, String messageKey) {
    Objects.requireNonNull(messageKey, "messageKey");
    if (passes) {
      passed();
    } else {
      violated(messageKey);
    }
  }

  ElementPath path() {
    return path;
  }

  String subjectId() {
    return subjectId;
  }

  private ImmutableMap<String, Object> normalised() {
    ImmutableMap.Builder<String, Object> values =
        ImmutableMap.builderWithExpectedSize(evidenceSize / 2);
    for (int i = 0; i < evidenceSize; i += 2) {
      Object value = Objects.requireNonNull(evidence[i + 1]);
      values.put(
          (String) Objects.requireNonNull(evidence[i]),
          Values.normalise(value instanceof Lazy lazy ? lazy.get() : value));
    }
    return values.buildOrThrow();
  }

  private void conclude(Outcome result, @Nullable String messageKey) {
    RuleDescriptor rule = context.descriptor();
    if (outcome != null) {
      throw new IllegalStateException(
          rule.id() + ": the check of " + subjectId + " already ended as " + outcome);
    }
    outcome = result;
    Finding finding = null;
    String fullKey = null;
    // The evidence is copied only where it is kept: in a finding, or in a trace's evaluation.
    ImmutableMap<String, Object> values =
        messageKey != null || context.tracing() ? normalised() : ImmutableMap.of();
    if (messageKey != null) {
      LocalizedText template;
      if (messageKey.startsWith(CommonMessages.PREFIX)) {
        template = CommonMessages.text(messageKey);
        fullKey = messageKey;
      } else {
        template = rule.messages().get(messageKey);
        fullKey = rule.id() + "." + messageKey;
      }
      if (template == null) {
        throw new IllegalStateException(
            rule.id()
                + " has no message "
                + messageKey
                + "; it declares "
                + rule.messages().keySet());
      }
      Set<String> missing = MessageBundle.placeholders(template.indonesian());
      missing.removeAll(values.keySet());
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            rule.id()
                + " message "
                + messageKey
                + " needs evidence "
                + missing
                + " for "
                + subjectId);
      }
      finding =
          Finding.builder()
              .ruleId(rule.id())
              .severity(rule.severity())
              .outcome(result)
              .path(path)
              .subjectId(subjectId)
              .agency(Optional.ofNullable(agency))
              .messageKey(fullKey)
              .template(template)
              .evidence(values)
              .title(rule.title())
              .recommendation(rule.recommendation())
              .citations(rule.citations())
              .basis(rule.basis().kind())
              .build();
    }
    context.record(this, result, finding);
    if (context.tracing()) {
      context.keep(new Evaluation(path, subjectId, result, Optional.ofNullable(fullKey), values));
    }
  }
}
