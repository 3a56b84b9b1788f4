package id.pug.core.agency;

import com.google.common.collect.ImmutableSet;
import id.pug.core.nomenclature.NomenclatureCode;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A role an agency plays in PUG, derived from the urusan (government affair) it carries where the
 * urusan code is known to pug's sources, or declared otherwise.
 *
 * <p>Roles and codes: {@code budget-notes.md} §5 and {@code data/perangkat_daerah_varian_nama.csv}.
 * The driver (penggerak) agencies of PUG in regional practice are planning, finance, the
 * inspectorate and the women's empowerment agency ({@code domain.md} §3: Jawa Timur 2018, Papua
 * 2025).
 */
public enum AgencyRole {
  /**
   * Regional planning (perencanaan pembangunan daerah: Bappeda, Bapperida, Bappedalitbang …), unsur
   * penunjang 5.01. Chairs the Pokja PUG (Permendagri 15/2008 jo. 67/2011, as quoted by regional
   * sources; {@code domain.md} §2.3).
   */
  PLANNING("perencanaan", "5.01"),
  /**
   * Regional research and innovation (riset dan inovasi daerah: BRIDA, or merged into Bapperida),
   * 5.05.
   */
  RESEARCH_INNOVATION("riset dan inovasi", "5.05"),
  /**
   * Regional finance (keuangan daerah: BPKAD and similar; the budget team TAPD). Its urusan code is
   * not in pug's sources, so the role is declared or recognised by name.
   */
  FINANCE("keuangan", null),
  /**
   * The regional inspectorate (Inspektorat Daerah, APIP), which oversees PPRG (Permen PPPA 4/2014).
   * Its code is not in pug's sources, so the role is declared or recognised by name.
   */
  INSPECTORATE("inspektorat", null),
  /**
   * Women's empowerment and child protection (pemberdayaan perempuan dan perlindungan anak, PPPA),
   * urusan 2.08. The Pokja PUG's secretary ({@code domain.md} §2.3).
   */
  WOMEN_EMPOWERMENT_CHILD_PROTECTION("pemberdayaan perempuan dan perlindungan anak", "2.08"),
  /**
   * Population control and family planning (pengendalian penduduk dan keluarga berencana, PPKB),
   * urusan 2.14.
   */
  POPULATION_FAMILY_PLANNING("pengendalian penduduk dan keluarga berencana", "2.14"),
  /** Community and village empowerment (pemberdayaan masyarakat dan desa, PMD), urusan 2.13. */
  COMMUNITY_VILLAGE_EMPOWERMENT("pemberdayaan masyarakat dan desa", "2.13"),
  /** Social affairs (sosial), urusan 1.06. */
  SOCIAL("sosial", "1.06"),
  /** Health (kesehatan), urusan 1.02. */
  HEALTH("kesehatan", "1.02");

  private final String indonesian;
  private final Optional<NomenclatureCode> urusan;

  AgencyRole(String indonesian, @org.jspecify.annotations.Nullable String urusan) {
    this.indonesian = indonesian;
    this.urusan = Optional.ofNullable(urusan).map(NomenclatureCode::parse);
  }

  /**
   * The Indonesian name of the affair.
   *
   * @return for example {@code "perencanaan"}
   */
  public String indonesian() {
    return indonesian;
  }

  /**
   * The urusan (or unsur penunjang) code that carries this role, where pug's sources give it.
   *
   * @return for example {@code 2.08}; empty for {@link #FINANCE} and {@link #INSPECTORATE}
   */
  public Optional<NomenclatureCode> urusan() {
    return urusan;
  }

  /**
   * The roles carried by some urusan codes, together with roles declared directly.
   *
   * @param urusan bidang urusan codes
   * @param declared roles declared for affairs without a code in pug's sources
   * @return the union of the roles, in declaration order of this enum
   */
  public static ImmutableSet<AgencyRole> rolesOf(
      Collection<NomenclatureCode> urusan, Collection<AgencyRole> declared) {
    Objects.requireNonNull(declared, "declared");
    ImmutableSet.Builder<AgencyRole> roles = ImmutableSet.builder();
    for (AgencyRole role : values()) {
      if (declared.contains(role)
          || urusan.stream().anyMatch(c -> role.urusan.equals(Optional.of(c)))) {
        roles.add(role);
      }
    }
    return roles.build();
  }

  /**
   * The roles carried by an urusan code.
   *
   * @param code a bidang urusan code
   * @return the roles (empty if pug has no role for that urusan)
   */
  public static ImmutableSet<AgencyRole> forUrusan(NomenclatureCode code) {
    ImmutableSet.Builder<AgencyRole> roles = ImmutableSet.builder();
    for (AgencyRole role : values()) {
      if (role.urusan.equals(Optional.of(code))) {
        roles.add(role);
      }
    }
    return roles.build();
  }
}
