package id.pug.core.indicator;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.provenance.Source;
import id.pug.core.region.RegionCode;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published value of a gender index for a region and year, as printed, with the release it came
 * from — back series differ between release years (Kalimantan Barat's IKG 2019 is 0.582 in one
 * release and 0.566 in another), so the source matters ({@code indicators.md} §1).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class PublishedValue {
  PublishedValue() {}

  /**
   * A builder for a published value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishedValue}; required: index, region, level, year, value and a source. */
  public static final class Builder extends ImmutablePublishedValue.Builder {
    Builder() {}
  }

  /** The level of the region a value is published for. */
  public enum Level {
    /** Indonesia as a whole. */
    NATIONAL,
    /** A province. */
    PROVINCE,
    /** A kabupaten or kota. */
    REGENCY_CITY
  }

  /**
   * The index.
   *
   * @return the index
   */
  public abstract GenderIndex index();

  /**
   * The region as the source names it.
   *
   * @return for example {@code "KALIMANTAN BARAT"} or {@code "INDONESIA"}
   */
  public abstract String region();

  /**
   * The region's code, when it is in pug's region list.
   *
   * @return the code
   */
  public abstract Optional<RegionCode> regionCode();

  /**
   * The level of the region.
   *
   * @return the level
   */
  public abstract Level level();

  /**
   * The year the value refers to.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The value as printed.
   *
   * @return for example {@code 0.421}
   */
  public abstract BigDecimal value();

  /**
   * For the IDG: women's share of parliament seats, in percent, where published.
   *
   * @return the component
   */
  public abstract Optional<BigDecimal> parliamentFemalePercent();

  /**
   * For the IDG: women's share of managers, professionals and technicians, in percent, where
   * published.
   *
   * @return the component
   */
  public abstract Optional<BigDecimal> managersFemalePercent();

  /**
   * For the IDG: women's income contribution, in percent, where published.
   *
   * @return the component
   */
  public abstract Optional<BigDecimal> incomeFemalePercent();

  /**
   * The releases the value comes from.
   *
   * @return at least one source
   */
  public abstract ImmutableList<Source> sources();

  /**
   * Remarks, such as how a derived value was obtained.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * Whether the value was derived by arithmetic on published changes rather than printed as such.
   *
   * @return true if derived
   */
  public boolean isDerived() {
    return note().map(n -> n.startsWith("derived")).orElse(false);
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(PublishedValue.class, "region", region());
    InvalidValueException.checkNotBlank(PublishedValue.class, "note", note());
    InvalidValueException.check(
        !sources().isEmpty(),
        PublishedValue.class,
        "sources",
        sources(),
        "name at least one source");
  }

  /**
   * The index, region, year and value.
   *
   * @return for example {@code "IKG INDONESIA 2024 = 0.421"}
   */
  @Override
  public String toString() {
    return index() + " " + region() + " " + year() + " = " + value().toPlainString();
  }
}
