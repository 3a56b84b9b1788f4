package id.pug.core.budget;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.agency.AgencyId;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureLevel;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.PerformanceIndicator;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget line: the ceiling (pagu) of one sub-kegiatan of one agency in one fiscal year, with its
 * funding sources, locations, output indicator and, if the line is gender-responsive, its ARG tag —
 * the SIPD {@code sub_bl} record ({@code budget-notes.md} §4, {@code
 * data/sipd_field_dictionary.csv}).
 *
 * <p>A negative amount is meaningless and rejected ({@code BudgetLine.amount must be >= 0, was
 * -Rp5}); funding sources that do not add up to the amount are a rule's finding, not a construction
 * error. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class BudgetLine {
  BudgetLine() {}

  /**
   * A builder for a budget line.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BudgetLine}; required: id, fiscal year, agency, sub-kegiatan code and amount.
   */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}
  }

  /**
   * The id inside the plan.
   *
   * @return the id
   */
  public abstract BudgetLineId id();

  /**
   * The fiscal year (tahun anggaran).
   *
   * @return the year
   */
  public abstract Year fiscalYear();

  /**
   * The agency (SKPD) that spends it.
   *
   * @return the agency's id in the plan
   */
  public abstract AgencyId agency();

  /**
   * The sub-kegiatan code ({@code kode_sub_giat}).
   *
   * @return a sub-kegiatan-level code
   */
  public abstract NomenclatureCode subActivity();

  /**
   * The sub-kegiatan name as the export writes it ({@code nama_sub_giat}).
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * The ceiling (pagu) for the year.
   *
   * @return the amount, at least zero
   */
  public abstract Rupiah amount();

  /**
   * The funding sources with their amounts.
   *
   * @return the funding sources
   */
  public abstract ImmutableList<FundingSource> fundingSources();

  /**
   * Where the money is spent.
   *
   * @return the locations
   */
  public abstract ImmutableList<Location> locations();

  /**
   * The output (keluaran) indicator with its target.
   *
   * @return an indicator at {@link IndicatorLevel#OUTPUT}
   */
  public abstract Optional<PerformanceIndicator> outputIndicator();

  /**
   * The gender-responsive budget tag, if the line is tagged.
   *
   * @return the tag
   */
  public abstract Optional<ArgTag> argTag();

  /**
   * Whether the line is tagged as gender-responsive.
   *
   * @return true if it has an ARG tag
   */
  public boolean isTagged() {
    return argTag().isPresent();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        subActivity().level() == NomenclatureLevel.SUB_KEGIATAN,
        BudgetLine.class,
        "subActivity",
        subActivity(),
        "be a sub_kegiatan code");
    InvalidValueException.checkNotBlank(BudgetLine.class, "name", name());
    InvalidValueException.check(
        !amount().isNegative(), BudgetLine.class, "amount", amount(), "be >= 0");
    outputIndicator()
        .ifPresent(
            i ->
                InvalidValueException.check(
                    i.level() == IndicatorLevel.OUTPUT,
                    BudgetLine.class,
                    "outputIndicator",
                    i.name() + " (" + i.level() + ")",
                    "be an OUTPUT (keluaran) indicator"));
  }

  /**
   * The id, sub-kegiatan and amount.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "BudgetLine " + id() + " " + subActivity() + " " + amount();
  }
}
