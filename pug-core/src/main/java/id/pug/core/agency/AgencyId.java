package id.pug.core.agency;

import id.pug.core.Identifier;
import id.pug.core.InvalidValueException;

/**
 * The id of an agency inside a plan, chosen by the system that exports the plan (a SIPD SKPD code
 * such as {@code 2.08.0.00.0.00.01.0000}, or a short name such as {@code dp2kbpmp2a}). Budget
 * lines, instruments and Pokja members refer to their agency by this id.
 *
 * <p>Immutable and thread-safe.
 */
public final class AgencyId extends Identifier<AgencyId> {
  private static final long serialVersionUID = 1L;

  private AgencyId(String value) {
    super(value);
  }

  /**
   * An agency id.
   *
   * @param value 1 to 128 letters, digits or {@code . _ : / # -}
   * @return the id
   * @throws InvalidValueException if the text is not of that form
   */
  public static AgencyId of(String value) {
    return new AgencyId(checkToken(AgencyId.class, value));
  }
}
