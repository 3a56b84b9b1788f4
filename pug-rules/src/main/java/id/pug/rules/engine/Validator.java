package id.pug.rules.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.plan.RegionalPprgPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates PPRG plans against a {@link RuleSet}: runs every enabled rule in effect on the as-of
 * date, in rule-set order, and collects every outcome into a {@link ValidationReport}.
 *
 * <p>The validator accumulates — it never stops at the first finding — and is deterministic: the
 * same plan, rule set and as-of date give an equal report. It is immutable and thread-safe; one
 * instance can validate many plans from many threads at once. It throws only on programming errors
 * ({@link RuleFailureException} when a rule's code fails); no plan content can make it throw.
 */
public final class Validator {
  private final RuleSet rules;
  private final ReferenceData reference;
  private final boolean trace;

  private Validator(RuleSet rules, ReferenceData reference, boolean trace) {
    this.rules = rules;
    this.reference = reference;
    this.trace = trace;
  }

  /**
   * A validator running a rule set with pug-core's shipped reference data, without a trace.
   *
   * @param rules the rule set
   * @return the validator
   */
  public static Validator of(RuleSet rules) {
    return new Validator(Objects.requireNonNull(rules, "rules"), ReferenceData.shipped(), false);
  }

  /**
   * The same validator with other reference catalogues.
   *
   * @param reference the reference data
   * @return the new validator
   */
  public Validator withReferenceData(ReferenceData reference) {
    return new Validator(rules, Objects.requireNonNull(reference, "reference"), trace);
  }

  /**
   * The same validator, recording a {@link Trace} of every evaluation or not.
   *
   * @param enabled whether to trace
   * @return the new validator
   */
  public Validator withTrace(boolean enabled) {
    return new Validator(rules, reference, enabled);
  }

  /**
   * The rule set.
   *
   * @return the rules
   */
  public RuleSet rules() {
    return rules;
  }

  /**
   * The as-of date used when none is given: 1 January of the plan's fiscal year, the law in force
   * when the budget year starts.
   *
   * @param plan the plan
   * @return the date
   */
  public static LocalDate defaultAsOf(RegionalPprgPlan plan) {
    return plan.fiscalYear().atDay(1);
  }

  /**
   * Validates a plan as of 1 January of its fiscal year.
   *
   * @param plan the plan
   * @return the report
   */
  public ValidationReport validate(RegionalPprgPlan plan) {
    return validate(plan, defaultAsOf(Objects.requireNonNull(plan, "plan")));
  }

  /**
   * Validates a plan as of a date.
   *
   * @param plan the plan
   * @param asOf the date whose law applies: rules are selected by it and date-dependent rules (a
   *     Forum PUSPA's term, say) judge by it
   * @return the report
   * @throws RuleFailureException if a rule's code fails (a bug, never the plan's fault)
   */
  public ValidationReport validate(RegionalPprgPlan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    String planId = RuleContext.planId(plan);
    List<RuleRun> runs = new ArrayList<>();
    List<SkippedRule> skipped = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<TraceEntry> entries = new ArrayList<>();
    PlanScope scope = new PlanScope(plan, planId);
    for (Rule rule : rules.rules()) {
      RuleDescriptor descriptor = rule.descriptor();
      if (!rules.isEnabled(descriptor.id())) {
        skipped.add(SkippedRule.of(descriptor, SkippedRule.Reason.DISABLED));
        continue;
      }
      if (!descriptor.period().contains(asOf)) {
        skipped.add(SkippedRule.of(descriptor, SkippedRule.Reason.NOT_IN_EFFECT));
        continue;
      }
      ImmutableMap<String, Object> parameters = rules.parameters(descriptor.id());
      RuleContext context =
          new RuleContext(plan, asOf, reference, descriptor, parameters, trace, scope);
      try {
        rule.evaluate(context);
        context.finish();
      } catch (RuntimeException e) {
        throw new RuleFailureException(descriptor.id(), planId, e);
      }
      // A rule that checked nothing counts once as not applicable to the plan.
      boolean checkedNothing = context.ended() == 0;
      findings.addAll(context.findings());
      if (trace) {
        ImmutableList<Evaluation> evaluations = context.evaluations();
        if (checkedNothing) {
          evaluations =
              ImmutableList.of(
                  new Evaluation(
                      ElementPath.root(),
                      planId,
                      Outcome.NOT_APPLICABLE,
                      Optional.empty(),
                      ImmutableMap.of()));
        }
        ImmutableList<TraceParameter> used = used(descriptor, context);
        for (Evaluation evaluation : evaluations) {
          entries.add(
              TraceEntry.builder()
                  .ruleId(descriptor.id())
                  .path(evaluation.path())
                  .subjectId(evaluation.subjectId())
                  .inputs(evaluation.evidence())
                  .parameters(used)
                  .outcome(evaluation.outcome())
                  .messageKey(evaluation.messageKey())
                  .build());
        }
      }
      runs.add(
          RuleRun.builder()
              .descriptor(descriptor)
              .parameters(parameters)
              .passed(context.count(Outcome.PASSED))
              .violated(context.count(Outcome.VIOLATED))
              .notApplicable(checkedNothing ? 1 : context.count(Outcome.NOT_APPLICABLE))
              .insufficientData(context.count(Outcome.INSUFFICIENT_DATA))
              .build());
    }
    ImmutableValidationReport.Builder report =
        ValidationReport.builder()
            .region(plan.region())
            .fiscalYear(plan.fiscalYear())
            .asOf(asOf)
            .ruleSetVersion(rules.version())
            .fingerprint(rules.fingerprint())
            .rules(runs)
            .skipped(skipped)
            .findings(findings)
            .summary(Summary.of(runs, skipped.size(), findings));
    if (trace) {
      report.trace(
          Trace.builder()
              .asOf(asOf)
              .plan(planId)
              .ruleSet(rules.version())
              .entries(entries)
              .build());
    }
    return report.build();
  }

  private ImmutableList<TraceParameter> used(RuleDescriptor descriptor, RuleContext context) {
    ImmutableList.Builder<TraceParameter> used = ImmutableList.builder();
    for (Map.Entry<String, Object> read : context.parametersRead().entrySet()) {
      String name = read.getKey();
      String basis =
          rules.isConfigured(descriptor.id(), name)
              ? "configured by the rule set"
              : descriptor.parameter(name).map(Parameter::basis).orElse("");
      used.add(TraceParameter.of(name, read.getValue(), basis));
    }
    return used.build();
  }

  @Override
  public String toString() {
    return "Validator[" + rules + (trace ? ", traced" : "") + "]";
  }
}
