package id.pug.core.agency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureLevel;
import id.pug.core.provenance.Source;
import id.pug.core.region.RegionCode;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A regional government agency (perangkat daerah, OPD/SKPD): its name, acronym, region, the urusan
 * it carries and the PUG {@link AgencyRole roles} that follow.
 *
 * <p>Roles are derived from the urusan ({@code 2.08} → women's empowerment and child protection),
 * so that DP3APPKB, DP3AKB and DKP3A all carry that role whatever their acronym ({@code
 * budget-notes.md} §5). Roles with no urusan code in pug's sources (finance, inspectorate) are
 * declared.
 *
 * <p>Build one with {@link #builder()}; known Kalimantan agencies come from {@link
 * AgencyCatalog#kalimantan()}. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Agency {
  Agency() {}

  /**
   * A builder for an agency.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agency}; required: name, region, and at least one urusan or declared role. */
  public static final class Builder extends ImmutableAgency.Builder {
    Builder() {}
  }

  /**
   * The full name (nama perangkat daerah).
   *
   * @return for example {@code "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian
   *     Penduduk dan Keluarga Berencana"}
   */
  public abstract String name();

  /**
   * The acronym the agency uses.
   *
   * @return for example {@code "DP3APPKB"}
   */
  public abstract Optional<String> acronym();

  /**
   * The region whose government the agency belongs to.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * The bidang urusan (or unsur penunjang) codes the agency carries.
   *
   * @return codes such as {@code 2.08}, {@code 2.14}, {@code 5.01}
   */
  public abstract ImmutableSet<NomenclatureCode> urusan();

  /**
   * Roles declared directly, for affairs whose code pug's sources do not give (finance,
   * inspectorate).
   *
   * @return the declared roles
   */
  public abstract ImmutableSet<AgencyRole> declaredRoles();

  /**
   * Whether a source gives the full name; false when it is expanded from the acronym.
   *
   * @return true if the name is confirmed
   */
  @Value.Default
  public boolean nameConfirmed() {
    return true;
  }

  /**
   * The latest year a source shows the agency under this name (names change with reorganisations).
   *
   * @return the year
   */
  public abstract Optional<Year> lastSeen();

  /**
   * Remarks, in English.
   *
   * @return the notes
   */
  public abstract ImmutableList<String> notes();

  /**
   * Where the facts come from (empty for an agency a user builds).
   *
   * @return the sources
   */
  public abstract ImmutableList<Source> sources();

  /**
   * Every PUG role of the agency: those carried by its urusan, and those declared.
   *
   * @return the roles
   */
  @Value.Derived
  public ImmutableSet<AgencyRole> roles() {
    return AgencyRole.rolesOf(urusan(), declaredRoles());
  }

  /**
   * Whether the agency plays a role.
   *
   * @param role the role
   * @return true if it plays it
   */
  public boolean hasRole(AgencyRole role) {
    Objects.requireNonNull(role, "role");
    return roles().contains(role);
  }

  /**
   * The acronym if there is one, else the name.
   *
   * @return a short display name
   */
  public String shortName() {
    return acronym().orElse(name());
  }

  @Value.Check
  void check() {
    InvalidValueException.check(!name().isBlank(), Agency.class, "name", name(), "not be blank");
    acronym()
        .ifPresent(
            a ->
                InvalidValueException.check(
                    !a.isBlank(), Agency.class, "acronym", a, "not be blank"));
    for (NomenclatureCode code : urusan()) {
      InvalidValueException.check(
          code.level() == NomenclatureLevel.BIDANG_URUSAN,
          Agency.class,
          "urusan",
          code,
          "hold bidang urusan codes (U.BB) such as 2.08");
    }
    InvalidValueException.check(
        !urusan().isEmpty() || !declaredRoles().isEmpty(),
        Agency.class,
        "urusan",
        urusan(),
        "not be empty when no role is declared");
    Sets.SetView<AgencyRole> derivable =
        Sets.intersection(declaredRoles(), AgencyRole.rolesOf(urusan(), ImmutableSet.of()));
    InvalidValueException.check(
        derivable.isEmpty(),
        Agency.class,
        "declaredRoles",
        derivable.immutableCopy(),
        "not repeat roles its urusan already carry");
    for (String note : notes()) {
      InvalidValueException.check(!note.isBlank(), Agency.class, "notes", note, "not be blank");
    }
  }

  /**
   * The short name and region.
   *
   * @return for example {@code "DP3APPKB (62)"}
   */
  @Override
  public String toString() {
    return shortName() + " (" + region() + ")";
  }
}
