package id.pug.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import id.pug.core.testing.CommonArchitecture;

/**
 * Architecture rules of pug-benchmarks, checked on its main bytecode: the rules every module keeps
 * ({@link CommonArchitecture}) and its place in the module graph. JMH's generated harness ({@code
 * jmh_generated}) is left out: it is JMH's code, excluded from Error Prone and NullAway as well.
 */
@AnalyzeClasses(
    packages = "id.pug.benchmarks",
    importOptions = {
      ImportOption.DoNotIncludeTests.class,
      BenchmarksArchitectureTest.WithoutJmhHarness.class
    })
class BenchmarksArchitectureTest {

  /** Leaves out the classes JMH generates. */
  static final class WithoutJmhHarness implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/jmh_generated/");
    }
  }

  @ArchTest static final ArchTests common = ArchTests.in(CommonArchitecture.class);

  @ArchTest
  static final ArchRule benchmarks_dependOnNoCommandLineOrExamples =
      noClasses()
          .that()
          .resideInAPackage("id.pug.benchmarks..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("id.pug.cli..", "id.pug.examples..")
          .because("the benchmarks measure the library, not the programs built on it");
}
