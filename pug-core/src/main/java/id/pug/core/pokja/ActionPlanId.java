package id.pug.core.pokja;

import id.pug.core.Identifier;
import id.pug.core.InvalidValueException;

/**
 * The id of an action plan inside a plan.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActionPlanId extends Identifier<ActionPlanId> {
  private static final long serialVersionUID = 1L;

  private ActionPlanId(String value) {
    super(value);
  }

  /**
   * An action-plan id.
   *
   * @param value 1 to 128 letters, digits or {@code . _ : / # -}
   * @return the id
   * @throws InvalidValueException if the text is not of that form
   */
  public static ActionPlanId of(String value) {
    return new ActionPlanId(checkToken(ActionPlanId.class, value));
  }
}
