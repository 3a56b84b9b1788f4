package id.pug.rules.engine;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The dates on which a rule applies, both ends included; a validation selects the rules whose
 * period contains its as-of date. A rule citing an instrument applies from the instrument's start;
 * where pug's sources give only the year, the period starts on 1 January of that year and {@link
 * #note()} says so.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class EffectivePeriod {
  EffectivePeriod() {}

  /**
   * The first day the rule applies.
   *
   * @return the start
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * The last day the rule applies, if it has stopped applying.
   *
   * @return the end, not before the start
   */
  @Value.Parameter
  public abstract Optional<LocalDate> end();

  /**
   * How the dates were chosen, in English.
   *
   * @return the note
   */
  @Value.Parameter
  public abstract Optional<String> note();

  /**
   * A period with no end.
   *
   * @param from the first day
   * @param note how the date was chosen
   * @return the period
   */
  public static EffectivePeriod from(LocalDate from, String note) {
    return ImmutableEffectivePeriod.of(from, Optional.empty(), Optional.of(note));
  }

  /**
   * A period with no end, from 1 January of a year: for an instrument whose exact date pug's
   * sources do not give.
   *
   * @param year the year of the instrument
   * @param instrument the instrument, as cited
   * @return the period
   */
  public static EffectivePeriod fromYearOf(int year, String instrument) {
    Objects.requireNonNull(instrument, "instrument");
    return from(
        LocalDate.of(year, 1, 1),
        "from 1 January "
            + year
            + ", the year of "
            + instrument
            + "; the exact date is not in pug's sources");
  }

  /**
   * A closed period.
   *
   * @param from the first day
   * @param until the last day, not before the first
   * @param note how the dates were chosen
   * @return the period
   */
  public static EffectivePeriod between(LocalDate from, LocalDate until, String note) {
    return ImmutableEffectivePeriod.of(from, Optional.of(until), Optional.of(note));
  }

  /**
   * Whether a date lies in the period.
   *
   * @param date the date
   * @return true if the rule applies on that date
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && end().map(u -> !date.isAfter(u)).orElse(true);
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(EffectivePeriod.class, "note", note());
    end()
        .ifPresent(
            u ->
                InvalidValueException.check(
                    !u.isBefore(start()),
                    EffectivePeriod.class,
                    "end",
                    u,
                    "not be before the start " + start()));
  }

  /**
   * The dates.
   *
   * @return for example {@code "2011-01-01–"} or {@code "2016-01-01–2020-12-31"}
   */
  @Override
  public String toString() {
    return start() + "–" + end().map(LocalDate::toString).orElse("");
  }
}
