package id.pug.core.planning;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.agency.AgencyId;
import id.pug.core.region.RegionCode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A regional planning or budgeting document — RPJMD, Renstra PD, RKPD, Renja PD, RKA or DPA — with
 * its region, agency (for an agency's document), period and programmes.
 *
 * <p>Region-wide documents (RPJMD, RKPD) name no agency; an annual document covers one year. A
 * draft may lack its agency or programmes: completeness is checked by rules. Immutable and
 * thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class PlanningDocument {
  PlanningDocument() {}

  /**
   * A builder for a planning document.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanningDocument}; required: id, kind, region and period. */
  public static final class Builder extends ImmutablePlanningDocument.Builder {
    Builder() {}
  }

  /**
   * The id inside the plan.
   *
   * @return the id
   */
  public abstract PlanningDocumentId id();

  /**
   * The kind of document.
   *
   * @return the kind
   */
  public abstract PlanningDocumentKind kind();

  /**
   * The region.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * The agency, for an agency's document (Renstra PD, Renja PD, RKA, DPA).
   *
   * @return the agency's id in the plan
   */
  public abstract Optional<AgencyId> agency();

  /**
   * The years covered: one year for an annual document.
   *
   * @return the period
   */
  public abstract YearRange period();

  /**
   * The title as written.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * The programmes.
   *
   * @return the programmes, each code once
   */
  public abstract ImmutableList<Programme> programmes();

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(PlanningDocument.class, "title", title());
    InvalidValueException.check(
        kind().scope() == PlanningDocumentKind.Scope.AGENCY || agency().isEmpty(),
        PlanningDocument.class,
        "agency",
        agency().orElse(null),
        "be absent for a region-wide " + kind());
    InvalidValueException.check(
        !kind().isAnnual() || period().length() == 1,
        PlanningDocument.class,
        "period",
        period(),
        "be one year for an annual " + kind());
    Set<Object> codes = new HashSet<>();
    for (Programme programme : programmes()) {
      InvalidValueException.check(
          codes.add(programme.code()),
          PlanningDocument.class,
          "programmes",
          programme.code(),
          "not repeat a programme code");
    }
  }

  /**
   * The kind, id and period.
   *
   * @return for example {@code "RENJA_PD renja-dp3a-2025 (2025)"}
   */
  @Override
  public String toString() {
    return kind() + " " + id() + " (" + period() + ")";
  }
}
