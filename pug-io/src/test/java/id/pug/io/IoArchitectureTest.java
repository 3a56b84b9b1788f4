package id.pug.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import id.pug.core.testing.CommonArchitecture;

/**
 * Architecture rules of pug-io, checked on its main bytecode: the rules every module keeps ({@link
 * CommonArchitecture}) and its own place between pug-rules and the modules built on it.
 */
@AnalyzeClasses(packages = "id.pug.io", importOptions = ImportOption.DoNotIncludeTests.class)
class IoArchitectureTest {

  @ArchTest static final ArchTests common = ArchTests.in(CommonArchitecture.class);

  @ArchTest
  static final ArchRule io_dependsOnNoOuterModule =
      noClasses()
          .that()
          .resideInAPackage("id.pug.io..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("id.pug.test..", "id.pug.cli..", "id.pug.examples..")
          .because("pug-io sits on pug-core and pug-rules; test support and the CLI build on it");

  @ArchTest
  static final ArchRule io_printsNothing =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("a library reports through return values and exceptions, not the console");
}
