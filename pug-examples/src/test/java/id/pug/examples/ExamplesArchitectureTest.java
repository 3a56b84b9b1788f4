package id.pug.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import id.pug.core.testing.CommonArchitecture;

/**
 * Architecture rules of pug-examples, checked on its main bytecode: the rules every module keeps
 * ({@link CommonArchitecture}); the examples use pug as a user would, through its public API and
 * without the command line.
 */
@AnalyzeClasses(packages = "id.pug.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ExamplesArchitectureTest {

  @ArchTest static final ArchTests common = ArchTests.in(CommonArchitecture.class);

  @ArchTest
  static final ArchRule examples_doNotUseTheCommandLine =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("id.pug.cli..")
          .because("examples show the library API; the command line has its own tests");
}
