package id.pug.core.pprg;

import id.pug.core.Identifier;
import id.pug.core.InvalidValueException;

/**
 * The stable id of a Gender Analysis Pathway (GAP) inside a plan: budget lines and the other
 * instruments of the GAP → GBS → KAK chain refer to it (see {@link GenderAnalysisPathway}).
 *
 * <p>Immutable and thread-safe.
 */
public final class GapId extends Identifier<GapId> {
  private static final long serialVersionUID = 1L;

  private GapId(String value) {
    super(value);
  }

  /**
   * An id.
   *
   * @param value 1 to 128 letters, digits or {@code . _ : / # -}
   * @return the id
   * @throws InvalidValueException if the text is not of that form
   */
  public static GapId of(String value) {
    return new GapId(checkToken(GapId.class, value));
  }
}
