package id.pug.core.pprg;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.agency.AgencyId;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureLevel;
import id.pug.core.planning.PerformanceIndicator;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Gender Budget Statement (GBS; Pernyataan Anggaran Gender, Lembar Anggaran Responsif Gender):
 * the gender-specific accountability document showing that an activity responds to a gender issue
 * and that budget is allocated to address it (KPPPA 2012, {@code domain.md} §4.4). It carries the
 * GAP's results and is the basis of the KAK; under Permendagri 15/2008 jo. 67/2011 it is an
 * inseparable part of the RKA/DPA.
 *
 * <p>Holds both the regional format (sub-kegiatan, objective, situation analysis, achievement
 * indicators) and the K/L format (activity performance indicator IKK, output, action plan, budget
 * allocation); {@link #format()} says which the document follows. The K/L components "budget
 * allocation" and "impact" are believed, not confirmed, in the source's wording. Drafts may leave
 * parts empty. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class GenderBudgetStatement {
  GenderBudgetStatement() {}

  /**
   * A builder for a GBS.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GenderBudgetStatement}; required: id, agency and fiscal year. */
  public static final class Builder extends ImmutableGenderBudgetStatement.Builder {
    Builder() {}
  }

  /**
   * The stable id.
   *
   * @return the id
   */
  public abstract GbsId id();

  /**
   * The agency (nama perangkat daerah).
   *
   * @return the agency's id in the plan
   */
  public abstract AgencyId agency();

  /**
   * The fiscal year (tahun anggaran).
   *
   * @return the year
   */
  public abstract Year fiscalYear();

  /**
   * Which format the statement follows.
   *
   * @return regional by default
   */
  @Value.Default
  public GbsFormat format() {
    return GbsFormat.REGIONAL;
  }

  /**
   * The GAP whose results the statement carries.
   *
   * @return the GAP's id
   */
  public abstract Optional<GapId> gap();

  /**
   * The programme (program).
   *
   * @return a program-level code
   */
  public abstract Optional<NomenclatureCode> programme();

  /**
   * The activity (kegiatan).
   *
   * @return a kegiatan-level code
   */
  public abstract Optional<NomenclatureCode> activity();

  /**
   * The sub-activity (sub kegiatan; kode sub kegiatan).
   *
   * @return a sub-kegiatan-level code
   */
  public abstract Optional<NomenclatureCode> subActivity();

  /**
   * The objective (tujuan sub kegiatan / tujuan program), as reformulated in GAP step 6.
   *
   * @return the objective
   */
  public abstract Optional<String> objective();

  /**
   * The situation analysis (analisis situasi).
   *
   * @return the analysis, possibly empty
   */
  @Value.Default
  public SituationAnalysis situationAnalysis() {
    return SituationAnalysis.empty();
  }

  /**
   * K/L format: the activity performance indicator (indikator kinerja kegiatan, IKK).
   *
   * @return the IKK
   */
  public abstract Optional<String> activityIndicator();

  /**
   * K/L format: the activity's output (output kegiatan).
   *
   * @return the output
   */
  public abstract Optional<String> output();

  /**
   * Achievement indicators (capaian sub kegiatan: tolok ukur and target).
   *
   * @return the indicators
   */
  public abstract ImmutableList<PerformanceIndicator> achievementIndicators();

  /**
   * The action plan (rencana aksi): only components that directly change conditions towards
   * equality.
   *
   * @return the actions
   */
  public abstract ImmutableList<GbsAction> actionPlan();

  /**
   * The budget allocated (alokasi anggaran / jumlah anggaran).
   *
   * @return the amount
   */
  public abstract Optional<Rupiah> budget();

  /**
   * The expected impact or result of the output (dampak/hasil).
   *
   * @return the impact
   */
  public abstract Optional<String> expectedImpact();

  @Value.Check
  void check() {
    checkLevel("programme", programme(), NomenclatureLevel.PROGRAM);
    checkLevel("activity", activity(), NomenclatureLevel.KEGIATAN);
    checkLevel("subActivity", subActivity(), NomenclatureLevel.SUB_KEGIATAN);
    InvalidValueException.checkNotBlank(GenderBudgetStatement.class, "objective", objective());
    InvalidValueException.checkNotBlank(
        GenderBudgetStatement.class, "activityIndicator", activityIndicator());
    InvalidValueException.checkNotBlank(GenderBudgetStatement.class, "output", output());
    InvalidValueException.checkNotBlank(
        GenderBudgetStatement.class, "expectedImpact", expectedImpact());
    Rupiah.checkNotNegative(GenderBudgetStatement.class, "budget", budget());
  }

  private static void checkLevel(
      String field, Optional<NomenclatureCode> code, NomenclatureLevel level) {
    code.ifPresent(
        c ->
            InvalidValueException.check(
                c.level() == level,
                GenderBudgetStatement.class,
                field,
                c,
                "be a " + level.label() + " code"));
  }

  /**
   * The id and subject.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "GBS " + id() + subActivity().or(this::activity).map(s -> " on " + s).orElse("");
  }
}
