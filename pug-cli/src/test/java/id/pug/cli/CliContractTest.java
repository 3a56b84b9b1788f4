package id.pug.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import id.pug.core.testing.ApiClasses;
import id.pug.core.testing.CommonArchitecture;
import id.pug.core.testing.NullContract;
import id.pug.core.testing.ValueContract;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract and architecture of pug-cli: its public classes refuse {@code null} (except {@code
 * main}, which ends the JVM and is driven by {@code PugJarIT}), hold no mutable public state, keep
 * the rules every module keeps ({@link CommonArchitecture}), and only the command line itself
 * prints.
 */
@AnalyzeClasses(packages = "id.pug.cli", importOptions = ImportOption.DoNotIncludeTests.class)
@SuppressWarnings("NullAway") // passes null on purpose
class CliContractTest {

  @ArchTest static final ArchTests common = ArchTests.in(CommonArchitecture.class);

  @ArchTest
  static final ArchRule cli_dependsOnNoTestSupportOrExamples =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("id.pug.test..", "id.pug.examples..")
          .because("the command line ships alone in pug.jar");

  @ArchTest
  static final ArchRule onlyPugCommandMain_endsTheJvm =
      noClasses()
          .that()
          .doNotHaveSimpleName("PugCommand")
          .should()
          .callMethod(System.class, "exit", int.class)
          .because("commands return their exit code; main alone ends the JVM");

  static Stream<Class<?>> publicClasses() {
    return ApiClasses.of("id.pug.cli").publicTypes().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicClasses")
  void publicStaticMethods_rejectNull(Class<?> type) {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(String[].class, new String[] {"--version"})
            .setDefault(PrintWriter.class, new PrintWriter(new StringWriter()));
    assertThat(NullContract.failures(tester, type, null, s -> !s.contains(".main("))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicClasses")
  void publicClasses_haveNoMutablePublicState_andNoSetters(Class<?> type) {
    assertThat(ValueContract.structureProblems(type)).isEmpty();
  }
}
