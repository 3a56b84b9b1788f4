package id.pug.io.sipd;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.PugStyle;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyId;
import id.pug.core.budget.BudgetLine;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.region.RegionCode;
import java.time.Year;
import org.immutables.value.Value;

/**
 * The result of importing a SIPD sub-kegiatan budget export: the budget lines, the agencies (SKPD)
 * they belong to, and every row that was rejected with its line number and reason. Nothing is
 * dropped silently: every data row ends as part of a line or as a rejected row.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class SipdImport {
  SipdImport() {}

  static ImmutableSipdImport.Builder builder() {
    return ImmutableSipdImport.builder();
  }

  /**
   * The region whose export it is.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * The fiscal year the lines were read for.
   *
   * @return the year
   */
  public abstract Year fiscalYear();

  /**
   * The budget lines, in file order of their first row.
   *
   * @return the lines
   */
  public abstract ImmutableList<BudgetLine> lines();

  /**
   * The agencies, by SKPD code, with the name the export gives and the bidang urusan of their
   * sub-kegiatan codes.
   *
   * @return the agencies
   */
  public abstract ImmutableMap<AgencyId, Agency> agencies();

  /**
   * The rows that could not be imported.
   *
   * @return the rejected rows, in file order
   */
  public abstract ImmutableList<SipdRejectedRow> rejected();

  /**
   * Whether every row was imported.
   *
   * @return true if no row was rejected
   */
  public boolean isComplete() {
    return rejected().isEmpty();
  }

  /**
   * A plan holding the imported agencies and lines, ready to be completed (Pokja, GAP, GBS…) or
   * validated as it is.
   *
   * @return the plan
   */
  public RegionalPprgPlan toPlan() {
    return RegionalPprgPlan.builder()
        .region(region())
        .fiscalYear(fiscalYear())
        .putAllAgencies(agencies())
        .addAllBudgetLines(lines())
        .build();
  }
}
