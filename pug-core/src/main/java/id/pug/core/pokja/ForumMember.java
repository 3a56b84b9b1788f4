package id.pug.core.pokja;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * A member organisation or person of a Forum PUSPA, with its sector.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class ForumMember {
  ForumMember() {}

  /**
   * The name of the organisation or person.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The sector.
   *
   * @return the sector
   */
  @Value.Parameter
  public abstract ForumSector sector();

  /**
   * A member.
   *
   * @param name the name
   * @param sector the sector
   * @return the member
   */
  public static ForumMember of(String name, ForumSector sector) {
    return ImmutableForumMember.of(name, sector);
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(ForumMember.class, "name", name());
  }
}
