package id.pug.core.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimap;
import com.google.common.testing.EqualsTester;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The contract every public type of pug keeps, checked by reflection on classes and samples: no
 * mutable public state, no setters outside builders, collections handed out unmodifiable, a {@code
 * toString} without surprises, and equality that follows every attribute. Shared by the contract
 * tests of every module, which find their types in bytecode ({@link ApiClasses}).
 */
public final class ValueContract {
  private ValueContract() {}

  private static final Pattern OBJECT_TO_STRING = Pattern.compile("^[\\w.$]+@[0-9a-f]+$");
  private static final Pattern SETTER = Pattern.compile("^set[A-Z].*");

  /**
   * Structural immutability of a public class: every public field is final; a public constant is no
   * array and no modifiable collection; no public {@code setX} method outside builders.
   *
   * @param type a public class
   * @return one line per problem; empty if none
   */
  public static List<String> structureProblems(Class<?> type) {
    List<String> problems = new ArrayList<>();
    for (Field f : type.getDeclaredFields()) {
      if (!Modifier.isPublic(f.getModifiers()) || f.isSynthetic()) {
        continue;
      }
      String name = type.getSimpleName() + "." + f.getName();
      if (!Modifier.isFinal(f.getModifiers())) {
        problems.add(name + " is a public field that is not final");
        continue;
      }
      if (f.getType().isArray()) {
        problems.add(name + " is a public array, whose elements anyone can change");
      }
      if (Modifier.isStatic(f.getModifiers()) && !f.getType().isArray()) {
        try {
          Object value = f.get(null);
          if (value != null && !isUnmodifiable(value)) {
            problems.add(name + " holds a modifiable " + value.getClass().getName());
          }
        } catch (IllegalAccessException e) {
          problems.add(name + " cannot be read: " + e.getMessage());
        }
      }
    }
    if (!isBuilder(type)) {
      for (Method m : type.getMethods()) {
        if (!Modifier.isStatic(m.getModifiers())
            && SETTER.matcher(m.getName()).matches()
            && m.getParameterCount() == 1
            && m.getDeclaringClass().getName().startsWith("id.pug.")) {
          problems.add(NullContract.signature(m) + " is a setter on a type that is not a builder");
        }
      }
    }
    return problems;
  }

