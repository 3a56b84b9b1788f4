package id.pug.core.testing;

import com.google.common.collect.ImmutableList;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The main (non-test) classes of one pug module, found in its bytecode with ArchUnit, so that the
 * contract tests of every module cover a new public class without anyone listing it.
 */
public final class ApiClasses {
  private static final Map<String, ApiClasses> BY_ROOT = new ConcurrentHashMap<>();

  private final String root;
  private final JavaClasses classes;

  private ApiClasses(String root) {
    this.root = root;
    this.classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(root);
  }

  /**
   * The main classes under a root package, imported once per root.
   *
   * @param root a module's root package, such as {@code "id.pug.rules"}
   * @return the classes
   */
  public static ApiClasses of(String root) {
    return BY_ROOT.computeIfAbsent(root, ApiClasses::new);
  }

  /** Every main class under the root, including generated and nested ones. */
  public JavaClasses all() {
    return classes;
  }

  /**
   * The public classes of the API: public top-level and nested classes (of public classes), enums
   * and exceptions; annotations, anonymous and local classes excluded; ordered by name.
   */
  public ImmutableList<JavaClass> publicClasses() {
    return classes.stream()
        .filter(c -> c.getPackageName().startsWith(root))
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> !c.isAnnotation() && !c.isAnonymousClass() && !c.isLocalClass())
        .filter(c -> !c.getSimpleName().equals("package-info"))
        .filter(
            c ->
                c.getEnclosingClass()
                    .map(e -> e.getModifiers().contains(JavaModifier.PUBLIC))
                    .orElse(true))
        .sorted(Comparator.comparing(JavaClass::getName))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@link #publicClasses()}, loaded. */
  public ImmutableList<Class<?>> publicTypes() {
    return publicClasses().stream()
        .<Class<?>>map(ApiClasses::load)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The value types: public abstract classes annotated with {@code @PugStyle} (CLASS retention, so
   * visible in bytecode only), and public classes that declare their own {@code equals(Object)}.
   */
  public ImmutableList<Class<?>> valueTypes() {
    return publicClasses().stream()
        .filter(
            c ->
                (c.getModifiers().contains(JavaModifier.ABSTRACT)
                        && c.isAnnotatedWith("id.pug.core.PugStyle"))
                    || c.getMethods().stream()
                        .anyMatch(
                            m ->
                                m.getName().equals("equals")
                                    && m.getRawParameterTypes().size() == 1
                                    && m.getRawParameterTypes()
                                        .get(0)
                                        .isEquivalentTo(Object.class)))
        .<Class<?>>map(ApiClasses::load)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Loads a class reflectively.
   *
   * @param javaClass an imported class
   * @return the class
   */
  public static Class<?> load(JavaClass javaClass) {
    try {
      return Class.forName(javaClass.getName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public String toString() {
    return "ApiClasses[" + root + "]";
  }
}
