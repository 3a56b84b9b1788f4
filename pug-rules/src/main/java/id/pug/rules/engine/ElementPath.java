package id.pug.rules.engine;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import java.io.Serializable;
import java.util.Objects;

/**
 * Where in a plan an element lies, as a finding points at it: {@code budgetLines[12].argTag},
 * {@code pokja.members[3]}, {@code agencies['dp3appkb']}. Field names follow pug-core's accessors;
 * list positions are zero-based indexes in brackets; map entries are keys in quotes. The empty path
 * is the plan itself.
 *
 * <p>Like Hibernate Validator's property paths, with list indexes, but written in one stable text
 * form that {@link #parse(String)} reads back. Immutable and thread-safe.
 */
public final class ElementPath implements Comparable<ElementPath>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final ElementPath ROOT = new ElementPath(ImmutableList.of());

  /** The segments: field names, indexes ({@code [3]}) and keys ({@code ['x']}), as written. */
  private final ImmutableList<String> segments;

  private ElementPath(ImmutableList<String> segments) {
    this.segments = segments;
  }

  /**
   * The path of the plan itself.
   *
   * @return the empty path
   */
  public static ElementPath root() {
    return ROOT;
  }

  /**
   * A path of fields from the plan.
   *
   * @param fields field names, such as {@code "pokja"}, {@code "decree"}
   * @return the path
   * @throws InvalidValueException if a name is not a Java identifier
   */
  public static ElementPath of(String... fields) {
    ElementPath path = ROOT;
    for (String field : fields) {
      path = path.field(field);
    }
    return path;
  }

  /**
   * A list element at a position of a list field of the plan: {@code budgetLines[12]}.
   *
   * @param field the list field
   * @param index the zero-based position
   * @return the path
   */
  public static ElementPath of(String field, int index) {
    return ROOT.field(field).index(index);
  }

  /**
   * This path followed by a field.
   *
   * @param name the field name
   * @return the longer path
   * @throws InvalidValueException if the name is not a Java identifier
   */
  public ElementPath field(String name) {
    Objects.requireNonNull(name, "name");
    if (!isIdentifier(name)) {
      throw InvalidValueException.of(ElementPath.class, "field", name, "be a Java identifier");
    }
    return append(name);
  }

  /**
   * This path followed by a list position.
   *
   * @param index the zero-based position
   * @return the longer path
   * @throws InvalidValueException if the index is negative or the path is empty
   */
  public ElementPath index(int index) {
    if (index < 0) {
      throw InvalidValueException.of(ElementPath.class, "index", index, "be >= 0");
    }
    return append("[" + index + "]");
  }

  /**
   * This path followed by a map key: {@code agencies['dp3appkb']}.
   *
   * @param key the key
   * @return the longer path
   * @throws InvalidValueException if the path is empty
   */
  public ElementPath key(String key) {
    Objects.requireNonNull(key, "key");
    return append("['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']");
  }

  /**
   * Whether a name is a field name: {@code [A-Za-z_][A-Za-z0-9_]*}, checked without a regular
   * expression because rules build a path for every subject they check.
   */
  private static boolean isIdentifier(String name) {
    int n = name.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private ElementPath append(String segment) {
    if (segments.isEmpty() && segment.startsWith("[")) {
      throw InvalidValueException.of(
          ElementPath.class, "segment", segment, "follow a field, not start a path");
    }
    return new ElementPath(
        ImmutableList.<String>builderWithExpectedSize(segments.size() + 1)
            .addAll(segments)
            .add(segment)
            .build());
  }

  /**
   * Parses the text form.
   *
   * @param text for example {@code "budgetLines[12].argTag"}, or {@code ""} for the plan
   * @return the path
   * @throws InvalidValueException if the text is not a path
   */
  public static ElementPath parse(String text) {
    Objects.requireNonNull(text, "text");
    ElementPath path = ROOT;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '[') {
        int close;
        if (i + 1 < n && text.charAt(i + 1) == '\'') {
          StringBuilder key = new StringBuilder();
          int j = i + 2;
          while (j < n && text.charAt(j) != '\'') {
            if (text.charAt(j) == '\\' && j + 1 < n) {
              j++;
            }
            key.append(text.charAt(j));
            j++;
          }
          if (j + 1 >= n || text.charAt(j + 1) != ']') {
            throw malformed(text);
          }
          path = path.key(key.toString());
          close = j + 1;
        } else {
          close = text.indexOf(']', i);
          if (close < 0) {
            throw malformed(text);
          }
          String digits = text.substring(i + 1, close);
          if (!digits.matches("\\d{1,9}")) {
            throw malformed(text);
          }
          path = path.index(Integer.parseInt(digits));
        }
        i = close + 1;
      } else {
        if (c == '.') {
          if (path.segments.isEmpty()) {
            throw malformed(text);
          }
          i++;
        } else if (!path.segments.isEmpty()) {
          throw malformed(text);
        }
        int j = i;
        while (j < n && text.charAt(j) != '.' && text.charAt(j) != '[') {
          j++;
        }
        String name = text.substring(i, j);
        if (!isIdentifier(name)) {
          throw malformed(text);
        }
        path = path.field(name);
        i = j;
      }
    }
    return path;
  }

  private static InvalidValueException malformed(String text) {
    return InvalidValueException.of(
        ElementPath.class,
        text,
        "be field names joined by dots, with [index] or ['key'] after a field, like"
            + " budgetLines[12].argTag");
  }

  /**
   * Whether this is the plan itself.
   *
   * @return true for the empty path
   */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * The number of segments (fields, indexes and keys).
   *
   * @return 0 for the plan itself
   */
  public int depth() {
    return segments.size();
  }

  /**
   * Whether this path equals another or lies inside it.
   *
   * @param prefix the other path
   * @return true if {@code prefix} is a prefix of this path
   */
  public boolean startsWith(ElementPath prefix) {
    return prefix.segments.size() <= segments.size()
        && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
  }

  /**
   * The text form.
   *
   * @return for example {@code "budgetLines[12].argTag"}; {@code ""} for the plan itself
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (String segment : segments) {
      if (text.length() > 0 && !segment.startsWith("[")) {
        text.append('.');
      }
      text.append(segment);
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ElementPath path && path.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** Orders by the text form. */
  @Override
  public int compareTo(ElementPath other) {
    return toString().compareTo(other.toString());
  }
}
