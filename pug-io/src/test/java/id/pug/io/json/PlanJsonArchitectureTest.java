package id.pug.io.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The plan format's main code uses jackson-core's streaming API only. */
@AnalyzeClasses(packages = "id.pug.io", importOptions = ImportOption.DoNotIncludeTests.class)
class PlanJsonArchitectureTest {
  @ArchTest
  static final ArchRule planJson_usesNoDataBinding =
      noClasses()
          .that()
          .resideInAnyPackage("id.pug.io", "id.pug.io.json..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.fasterxml.jackson.databind..",
              "com.fasterxml.jackson.annotation..",
              "tools.jackson..")
          .because(
              "jackson-core's streaming parser cannot be made to instantiate classes a file"
                  + " names: there is no polymorphic typing to exploit");
}
