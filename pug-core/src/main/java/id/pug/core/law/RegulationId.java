package id.pug.core.law;

import id.pug.core.InvalidValueException;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The stable id of a regulation in a {@link RegulationCatalog}, such as {@code
 * permendagri-15-2008}: lowercase letters, digits and single hyphens. Ids are never reused for
 * another instrument.
 *
 * <p>Immutable and thread-safe; ordered alphabetically.
 */
public final class RegulationId implements Comparable<RegulationId>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** The id as text. */
  private final String value;

  private RegulationId(String value) {
    this.value = value;
  }

  /**
   * Parses an id.
   *
   * @param text for example {@code "inpres-9-2000"}
   * @return the id
   * @throws InvalidValueException if the text is not lowercase letters and digits joined by single
   *     hyphens
   */
  public static RegulationId of(String text) {
    if (!FORM.matcher(text).matches()) {
      throw InvalidValueException.of(
          RegulationId.class,
          text,
          "be lowercase letters and digits joined by single hyphens, like inpres-9-2000");
    }
    return new RegulationId(text);
  }

  /**
   * The id as text.
   *
   * @return the id
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(RegulationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegulationId && ((RegulationId) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The id as text, as {@link #value()}.
   *
   * @return the id
   */
  @Override
  public String toString() {
    return value;
  }
}
