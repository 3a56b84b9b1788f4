package id.pug.core;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The shared shape of pug's textual identifiers and codes: a validated string, equal only to an
 * identifier of the same class with the same text, ordered by text, shown as its text.
 *
 * <p>Subclasses validate in their factory ({@code of} or {@code parse}) and pass the text to this
 * constructor. Immutable and thread-safe.
 *
 * @param <T> the concrete identifier type
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:/#-]{0,127}");

  /** The identifier as text. */
  private final String value;

  /**
   * Creates an identifier from already validated text.
   *
   * @param value the text
   */
  protected Identifier(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * Checks the common form of an element id inside a plan: 1 to 128 letters, digits and {@code . _
   * : / # -}, starting with a letter or digit (so ids exported by SIPD or a regional app, such as
   * {@code 12345} or {@code gbs/2025/dp3a-01}, are accepted as they are).
   *
   * @param type the identifier type, for the message
   * @param text the text
   * @return the text
   * @throws InvalidValueException if the text is not of that form
   */
  protected static String checkToken(Class<?> type, String text) {
    Objects.requireNonNull(text, "text");
    if (!TOKEN.matcher(text).matches()) {
      throw InvalidValueException.of(
          type,
          text,
          "be 1 to 128 letters, digits or . _ : / # -, starting with a letter or digit");
    }
    return text;
  }

  /**
   * The identifier as text.
   *
   * @return the text
   */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((Identifier<?>) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().getName().hashCode() * 31 + value.hashCode();
  }

  /**
   * The identifier as text, as {@link #value()}.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return value;
  }
}
