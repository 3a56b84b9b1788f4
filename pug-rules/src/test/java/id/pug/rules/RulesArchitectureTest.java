package id.pug.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import id.pug.core.testing.CommonArchitecture;

/**
 * Architecture rules of pug-rules, checked on its main bytecode: the rules every module keeps
 * ({@link CommonArchitecture}) and its own.
 */
@AnalyzeClasses(packages = "id.pug.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArchitectureTest {

  @ArchTest static final ArchTests common = ArchTests.in(CommonArchitecture.class);

  @ArchTest
  static final ArchRule engine_knowsNoRuleFamily =
      noClasses()
          .that()
          .resideInAPackage("id.pug.rules.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "id.pug.rules",
              "id.pug.rules.institution..",
              "id.pug.rules.planning..",
              "id.pug.rules.gap..",
              "id.pug.rules.gbs..",
              "id.pug.rules.kak..",
              "id.pug.rules.arg..",
              "id.pug.rules.indicator..",
              "id.pug.rules.action..",
              "id.pug.rules.prerequisite..",
              "id.pug.rules.packs..",
              "id.pug.rules.international..",
              "id.pug.rules.wording..")
          .because("the engine is generic; families build on it, never the reverse");

  @ArchTest
  static final ArchRule rules_dependOnNoOuterModule =
      noClasses()
          .that()
          .resideInAPackage("id.pug.rules..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("id.pug.cli..", "id.pug.examples..", "id.pug.io..", "id.pug.test..");

  @ArchTest
  static final ArchRule rules_printNothing =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("a library reports through return values and exceptions, not the console");

  @ArchTest
  static final ArchRule rulePackages_areFreeOfCycles =
      slices().matching("id.pug.rules.(*)..").should().beFreeOfCycles();
}
