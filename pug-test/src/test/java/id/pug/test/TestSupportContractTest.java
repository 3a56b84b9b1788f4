package id.pug.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.testing.ApiClasses;
import id.pug.core.testing.NullContract;
import id.pug.core.testing.Samples;
import id.pug.core.testing.ValueContract;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.ValidationReport;
import id.pug.test.generate.Mutation;
import id.pug.test.generate.PlanGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of every public type of pug-test, found in its bytecode: {@link NullPointerTester}
 * over every public method, no mutable public state, and {@code toString} without surprises.
 *
 * <p>As in AssertJ, the entry points ({@code assertThat}, {@code then}) and the assertion
 * constructors accept a {@code null} actual value, which the first assertion then reports; they are
 * annotated {@code @Nullable}, so the tester passes them by. Every other argument refuses null.
 */
@SuppressWarnings("NullAway") // passes null on purpose
class TestSupportContractTest {
  private static final ApiClasses API = ApiClasses.of("id.pug.test");

  static Stream<Class<?>> publicClasses() {
    return API.publicTypes().stream();
  }

  @Test
  void publicClasses_areFoundInTheBytecode() {
    assertThat(publicClasses().map(Class::getSimpleName))
        .contains("PugAssertions", "ValidationReportAssert", "PlanGenerator", "Mutation");
    assertThat(API.valueTypes()).as("pug-test has no value types").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicClasses")
  void publicClasses_haveNoMutablePublicState_andNoSetters(Class<?> type) {
    assertThat(ValueContract.structureProblems(type)).isEmpty();
  }

  private static final class Tester {
    static final ValidationReport REPORT = TestReports.mutated("PPRG-GBS-005");
    static final NullPointerTester TESTER =
        Samples.nullPointerTester()
            .setDefault(ValidationReport.class, REPORT)
            .setDefault(RegionalPprgPlan.class, TestReports.PLAN)
            .setDefault(Language.class, Language.ENGLISH)
            .setDefault(Severity.class, Severity.ERROR)
            .setDefault(RuleSet.class, PprgCatalogue.ruleSet())
            .setDefault(Path.class, Path.of("..", "examples", "plans", "kapuas-2025.json"))
            .setDefault(String.class, "PPRG-GBS-005")
            .setDefault(String[].class, new String[] {"PPRG-GBS-005"});
  }

  private static final ImmutableMap<Class<?>, Supplier<List<?>>> INSTANCES =
      ImmutableMap.<Class<?>, Supplier<List<?>>>builder()
          .put(ValidationReportAssert.class, () -> List.of(PugAssertions.assertThat(Tester.REPORT)))
          .put(
              FindingsAssert.class,
              () -> List.of(PugAssertions.assertThat(Tester.REPORT).hasViolation("PPRG-GBS-005")))
          .put(PlanGenerator.class, () -> List.of(PlanGenerator.seeded(1)))
          .put(Mutation.class, () -> List.of(TestReports.mutation("PPRG-GBS-005")))
          .put(PugSoftAssertions.class, () -> List.of(new PugSoftAssertions()))
          .put(PugBddSoftAssertions.class, () -> List.of(new PugBddSoftAssertions()))
          // The providers' only methods are the entry points, whose actual value is @Nullable.
          .put(PugSoftAssertionsProvider.class, () -> List.of(new PugSoftAssertions()))
          .put(PugBddSoftAssertionsProvider.class, () -> List.of(new PugBddSoftAssertions()))
          .buildOrThrow();

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicClasses")
  void publicStaticMethods_rejectNull(Class<?> type) {
    assertThat(NullContract.failures(Tester.TESTER, type, null, s -> true)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicClasses")
  void publicInstanceMethods_rejectNull(Class<?> type) {
    List<?> instances = INSTANCES.getOrDefault(type, List::of).get();
    if (instances.isEmpty()) {
      assertThat(NullContract.publicInstanceMethodsWithParameters(type))
          .as("%s has public instance methods with parameters: add an instance to INSTANCES", type)
          .isEmpty();
      return;
    }
    List<String> failures = new ArrayList<>();
    for (Object instance : instances) {
      failures.addAll(NullContract.failures(Tester.TESTER, type, instance, s -> true));
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void generatorsAndMutations_printWithoutSurprises() {
    List<String> problems = new ArrayList<>();
    problems.addAll(
        ValueContract.toStringProblems(PlanGenerator.seeded(1), PlanGenerator.seeded(1)));
    for (Mutation m : PlanGenerator.mutations()) {
      problems.addAll(ValueContract.toStringProblems(m, m));
    }
    problems.addAll(ValueContract.instanceProblems(PlanGenerator.seeded(1)));
    assertThat(problems).isEmpty();
  }
}
