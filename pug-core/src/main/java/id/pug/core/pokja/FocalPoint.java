package id.pug.core.pokja;

import id.pug.core.PugStyle;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.Official;
import id.pug.core.law.Decree;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A PUG focal point: an official of an agency able to carry out PUG in their unit, the "spearhead"
 * of PUG in the agency (Permendagri 67/2011 as quoted; {@code domain.md} §2.2, §7.2). Appointed by
 * decree — signed by the head of the agency in Parepare's practice, by the Bupati in Murung Raya's
 * [S].
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class FocalPoint {
  FocalPoint() {}

  /**
   * A builder for a focal point.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FocalPoint}; required: the official. */
  public static final class Builder extends ImmutableFocalPoint.Builder {
    Builder() {}
  }

  /**
   * The official.
   *
   * @return the official
   */
  public abstract Official official();

  /**
   * The appointing decree.
   *
   * @return the decree
   */
  public abstract Optional<Decree> decree();

  /**
   * The agency the focal point serves: the official's agency.
   *
   * @return the agency's id in the plan
   */
  public AgencyId agency() {
    return official().agency();
  }
}
