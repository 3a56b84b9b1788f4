package id.pug.core.planning;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import java.time.Year;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A span of whole years, both ends included: a plan period (RPJMD 2025–2029), a term of office
 * (Forum PUSPA 2026–2028) or a single fiscal year.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class YearRange {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?");

  YearRange() {}

  /**
   * The first year.
   *
   * @return the start
   */
  @Value.Parameter
  public abstract Year start();

  /**
   * The last year, included.
   *
   * @return the end
   */
  @Value.Parameter
  public abstract Year end();

  /**
   * A range.
   *
   * @param start the first year
   * @param end the last year, not before {@code start}
   * @return the range
   * @throws InvalidValueException if {@code end} is before {@code start}
   */
  public static YearRange of(Year start, Year end) {
    return ImmutableYearRange.of(start, end);
  }

  /**
   * A single year.
   *
   * @param year the year
   * @return the range of that year only
   */
  public static YearRange of(Year year) {
    return ImmutableYearRange.of(year, year);
  }

  /**
   * Parses {@code "2026-2028"}, {@code "2026–2028"} (en dash) or a single year {@code "2026"}.
   *
   * @param text the range
   * @return the range
   * @throws InvalidValueException for any other form, or an end before the start
   */
  public static YearRange parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw InvalidValueException.of(YearRange.class, text, "be YYYY or YYYY-YYYY, like 2026-2028");
    }
    Year start = Year.of(Integer.parseInt(m.group(1)));
    return of(start, m.group(2) == null ? start : Year.of(Integer.parseInt(m.group(2))));
  }

  /**
   * Whether a year lies in the range.
   *
   * @param year the year
   * @return true if {@code start <= year <= end}
   */
  public boolean contains(Year year) {
    return !year.isBefore(start()) && !year.isAfter(end());
  }

  /**
   * The number of years.
   *
   * @return at least 1
   */
  public int length() {
    return end().getValue() - start().getValue() + 1;
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        !end().isBefore(start()),
        YearRange.class,
        "end",
        end(),
        "not be before the start " + start());
  }

  /**
   * The range as text.
   *
   * @return {@code "2026–2028"}, or {@code "2026"} for one year
   */
  @Override
  public String toString() {
    return start().equals(end()) ? start().toString() : start() + "–" + end();
  }
}
