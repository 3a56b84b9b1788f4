package id.pug.rules.engine;

import id.pug.core.InvalidValueException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where in a plan an element lies, as a finding points at it: {@code budgetLines[12].argTag},
 * {@code pokja.members[3]}, {@code agencies['dp3appkb']}. Field names follow pug-core's accessors;
 * list positions are zero-based indexes in brackets; map entries are keys in quotes. The empty path
 * is the plan itself.
 *
 * <p>Like Hibernate Validator's property paths, with list indexes, but written in one stable text
 * form that {@link #parse(String)} reads back. Immutable and thread-safe.
 *
 * <p>A path is a chain of segments, each linking to its parent: a longer path costs one small
 * object and shares its prefix, because rules make a path for every subject they check. The text
 * form is made only when asked for (a finding, a trace, a report). Serialised as its text form.
 */
public final class ElementPath implements Comparable<ElementPath>, Serializable {
  private static final long serialVersionUID = 2L;

  private static final byte ROOT_KIND = 0;
  private static final byte FIELD = 1;
  private static final byte INDEX = 2;
  private static final byte KEY = 3;

  private static final ElementPath ROOT = new ElementPath(null, ROOT_KIND, "", 0);

  /** The path without its last segment; null for the root. */
  private final transient @Nullable ElementPath parent;

  /** What the last segment is: a field, an index or a key (or nothing, for the root). */
  private final transient byte kind;

  /** The last segment's field name or key, as given; empty for an index or the root. */
  private final transient String name;

  /** The last segment's index; 0 unless it is an index. */
  private final transient int index;

  /** The number of segments. */
  private final transient int depth;

  /** The list hash of the segments' text forms, once computed (0: not yet). */
  private transient int hash;

  private ElementPath(@Nullable ElementPath parent, byte kind, String name, int index) {
    this.parent = parent;
    this.kind = kind;
    this.name = name;
    this.index = index;
    this.depth = parent == null ? 0 : parent.depth + 1;
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
    return new ElementPath(this, FIELD, name, 0);
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
    if (depth == 0) {
      throw startsWithBracket("[" + index + "]");
    }
    return new ElementPath(this, INDEX, "", index);
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
    if (depth == 0) {
      throw startsWithBracket(keySegment(key));
    }
    return new ElementPath(this, KEY, key, 0);
  }

  private static InvalidValueException startsWithBracket(String segment) {
    return InvalidValueException.of(
        ElementPath.class, "segment", segment, "follow a field, not start a path");
  }

  private static String keySegment(String key) {
    return "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The last segment as written: {@code name}, {@code [3]} or {@code ['key']}. */
  private String segment() {
    return switch (kind) {
      case FIELD -> name;
      case INDEX -> "[" + index + "]";
      case KEY -> keySegment(name);
      default -> "";
    };
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
          if (path.isRoot()) {
            throw malformed(text);
          }
          i++;
        } else if (!path.isRoot()) {
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
    return depth == 0;
  }

  /**
   * The number of segments (fields, indexes and keys).
   *
   * @return 0 for the plan itself
   */
  public int depth() {
    return depth;
  }

  /** The prefix of this path with a number of segments. */
  private ElementPath ancestor(int segments) {
    ElementPath path = this;
    while (path.depth > segments) {
      path = Objects.requireNonNull(path.parent);
    }
    return path;
  }

  /**
   * Whether this path equals another or lies inside it.
   *
   * @param prefix the other path
   * @return true if {@code prefix} is a prefix of this path
   */
  public boolean startsWith(ElementPath prefix) {
    return prefix.depth <= depth && ancestor(prefix.depth).equals(prefix);
  }

  /**
   * The text form.
   *
   * @return for example {@code "budgetLines[12].argTag"}; {@code ""} for the plan itself
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    appendTo(text);
    return text.toString();
  }

  private void appendTo(StringBuilder text) {
    if (parent == null) {
      return;
    }
    parent.appendTo(text);
    if (kind == FIELD && text.length() > 0) {
      text.append('.');
    }
    text.append(segment());
  }

  private boolean sameSegment(ElementPath other) {
    return kind == other.kind && index == other.index && name.equals(other.name);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ElementPath path) || path.depth != depth) {
      return false;
    }
    ElementPath a = this;
    ElementPath b = path;
    while (a != b) {
      if (!a.sameSegment(b)) {
        return false;
      }
      a = Objects.requireNonNull(a.parent);
      b = Objects.requireNonNull(b.parent);
    }
    return true;
  }

  /** The hash of the list of the segments' text forms, as {@link java.util.List#hashCode}. */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = parent == null ? 1 : 31 * parent.hashCode() + segment().hashCode();
      hash = h;
    }
    return h;
  }

  /** Orders by the text form. */
  @Override
  public int compareTo(ElementPath other) {
    return toString().compareTo(other.toString());
  }

  /** Serialised as its text form, read back by {@link #parse}. */
  private Object writeReplace() {
    return new SerialForm(toString());
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("an ElementPath is serialised as its text form");
  }

  /** The serial form: the text. */
  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String text;

    SerialForm(String text) {
      this.text = text;
    }

    private Object readResolve() {
      return parse(text);
    }
  }
}
