package id.pug.core.planning;

import id.pug.core.Identifier;
import id.pug.core.InvalidValueException;

/**
 * The id of a planning document inside a plan, so that a GAP can say which document it analyses.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanningDocumentId extends Identifier<PlanningDocumentId> {
  private static final long serialVersionUID = 1L;

  private PlanningDocumentId(String value) {
    super(value);
  }

  /**
   * A planning-document id.
   *
   * @param value 1 to 128 letters, digits or {@code . _ : / # -}
   * @return the id
   * @throws InvalidValueException if the text is not of that form
   */
  public static PlanningDocumentId of(String value) {
    return new PlanningDocumentId(checkToken(PlanningDocumentId.class, value));
  }
}
