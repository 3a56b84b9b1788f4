package id.pug.rules.engine;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer (RFC 8259) for pug's versioned outputs — the trace ({@code
 * pug.trace.v1}) and the rule listing — so pug-rules needs no JSON library. It only writes; it
 * escapes every control character, quote and backslash, and the characters U+2028 and U+2029.
 *
 * <p>Not thread-safe: one writer per document.
 */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private final boolean pretty;

  /** For each open container: whether anything was written in it yet. */
  private final Deque<boolean[]> open = new ArrayDeque<>();

  private boolean afterName;

  private JsonWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * A writer producing compact JSON.
   *
   * @return the writer
   */
  public static JsonWriter compact() {
    return new JsonWriter(false);
  }

  /**
   * A writer producing indented JSON, two spaces per level.
   *
   * @return the writer
   */
  public static JsonWriter pretty() {
    return new JsonWriter(true);
  }

  /**
   * Opens an object.
   *
   * @return this writer
   */
  public JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    open.push(new boolean[] {false});
    return this;
  }

  /**
   * Closes an object.
   *
   * @return this writer
   */
  public JsonWriter endObject() {
    return close('}');
  }

  /**
   * Opens an array.
   *
   * @return this writer
   */
  public JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    open.push(new boolean[] {false});
    return this;
  }

  /**
   * Closes an array.
   *
   * @return this writer
   */
  public JsonWriter endArray() {
    return close(']');
  }

  /**
   * Writes a member name; the next call writes its value.
   *
   * @param name the name
   * @return this writer
   */
  public JsonWriter name(String name) {
    beforeValue();
    string(name);
    out.append(pretty ? ": " : ":");
    afterName = true;
    return this;
  }

  /**
   * Writes a string.
   *
   * @param value the string
   * @return this writer
   */
  public JsonWriter value(String value) {
    beforeValue();
    string(value);
    return this;
  }

  /**
   * Writes a whole number.
   *
   * @param value the number
   * @return this writer
   */
  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /**
   * Writes a decimal number, exactly.
   *
   * @param value the number
   * @return this writer
   */
  public JsonWriter value(BigDecimal value) {
    beforeValue();
    out.append(value.toPlainString());
    return this;
  }

  /**
   * Writes a boolean.
   *
   * @param value the boolean
   * @return this writer
   */
  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /**
   * Writes {@code null}.
   *
   * @return this writer
   */
  public JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  /**
   * The document written so far.
   *
   * @return the JSON text
   * @throws IllegalStateException if a container is still open
   */
  public String toJson() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("JSON document has " + open.size() + " open containers");
    }
    return out.toString();
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    boolean[] container = open.peek();
    if (container != null) {
      if (container[0]) {
        out.append(',');
      }
      container[0] = true;
      newline(open.size());
    }
  }

  private JsonWriter close(char bracket) {
    if (open.isEmpty()) {
      throw new IllegalStateException("no open container to close");
    }
    boolean[] container = open.pop();
    if (container[0]) {
      newline(open.size());
    }
    out.append(bracket);
    return this;
  }

  private void newline(int depth) {
    if (pretty) {
      out.append('\n');
      for (int i = 0; i < depth; i++) {
        out.append("  ");
      }
    }
  }

  private void string(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
