package id.pug.core.planning;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.indicator.GenderIndex;
import java.time.Year;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A performance indicator (indikator kinerja): what is measured, in which unit, from which
 * baseline, towards which targets, and whether it is sex-disaggregated — at output, result,
 * programme-outcome or goal level.
 *
 * <p>The shape follows SIPD and Renstra records: indicator, unit (satuan), baseline (kondisi awal /
 * target awal) and targets by year ({@code data/sipd_field_dictionary.csv}; {@code
 * data/contoh_indikator_program_pppa.csv}). Incomplete indicators (no baseline, no targets) are
 * allowed: completeness is a rule's job. A target year before the baseline year is meaningless and
 * rejected.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class PerformanceIndicator {
  PerformanceIndicator() {}

  /**
   * A builder for an indicator.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PerformanceIndicator}; required: name, unit and level. */
  public static final class Builder extends ImmutablePerformanceIndicator.Builder {
    Builder() {}
  }

  /**
   * The indicator as worded (tolok ukur).
   *
   * @return for example {@code "Persentase anggaran responsif gender"}
   */
  public abstract String name();

  /**
   * The unit (satuan).
   *
   * @return for example {@code "%"}, {@code "Dokumen"}, {@code "Orang"}
   */
  public abstract String unit();

  /**
   * The level it measures at.
   *
   * @return the level
   */
  public abstract IndicatorLevel level();

  /**
   * A code from an indicator list, such as SIPD's {@code 000613} ("Persentase ARG").
   *
   * @return the code
   */
  public abstract Optional<String> code();

  /**
   * Which way the indicator improves, when the document states it (for a regional IKG target: lower
   * is better; for IPG or IDG: higher is better).
   *
   * @return the direction
   */
  public abstract Optional<GenderIndex.Direction> direction();

  /**
   * Whether the indicator is defined to be measured separately for women and men.
   *
   * @return true if sex-disaggregated
   */
  @Value.Default
  public boolean sexDisaggregated() {
    return false;
  }

  /**
   * The baseline (kondisi awal) with its year.
   *
   * @return the baseline
   */
  public abstract Optional<IndicatorValue> baseline();

  /**
   * Targets by year, in year order; at most one per year.
   *
   * @return the targets
   */
  public abstract ImmutableList<IndicatorValue> targets();

  /**
   * Actual values (realisasi) by year, in year order; at most one per year.
   *
   * @return the actual values
   */
  public abstract ImmutableList<IndicatorValue> actuals();

  /**
   * The target for a year.
   *
   * @param year the year
   * @return the target, or empty
   */
  public Optional<IndicatorValue> targetFor(Year year) {
    java.util.Objects.requireNonNull(year, "year");
    for (IndicatorValue target : targets()) {
      if (target.year().equals(year)) {
        return Optional.of(target);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(PerformanceIndicator.class, "name", name());
    InvalidValueException.checkNotBlank(PerformanceIndicator.class, "unit", unit());
    InvalidValueException.checkNotBlank(PerformanceIndicator.class, "code", code());
    checkYears("targets", targets());
    checkYears("actuals", actuals());
    baseline()
        .ifPresent(
            b -> {
              for (IndicatorValue target : targets()) {
                InvalidValueException.check(
                    !target.year().isBefore(b.year()),
                    PerformanceIndicator.class,
                    "targets",
                    target.year(),
                    "not be before the baseline year " + b.year());
              }
            });
  }

  private static void checkYears(String field, ImmutableList<IndicatorValue> values) {
    Set<Year> years = new HashSet<>();
    Year previous = null;
    for (IndicatorValue value : values) {
      InvalidValueException.check(
          years.add(value.year()),
          PerformanceIndicator.class,
          field,
          value.year(),
          "hold at most one value per year");
      InvalidValueException.check(
          previous == null || value.year().isAfter(previous),
          PerformanceIndicator.class,
          field,
          value.year(),
          "be in year order");
      previous = value.year();
    }
  }

  /**
   * The name, unit and level.
   *
   * @return for example {@code "Jumlah dokumen GBS (Dokumen, OUTPUT)"}
   */
  @Override
  public String toString() {
    return name() + " (" + unit() + ", " + level() + ")";
  }
}
