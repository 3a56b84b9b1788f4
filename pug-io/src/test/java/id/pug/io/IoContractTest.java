package id.pug.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.RegionCode;
import id.pug.core.testing.ApiClasses;
import id.pug.core.testing.NullContract;
import id.pug.core.testing.PlanFixtures;
import id.pug.core.testing.Samples;
import id.pug.core.testing.ValueContract;
import id.pug.io.json.PlanJson;
import id.pug.io.sipd.SipdBudgetImport;
import id.pug.io.sipd.SipdImport;
import id.pug.io.sipd.SipdRejectedRow;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.rules.international.InternationalScoring;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of every public type of pug-io, found in its bytecode: {@link NullPointerTester}
 * over every public method, the equality of its value types, no mutable public state, collections
 * handed out unmodifiable, and {@code toString} without surprises.
 */
@SuppressWarnings("NullAway") // passes null on purpose
class IoContractTest {
  private static final ApiClasses API = ApiClasses.of("id.pug.io");

  private static final String HEADER = "kode_sbl,kode_skpd,nama_skpd,kode_sub_giat,pagu\n";

  static SipdImport kapuasImport() {
    return SipdBudgetImport.read(
        TextSource.ofString(
            "kapuas.csv", HEADER + "a,dp3appkb,DP3APPKB,2.08.02.2.01.01,70590400\n"),
        PlanFixtures.KAPUAS,
        Year.of(2025));
  }

  static SipdImport otherImport() {
    return SipdBudgetImport.read(
        TextSource.ofString(
            "palangka-raya.csv",
            HEADER
                + "b,dinkes,Dinas Kesehatan,2.08.02.2.01.02,1000\n"
                + "c,dinkes,Dinas Kesehatan,2.08.02.2.01,-5\n"),
        RegionCode.parse("62.71"),
        Year.of(2024));
  }

  record EqualitySample(Class<?> type, Runnable test, List<Object> instances) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  private static <T> EqualitySample pair(Class<T> type, Supplier<T> a, T b) {
    return new EqualitySample(type, () -> ValueContract.testEquality(a, b), List.of(a.get(), b));
  }

  static Stream<EqualitySample> equalitySamples() {
    SipdRejectedRow rejected = otherImport().rejected().get(0);
    return Stream.of(
        pair(
            FormatProblem.class,
            () -> FormatProblem.of("plan.json", 3, 14, "budgetLines[0].amount", "not whole rupiah"),
            FormatProblem.of("other.json", 1, 1, "", "document is empty")),
        pair(SipdImport.class, IoContractTest::kapuasImport, otherImport()),
        pair(
            SipdRejectedRow.class,
            () -> rejected,
            SipdBudgetImport.read(
                    TextSource.ofString("x.csv", HEADER + "\n\nd,dp3a,DP3A,2.08,1\n"),
                    PlanFixtures.KAPUAS,
                    Year.of(2025))
                .rejected()
                .get(0)));
  }

  @Test
  void everyValueType_hasAnEqualitySample() {
    List<String> sampled = equalitySamples().map(s -> s.type().getName()).sorted().toList();
    List<String> discovered = API.valueTypes().stream().map(Class::getName).sorted().toList();
    assertThat(discovered).contains(FormatProblem.class.getName());
    assertThat(sampled).isEqualTo(discovered);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("equalitySamples")
  void equality_followsEveryAttribute(EqualitySample sample) {
    sample.test().run();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("equalitySamples")
  void values_haveFinalFields_unmodifiableCollections_andPlainToString(EqualitySample sample) {
    List<String> problems = new ArrayList<>();
    for (Object value : sample.instances()) {
      problems.addAll(ValueContract.instanceProblems(value));
      problems.addAll(ValueContract.toStringProblems(value, value));
    }
    assertThat(problems).isEmpty();
  }

  static Stream<Class<?>> publicClasses() {
    return API.publicTypes().stream();
  }

  @Test
  void publicClasses_areFoundInTheBytecode() {
    assertThat(publicClasses().map(Class::getSimpleName))
        .contains("PlanJson", "Part", "SipdBudgetImport", "AuditReport", "ReportJson");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicClasses")
  void publicClasses_haveNoMutablePublicState_andNoSetters(Class<?> type) {
    assertThat(ValueContract.structureProblems(type)).isEmpty();
  }

  private static final class Tester {
    static final ValidationReport REPORT =
        Validator.of(PprgCatalogue.ruleSet()).validate(PlanFixtures.kabupatenKapuas2025());
    static final NullPointerTester TESTER =
        Samples.nullPointerTester()
            .setDefault(ValidationReport.class, REPORT)
            .setDefault(RegionalPprgPlan.class, PlanFixtures.kabupatenKapuas2025())
            .setDefault(
                InternationalScoring.class,
                InternationalScoring.of(PlanFixtures.kabupatenKapuas2025()))
            .setDefault(Language.class, Language.INDONESIAN)
            .setDefault(TextSource.class, TextSource.ofString("t.csv", HEADER))
            .setDefault(PlanJson.Part.class, PlanJson.Part.BUDGET_LINE)
            .setDefault(Path.class, Path.of("target", "contract-test-plan.json"))
            .setDefault(List.class, List.of(REPORT))
            .setDefault(Iterable.class, List.of(REPORT));
  }

  private static final ImmutableMap<Class<?>, Supplier<List<?>>> INSTANCES =
      ImmutableMap.<Class<?>, Supplier<List<?>>>builder()
          .put(PlanJson.class, () -> List.of(PlanJson.standard()))
          .put(PlanJson.Part.class, () -> List.of(PlanJson.Part.BUDGET_LINE))
          .put(
              PlanFormatException.class,
              () ->
                  List.of(
                      new PlanFormatException(
                          ImmutableList.of(FormatProblem.of("p.json", 1, 1, "", "empty")))))
          .buildOrThrow();

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicClasses")
  void publicStaticMethodsAndConstructors_rejectNull(Class<?> type) {
    List<String> failures =
        new ArrayList<>(NullContract.failures(Tester.TESTER, type, null, s -> true));
    try {
      Tester.TESTER.testAllPublicConstructors(type);
    } catch (AssertionError | RuntimeException e) {
      failures.add(type.getSimpleName() + " constructor: " + e.getMessage());
    }
    assertThat(failures).isEmpty();
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
}
