package id.pug.core.law;

import com.google.common.collect.ImmutableList;
import id.pug.core.PugStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The status of an instrument on a day, with the reason: the answer of {@link
 * RegulationCatalog#statusOn}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class LegalStatus {
  LegalStatus() {}

  /**
   * The instrument.
   *
   * @return its id
   */
  public abstract RegulationId regulation();

  /**
   * The day asked about.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The state on that day.
   *
   * @return the state
   */
  public abstract LegalState state();

  /**
   * The catalogued instrument that replaced it, if that is why it is no longer in force.
   *
   * @return the replacing instrument's id
   */
  public abstract Optional<RegulationId> replacedBy();

  /**
   * The catalogued instruments amending it that had taken effect by that day (or may have, where
   * only their year is known), oldest first.
   *
   * @return the amending instruments' ids
   */
  public abstract ImmutableList<RegulationId> amendedBy();

  /**
   * Whether the sources confirm the facts this answer rests on: the instrument's existence and
   * status, and the dates of it and of the instruments replacing or amending it where the day
   * matters (an unconfirmed day of issue matters only within the year of issue).
   *
   * @return false if any of them is unconfirmed
   */
  public abstract boolean confirmed();

  /**
   * Why, in English.
   *
   * @return the reason, for example {@code "replaced by permendagri-15-2008, in force from 2008"}
   */
  public abstract String reason();

  /**
   * Whether the instrument was in force on that day.
   *
   * @return true only for {@link LegalState#IN_FORCE}
   */
  public boolean isInForce() {
    return state() == LegalState.IN_FORCE;
  }
}
