package id.pug.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.money.Rupiah;
import id.pug.io.FormatProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The state of one reading: the parser, the problems found so far, and the readers of the format's
 * kinds of value. Readers report a problem and go on wherever the structure allows; only the
 * parser's own failures (syntax, limits, input) end the reading.
 */
final class JsonIn {
  /** Marks a parser context that is a map (keys are ids or enum constants, shown in brackets). */
  private static final Object MAP = new Object();

  /** The largest scale (digits after the point, or zeros implied by a negative exponent). */
  static final int MAX_DECIMAL_SCALE = PlanJson.MAX_DECIMAL_SCALE;

  private static final int MAX_SHOWN = 60;

  final JsonParser parser;
  final String source;
  private final boolean unknownFieldsAllowed;
  private final List<FormatProblem> problems = new ArrayList<>();

  /** The locations of the fields of the object read last, by field name. */
  private ImmutableMap<String, JsonLocation> lastFields = ImmutableMap.of();

  JsonIn(JsonParser parser, String source, boolean unknownFieldsAllowed) {
    this.parser = parser;
    this.source = source;
    this.unknownFieldsAllowed = unknownFieldsAllowed;
  }

  ImmutableList<FormatProblem> problems() {
    return ImmutableList.copyOf(problems);
  }

  int problemCount() {
    return problems.size();
  }

  // ---------------------------------------------------------------------------------------------
  // Positions and problems
  // ---------------------------------------------------------------------------------------------

  /**
   * The path of the current token: {@code $.budgetLines[3].amount}. For a token that opens an
   * object or array, the path of that object or array.
   */
  String path() {
    return path(pathContext());
  }

