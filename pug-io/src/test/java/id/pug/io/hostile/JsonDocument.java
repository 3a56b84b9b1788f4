package id.pug.io.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import id.pug.io.json.PlanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A valid JSON document with the span of every value and, from the format's JSON Schema ({@link
 * PlanJson#schema()}), what each value is: its {@code $defs} name, whether it is required, whether
 * its object is a map. The generators of malformed input use it to aim their mutations; it reads
 * only the valid documents they start from.
 */
final class JsonDocument {
  /** The JSON type of a value. */
  enum Type {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  /** One value of the document. */
  static final class Value {
    final Type type;
    final int start;
    int end;
    final String path;
    final @Nullable Value parent;

    /** Its name in its parent object (a field name or a map key), or null in an array. */
    final @Nullable String name;

    /** Where its name's opening quote lies, or -1 when it has no name. */
    final int nameStart;

    /** 1 for the root. */
    final int depth;

    final List<Value> children = new ArrayList<>();

    /** The {@code $defs} name of its schema ({@code "id"}, {@code "budgetLine"}), or null. */
    final @Nullable String def;

    /** Its schema, resolved; null where the schema says nothing. */
    final @Nullable JsonNode schema;

    /** Whether its parent's schema requires it. */
    final boolean required;

    /** Whether it is an object the reader reads as a map (ids or enum constants as keys). */
    boolean map;

    Value(
        Type type,
        int start,
        String path,
        @Nullable Value parent,
        @Nullable String name,
        int nameStart,
        int depth,
        @Nullable String def,
        @Nullable JsonNode schema,
        boolean required) {
      this.type = type;
      this.start = start;
      this.path = path;
      this.parent = parent;
      this.name = name;
      this.nameStart = nameStart;
      this.depth = depth;
      this.def = def;
      this.schema = schema;
      this.required = required;
    }

    /** Whether the schema restricts it to constants (an enum or the format's name). */
    boolean isConstant() {
      return schema != null && (schema.has("enum") || schema.has("const"));
    }

    /** Whether it holds an element id. */
    boolean isId() {
      return "id".equals(def) && type == Type.STRING;
    }

    /** Whether it is an element's own id (its {@code id} field), not a reference to another. */
    boolean isOwnId() {
      return isId() && "id".equals(name);
    }

    /** Whether it is an object read field by field (not a map). */
    boolean isShape() {
      return type == Type.OBJECT && !map;
    }

    /** The names of the fields its schema allows, for an object. */
    List<String> allowedFields() {
      List<String> out = new ArrayList<>();
      if (schema != null && schema.has("properties")) {
        schema.get("properties").fieldNames().forEachRemaining(out::add);
      }
      return out;
    }

    /** The names its schema requires, for an object. */
    List<String> requiredFields() {
      List<String> out = new ArrayList<>();
      if (schema != null && schema.has("required")) {
        schema.get("required").forEach(n -> out.add(n.asText()));
      }
      return out;
    }
  }

  private static final JsonNode SCHEMA;
  private static final JsonNode DEFS;

