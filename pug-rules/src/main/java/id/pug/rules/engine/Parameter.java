package id.pug.rules.engine;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A named parameter of a rule — a threshold, a list of codes, a switch — with its type, its default
 * and where the default comes from. A rule set configures it; the trace records the value used and
 * its basis.
 *
 * <p>Values have one canonical Java type per {@link Type}: {@code Long} for integers, {@link
 * BigDecimal} for decimals, {@code Boolean}, {@code String}, and {@code ImmutableList<String>} for
 * text lists. A parameter without a default (for a cut-off that no source confirms) leaves the rule
 * unable to decide until a user sets it. Immutable and thread-safe.
 */
public final class Parameter {
  /** The most digits a decimal value may have (and characters a number given as text). */
  public static final int MAX_DIGITS = 100;

  /** The most places after the point (or zeros before it) a decimal value may have. */
  public static final int MAX_SCALE = 1000;

  /** The type of a parameter's value. */
  public enum Type {
    /** A whole number ({@code Long}). */
    INTEGER,
    /** A decimal number ({@link BigDecimal}), such as a percentage. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A text. */
    TEXT,
    /** A list of texts, such as nomenclature codes ({@code ImmutableList<String>}). */
    TEXT_LIST
  }

  private final String name;
  private final Type type;
  private final @Nullable Object defaultValue;
  private final @Nullable BigDecimal min;
  private final @Nullable BigDecimal max;
  private final String basis;
  private final ImmutableList<String> choices;

  private Parameter(
      String name,
      Type type,
      @Nullable Object defaultValue,
      @Nullable BigDecimal min,
      @Nullable BigDecimal max,
      String basis) {
    this(name, type, defaultValue, min, max, basis, ImmutableList.of());
  }

  private Parameter(
      String name,
      Type type,
      @Nullable Object defaultValue,
      @Nullable BigDecimal min,
      @Nullable BigDecimal max,
      String basis,
      ImmutableList<String> choices) {
    if (!name.matches("[a-z][A-Za-z0-9]*")) {
      throw InvalidValueException.of(Parameter.class, "name", name, "be lowerCamelCase");
    }
    InvalidValueException.checkNotBlank(Parameter.class, "basis", basis);
    this.name = name;
    this.type = type;
    this.min = min;
    this.max = max;
    this.basis = basis;
    this.choices = choices;
    this.defaultValue = defaultValue == null ? null : normalise(defaultValue);
  }

  /**
   * A whole-number parameter.
   *
   * @param name the name, lowerCamelCase
   * @param defaultValue the default
   * @param min the smallest value allowed
   * @param basis where the default comes from
   * @return the parameter
   */
  public static Parameter integer(String name, long defaultValue, long min, String basis) {
    return new Parameter(name, Type.INTEGER, defaultValue, BigDecimal.valueOf(min), null, basis);
  }

  /**
   * A decimal parameter, such as a percentage.
   *
   * @param name the name
   * @param defaultValue the default, or {@code null} if none is confirmed
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @param basis where the default comes from, or why there is none
   * @return the parameter
   */
  public static Parameter decimal(
      String name,
      @Nullable BigDecimal defaultValue,
      BigDecimal min,
      BigDecimal max,
      String basis) {
    return new Parameter(
        name,
        Type.DECIMAL,
        defaultValue,
        Objects.requireNonNull(min, "min"),
        Objects.requireNonNull(max, "max"),
        basis);
  }

  /**
   * A switch.
   *
   * @param name the name
   * @param defaultValue the default
   * @param basis why the default is what it is
   * @return the parameter
   */
  public static Parameter bool(String name, boolean defaultValue, String basis) {
    return new Parameter(name, Type.BOOLEAN, defaultValue, null, null, basis);
  }

  /**
   * A text parameter.
   *
   * @param name the name
   * @param defaultValue the default, or {@code null} if there is none
   * @param basis where the default comes from
   * @return the parameter
   */
  public static Parameter text(String name, @Nullable String defaultValue, String basis) {
    return new Parameter(name, Type.TEXT, defaultValue, null, null, basis);
  }

  /**
   * A text parameter that takes one of a few values.
   *
   * @param name the name
   * @param defaultValue the default, one of the choices
   * @param basis where the default comes from
   * @param choices the values allowed
   * @return the parameter
   */
  public static Parameter choice(
      String name, String defaultValue, String basis, String... choices) {
    Objects.requireNonNull(defaultValue, "defaultValue");
    return new Parameter(
        name, Type.TEXT, defaultValue, null, null, basis, ImmutableList.copyOf(choices));
  }

  /**
   * A text-list parameter, such as a list of nomenclature codes.
   *
   * @param name the name
   * @param defaultValue the default
   * @param basis where the default comes from
   * @return the parameter
   */
  public static Parameter textList(String name, Collection<String> defaultValue, String basis) {
    return new Parameter(
        name, Type.TEXT_LIST, ImmutableList.copyOf(defaultValue), null, null, basis);
  }

  /**
   * The name.
   *
   * @return for example {@code "minimumSharePercent"}
   */
  public String name() {
    return name;
  }

  /**
   * The type.
   *
   * @return the type
   */
  public Type type() {
    return type;
  }

  /**
   * The default value, in its canonical type.
   *
   * @return the default, or empty if the parameter must be set to be used
   */
  public Optional<Object> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /**
   * The smallest value allowed, for numbers.
   *
   * @return the minimum
   */
  public Optional<BigDecimal> min() {
    return Optional.ofNullable(min);
  }

