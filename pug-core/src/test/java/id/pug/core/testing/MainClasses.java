package id.pug.core.testing;

import com.google.common.collect.ImmutableList;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;

/**
 * pug-core's main (non-test) classes: {@link ApiClasses} of {@code id.pug.core}, and its value
 * types.
 */
public final class MainClasses {
  private MainClasses() {}

  /** The root package of pug-core. */
  public static final String ROOT = "id.pug.core";

  /**
   * The public classes of the API: public top-level and nested classes, enums and exceptions
   * (annotations, anonymous and local classes excluded), ordered by name.
   */
  public static ImmutableList<JavaClass> publicClasses() {
    return ApiClasses.of(ROOT).publicClasses();
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
    return ApiClasses.load(javaClass);
  }
}
