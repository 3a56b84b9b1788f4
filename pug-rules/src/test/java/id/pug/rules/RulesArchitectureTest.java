package id.pug.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Calendar;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;

/** Architecture rules of pug-rules, checked on its main bytecode. */
@AnalyzeClasses(packages = "id.pug.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArchitectureTest {

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
  static final ArchRule rules_doNotUseLegacyDateTypes =
      noClasses()
          .that()
          .resideInAPackage("id.pug.rules..")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Date.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Calendar.class);

  @ArchTest
  static final ArchRule rulePackages_areFreeOfCycles =
      slices().matching("id.pug.rules.(*)..").should().beFreeOfCycles();

  @ArchTest
  static void everyPackage_isNullMarked(JavaClasses classes) {
    Set<String> packages = new TreeSet<>();
    for (JavaClass c : classes) {
      packages.add(c.getPackageName());
    }
    assertThat(packages).contains("id.pug.rules", "id.pug.rules.engine", "id.pug.rules.gbs");
    Set<String> unmarked = new TreeSet<>();
    for (String name : packages) {
      JavaClass any =
          classes.stream().filter(c -> c.getPackageName().equals(name)).findFirst().orElseThrow();
      Package p;
      try {
        p = Class.forName(any.getName()).getPackage();
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      if (p == null || p.getAnnotation(NullMarked.class) == null) {
        unmarked.add(name);
      }
    }
    assertThat(unmarked).as("packages without a package-info annotated @NullMarked").isEmpty();
  }
}
