package id.pug.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyId;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.io.report.ReportJson;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.test.generate.Mutation;
import id.pug.test.generate.PlanGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of validation over generated plans ({@link PlanGenerator}) and their single mutations:
 * it is deterministic, independent of the order of the plan's lists and maps, and one validator
 * shared by 8 threads over 1,000 plans gives the reports a sequential run gives.
 */
class ValidationPropertiesTest {
  private static final Validator VALIDATOR = Validator.of(PprgCatalogue.ruleSet());

  /** Every mutation on two seeds' plans: plans with findings of every rule of the catalogue. */
  static Stream<Arguments> mutatedPlans() {
    List<Arguments> cases = new ArrayList<>();
    for (long seed : new long[] {3, 17}) {
      RegionalPprgPlan valid = PlanGenerator.seeded(seed).agencies(4).validPlan();
      cases.add(Arguments.of("valid plan, seed " + seed, valid, seed));
      for (Mutation m : PlanGenerator.mutations()) {
        if (m.appliesTo(valid)) {
          cases.add(Arguments.of(m + ", seed " + seed, m.apply(valid), seed));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutatedPlans")
  void validation_isDeterministic(String name, RegionalPprgPlan plan, long seed) {
    ValidationReport first = VALIDATOR.validate(plan);
    ValidationReport again = VALIDATOR.validate(plan);
    ValidationReport fresh = Validator.of(PprgCatalogue.ruleSet()).validate(plan);
    assertThat(again).isEqualTo(first);
    assertThat(fresh).isEqualTo(first);
    assertThat(ReportJson.write(again, Language.ENGLISH))
        .isEqualTo(ReportJson.write(first, Language.ENGLISH));
    assertThat(VALIDATOR.withTrace(true).validate(plan).trace())
        .isEqualTo(VALIDATOR.withTrace(true).validate(plan).trace());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutatedPlans")
  void validation_isIndependentOfTheOrderOfLists(String name, RegionalPprgPlan plan, long seed) {
    RegionalPprgPlan shuffled = shuffle(plan, new Random(seed));
    assertThat(shuffled).isNotEqualTo(plan);
    ValidationReport original = VALIDATOR.validate(plan);
    ValidationReport reordered = VALIDATOR.validate(shuffled);
    assertThat(reordered.summary()).isEqualTo(original.summary());
    assertThat(reordered.rules()).isEqualTo(original.rules());
    assertThat(comparable(reordered, shuffled, plan))
        .containsExactlyInAnyOrderElementsOf(comparable(original, plan, plan));
  }

  @Test
  void oneValidator_sharedBy8Threads_over1000Plans_givesTheSequentialReports() throws Exception {
    List<Mutation> mutations = PlanGenerator.mutations();
    List<RegionalPprgPlan> plans = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      RegionalPprgPlan valid = PlanGenerator.seeded(i).validPlan();
      Mutation m = mutations.get(i % mutations.size());
      plans.add(i % 4 != 0 && m.appliesTo(valid) ? m.apply(valid) : valid);
    }
    List<ValidationReport> sequential = plans.stream().map(VALIDATOR::validate).toList();
    assertThat(sequential.stream().filter(ValidationReport::hasErrors).count())
        .as("plans with errors among the 1,000")
        .isGreaterThan(300);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ValidationReport>> futures = new ArrayList<>();
      // Each thread starts on another part of the list, so that the same rules run at once.
      for (int i = 0; i < plans.size(); i++) {
        RegionalPprgPlan plan = plans.get((i * 7) % plans.size());
        futures.add(pool.submit(() -> VALIDATOR.validate(plan)));
      }
      for (int i = 0; i < plans.size(); i++) {
        assertThat(futures.get(i).get(5, TimeUnit.MINUTES))
            .as("plan %d", (i * 7) % plans.size())
            .isEqualTo(sequential.get((i * 7) % plans.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Shuffling and comparing
  // ---------------------------------------------------------------------------------------------

  /** The plan with every top-level list and the agency map in a random order. */
  static RegionalPprgPlan shuffle(RegionalPprgPlan plan, Random random) {
    List<Map.Entry<AgencyId, Agency>> agencies = new ArrayList<>(plan.agencies().entrySet());
    Collections.shuffle(agencies, random);
    Map<AgencyId, Agency> reordered = new LinkedHashMap<>();
    agencies.forEach(e -> reordered.put(e.getKey(), e.getValue()));
    return RegionalPprgPlan.builder()
        .from(plan)
        .agencies(reordered)
        .focalPoints(shuffled(plan.focalPoints(), random))
        .planningDocuments(shuffled(plan.planningDocuments(), random))
        .budgetLines(shuffled(plan.budgetLines(), random))
        .genderAnalyses(shuffled(plan.genderAnalyses(), random))
        .budgetStatements(shuffled(plan.budgetStatements(), random))
        .termsOfReference(shuffled(plan.termsOfReference(), random))
        .regionalIndicators(shuffled(plan.regionalIndicators(), random))
        .actionPlans(shuffled(plan.actionPlans(), random))
        .build();
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static final Pattern TOP_LEVEL_INDEX = Pattern.compile("^(\\w+)\\[(\\d+)\\](.*)$");

  private static final ImmutableMap<String, Function<RegionalPprgPlan, List<?>>> LISTS =
      ImmutableMap.<String, Function<RegionalPprgPlan, List<?>>>builder()
          .put("focalPoints", RegionalPprgPlan::focalPoints)
          .put("planningDocuments", RegionalPprgPlan::planningDocuments)
          .put("budgetLines", RegionalPprgPlan::budgetLines)
          .put("genderAnalyses", RegionalPprgPlan::genderAnalyses)
          .put("budgetStatements", RegionalPprgPlan::budgetStatements)
          .put("termsOfReference", RegionalPprgPlan::termsOfReference)
          .put("regionalIndicators", RegionalPprgPlan::regionalIndicators)
          .put("actionPlans", RegionalPprgPlan::actionPlans)
          .buildOrThrow();

  /**
   * A finding's path with its top-level index translated from the plan it was found in to the
   * original plan's order.
   */
  static String originalPath(String path, RegionalPprgPlan foundIn, RegionalPprgPlan original) {
    Matcher m = TOP_LEVEL_INDEX.matcher(path);
    if (!m.matches() || !LISTS.containsKey(m.group(1))) {
      return path;
    }
    Function<RegionalPprgPlan, List<?>> list = LISTS.get(m.group(1));
    Object element = list.apply(foundIn).get(Integer.parseInt(m.group(2)));
    return m.group(1) + "[" + list.apply(original).indexOf(element) + "]" + m.group(3);
  }

  /** What a finding says, with its path in the original plan's order. */
  static ImmutableList<String> comparable(
      ValidationReport report, RegionalPprgPlan foundIn, RegionalPprgPlan original) {
    return report.findings().stream()
        .map(
            (Finding f) ->
                f.ruleId()
                    + " "
                    + f.outcome()
                    + " "
                    + originalPath(f.path().toString(), foundIn, original)
                    + " "
                    + f.subjectId()
                    + " "
                    + f.agency()
                    + " "
                    + f.messageKey()
                    + " "
                    + f.evidence())
        .collect(ImmutableList.toImmutableList());
  }
}
