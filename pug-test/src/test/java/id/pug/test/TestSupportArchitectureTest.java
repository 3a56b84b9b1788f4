package id.pug.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import id.pug.core.testing.CommonArchitecture;

/**
 * Architecture rules of pug-test, checked on its main bytecode: the rules every module keeps
 * ({@link CommonArchitecture}) and its place in the module graph.
 */
@AnalyzeClasses(packages = "id.pug.test", importOptions = ImportOption.DoNotIncludeTests.class)
class TestSupportArchitectureTest {

  @ArchTest static final ArchTests common = ArchTests.in(CommonArchitecture.class);

  @ArchTest
  static final ArchRule testSupport_dependsOnNoOuterModule =
      noClasses()
          .that()
          .resideInAPackage("id.pug.test..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("id.pug.cli..", "id.pug.examples..")
          .because("auditors' tests depend on pug-test; the command line and examples do not");

  @ArchTest
  static final ArchRule testSupport_printsNothing =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("assertions report through AssertionError, not the console");
}
