package id.pug.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.NullMarked;

/**
 * Architecture rules every pug module keeps, run by each module's architecture test on its own main
 * bytecode with {@code @ArchTest static final ArchTests COMMON =
 * ArchTests.in(CommonArchitecture.class)}.
 */
public final class CommonArchitecture {
  private CommonArchitecture() {}

  /** Dates are {@code java.time} values. */
  @ArchTest
  public static final ArchRule noLegacyDates =
      noClasses()
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Date.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Calendar.class)
          .because("dates are java.time values (LocalDate, Year)");

  private static final DescribedPredicate<JavaClass> FLOATING_POINT =
      DescribedPredicate.describe(
          "double or float",
          c ->
              c.isEquivalentTo(double.class)
                  || c.isEquivalentTo(float.class)
                  || c.isEquivalentTo(Double.class)
                  || c.isEquivalentTo(Float.class));

  /** Names of money: amounts, budgets, ceilings, allocations, costs, totals in rupiah. */
  private static final Pattern MONEY_NAME =
      Pattern.compile(".*(rupiah|amount|budget|pagu|allocation|ceiling|cost|anggaran|biaya).*");

  private static final DescribedPredicate<JavaMember> NAMED_LIKE_MONEY =
      DescribedPredicate.describe(
          "are named like money (rupiah, amount, budget, pagu, allocation, ceiling, cost)",
          m -> MONEY_NAME.matcher(m.getName().toLowerCase(Locale.ROOT)).matches());

  private static final DescribedPredicate<JavaClass> MONEY_CLASSES =
      DescribedPredicate.describe(
          "have a simple name containing Rupiah or Amount",
          c -> c.getSimpleName().contains("Rupiah") || c.getSimpleName().contains("Amount"));

  /** Money is counted exactly: no floating-point field named like money, nor in a money class. */
  @ArchTest
  public static final ArchRule noFloatingPointMoneyFields =
      noFields()
          .that(NAMED_LIKE_MONEY)
          .or()
          .areDeclaredInClassesThat(MONEY_CLASSES)
          .should()
          .haveRawType(FLOATING_POINT)
          .because("money is counted exactly (whole rupiah in a long, or BigDecimal)")
          .allowEmptyShould(true);

  /** Money is counted exactly: no method named like money takes or returns floating point. */
  @ArchTest
  public static final ArchRule noFloatingPointMoneyMethods =
      noMethods()
          .that(NAMED_LIKE_MONEY)
          .or()
          .areDeclaredInClassesThat(MONEY_CLASSES)
          .should()
          .haveRawReturnType(FLOATING_POINT)
          .orShould(haveAFloatingPointParameter())
          .because("money is counted exactly (whole rupiah in a long, or BigDecimal)")
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

  /** The packages of a module depend on each other without cycles. */
  @ArchTest
  public static final ArchRule packagesAreFreeOfCycles =
      slices().matching("id.pug.(**)").should().beFreeOfCycles().allowEmptyShould(true);

  /** Only a program's {@code main} method ends the JVM; library code never does. */
  @ArchTest
  public static final ArchRule onlyMainEndsTheJvm =
      noClasses()
          .should(callSystemExitOutsideMain())
          .because("a library never ends its caller's JVM")
          .allowEmptyShould(true);

  private static ArchCondition<JavaClass> callSystemExitOutsideMain() {
    return new ArchCondition<>("call System.exit outside a main method") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        c.getMethodCallsFromSelf().stream()
            .filter(call -> call.getTargetOwner().isEquivalentTo(System.class))
            .filter(call -> call.getName().equals("exit"))
            .filter(call -> !call.getOrigin().getName().equals("main"))
            .forEach(
                call -> events.add(SimpleConditionEvent.satisfied(call, call.getDescription())));
      }
    };
  }

  /** Every package is annotated {@code @NullMarked}, so NullAway checks it. */
  @ArchTest
  public static void everyPackageIsNullMarked(JavaClasses classes) {
    Set<String> packages = new TreeSet<>();
    for (JavaClass c : classes) {
      packages.add(c.getPackageName());
    }
    assertThat(packages).as("packages imported").isNotEmpty();
    Set<String> unmarked = new TreeSet<>();
    for (String name : packages) {
      JavaClass any =
          classes.stream().filter(c -> c.getPackageName().equals(name)).findFirst().orElseThrow();
      Package p = ApiClasses.load(any).getPackage();
      if (p == null || p.getAnnotation(NullMarked.class) == null) {
        unmarked.add(name);
      }
    }
    assertThat(unmarked).as("packages without a package-info annotated @NullMarked").isEmpty();
  }
}
