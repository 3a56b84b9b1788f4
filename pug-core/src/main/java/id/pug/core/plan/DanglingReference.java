package id.pug.core.plan;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * A cross-reference in a plan that points nowhere: the element that refers (by path, such as {@code
 * budgetLines[12].argTag.gbs}), the kind of element it refers to, and the missing id. Plans may
 * hold dangling references — an auditor validates drafts and exports as they are — and rules report
 * them.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class DanglingReference {
  DanglingReference() {}

  /**
   * The path of the referring attribute, with 0-based list indexes.
   *
   * @return for example {@code "budgetLines[12].argTag.gbs"}
   */
  @Value.Parameter
  public abstract String path();

  /**
   * The kind of element referred to.
   *
   * @return for example {@code "GenderBudgetStatement"}
   */
  @Value.Parameter
  public abstract String targetType();

  /**
   * The id that was not found.
   *
   * @return the id as text
   */
  @Value.Parameter
  public abstract String targetId();

  /**
   * A dangling reference.
   *
   * @param path the referring attribute's path
   * @param targetType the kind of element referred to
   * @param targetId the missing id
   * @return the reference
   */
  public static DanglingReference of(String path, String targetType, String targetId) {
    return ImmutableDanglingReference.of(path, targetType, targetId);
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(DanglingReference.class, "path", path());
    InvalidValueException.checkNotBlank(DanglingReference.class, "targetType", targetType());
    InvalidValueException.checkNotBlank(DanglingReference.class, "targetId", targetId());
  }

  /**
   * The path and the missing target.
   *
   * @return for example {@code "budgetLines[12].argTag.gbs → GenderBudgetStatement gbs-9
   *     (missing)"}
   */
  @Override
  public String toString() {
    return path() + " → " + targetType() + " " + targetId() + " (missing)";
  }
}