  /**
   * The largest value allowed, for numbers.
   *
   * @return the maximum
   */
  public Optional<BigDecimal> max() {
    return Optional.ofNullable(max);
  }

  /**
   * The values a text parameter allows.
   *
   * @return the choices; empty when any text is allowed
   */
  public ImmutableList<String> choices() {
    return choices;
  }

  /**
   * Where the default comes from (a regulation, a regional agreement, "no confirmed value").
   *
   * @return the basis, in English
   */
  public String basis() {
    return basis;
  }

  /**
   * Checks a value and converts it to the canonical type.
   *
   * @param value a value: a number ({@code Integer}, {@code Long}, {@link BigDecimal}), a boolean,
   *     a text or a collection of texts, as the type requires
   * @return the value in its canonical type
   * @throws InvalidValueException if the value has the wrong type or lies out of range, or is a
   *     decimal of more than {@value #MAX_DIGITS} digits or {@value #MAX_SCALE} places after the
   *     point (or zeros before it)
   */
  public Object normalise(Object value) {
    Objects.requireNonNull(value, "value");
    Object canonical =
        switch (type) {
          case INTEGER -> {
            if (value instanceof Integer || value instanceof Long || value instanceof Short) {
              yield ((Number) value).longValue();
            }
            throw wrongType(value, "a whole number");
          }
          case DECIMAL -> {
            if (value instanceof BigDecimal d) {
              if (d.precision() > MAX_DIGITS || Math.abs((long) d.scale()) > MAX_SCALE) {
                throw wrongType(
                    value,
                    "a decimal number of at most "
                        + MAX_DIGITS
                        + " digits and "
                        + MAX_SCALE
                        + " places after the point");
              }
              yield d;
            }
            if (value instanceof Integer || value instanceof Long) {
              yield BigDecimal.valueOf(((Number) value).longValue());
            }
            throw wrongType(value, "a decimal number");
          }
          case BOOLEAN -> {
            if (value instanceof Boolean b) {
              yield b;
            }
            throw wrongType(value, "true or false");
          }
          case TEXT -> {
            if (value instanceof String s && !s.isBlank()) {
              if (!choices.isEmpty() && !choices.contains(s)) {
                throw wrongType(value, "one of " + choices);
              }
              yield s;
            }
            throw wrongType(value, "a text that is not blank");
          }
          case TEXT_LIST -> {
            if (value instanceof Collection<?> c && c.stream().allMatch(String.class::isInstance)) {
              ImmutableList<String> list =
                  c.stream().map(String.class::cast).collect(ImmutableList.toImmutableList());
              if (list.stream().noneMatch(String::isBlank)) {
                yield list;
              }
            }
            throw wrongType(value, "a list of texts that are not blank");
          }
        };
    if (canonical instanceof Long || canonical instanceof BigDecimal) {
      BigDecimal number =
          canonical instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) canonical;
      if (min != null && number.compareTo(min) < 0) {
        throw InvalidValueException.of(
            Parameter.class, name, value, "be at least " + min.toPlainString());
      }
      if (max != null && number.compareTo(max) > 0) {
        throw InvalidValueException.of(
            Parameter.class, name, value, "be at most " + max.toPlainString());
      }
    }
    return canonical;
  }

  private InvalidValueException wrongType(Object value, String expected) {
    return InvalidValueException.of(Parameter.class, name, value, "be " + expected);
  }

  /**
   * Parses a value from text, as a command line gives it: {@code "5"}, {@code "4.5"}, {@code
   * "true"}, {@code "2.08.02.2.01,2.14.02"}.
   *
   * @param text the text
   * @return the value in its canonical type
   * @throws InvalidValueException if the text is not a value of the parameter's type or is out of
   *     range; a number longer than {@value #MAX_DIGITS} characters is refused unread
   */
  public Object parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if ((type == Type.INTEGER || type == Type.DECIMAL) && t.length() > MAX_DIGITS) {
      // never parse a huge number: reading a million digits alone takes seconds
      throw wrongType(text, "a number of at most " + MAX_DIGITS + " characters");
    }
    try {
      return switch (type) {
        case INTEGER -> normalise(Long.parseLong(t));
        case DECIMAL -> normalise(new BigDecimal(t));
        case BOOLEAN -> {
          String lower = t.toLowerCase(Locale.ROOT);
          if (lower.equals("true") || lower.equals("ya")) {
            yield Boolean.TRUE;
          }
          if (lower.equals("false") || lower.equals("tidak")) {
            yield Boolean.FALSE;
          }
          throw wrongType(text, "true or false");
        }
        case TEXT -> normalise(t);
        case TEXT_LIST ->
            normalise(
                Arrays.stream(t.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .collect(ImmutableList.toImmutableList()));
      };
    } catch (NumberFormatException e) {
      throw wrongType(text, type == Type.INTEGER ? "a whole number" : "a decimal number like 4.5");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Parameter p
        && p.name.equals(name)
        && p.type == type
        && Objects.equals(p.defaultValue, defaultValue)
        && Objects.equals(p.min, min)
        && Objects.equals(p.max, max)
        && p.basis.equals(basis)
        && p.choices.equals(choices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, defaultValue, min, max, basis, choices);
  }

  /**
   * The name, type and default.
   *
   * @return for example {@code "minimumPerAgency: INTEGER = 3"}
   */
  @Override
  public String toString() {
    return name
        + ": "
        + type
        + " = "
        + (defaultValue == null ? "(none)" : Values.plain(defaultValue));
  }
}
