package id.pug.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The shared architecture rules catch what they are meant to: they are not vacuous. */
class CommonArchitectureTest {

  /** Breaks every rule once. */
  @SuppressWarnings({"unused", "JavaUtilDate"}) // inspected as bytecode, never run
  static final class Offender {
    double budget;
    Date signed = new Date(0);

    double totalAmount(double rupiah) {
      return rupiah;
    }

    void stop() {
      System.exit(1);
    }
  }

  /** Keeps every rule: a program may end the JVM from main, and doubles are fine for ratios. */
  @SuppressWarnings("unused")
  static final class Program {
    double ratio;

    public static void main(String[] args) {
      System.exit(0);
    }
  }

  private static boolean violates(ArchRule rule, Class<?> type) {
    JavaClasses classes = new ClassFileImporter().importClasses(type);
    return rule.evaluate(classes).hasViolation();
  }

  @Test
  void rules_flagTheOffender_andPassTheProgram() {
    assertThat(violates(CommonArchitecture.noLegacyDates, Offender.class)).isTrue();
    assertThat(violates(CommonArchitecture.noFloatingPointMoneyFields, Offender.class)).isTrue();
    assertThat(violates(CommonArchitecture.noFloatingPointMoneyMethods, Offender.class)).isTrue();
    assertThat(violates(CommonArchitecture.onlyMainEndsTheJvm, Offender.class)).isTrue();

    assertThat(violates(CommonArchitecture.noLegacyDates, Program.class)).isFalse();
    assertThat(violates(CommonArchitecture.noFloatingPointMoneyFields, Program.class)).isFalse();
    assertThat(violates(CommonArchitecture.noFloatingPointMoneyMethods, Program.class)).isFalse();
    assertThat(violates(CommonArchitecture.onlyMainEndsTheJvm, Program.class)).isFalse();
  }
}
