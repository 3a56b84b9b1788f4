package id.pug.core.pprg;

import id.pug.core.Identifier;
import id.pug.core.InvalidValueException;

/**
 * The stable id of terms of reference (KAK) inside a plan: budget lines and the other instruments
 * of the GAP → GBS → KAK chain refer to it (see {@link TermsOfReference}).
 *
 * <p>Immutable and thread-safe.
 */
public final class KakId extends Identifier<KakId> {
  private static final long serialVersionUID = 1L;

  private KakId(String value) {
    super(value);
  }

  /**
   * An id.
   *
   * @param value 1 to 128 letters, digits or {@code . _ : / # -}
   * @return the id
   * @throws InvalidValueException if the text is not of that form
   */
  public static KakId of(String value) {
    return new KakId(checkToken(KakId.class, value));
  }
}
