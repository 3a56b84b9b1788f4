package id.pug.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Calendar;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;

/** Architecture rules of pug-core, checked on its main bytecode. */
@AnalyzeClasses(packages = "id.pug.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule core_doesNotDependOnRulesOrExamples =
      noClasses()
          .that()
          .resideInAPackage("id.pug.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("id.pug.rules..", "id.pug.examples..");

  @ArchTest
  static final ArchRule core_doesNotUseLegacyDateTypes =
      noClasses()
          .that()
          .resideInAPackage("id.pug.core..")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Date.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Calendar.class)
          .because("dates are java.time values (LocalDate, Year)");

  private static final DescribedPredicate<JavaClass> MONEY_CLASSES =
      DescribedPredicate.describe(
          "have a simple name containing Rupiah or Amount",
          c -> c.getSimpleName().contains("Rupiah") || c.getSimpleName().contains("Amount"));

  private static final DescribedPredicate<JavaClass> FLOATING_POINT =
      DescribedPredicate.describe(
          "double or float",
          c ->
              c.isEquivalentTo(double.class)
                  || c.isEquivalentTo(float.class)
                  || c.isEquivalentTo(Double.class)
                  || c.isEquivalentTo(Float.class));

  @ArchTest
  static final ArchRule money_fieldsAreNotFloatingPoint =
      noFields()
          .that()
          .areDeclaredInClassesThat(MONEY_CLASSES)
          .should()
          .haveRawType(FLOATING_POINT)
          .because("money is counted exactly (long rupiah or BigDecimal)")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule money_methodsDoNotReturnOrTakeFloatingPoint =
      noMethods()
          .that()
          .areDeclaredInClassesThat(MONEY_CLASSES)
          .should()
          .haveRawReturnType(FLOATING_POINT)
          .orShould(haveAFloatingPointParameter())
          .because("money is counted exactly (long rupiah or BigDecimal)")
          .allowEmptyShould(true);

  private static ArchCondition<JavaMethod> haveAFloatingPointParameter() {
    return new ArchCondition<>("have a double or float parameter") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean found = method.getRawParameterTypes().stream().anyMatch(FLOATING_POINT);
        events.add(new SimpleConditionEvent(method, found, method.getFullName()));
      }
    };
  }

  @ArchTest
  static final ArchRule corePackages_areFreeOfCycles =
      slices().matching("id.pug.core.(*)..").should().beFreeOfCycles();

  @ArchTest
  static void everyPackage_isNullMarked(JavaClasses classes) {
    Set<String> packages = new TreeSet<>();
    for (JavaClass c : classes) {
      packages.add(c.getPackageName());
    }
    assertThat(packages).contains("id.pug.core", "id.pug.core.law", "id.pug.core.refdata");
    Set<String> unmarked = new TreeSet<>();
    for (String name : packages) {
      Package p = anyClassIn(classes, name).getPackage();
      if (p == null || p.getAnnotation(NullMarked.class) == null) {
        unmarked.add(name);
      }
    }
    assertThat(unmarked).as("packages without a package-info annotated @NullMarked").isEmpty();
  }

  private static Class<?> anyClassIn(JavaClasses classes, String packageName) {
    JavaClass any =
        classes.stream()
            .filter(c -> c.getPackageName().equals(packageName))
            .findFirst()
            .orElseThrow();
    try {
      return Class.forName(any.getName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
