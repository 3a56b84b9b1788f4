package id.pug.core.planning;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value of an indicator in one year — a baseline (kondisi awal), a target or an actual
 * (realisasi) — overall and, for sex-disaggregated indicators, for women and men (data terpilah).
 *
 * <p>SIPD records targets as a number ({@code targetoutput}) and as text ({@code targetoutputteks},
 * e.g. {@code "2 Dokumen"}); both can be kept. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class IndicatorValue {
  IndicatorValue() {}

  /**
   * A builder for a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link IndicatorValue}; required: the year and at least one of total, female, male or
   * text.
   */
  public static final class Builder extends ImmutableIndicatorValue.Builder {
    Builder() {}
  }

  /**
   * A total value in a year.
   *
   * @param year the year
   * @param total the value
   * @return the value
   */
  public static IndicatorValue of(Year year, BigDecimal total) {
    return builder().year(year).total(total).build();
  }

  /**
   * A value by sex in a year.
   *
   * @param year the year
   * @param female the value for women and girls
   * @param male the value for men and boys
   * @return the value
   */
  public static IndicatorValue bySex(Year year, BigDecimal female, BigDecimal male) {
    return builder().year(year).female(female).male(male).build();
  }

  /**
   * The year the value refers to.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The overall value.
   *
   * @return the value
   */
  public abstract Optional<BigDecimal> total();

  /**
   * The value for women and girls (perempuan).
   *
   * @return the value
   */
  public abstract Optional<BigDecimal> female();

  /**
   * The value for men and boys (laki-laki).
   *
   * @return the value
   */
  public abstract Optional<BigDecimal> male();

  /**
   * The value as text, as SIPD's {@code target…teks} fields hold it.
   *
   * @return for example {@code "2 Dokumen"}
   */
  public abstract Optional<String> text();

  /**
   * Whether the value is given for both women and men.
   *
   * @return true if both {@link #female()} and {@link #male()} are present
   */
  public boolean isSexDisaggregated() {
    return female().isPresent() && male().isPresent();
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(IndicatorValue.class, "text", text());
    InvalidValueException.check(
        total().isPresent() || female().isPresent() || male().isPresent() || text().isPresent(),
        IndicatorValue.class,
        "total",
        null,
        "be given when there is no female, male or text value");
  }
}
