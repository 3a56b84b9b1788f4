package id.pug.core.agency;

import com.google.common.collect.ImmutableSet;
import id.pug.core.PugStyle;
import id.pug.core.nomenclature.NomenclatureCode;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link AgencyNameCatalog#recognize(String)} made of an agency name: the known variant it
 * matched, or the urusan and roles inferred from words in the name, and how.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class AgencyRecognition {
  AgencyRecognition() {}

  /** How a name was recognised. */
  public enum MatchKind {
    /**
     * The name is an acronym of a known variant (spelling differences such as P3 = PPP ignored).
     */
    ACRONYM,
    /**
     * The name is a long name of a known variant (case, punctuation and a trailing region name
     * ignored).
     */
    LONG_NAME,
    /**
     * Neither: the urusan and roles are inferred from words in the name ("Pemberdayaan Perempuan" →
     * 2.08, "Inspektorat" → inspectorate). A heuristic, not a fact from a source.
     */
    KEYWORDS
  }

  /**
   * The name as given.
   *
   * @return the input
   */
  public abstract String input();

  /**
   * How it was recognised.
   *
   * @return the kind of match
   */
  public abstract MatchKind matchKind();

  /**
   * The known variant it matched (for {@link MatchKind#ACRONYM} and {@link MatchKind#LONG_NAME}).
   *
   * @return the variant
   */
  public abstract Optional<AgencyNameVariant> variant();

  /**
   * The urusan the agency carries.
   *
   * @return bidang urusan codes
   */
  public abstract ImmutableSet<NomenclatureCode> urusan();

  /**
   * The roles.
   *
   * @return the roles, never empty
   */
  public abstract ImmutableSet<AgencyRole> roles();

  /**
   * Whether the agency plays a role.
   *
   * @param role the role
   * @return true if recognised with that role
   */
  public boolean hasRole(AgencyRole role) {
    Objects.requireNonNull(role, "role");
    return roles().contains(role);
  }
}
