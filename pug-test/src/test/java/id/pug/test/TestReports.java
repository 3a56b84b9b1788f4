package id.pug.test;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.region.RegionCode;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.test.generate.Mutation;
import id.pug.test.generate.PlanGenerator;
import java.time.Year;

/** Reports of a small generated plan and of its mutations, for the assertions' own tests. */
final class TestReports {
  private TestReports() {}

  static final Validator VALIDATOR = Validator.of(PprgCatalogue.ruleSet());

  /** How failure messages name the rule set. */
  static final String RULE_SET = PprgCatalogue.NAME + " " + PprgCatalogue.VERSION;

  /** Kabupaten Kapuas, fiscal year 2022: four agencies, the four anchor lines only. */
  static final PlanGenerator KAPUAS =
      PlanGenerator.seeded(1)
          .region(RegionCode.parse("62.03"))
          .fiscalYear(Year.of(2022))
          .agencies(4)
          .linesPerAgency(4);

  static final RegionalPprgPlan PLAN = KAPUAS.validPlan();

  /** The valid plan's report: no finding at all. */
  static ValidationReport valid() {
    return VALIDATOR.validate(PLAN);
  }

  /** The report of the plan after the first mutation of a rule. */
  static ValidationReport mutated(String ruleId) {
    return VALIDATOR.validate(mutation(ruleId).apply(PLAN));
  }

  static Mutation mutation(String ruleId) {
    return PlanGenerator.mutations().stream()
        .filter(m -> m.ruleId().value().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no mutation for " + ruleId));
  }
}
