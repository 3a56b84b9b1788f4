package id.pug.core.law;

import id.pug.core.Identifier;
import id.pug.core.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The stable id of a regulation in a {@link RegulationCatalog}, such as {@code
 * permendagri-15-2008}: lowercase letters, digits and single hyphens. Ids are never reused for
 * another instrument.
 *
 * <p>Immutable and thread-safe; ordered alphabetically.
 */
public final class RegulationId extends Identifier<RegulationId> {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private RegulationId(String value) {
    super(value);
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
}
