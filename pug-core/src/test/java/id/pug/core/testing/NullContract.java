package id.pug.core.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Runs guava-testlib's {@link NullPointerTester} method by method, so that one run lists every
 * public method that accepts a {@code null} it should refuse (the tester itself stops at the first
 * failure of a class). Shared by the null-contract tests of every pug module.
 */
public final class NullContract {
  private NullContract() {}

  /**
   * The methods of a class, or of an instance, that do not throw {@link NullPointerException} for a
   * null argument not annotated {@code @Nullable}.
   *
   * @param tester a tester with valid defaults for every parameter type
   * @param type the class whose static methods are tested when {@code instance} is null
   * @param instance the instance whose instance methods are tested, or null for static methods
   * @param selected which signatures (as {@link #signature(Method)} writes them) to test
   * @return one line per failing method: its signature and the tester's first message line
   */
  public static List<String> failures(
      NullPointerTester tester,
      Class<?> type,
      @Nullable Object instance,
      Predicate<String> selected) {
    List<String> failures = new ArrayList<>();
    Class<?> start = instance == null ? type : instance.getClass();
    for (Method method : methodsToTest(start, instance == null)) {
      if (!selected.test(signature(method))) {
        continue;
      }
      try {
        tester.testMethod(instance, method);
      } catch (AssertionError | RuntimeException e) {
        failures.add(signature(method) + ": " + firstLine(e));
      }
    }
    return failures;
  }

  /**
   * The methods NullPointerTester tests: public, with parameters, declared in the class or (for
   * instance methods) a same-package superclass; {@code equals} excluded.
   *
   * @param type the class
   * @param statics true for static methods, false for instance methods
   * @return the methods, one per signature
   */
  public static List<Method> methodsToTest(Class<?> type, boolean statics) {
    Map<String, Method> bySignature = new LinkedHashMap<>();
    for (Class<?> c = type;
        c != null && c.getPackageName().equals(type.getPackageName());
        c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())
            && Modifier.isStatic(m.getModifiers()) == statics
            && !m.isSynthetic()
            && m.getParameterCount() > 0
            && !(m.getName().equals("equals") && m.getParameterCount() == 1)) {
          String key = m.getName() + Arrays.toString(m.getParameterTypes());
          bySignature.putIfAbsent(key, m);
        }
      }
      if (statics) {
        break;
      }
    }
    return new ArrayList<>(bySignature.values());
  }

  /**
   * The public instance methods with parameters a class declares ({@code equals} excluded): if
   * there are any, a contract test needs an instance of the class.
   *
   * @param type the class
   * @return the methods
   */
  public static ImmutableList<Method> publicInstanceMethodsWithParameters(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() > 0 && !m.isSynthetic())
        .filter(m -> !m.getName().equals("equals"))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A method's signature as the contract tests name it.
   *
   * @param m the method
   * @return for example {@code "Rupiah.plus(Rupiah)"}
   */
  public static String signature(Method m) {
    return m.getDeclaringClass().getSimpleName()
        + "."
        + m.getName()
        + "("
        + Arrays.stream(m.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
