package id.pug.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import id.pug.core.testing.CommonArchitecture;

/**
 * Architecture rules of pug-core, checked on its main bytecode: the rules every module keeps
 * ({@link CommonArchitecture}: no legacy dates, no floating-point money, no package cycles, no
 * {@code System.exit}, every package null-marked) and pug-core's own.
 */
@AnalyzeClasses(packages = "id.pug.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchTests common = ArchTests.in(CommonArchitecture.class);

  @ArchTest
  static final ArchRule core_dependsOnNoOtherPugModule =
      noClasses()
          .that()
          .resideInAPackage("id.pug.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "id.pug.rules..", "id.pug.io..", "id.pug.test..", "id.pug.cli..", "id.pug.examples..")
          .because("pug-core is the base every other module builds on");

  @ArchTest
  static final ArchRule core_topLevelPackages_areFreeOfCycles =
      slices().matching("id.pug.core.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule core_printsNothing =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("a library reports through return values and exceptions, not the console");
}
