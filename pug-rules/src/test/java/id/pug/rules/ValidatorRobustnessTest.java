package id.pug.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.ReportText;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.rules.packs.PolicyPacks;
import id.pug.rules.prerequisite.PrerequisiteRules;
import id.pug.rules.testing.Plans;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The validator never throws on plan content, is deterministic, and gives the same reports from
 * many threads as from one.
 */
class ValidatorRobustnessTest {
  /** Every rule of the catalogue and the packs, the off-by-default ones on and configured. */
  static RuleSet everything() {
    RuleSet set = PprgCatalogue.ruleSet();
    for (String pack : PolicyPacks.names()) {
      set = set.plus(PolicyPacks.named(pack));
    }
    return set.enable(PrerequisiteRules.APE_BAND)
        .configure(PrerequisiteRules.APE_BAND, "pratamaFrom", BigDecimal.ONE)
        .configure(PrerequisiteRules.APE_BAND, "madyaFrom", BigDecimal.TEN)
        .configure(id.pug.rules.arg.ArgRules.SHARE_TARGET, "targetPercent", BigDecimal.TEN)
        .configure(id.pug.rules.arg.ArgRules.CATEGORY_MATCHES_ACTIVITY, "strict", true);
  }

  @Test
  void hostilePlans_neverMakeTheValidatorThrow_andEveryMessageRenders() {
    Validator validator = Validator.of(everything()).withTrace(true);
    List<RegionalPprgPlan> plans = HostilePlans.plans(200, 20261201L);
    for (RegionalPprgPlan plan : plans) {
      for (LocalDate asOf : List.of(Validator.defaultAsOf(plan), LocalDate.of(2026, 12, 1))) {
        ValidationReport report = validator.validate(plan, asOf);
        assertThat(report.trace()).isPresent();
        for (Finding finding : report.findings()) {
          for (Language language : Language.values()) {
            assertThat(finding.message(language)).doesNotContain("{");
          }
        }
        assertThat(ReportText.render(report, Language.ENGLISH)).contains(report.planId());
      }
    }
    assertThat(plans).hasSize(HostilePlans.MUTATIONS.size() + 200);
  }

  @Test
  void validation_isDeterministic() {
    Validator validator = Validator.of(everything()).withTrace(true);
    for (RegionalPprgPlan plan : HostilePlans.plans(20, 7L)) {
      ValidationReport first = validator.validate(plan);
      ValidationReport second = validator.validate(plan);
      assertThat(second).isEqualTo(first);
      assertThat(second.trace().orElseThrow().toJson())
          .isEqualTo(first.trace().orElseThrow().toJson());
    }
  }

  @Test
  void oneValidator_sharedByEightThreads_givesTheSequentialReports() throws Exception {
    Validator validator = Validator.of(everything());
    List<RegionalPprgPlan> plans = new ArrayList<>(HostilePlans.plans(80, 11L));
    plans.add(PlanFixtures.kabupatenKapuas2025());
    plans.add(Plans.kapuas());
    List<ValidationReport> sequential = new ArrayList<>();
    for (RegionalPprgPlan plan : plans) {
      sequential.add(validator.validate(plan));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ValidationReport>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (RegionalPprgPlan plan : plans) {
          futures.add(pool.submit(() -> validator.validate(plan)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % plans.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
