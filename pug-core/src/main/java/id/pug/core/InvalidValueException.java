package id.pug.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value was rejected at construction or parsing: it names the type, the field (when the value is
 * one attribute of a larger type), the rejected value and what was expected.
 *
 * <p>Example message: {@code RegionCode must be PP or PP.KK (two digits, a dot, two digits), was
 * "6x.01"}.
 */
public final class InvalidValueException extends PugException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_VALUE_LENGTH = 120;

  /** The simple name of the rejected type. */
  private final String typeName;

  /** The rejected field, or null when the whole value was rejected. */
  private final @Nullable String field;

  /** The rejected value as rendered in the message. */
  private final String rejectedValue;

  private InvalidValueException(
      String typeName, @Nullable String field, String rejectedValue, String message) {
    super(message);
    this.typeName = typeName;
    this.field = field;
    this.rejectedValue = rejectedValue;
  }

  /**
   * Creates the exception for a whole value (the type has a single textual form, such as {@code
   * RegionCode}).
   *
   * @param type the type whose value was rejected
   * @param value the rejected value, or {@code null} if it was missing
   * @param expectation what a valid value looks like, phrased to follow "must": {@code "be PP or
   *     PP.KK"}
   * @return the exception, to be thrown by the caller
   */
  public static InvalidValueException of(
      Class<?> type, @Nullable Object value, String expectation) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(expectation, "expectation");
    return create(type.getSimpleName(), null, value, expectation);
  }

  /**
   * Creates the exception for one field of a type.
   *
   * @param type the type whose field was rejected
   * @param field the field (attribute) name
   * @param value the rejected value, or {@code null} if it was missing
   * @param expectation what a valid value looks like, phrased to follow "must": {@code "not be
   *     blank"}
   * @return the exception, to be thrown by the caller
   */
  public static InvalidValueException of(
      Class<?> type, String field, @Nullable Object value, String expectation) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(expectation, "expectation");
    return create(type.getSimpleName(), field, value, expectation);
  }

  /**
   * Throws unless {@code condition} holds.
   *
   * @param condition the invariant
   * @param type the type being checked
   * @param field the field being checked
   * @param value the value of the field
   * @param expectation what a valid value looks like, phrased to follow "must"
   * @throws InvalidValueException if {@code condition} is false
   */
  public static void check(
      boolean condition, Class<?> type, String field, @Nullable Object value, String expectation) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(expectation, "expectation");
    if (!condition) {
      throw of(type, field, value, expectation);
    }
  }

  /**
   * Throws unless a text has a non-whitespace character.
   *
   * @param type the type being checked
   * @param field the field being checked
   * @param value the text
   * @throws InvalidValueException if the text is blank
   */
  public static void checkNotBlank(Class<?> type, String field, String value) {
    check(!value.isBlank(), type, field, value, "not be blank");
  }

  /**
   * Throws if an optional text is present but blank (omit it instead).
   *
   * @param type the type being checked
   * @param field the field being checked
   * @param value the optional text
   * @throws InvalidValueException if the text is present and blank
   */
  public static void checkNotBlank(Class<?> type, String field, Optional<String> value) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(field, "field");
    value.ifPresent(v -> check(!v.isBlank(), type, field, v, "not be blank; omit it instead"));
  }

  /**
   * Throws if any text of a collection is blank.
   *
   * @param type the type being checked
   * @param field the field being checked
   * @param values the texts
   * @throws InvalidValueException if one of them is blank
   */
  public static void checkNoneBlank(Class<?> type, String field, Iterable<String> values) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(field, "field");
    for (String value : values) {
      check(!value.isBlank(), type, field, value, "not contain blank texts");
    }
  }

  /**
   * Translates the failure of a Guava immutable-map builder that was given the same key twice
   * (which Immutables' generated builders propagate) into an {@link InvalidValueException} naming
   * the type and field; any other {@link IllegalArgumentException} is returned unchanged.
   *
   * @param type the type being built
   * @param field the map attribute, or a description of the map attributes
   * @param e the failure
   * @return the exception to throw
   */
  public static RuntimeException ofDuplicateKey(
      Class<?> type, String field, IllegalArgumentException e) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(field, "field");
    String message = String.valueOf(e.getMessage());
    String prefix = "Multiple entries with same key: ";
    if (!message.startsWith(prefix)) {
      return e;
    }
    String entry = message.substring(prefix.length());
    int equals = entry.indexOf('=');
    String key = equals < 0 ? entry : entry.substring(0, equals);
    InvalidValueException translated = of(type, field, key, "not hold the same key twice");
    translated.initCause(e);
    return translated;
  }

  private static InvalidValueException create(
      String typeName, @Nullable String field, @Nullable Object value, String expectation) {
    String shown = render(value);
    String subject = field == null ? typeName : typeName + "." + field;
    return new InvalidValueException(
        typeName, field, shown, subject + " must " + expectation + ", was " + shown);
  }

  /**
   * Renders a value for a message: strings in double quotes with control characters escaped, long
   * values cut.
   *
   * @param value the value to show
   * @return its printable form
   */
  static String render(@Nullable Object value) {
    if (value == null) {
      return "missing";
    }
    if (!(value instanceof CharSequence)) {
      return truncate(String.valueOf(value));
    }
    StringBuilder out = new StringBuilder("\"");
    String text = truncate(value.toString());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String truncate(String text) {
    if (text.length() <= MAX_VALUE_LENGTH) {
      return text;
    }
    return text.substring(0, MAX_VALUE_LENGTH) + "…(" + text.length() + " characters)";
  }

  /**
   * The simple name of the type whose value was rejected.
   *
   * @return for example {@code "RegionCode"}
   */
  public String typeName() {
    return typeName;
  }

  /**
   * The field whose value was rejected, if the value is one attribute of a larger type.
   *
   * @return the field name, or empty when the whole value was rejected
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * The rejected value as shown in the message (quoted and escaped if it was text, {@code missing}
   * if absent).
   *
   * @return the rendered value
   */
  public String rejectedValue() {
    return rejectedValue;
  }
}
