package id.pug.core.budget;

import id.pug.core.Identifier;
import id.pug.core.InvalidValueException;

/**
 * The id of a budget line inside a plan, such as SIPD's {@code id_sub_bl} or {@code kode_sbl}.
 *
 * <p>Immutable and thread-safe.
 */
public final class BudgetLineId extends Identifier<BudgetLineId> {
  private static final long serialVersionUID = 1L;

  private BudgetLineId(String value) {
    super(value);
  }

  /**
   * A budget-line id.
   *
   * @param value 1 to 128 letters, digits or {@code . _ : / # -}
   * @return the id
   * @throws InvalidValueException if the text is not of that form
   */
  public static BudgetLineId of(String value) {
    return new BudgetLineId(checkToken(BudgetLineId.class, value));
  }
}
