package id.pug.rules.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableIntArray;
import id.pug.core.agency.AgencyId;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.region.GovernmentLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a rule sees while it runs: the plan, the as-of date, the reference catalogues and the rule's
 * parameter values; and where it records its checks ({@link #check}).
 *
 * <p>The engine creates one context per rule per validation. Not thread-safe; it is never shared.
 */
public final class RuleContext {
  private final RegionalPprgPlan plan;
  private final LocalDate asOf;
  private final ReferenceData reference;
  private final RuleDescriptor descriptor;
  private final ImmutableMap<String, Object> parameters;
  private final boolean trace;
  private final PlanScope scope;

  /** The checks opened and not yet ended, usually none or the last one opened. */
  private final List<Check> open = new ArrayList<>();

  private final List<Evaluation> evaluations = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final int[] counts = new int[Outcome.values().length];
  private final Map<String, Object> parametersRead = new LinkedHashMap<>();

  /**
   * A context.
   *
   * @param trace whether every evaluation is kept for a trace; without one, the engine keeps only
   *     the count of each outcome and the findings, so a passing check leaves nothing behind
   */
  RuleContext(
      RegionalPprgPlan plan,
      LocalDate asOf,
      ReferenceData reference,
      RuleDescriptor descriptor,
      ImmutableMap<String, Object> parameters,
      boolean trace,
      PlanScope scope) {
    this.plan = plan;
    this.scope = scope;
    this.asOf = asOf;
    this.reference = reference;
    this.descriptor = descriptor;
    this.parameters = parameters;
    this.trace = trace;
  }

  /**
   * The plan.
   *
   * @return the plan
   */
  public RegionalPprgPlan plan() {
    return plan;
  }

  /**
   * The date whose law applies.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The reference catalogues.
   *
   * @return the reference data
   */
  public ReferenceData reference() {
    return reference;
  }

  /**
   * The rule being run.
   *
   * @return its descriptor
   */
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  /**
   * The positions of the plan's ARG-tagged budget lines in {@link RegionalPprgPlan#budgetLines()},
   * in plan order. Computed once per validation, when a rule first asks, and shared by all its
   * rules: a rule about tagged lines reads only those lines, not every line of the plan.
   *
   * <pre>{@code
   * ImmutableIntArray tagged = ctx.taggedLinePositions();
   * for (int k = 0; k < tagged.length(); k++) {
   *   int i = tagged.get(k);
   *   BudgetLine line = ctx.plan().budgetLines().get(i); // at ElementPath.of("budgetLines", i)
   * }
   * }</pre>
   *
   * @return the positions, ascending
   */
  public ImmutableIntArray taggedLinePositions() {
    return scope.derived(PlanScope.TAGGED_LINE_POSITIONS);
  }

  /**
   * A value derived from the plan, computed once per validation and shared by its rules (see {@link
   * PlanDerived}).
   *
   * @param value the derived value's key
   * @param <T> its type
   * @return the value for this validation's plan
   */
  public <T> T derived(PlanDerived<T> value) {
    return scope.derived(Objects.requireNonNull(value, "value"));
  }

  /**
   * The plan's id in findings: region code and fiscal year.
   *
   * @return for example {@code "62.03/2025"}
   */
  public String planId() {
    return scope.planId();
  }

  static String planId(RegionalPprgPlan plan) {
    return plan.region() + "/" + plan.fiscalYear();
  }

  /**
   * The plan region's tier of government.
   *
   * @return province for a {@code PP} code, kabupaten/kota for {@code PP.KK}
   */
  public GovernmentLevel governmentLevel() {
    return plan.region().isProvince() ? GovernmentLevel.PROVINCE : GovernmentLevel.REGENCY_CITY;
  }

  /**
   * Opens the check of a subject.
   *
   * @param path where the subject lies
   * @param subjectId its id
   * @return the check, to be ended with exactly one outcome
   */
  public Check check(ElementPath path, String subjectId) {
    return open(path, subjectId, null);
  }

  /**
   * Opens the check of a subject that belongs to an agency.
   *
   * @param path where the subject lies
   * @param subjectId its id
   * @param agency the agency, for grouping findings
   * @return the check
   */
  public Check check(ElementPath path, String subjectId, AgencyId agency) {
    return open(path, subjectId, Objects.requireNonNull(agency, "agency"));
  }

  /**
   * Opens the check of the plan as a whole.
   *
   * @return the check
   */
  public Check checkPlan() {
    return open(ElementPath.root(), planId(), null);
  }

  private Check open(ElementPath path, String subjectId, @Nullable AgencyId agency) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(subjectId, "subjectId");
    Check check = new Check(this, path, subjectId, agency);
    open.add(check);
    return check;
  }

  /**
   * A whole-number parameter's value.
   *
   * @param name the parameter
   * @return the value
   */
  public long integer(String name) {
    return (Long) value(name);
  }

  /**
   * A decimal parameter's value.
   *
   * @param name the parameter
   * @return the value
   */
  public BigDecimal decimal(String name) {
    return (BigDecimal) value(name);
  }

  /**
   * A decimal parameter that may have no value (no confirmed default, and not configured).
   *
   * @param name the parameter
   * @return the value, or empty
   */
  public Optional<BigDecimal> optionalDecimal(String name) {
    return optional(name).map(BigDecimal.class::cast);
  }

  /**
   * A boolean parameter's value.
   *
   * @param name the parameter
   * @return the value
   */
  public boolean flag(String name) {
    return (Boolean) value(name);
  }

  /**
   * A text parameter's value.
   *
   * @param name the parameter
   * @return the value
   */
  public String text(String name) {
    return (String) value(name);
  }

  /**
   * A text-list parameter's value.
   *
   * @param name the parameter
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public ImmutableList<String> textList(String name) {
    return (ImmutableList<String>) value(name);
  }

  private Object value(String name) {
    return optional(name)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    descriptor.id() + " parameter " + name + " has no value; use optional access"));
  }

  private Optional<Object> optional(String name) {
    if (descriptor.parameter(name).isEmpty()) {
      throw new IllegalStateException(
          descriptor.id()
              + " declares no parameter "
              + name
              + "; it declares "
              + descriptor.parameters());
    }
    Optional<Object> value = Optional.ofNullable(parameters.get(name));
    parametersRead.put(name, value.<Object>map(v -> v).orElse("(none)"));
    return value;
  }

  /**
   * Ends the evaluation of a subject that meets the rule, or to which it does not apply, without
   * opening a {@link Check} — when the validation keeps nothing of such an evaluation. The fast
   * path of rules that look at every budget line: a passing line then costs no check, no element
   * path and no evidence, and allocates nothing. Without a trace, the report is the same as if the
   * rule had opened a check and ended it in this outcome: the rule's counts include it, and neither
   * outcome makes a finding. With a trace, which keeps every evaluation with its path and evidence,
   * this records nothing and returns false: the rule must then open a check as usual.
   *
   * <pre>{@code
   * if (line.amount().isPositive() && ctx.endedWithoutCheck(Outcome.PASSED)) {
   *   continue; // counted as passed
   * }
   * Check check = ctx.check(path, line.id().value(), line.agency()); // the full path
   * }</pre>
   *
   * @param outcome {@link Outcome#PASSED} or {@link Outcome#NOT_APPLICABLE}
   * @return true if the evaluation was counted; false if the rule must open a check
   * @throws IllegalArgumentException for an outcome that makes a finding: a finding needs its path
   *     and evidence, so it always comes from a check
   */
  public boolean endedWithoutCheck(Outcome outcome) {
    if (outcome.isFinding()) {
      throw new IllegalArgumentException(
          descriptor.id() + ": " + outcome + " makes a finding; open a check for it");
    }
    if (trace) {
      return false;
    }
    counts[outcome.ordinal()]++;
    return true;
  }

  /** Whether every evaluation is kept, with its evidence, for a trace. */
  boolean tracing() {
    return trace;
  }

  /** Records an ended check: counts its outcome and keeps its finding. */
  void record(Check check, Outcome outcome, @Nullable Finding finding) {
    // Checks usually end in the order they were opened, most recent first: found from the end.
    for (int i = open.size() - 1; i >= 0; i--) {
      if (open.get(i) == check) {
        open.remove(i);
        break;
      }
    }
    counts[outcome.ordinal()]++;
    if (finding != null) {
      findings.add(finding);
    }
  }

  /** Keeps an ended check's evaluation for the trace. */
  void keep(Evaluation evaluation) {
    evaluations.add(evaluation);
  }

  /** How many checks ended in an outcome. */
  int count(Outcome outcome) {
    return counts[outcome.ordinal()];
  }

  /** How many checks ended. */
  int ended() {
    int total = 0;
    for (int count : counts) {
      total += count;
    }
    return total;
  }

  /** The findings, in the order the checks ended. */
  List<Finding> findings() {
    return findings;
  }

  /** Checks that every opened check ended. */
  void finish() {
    // An ended check leaves the list (record), so any check still in it never ended.
    if (!open.isEmpty()) {
      Check check = open.get(0);
      throw new IllegalStateException(
          descriptor.id()
              + ": the check of "
              + check.subjectId()
              + " at "
              + check.path()
              + " never ended in an outcome");
    }
  }

  /** The evaluations, in the order the checks ended; empty unless tracing. */
  ImmutableList<Evaluation> evaluations() {
    return ImmutableList.copyOf(evaluations);
  }

  ImmutableMap<String, Object> parametersRead() {
    return ImmutableMap.copyOf(parametersRead);
  }
}