  /**
   * Checks an instance: its fields are final (for the classes of pug that it is an instance of),
   * and every public no-argument method returning a collection, a map or a multimap returns one
   * that refuses changes.
   *
   * @param value an instance of a public value type
   * @return one line per problem; empty if none
   */
  public static List<String> instanceProblems(Object value) {
    List<String> problems = new ArrayList<>();
    for (Class<?> c = value.getClass();
        c != null && c.getName().startsWith("id.pug.");
        c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())
            && !Modifier.isFinal(f.getModifiers())
            && !f.isSynthetic()
            && !isLazyCache(f)) {
          problems.add(c.getSimpleName() + "." + f.getName() + " is not final");
        }
      }
    }
    for (Method m : value.getClass().getMethods()) {
      if (Modifier.isStatic(m.getModifiers())
          || m.getParameterCount() != 0
          || !m.getDeclaringClass().getName().startsWith("id.pug.")) {
        continue;
      }
      Class<?> returned = m.getReturnType();
      if (Collection.class.isAssignableFrom(returned)
          || Map.class.isAssignableFrom(returned)
          || Multimap.class.isAssignableFrom(returned)) {
        Object result = invoke(m, value);
        if (result != null && !isUnmodifiable(result)) {
          problems.add(
              NullContract.signature(m) + " returns a modifiable " + result.getClass().getName());
        }
      }
    }
    return problems;
  }

  /**
   * Checks {@code toString}: it names something (not Object's {@code Type@hash}), is not blank,
   * does not reveal the generated {@code Immutable*} class, and equal values print the same.
   *
   * @param value a value
   * @param equalCopy a value equal to it, built separately
   * @return one line per problem; empty if none
   */
  public static List<String> toStringProblems(Object value, Object equalCopy) {
    List<String> problems = new ArrayList<>();
    String text = value.toString();
    String type = value.getClass().getSimpleName();
    if (text == null || text.isBlank()) {
      problems.add(type + ".toString() is blank");
      return problems;
    }
    if (OBJECT_TO_STRING.matcher(text).matches()) {
      problems.add(type + ".toString() is Object's default: " + text);
    }
    if (text.contains("Immutable" + stripImmutable(type))) {
      problems.add(type + ".toString() reveals the generated class: " + abbreviate(text));
    }
    if (!text.equals(equalCopy.toString())) {
      problems.add(type + ".toString() differs between equal values: " + abbreviate(text));
    }
    return problems;
  }

  /**
   * The attributes of an Immutables value type on which two samples agree: each must differ so that
   * {@link #testEquality(Supplier, Object)} changes every attribute.
   *
   * @param a a sample
   * @param b another sample of the same type
   * @return the attribute names with equal values in both
   */
  public static ImmutableSet<String> sharedAttributes(Object a, Object b) {
    return Samples.attributesOf(a).stream()
        .filter(attribute -> Objects.equals(Samples.get(a, attribute), Samples.get(b, attribute)))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Finds, among samples of one Immutables value type, two that differ in every attribute.
   *
   * @param candidates samples, for example every finding of some reports
   * @param <T> the value type
   * @return the first such pair, in candidate order
   * @throws AssertionError if there is none, naming the attributes the closest pair shares
   */
  public static <T> List<T> differingPair(List<T> candidates) {
    @Nullable ImmutableSet<String> closest = null;
    for (int i = 0; i < candidates.size(); i++) {
      for (int j = i + 1; j < candidates.size(); j++) {
        ImmutableSet<String> shared = sharedAttributes(candidates.get(i), candidates.get(j));
        if (shared.isEmpty()) {
          return List.of(candidates.get(i), candidates.get(j));
        }
        if (closest == null || shared.size() < closest.size()) {
          closest = shared;
        }
      }
    }
    throw new AssertionError(
        "no two of "
            + candidates.size()
            + " samples differ in every attribute; the closest pair shares "
            + closest);
  }

  /**
   * The equality contract of an Immutables value type by a pair of samples that differ in every
   * attribute: two copies of {@code a} are equal with equal hash codes; {@code b} and each copy of
   * {@code a} with one attribute taken from {@code b} (through the generated {@code withX}, which
   * runs the type's checks) are unequal to {@code a} and to each other.
   *
   * @param a makes equal copies of one sample
   * @param b another sample of the same type, differing in every attribute
   * @param <T> the value type
   */
  public static <T> void testEquality(Supplier<T> a, T b) {
    T first = a.get();
    List<Object> bGroup = new ArrayList<>(List.of(b));
    List<Object> variants = new ArrayList<>();
    for (String attribute : Samples.attributesOf(first)) {
      Object variant = Samples.with(first, attribute, Samples.get(b, attribute));
      // A type with one attribute: its variant is b itself, and belongs in b's group.
      (variant.equals(b) ? bGroup : variants).add(variant);
    }
    EqualsTester tester =
        new EqualsTester().addEqualityGroup(a.get(), a.get()).addEqualityGroup(bGroup.toArray());
    variants.forEach(tester::addEqualityGroup);
    tester.testEquals();
  }

  /**
   * Whether a value refuses changes: Guava's and the JDK's immutable collections and maps, and
   * objects of other kinds (not collections) are accepted; a collection or map that can be cleared
   * is not.
   */
  static boolean isUnmodifiable(Object value) {
    try {
      if (value instanceof Collection<?> c) {
        c.clear();
        return false;
      }
      if (value instanceof Map<?, ?> m) {
        m.clear();
        return false;
      }
      if (value instanceof Multimap<?, ?> m) {
        m.clear();
        return false;
      }
    } catch (UnsupportedOperationException expected) {
      return true;
    }
    return !(value instanceof Object[]);
  }

  private static boolean isBuilder(Class<?> type) {
    return type.getSimpleName().endsWith("Builder");
  }

  // Immutables caches a lazy hash code or derived value in a non-final field; it is never visible.
  private static boolean isLazyCache(Field f) {
    return Modifier.isPrivate(f.getModifiers())
        && (Modifier.isTransient(f.getModifiers()) || Modifier.isVolatile(f.getModifiers()));
  }

  private static Object invoke(Method m, Object value) {
    try {
      m.setAccessible(true);
      return m.invoke(value);
    } catch (IllegalAccessException e) {
      throw new LinkageError(e.getMessage(), e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(NullContract.signature(m) + " failed on " + value, e.getCause());
    }
  }

  private static String stripImmutable(String name) {
    return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
  }

  private static String abbreviate(String text) {
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }

  /** Lists the problems of several checks, for one assertion message. */
  public static ImmutableList<String> all(List<List<String>> lists) {
    return lists.stream().flatMap(List::stream).collect(ImmutableList.toImmutableList());
  }
}