  /** The context whose {@link #path(JsonStreamContext)} is {@link #path()}. */
  private JsonStreamContext pathContext() {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && context.getParent() != null) {
      context = context.getParent();
    }
    return context;
  }

  /**
   * The path of the object or array being read, without the name or index of its current member:
   * for a problem with a member's name itself.
   */
  String containerPath() {
    return path(parser.getParsingContext().getParent());
  }

  /**
   * The path of an element of an array, as {@link #path()} spells it while the element is read: the
   * array's own path with the element's index.
   */
  private static String elementPath(JsonStreamContext array, int index) {
    return path(array.getParent()) + "[" + index + "]";
  }

  private static String path(@Nullable JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else {
        String name = c.getCurrentName();
        if (name == null) {
          continue;
        }
        parts.add(c.getCurrentValue() == MAP ? "['" + escapeKey(name) + "']" : "." + name);
      }
    }
    StringBuilder out = new StringBuilder("$");
    for (int i = parts.size() - 1; i >= 0; i--) {
      out.append(parts.get(i));
    }
    return out.toString();
  }

  private static String escapeKey(String key) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < key.length() && i < MAX_SHOWN * 2; i++) {
      char c = key.charAt(i);
      if (c == '\'' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return key.length() > MAX_SHOWN * 2 ? out + "…" : out.toString();
  }

  /** Reports a problem at the current token. */
  void problemHere(String message) {
    problem(parser.currentTokenLocation(), path(), message);
  }

  void problem(@Nullable JsonLocation location, String path, String message) {
    int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
    int column = location == null || line == 0 ? 0 : Math.max(location.getColumnNr(), 0);
    problem(line, column, path, message);
  }

  void problem(int line, int column, String path, String message) {
    problems.add(FormatProblem.of(source, line, column, path, message));
  }

  /** Reports that the current value has the wrong JSON type, skips it, and returns null. */
  <T> @Nullable T wrongType(String expected) throws IOException {
    problemHere("expected " + expected + ", was " + found());
    parser.skipChildren();
    return null;
  }

  /** The current value as a message shows it. */
  String found() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return quote(parser.getText());
      case VALUE_NULL:
        return "null";
      default:
        return shorten(parser.getText());
    }
  }

  /** A text in double quotes, escaped, long texts cut. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    String shown = shorten(text);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_SHOWN
        ? text
        : text.substring(0, MAX_SHOWN) + "…(" + text.length() + " characters)";
  }

  // ---------------------------------------------------------------------------------------------
  // Objects, lists and maps
  // ---------------------------------------------------------------------------------------------

  /** Reads an object of a shape; builds it only if nothing inside it was wrong. */
  <B, T> @Nullable T object(ObjectShape<B, T> shape) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return wrongType("an object (" + shape.description + ")");
    }
    JsonLocation start = parser.currentTokenLocation();
    // The object's path is written only into problems: keep where it is, spell it when needed. The
    // container's context stays as it is until this object ends.
    JsonStreamContext container = pathContext();
    int before = problems.size();
    B builder = shape.newBuilder();
    Map<String, JsonLocation> seen = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonLocation nameLocation = parser.currentTokenLocation();
      JsonToken value = parser.nextToken();
      ObjectShape.Field<B, ?> field = shape.fields.get(name);
      if (field == null) {
        String reason = shape.derived.get(name);
        if (reason != null) {
          problem(nameLocation, path(), "\"" + name + "\" is not part of the format: " + reason);
        } else if (!unknownFieldsAllowed) {
          problem(
              nameLocation,
              path(),
              "unknown field "
                  + quote(name)
                  + " in "
                  + article(shape.description)
                  + "; expected one of "
                  + String.join(", ", shape.fields.keySet()));
        }
        parser.skipChildren();
        continue;
      }
      seen.put(name, parser.currentTokenLocation());
      if (value == JsonToken.VALUE_NULL) {
        problemHere("null is not allowed; omit the field instead");
        continue;
      }
      field.read(this, builder);
    }
    for (String name : shape.required) {
      if (!seen.containsKey(name)) {
        problem(
            start,
            path(container) + "." + name,
            "missing required field " + quote(name) + " in " + article(shape.description));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      T built = shape.build(builder);
      lastFields = ImmutableMap.copyOf(seen);
      return built;
    } catch (InvalidValueException e) {
      JsonLocation at = e.field().map(seen::get).orElse(start);
      String path = path(container);
      problem(
          at,
          e.field().filter(seen::containsKey).map(f -> path + "." + f).orElse(path),
          message(e));
    } catch (PugException | IllegalArgumentException | IllegalStateException e) {
      problem(start, path(container), message(e));
    }
    return null;
  }

  static String message(RuntimeException e) {
    return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
  }

  private static String article(String description) {
    return "AEIOU".indexOf(Character.toUpperCase(description.charAt(0))) >= 0
        ? "an " + description
        : "a " + description;
  }

  /** The locations of the fields of the object read last, once it was built. */
  ImmutableMap<String, JsonLocation> lastFields() {
    return lastFields;
  }

  /** Reads an array of values; problems inside are reported and the other items still read. */
  <T> @Nullable ImmutableList<T> list(ValueReader<T> item) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      return wrongType("an array");
    }
    ImmutableList.Builder<T> out = ImmutableList.builder();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      if (token == JsonToken.VALUE_NULL) {
        problemHere("null is not allowed in a list; remove it");
        continue;
      }
      @Nullable T value = item.read(this);
      if (value != null) {
        out.add(value);
      }
    }
    return out.build();
  }

  /** Reads an array of values that must not repeat. */
  <T> @Nullable ImmutableList<T> distinctList(ValueReader<T> item) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      return wrongType("an array");
    }
    Map<T, String> seen = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      if (token == JsonToken.VALUE_NULL) {
        problemHere("null is not allowed in a list; remove it");
        continue;
      }
      String path = path();
      JsonLocation location = parser.currentTokenLocation();
      @Nullable T value = item.read(this);
      if (value != null) {
        String first = seen.putIfAbsent(value, path);
        if (first != null) {
          problem(
              location,
              path,
              "duplicate value " + value + " (also at " + first + "); list it once");
        }
      }
    }
    return ImmutableList.copyOf(seen.keySet());
  }

  /**
   * Reads an array of elements with ids, reporting an id used twice at the second element's id.
   *
   * @param field the list's field name, for the message
   */
  <T> @Nullable ImmutableList<T> uniqueList(String field, ValueReader<T> item, Function<T, ?> id)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      return wrongType("an array");
    }
    ImmutableList.Builder<T> out = ImmutableList.builder();
    // Elements' paths are spelt only for a repeated id: each element's index is kept instead.
    JsonStreamContext array = parser.getParsingContext();
    Map<Object, Integer> seen = new HashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      if (token == JsonToken.VALUE_NULL) {
        problemHere("null is not allowed in a list; remove it");
        continue;
      }
      int index = Math.max(array.getCurrentIndex(), 0);
      JsonLocation location = parser.currentTokenLocation();
      @Nullable T value = item.read(this);
      if (value == null) {
        continue;
      }
      Object key = id.apply(value);
      Integer firstIndex = seen.putIfAbsent(key, index);
      if (firstIndex != null) {
        String path = elementPath(array, index);
        String first = elementPath(array, firstIndex);
        problem(
            lastFields.getOrDefault("id", location),
            path + ".id",
            "expected an id unique among "
                + field
                + ", was "
                + quote(key.toString())
                + " (also at "
                + first
                + ")");
      } else {
        out.add(value);
      }
    }
    return out.build();
  }

  /** Parses a map key; {@code null} after reporting a problem. */
  @FunctionalInterface
  interface KeyParser<K> {
    @Nullable K parse(JsonIn in, String key);
  }

  /** Reads an object used as a map: keys are ids or enum constant names, in written order. */
  <K, V> @Nullable ImmutableMap<K, V> map(KeyParser<K> keys, ValueReader<V> values)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return wrongType("an object");
    }
    parser.getParsingContext().setCurrentValue(MAP);
    Map<K, V> out = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      @Nullable K key = keys.parse(this, name); // reported at the key's own token
      JsonToken token = parser.nextToken();
      if (token == JsonToken.VALUE_NULL) {
        problemHere("null is not allowed; omit the entry instead");
        continue;
      }
      @Nullable V value = values.read(this);
      if (key != null && value != null) {
        out.put(key, value);
      }
    }
    return ImmutableMap.copyOf(out);
  }

  /** Keys parsed by a pug-core factory; its {@link InvalidValueException} becomes the problem. */
  static <K> KeyParser<K> keyOf(Function<String, K> factory) {
    return (in, key) -> {
      try {
        return factory.apply(key);
      } catch (InvalidValueException e) {
        in.problemHere(message(e));
        return null;
      }
    };
  }

  /** Keys that are constant names of an enum. */
  static <E extends Enum<E>> KeyParser<E> keyOf(Class<E> type) {
    return (in, key) -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(key)) {
          return constant;
        }
      }
      in.problemHere("expected a key among " + names(type) + ", was " + quote(key));
      return null;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Scalars
  // ---------------------------------------------------------------------------------------------

  @Nullable String text() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return wrongType("a string");
    }
    return parser.getText();
  }

  @Nullable Boolean bool() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    return wrongType("true or false");
  }

  /** A string parsed by a pug-core factory, such as an id or a code. */
  static <T> ValueReader<T> parsed(Function<String, T> factory) {
    return in -> {
      String text = in.text();
      if (text == null) {
        return null;
      }
      try {
        return factory.apply(text);
      } catch (InvalidValueException e) {
        in.problemHere(message(e));
        return null;
      }
    };
  }

  /** A constant of an enum, by its name. */
  static <E extends Enum<E>> ValueReader<E> constant(Class<E> type) {
    return in -> {
      if (in.parser.currentToken() != JsonToken.VALUE_STRING) {
        return in.wrongType("one of " + names(type));
      }
      String text = in.parser.getText();
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
      in.problemHere("expected one of " + names(type) + ", was " + quote(text));
      return null;
    };
  }

  static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  @Nullable Year year() throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() == JsonParser.NumberType.INT) {
      int value = parser.getIntValue();
      if (value >= Year.MIN_VALUE && value <= Year.MAX_VALUE) {
        return Year.of(value);
      }
    }
    return wrongType("a year as a whole number, such as 2025");
  }

  @Nullable YearMonth yearMonth() throws IOException {
    return parsedText(YearMonth::parse, "a month as YYYY-MM, such as \"2025-02\"");
  }

  @Nullable LocalDate date() throws IOException {
    return parsedText(LocalDate::parse, "a date as YYYY-MM-DD, such as \"2025-03-01\"");
  }

  /** A text value parsed by java.time; a malformed one is a problem here. */
  private <T> @Nullable T parsedText(java.util.function.Function<String, T> parse, String expected)
      throws IOException {
    String text = text();
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (DateTimeException e) {
      problemHere("expected " + expected + ", was " + quote(text));
      return null;
    }
  }

  @Nullable Rupiah rupiah() throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      long value = parser.getLongValue();
      if (value >= 0) {
        return Rupiah.of(value);
      }
    } else if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return wrongType("a whole number of rupiah from 0 to " + Long.MAX_VALUE);
    }
    return wrongType("a whole number of rupiah >= 0");
  }

  @Nullable BigDecimal decimal() throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      return wrongType("a number");
    }
    BigDecimal value = parser.getDecimalValue();
    if (Math.abs((long) value.scale()) > MAX_DECIMAL_SCALE) {
      return wrongType(
          "a number with at most "
              + MAX_DECIMAL_SCALE
              + " digits after the point or zeros implied by its exponent");
    }
    return value;
  }
}
