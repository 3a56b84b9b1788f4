package id.pug.core.testing;

import com.google.common.collect.ImmutableList;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Comparator;

/** pug-core's main (non-test) classes, imported once from bytecode with ArchUnit. */
public final class MainClasses {
  private MainClasses() {}

  /** The root package of pug-core. */
  public static final String ROOT = "id.pug.core";

  private static final class Holder {
    static final JavaClasses CLASSES =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  /** Every main class of pug-core, including generated and nested ones. */
  public static JavaClasses all() {
    return Holder.CLASSES;
  }

  /**
   * The public classes of the API: public top-level and nested classes, enums and exceptions
   * (annotations, anonymous and local classes excluded), ordered by name.
   */
  public static ImmutableList<JavaClass> publicClasses() {
    return all().stream()
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

  /**
   * The value types: public abstract classes annotated with {@code @PugStyle} (CLASS retention, so
   * visible in bytecode only), or public classes with a public static {@code builder()} method.
   */
  public static ImmutableList<JavaClass> valueTypes() {
    return publicClasses().stream()
        .filter(
            c ->
                (c.getModifiers().contains(JavaModifier.ABSTRACT)
                        && c.isAnnotatedWith(ROOT + ".PugStyle"))
                    || c.getMethods().stream()
                        .anyMatch(
                            m ->
                                m.getName().equals("builder")
                                    && m.getRawParameterTypes().isEmpty()
                                    && m.getModifiers().contains(JavaModifier.STATIC)
                                    && m.getModifiers().contains(JavaModifier.PUBLIC)))
        .collect(ImmutableList.toImmutableList());
  }

  /** Loads a class reflectively. */
  public static Class<?> load(JavaClass javaClass) {
    try {
      return Class.forName(javaClass.getName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
