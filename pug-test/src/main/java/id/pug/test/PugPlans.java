package id.pug.test;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.io.json.PlanJson;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Loading and validating exported plan files in tests: {@code
 * assertThat(PugPlans.validate(Path.of("plans/kapuas-2025.json"))).hasNoErrors()}.
 *
 * <p>Files are plans in the JSON format {@code pug.plan.v1} ({@code docs/plan-format.md}), read
 * strictly: a file with any problem fails the test with every problem listed (file, line, column,
 * JSON path). Stateless and thread-safe.
 */
public final class PugPlans {
  private PugPlans() {}

  /**
   * Loads a plan file.
   *
   * @param file the file
   * @return the plan
   * @throws id.pug.io.PlanFormatException if the file cannot be read as a plan, with every problem
   */
  public static RegionalPprgPlan load(Path file) {
    return PlanJson.standard().read(Objects.requireNonNull(file, "file"));
  }

  /**
   * Loads a plan file and validates it against the national PPRG catalogue, as of 1 January of its
   * fiscal year.
   *
   * @param file the file
   * @return the report
   */
  public static ValidationReport validate(Path file) {
    return Validator.of(PprgCatalogue.ruleSet()).validate(load(file));
  }

  /**
   * Loads a plan file and validates it against a rule set as of a date.
   *
   * @param file the file
   * @param rules the rule set (the national catalogue with packs and rules of one's own)
   * @param asOf the date whose law applies
   * @return the report
   */
  public static ValidationReport validate(Path file, RuleSet rules, LocalDate asOf) {
    return Validator.of(rules).validate(load(file), asOf);
  }
}
