package id.pug.benchmarks;

import com.google.common.collect.ImmutableList;
import id.pug.core.budget.BudgetLine;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.arg.ArgRules;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.rules.kak.KakRules;
import id.pug.rules.planning.PlanningRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (a), (f), (g) of {@code BENCHMARKS.md}: per-line rules on one region of {@value
 * SyntheticPlans#LINES_PER_REGION} lines, one thread, in lines per second ({@code
 * OperationsPerInvocation} makes one operation one line, so {@code -prof gc}'s {@code
 * gc.alloc.rate.norm} is bytes per line).
 *
 * <ul>
 *   <li>{@link #pugProbeRules}: the constraints of the comparison through pug's real engine —
 *       {@link Validator} running rule objects that open checks with element paths and would record
 *       findings. Of the four constraints, two are pug's rules PPRG-ARG-001 (a tagged line names a
 *       GBS, which pug also looks up in the plan) and PPRG-ARG-003 (a tagged line has a positive
 *       amount); the other two, the code's format and an amount of at least zero, pug's types
 *       guarantee when a line is built ({@code NomenclatureCode.parse}, {@code BudgetLine}'s
 *       check), so no validation repeats them;
 *   <li>{@link #hibernateValidator}: the same four constraints as Jakarta Bean Validation
 *       annotations on {@link AnnotatedLine}, made from the same lines, validated by Hibernate
 *       Validator 9.1 one bean at a time;
 *   <li>{@link #pugPerLineRules}: every rule of the national catalogue whose subjects are budget
 *       lines (PPRG-ARG-001 to 007, PPRG-KAK-001, PPRG-PLAN-005 and 008);
 *   <li>{@link #handWritten}: the floor — the probe's checks as a plain loop over pug's lines, no
 *       engine, no paths, no findings.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(SyntheticPlans.LINES_PER_REGION)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class PerLineBenchmark {
  /** The rules of the comparison that are pug rules: PPRG-ARG-001 and PPRG-ARG-003. */
  static final ImmutableList<RuleId> PROBE_RULES =
      ImmutableList.of(ArgRules.TAG_HAS_GBS, ArgRules.TAG_POSITIVE_AMOUNT);

  /** Every catalogue rule whose subjects are budget lines. */
  static final ImmutableList<RuleId> PER_LINE_RULES =
      ImmutableList.of(
          ArgRules.TAG_HAS_GBS,
          ArgRules.TAG_HAS_GAP,
          ArgRules.TAG_POSITIVE_AMOUNT,
          ArgRules.LINE_MATCHES_GBS,
          ArgRules.CATEGORY_MATCHES_ACTIVITY,
          ArgRules.SPECIFIC_TARGET_GROUP,
          ArgRules.EQUALITY_GAP,
          KakRules.LINE_HAS_KAK,
          PlanningRules.NOMENCLATURE_CODE,
          PlanningRules.OUTPUT_BY_SEX);

  private final RegionalPprgPlan plan;
  private final LocalDate asOf;
  private final Validator probeRules;
  private final Validator perLineRules;
  private final ValidatorFactory factory;
  private final jakarta.validation.Validator beanValidator;
  private final AnnotatedLine[] beans;

  /** Generates the region and builds the validators of both sides from it. */
  public PerLineBenchmark() {
    plan = SyntheticPlans.region(0);
    asOf = Validator.defaultAsOf(plan);
    probeRules = Validator.of(subset("per-line-probe", PROBE_RULES));
    perLineRules = Validator.of(subset("per-line", PER_LINE_RULES));
    factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    beanValidator = factory.getValidator();
    beans = plan.budgetLines().stream().map(AnnotatedLine::of).toArray(AnnotatedLine[]::new);
  }

  /**
   * A rule set of catalogue rules.
   *
   * @param name the set's name
   * @param ids the rules
   * @return the set
   */
  static RuleSet subset(String name, List<RuleId> ids) {
    RuleSet catalogue = PprgCatalogue.ruleSet();
    ImmutableList<Rule> rules =
        ids.stream()
            .map(id -> catalogue.rule(id).orElseThrow())
            .collect(ImmutableList.toImmutableList());
    return RuleSet.of(name, PprgCatalogue.VERSION, rules);
  }

  /**
   * Checks that the data is valid: every variant must find nothing, or they would not measure the
   * same thing.
   */
  @Setup
  public void requireClean() {
    if (!pugProbeRules().findings().isEmpty()
        || !pugPerLineRules().findings().isEmpty()
        || handWritten() != 0) {
      throw new IllegalStateException("pug finds something in the generated region");
    }
    for (AnnotatedLine bean : beans) {
      if (!beanValidator.validate(bean).isEmpty()) {
        throw new IllegalStateException("Hibernate Validator finds something in " + bean.getId());
      }
    }
  }

  /** Closes the validator factory. */
  @TearDown
  public void tearDown() {
    factory.close();
  }

  /**
   * pug: PPRG-ARG-001 and 003 through the engine.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport pugProbeRules() {
    return probeRules.validate(plan, asOf);
  }

  /**
   * pug: every per-line rule of the catalogue through the engine.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport pugPerLineRules() {
    return perLineRules.validate(plan, asOf);
  }

  /**
   * Hibernate Validator: the four annotated constraints on every line.
   *
   * @param blackhole sinks the violation sets
   */
  @Benchmark
  public void hibernateValidator(Blackhole blackhole) {
    for (AnnotatedLine bean : beans) {
      Set<ConstraintViolation<AnnotatedLine>> violations = beanValidator.validate(bean);
      blackhole.consume(violations);
    }
  }

  /**
   * The floor: the probe's checks by hand on pug's lines.
   *
   * @return the number of broken checks
   */
  @Benchmark
  public int handWritten() {
    int broken = 0;
    for (BudgetLine line : plan.budgetLines()) {
      if (line.isTagged()) {
        if (!line.amount().isPositive()) {
          broken++;
        }
        if (plan.gbsOf(line).isEmpty()) {
          broken++;
        }
      }
    }
    return broken;
  }
}
