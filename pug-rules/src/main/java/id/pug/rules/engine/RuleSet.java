package id.pug.rules.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import id.pug.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules a validation may run, composed from the national catalogue, optional policy packs and
 * rules a user writes, with each rule switched on or off and its parameters configured.
 *
 * <p>Compose with {@link #plus(RuleSet)} and {@link #plus(Rule)}; adjust with {@link
 * #enable(RuleId)}, {@link #disable(RuleId)} and {@link #configure(RuleId, String, Object)}. Each
 * method returns a new rule set. A validation then runs the enabled rules whose effective period
 * contains its as-of date. Rule ids are unique in a set. Immutable and thread-safe.
 */
public final class RuleSet {
  private final ImmutableList<String> components;
  private final ImmutableList<Rule> rules;
  private final ImmutableMap<RuleId, Boolean> enabled;
  private final ImmutableMap<RuleId, ImmutableMap<String, Object>> configured;

  /** The rules by id, for lookups in constant time (a validation makes several per rule). */
  private final ImmutableMap<RuleId, Rule> byId;

  /** Each rule's parameter values ({@link #parameters(RuleId)}), computed once. */
  private final ImmutableMap<RuleId, ImmutableMap<String, Object>> parameters;

  /** The fingerprint, computed on first use: the set is immutable, so it never changes. */
  private volatile @Nullable String fingerprint;

  private RuleSet(
      ImmutableList<String> components,
      ImmutableList<Rule> rules,
      ImmutableMap<RuleId, Boolean> enabled,
      ImmutableMap<RuleId, ImmutableMap<String, Object>> configured) {
    this.components = components;
    this.rules = rules;
    this.enabled = enabled;
    this.configured = configured;
    Map<RuleId, Rule> seen = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (seen.put(rule.id(), rule) != null) {
        throw InvalidValueException.of(RuleSet.class, "rules", rule.id(), "have unique ids");
      }
    }
    this.byId = ImmutableMap.copyOf(seen);
    ImmutableMap.Builder<RuleId, ImmutableMap<String, Object>> values =
        ImmutableMap.builderWithExpectedSize(rules.size());
    for (Rule rule : rules) {
      values.put(rule.id(), effectiveParameters(rule, configured));
    }
    this.parameters = values.buildOrThrow();
  }

  /**
   * A rule set of its own: a catalogue or a policy pack.
   *
   * @param name its name, such as {@code "pprg-national"} or {@code "babel-2016"}
   * @param version its version
   * @param rules the rules, in the order they run
   * @return the rule set
   * @throws InvalidValueException if two rules share an id
   */
  public static RuleSet of(String name, String version, Iterable<? extends Rule> rules) {
    InvalidValueException.checkNotBlank(RuleSet.class, "name", name);
    InvalidValueException.checkNotBlank(RuleSet.class, "version", version);
    return new RuleSet(
        ImmutableList.of(name + " " + version),
        ImmutableList.copyOf(rules),
        ImmutableMap.of(),
        ImmutableMap.of());
  }

  /**
   * The rule set with no rules.
   *
   * @return the empty set
   */
  public static RuleSet empty() {
    return new RuleSet(
        ImmutableList.of(), ImmutableList.of(), ImmutableMap.of(), ImmutableMap.of());
  }

  /**
   * This set followed by another's rules, switches and configuration.
   *
   * @param other a policy pack or another catalogue
   * @return the combined set
   * @throws InvalidValueException if a rule id is in both
   */
  public RuleSet plus(RuleSet other) {
    Objects.requireNonNull(other, "other");
    return new RuleSet(
        ImmutableList.<String>builder().addAll(components).addAll(other.components).build(),
        ImmutableList.<Rule>builder().addAll(rules).addAll(other.rules).build(),
        merge(enabled, other.enabled),
        merge(configured, other.configured));
  }

  /**
   * This set followed by a rule a user wrote.
   *
   * @param rule the rule
   * @return the combined set
   * @throws InvalidValueException if the set has a rule with the same id
   */
  public RuleSet plus(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    List<String> names = new ArrayList<>(components);
    if (!names.contains("custom")) {
      names.add("custom");
    }
    return new RuleSet(
        ImmutableList.copyOf(names),
        ImmutableList.<Rule>builder().addAll(rules).add(rule).build(),
        enabled,
        configured);
  }

  private static <V> ImmutableMap<RuleId, V> merge(Map<RuleId, V> a, Map<RuleId, V> b) {
    Map<RuleId, V> merged = new LinkedHashMap<>(a);
    merged.putAll(b);
    return ImmutableMap.copyOf(merged);
  }

  /**
   * Switches a rule on, such as a policy that is off by default.
   *
   * @param id the rule
   * @return the new set
   * @throws InvalidValueException if the set has no such rule
   */
  public RuleSet enable(RuleId id) {
    return switched(id, true);
  }

  /**
   * Switches a rule off.
   *
   * @param id the rule
   * @return the new set
   * @throws InvalidValueException if the set has no such rule
   */
  public RuleSet disable(RuleId id) {
    return switched(id, false);
  }

  private RuleSet switched(RuleId id, boolean on) {
    require(id);
    Map<RuleId, Boolean> switches = new LinkedHashMap<>(enabled);
    switches.put(id, on);
    return new RuleSet(components, rules, ImmutableMap.copyOf(switches), configured);
  }

  /**
   * Sets a parameter of a rule.
   *
   * @param id the rule
   * @param parameter the parameter's name
   * @param value the value (see {@link Parameter#normalise(Object)})
   * @return the new set
   * @throws InvalidValueException if the set has no such rule, the rule no such parameter, or the
   *     value does not fit the parameter
   */
  public RuleSet configure(RuleId id, String parameter, Object value) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(value, "value");
    Rule rule = require(id);
    Parameter declared =
        rule.descriptor()
            .parameter(parameter)
            .orElseThrow(
                () ->
                    InvalidValueException.of(
                        RuleSet.class,
                        "parameter",
                        id + "." + parameter,
                        "name a parameter of "
                            + id
                            + ": "
                            + rule.descriptor().parameters().stream()
                                .map(Parameter::name)
                                .toList()));
    Map<String, Object> values =
        new LinkedHashMap<>(configured.getOrDefault(id, ImmutableMap.of()));
    values.put(parameter, declared.normalise(value));
    Map<RuleId, ImmutableMap<String, Object>> all = new LinkedHashMap<>(configured);
    all.put(id, ImmutableMap.copyOf(values));
    return new RuleSet(components, rules, enabled, ImmutableMap.copyOf(all));
  }

  /**
   * Sets a parameter of a rule from text, as a command line gives it ({@code "5"}, {@code "4.5"},
   * {@code "true"}, {@code "a,b"}).
   *
   * @param id the rule
   * @param parameter the parameter's name
   * @param text the value as text
   * @return the new set
   * @throws InvalidValueException as {@link #configure(RuleId, String, Object)}, or if the text is
   *     not a value of the parameter's type
   */
  public RuleSet configure(RuleId id, String parameter, String text) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(text, "text");
    Rule rule = require(id);
    Object value =
        rule.descriptor()
            .parameter(parameter)
            .map(p -> p.parse(text))
            .orElseThrow(
                () ->
                    InvalidValueException.of(
                        RuleSet.class,
                        "parameter",
                        id + "." + parameter,
                        "name a parameter of " + id));
    return configure(id, parameter, value);
  }

  private Rule require(RuleId id) {
    Objects.requireNonNull(id, "id");
    return rule(id)
        .orElseThrow(
            () -> InvalidValueException.of(RuleSet.class, "rule", id, "be a rule of this set"));
  }

  /**
   * The rules, in the order they run.
   *
   * @return the rules
   */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /**
   * A rule by id.
   *
   * @param id the id
   * @return the rule, or empty
   */
  public Optional<Rule> rule(RuleId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Whether a rule is switched on.
   *
   * @param id the rule
   * @return the switch, or the rule's default
   * @throws InvalidValueException if the set has no such rule
   */
  public boolean isEnabled(RuleId id) {
    Rule rule = require(id);
    return enabled.getOrDefault(id, rule.descriptor().enabledByDefault());
  }

  /**
   * The parameter values a rule runs with: its defaults, overridden by the configuration.
   * Parameters with neither are absent.
   *
   * @param id the rule
   * @return the values by name
   * @throws InvalidValueException if the set has no such rule
   */
  public ImmutableMap<String, Object> parameters(RuleId id) {
    require(id);
    // Made for every rule of the set when the set was made.
    return Objects.requireNonNull(parameters.get(id));
  }

  private static ImmutableMap<String, Object> effectiveParameters(
      Rule rule, Map<RuleId, ImmutableMap<String, Object>> configured) {
    RuleId id = rule.id();
    Map<String, Object> values = new LinkedHashMap<>();
    ImmutableMap<String, Object> set = configured.getOrDefault(id, ImmutableMap.of());
    for (Parameter p : rule.descriptor().parameters()) {
      Object value = set.containsKey(p.name()) ? set.get(p.name()) : p.defaultValue().orElse(null);
      if (value != null) {
        values.put(p.name(), value);
      }
    }
    return ImmutableMap.copyOf(values);
  }

  /**
   * Whether a parameter was set by the rule set rather than left at its default.
   *
   * @param id the rule
   * @param parameter the parameter
   * @return true if configured
   */
  public boolean isConfigured(RuleId id, String parameter) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(parameter, "parameter");
    return configured.getOrDefault(id, ImmutableMap.of()).containsKey(parameter);
  }

  /**
   * The rules that run on a date: enabled, with the date in their effective period.
   *
   * @param asOf the date
   * @return the rules, in order
   */
  public ImmutableList<Rule> select(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return rules.stream()
        .filter(r -> isEnabled(r.id()) && r.descriptor().period().contains(asOf))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The version: the catalogues and packs composed, each with its version.
   *
   * @return for example {@code "pprg-national 2026.12 + babel-2016 1"}
   */
  public String version() {
    return components.isEmpty() ? "(empty)" : String.join(" + ", components);
  }

  /**
   * A fingerprint of the rules as configured — ids, severities, bases, periods, switches and
   * parameter values — so two reports with the same fingerprint ran the same rules.
   *
   * @return 16 hexadecimal digits of a SHA-256
   */
  public String fingerprint() {
    String known = fingerprint;
    if (known == null) {
      known = computeFingerprint();
      fingerprint = known;
    }
    return known;
  }

  private String computeFingerprint() {
    Hasher hasher = Hashing.sha256().newHasher();
    for (Rule rule : rules) {
      RuleDescriptor d = rule.descriptor();
      hasher
          .putString(d.id().value(), StandardCharsets.UTF_8)
          .putString(d.severity().name(), StandardCharsets.UTF_8)
          .putString(d.basis().toString(), StandardCharsets.UTF_8)
          .putString(d.period().toString(), StandardCharsets.UTF_8)
          .putBoolean(isEnabled(d.id()));
      parameters(d.id())
          .forEach(
              (k, v) ->
                  hasher
                      .putString(k, StandardCharsets.UTF_8)
                      .putString(Values.plain(v), StandardCharsets.UTF_8));
      hasher.putChar('\n');
    }
    return hasher.hash().toString().substring(0, 16);
  }

  /**
   * The version and size.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "RuleSet[" + version() + ", " + rules.size() + " rules]";
  }
}