  static {
    try {
      SCHEMA = new ObjectMapper().readTree(PlanJson.schema());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DEFS = SCHEMA.get("$defs");
  }

  final String text;
  final Value root;

  /** Every value, in document order, the root first. */
  final ImmutableList<Value> values;

  private final List<Value> collected = new ArrayList<>();
  private int pos;

  /**
   * Reads a valid document.
   *
   * @param text the document
   * @param rootDef the {@code $defs} name of the root: {@code "regionalPprgPlan"} or a part's
   */
  JsonDocument(String text, String rootDef) {
    this.text = text;
    skipSpace();
    this.root = value(null, null, -1, "$", 1, ref(rootDef), false);
    skipSpace();
    if (pos != text.length()) {
      throw new IllegalArgumentException("content after the document at " + pos);
    }
    this.values = ImmutableList.copyOf(collected);
  }

  private static JsonNode ref(String def) {
    return Objects.requireNonNull(DEFS.get(def), def);
  }

  /** A schema with its {@code $defs} name, after following references and choosing a branch. */
  private record Resolved(@Nullable String def, @Nullable JsonNode schema) {}

  private static Resolved resolve(@Nullable String def, @Nullable JsonNode schema, Type type) {
    String name = def;
    JsonNode node = schema;
    for (int guard = 0; node != null && guard < 20; guard++) {
      if (node.has("$ref")) {
        name = node.get("$ref").asText().replace("#/$defs/", "");
        node = DEFS.get(name);
        continue;
      }
      if (node.has("anyOf") && !node.has("type") && !node.has("properties")) {
        JsonNode chosen = null;
        for (JsonNode branch : node.get("anyOf")) {
          Resolved r = resolve(name, branch, type);
          if (r.schema() != null && matches(r.schema(), type)) {
            chosen = branch;
            break;
          }
        }
        node = chosen;
        continue;
      }
      break;
    }
    return new Resolved(name, node);
  }

  private static boolean matches(JsonNode schema, Type type) {
    String declared = schema.has("type") ? schema.get("type").asText() : "";
    return switch (type) {
      case OBJECT -> declared.equals("object") || schema.has("properties");
      case ARRAY -> declared.equals("array");
      case STRING -> declared.equals("string") || schema.has("enum") || schema.has("const");
      case NUMBER -> declared.equals("number") || declared.equals("integer");
      case BOOLEAN -> declared.equals("boolean");
      case NULL -> false;
    };
  }

  private Value value(
      @Nullable Value parent,
      @Nullable String name,
      int nameStart,
      String path,
      int depth,
      @Nullable JsonNode schema,
      boolean required) {
    char c = text.charAt(pos);
    Type type =
        switch (c) {
          case '{' -> Type.OBJECT;
          case '[' -> Type.ARRAY;
          case '"' -> Type.STRING;
          case 't', 'f' -> Type.BOOLEAN;
          case 'n' -> Type.NULL;
          default -> Type.NUMBER;
        };
    Resolved resolved = resolve(null, schema, type);
    if (resolved.def() == null && schema != null && schema.has("$ref")) {
      resolved = new Resolved(schema.get("$ref").asText().replace("#/$defs/", ""), null);
    }
    Value value =
        new Value(
            type,
            pos,
            path,
            parent,
            name,
            nameStart,
            depth,
            resolved.def(),
            resolved.schema(),
            required);
    collected.add(value);
    if (parent != null) {
      parent.children.add(value);
    }
    switch (type) {
      case OBJECT -> object(value);
      case ARRAY -> array(value);
      case STRING -> string();
      default -> literal();
    }
    value.end = pos;
    return value;
  }

  private void object(Value object) {
    JsonNode schema = object.schema;
    JsonNode additional = schema == null ? null : schema.get("additionalProperties");
    object.map =
        (additional != null && additional.isObject())
            || "gapSteps".equals(object.def)
            || "gapFactors".equals(object.def);
    pos++; // {
    skipSpace();
    if (text.charAt(pos) == '}') {
      pos++;
      return;
    }
    while (true) {
      int nameStart = pos;
      String name = string();
      skipSpace();
      expect(':');
      skipSpace();
      JsonNode child = null;
      boolean required = false;
      if (schema != null) {
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.has(name)) {
          child = properties.get(name);
        } else if (additional != null && additional.isObject()) {
          child = additional;
        }
        JsonNode requiredNames = schema.get("required");
        if (requiredNames != null) {
          for (JsonNode n : requiredNames) {
            required |= n.asText().equals(name);
          }
        }
      }
      String path = object.path + (object.map ? "['" + name + "']" : "." + name);
      value(object, name, nameStart, path, object.depth + 1, child, required);
      skipSpace();
      if (text.charAt(pos) == ',') {
        pos++;
        skipSpace();
        continue;
      }
      expect('}');
      return;
    }
  }

  private void array(Value array) {
    JsonNode items = array.schema == null ? null : array.schema.get("items");
    pos++; // [
    skipSpace();
    if (text.charAt(pos) == ']') {
      pos++;
      return;
    }
    for (int i = 0; ; i++) {
      value(array, null, -1, array.path + "[" + i + "]", array.depth + 1, items, false);
      skipSpace();
      if (text.charAt(pos) == ',') {
        pos++;
        skipSpace();
        continue;
      }
      expect(']');
      return;
    }
  }

  /** Reads a string token, returning its decoded text. */
  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> out.append(e);
      }
    }
  }

  private void literal() {
    while (pos < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
  }

  private void expect(char c) {
    if (text.charAt(pos) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + pos);
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  /** The values matching a test, in document order, without the root. */
  List<Value> where(java.util.function.Predicate<Value> test) {
    return where(test, false);
  }

  /** The values matching a test, in document order, with or without the root. */
  List<Value> where(java.util.function.Predicate<Value> test, boolean withRoot) {
    List<Value> out = new ArrayList<>();
    for (Value v : values) {
      if ((withRoot || v != root) && test.test(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /** Positions between tokens, where white space may be inserted without changing a value. */
  List<Integer> whitespacePositions() {
    boolean[] inside = new boolean[text.length() + 1];
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        int j = i + 1;
        while (text.charAt(j) != '"') {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        for (int k = i + 1; k <= j; k++) {
          inside[k] = true;
        }
        i = j + 1;
      } else if ("{}[],: \t\r\n".indexOf(c) < 0) {
        int j = i;
        while (j < text.length() && "{}[],: \t\r\n\"".indexOf(text.charAt(j)) < 0) {
          j++;
        }
        for (int k = i + 1; k < j; k++) {
          inside[k] = true;
        }
        i = j;
      } else {
        i++;
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k <= text.length(); k++) {
      if (!inside[k]) {
        out.add(k);
      }
    }
    return out;
  }
}
