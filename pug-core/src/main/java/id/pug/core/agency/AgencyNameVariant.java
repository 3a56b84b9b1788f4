package id.pug.core.agency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.provenance.Source;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One way regions name an agency type: its acronyms and long names, the urusan it carries, where
 * and when it was seen. DP3APPKB, P3APPKB, DP3AP2KB, P3AP2KB and DPPPAPPKB are one variant: the
 * same name spelled differently.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class AgencyNameVariant {
  AgencyNameVariant() {}

  /**
   * A builder for a variant.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AgencyNameVariant}; required: id, long name, an urusan or role, and a source.
   */
  public static final class Builder extends ImmutableAgencyNameVariant.Builder {
    Builder() {}
  }

  /**
   * The stable id.
   *
   * @return for example {@code "dp3appkb"}
   */
  public abstract String id();

  /**
   * The acronyms, as written in sources.
   *
   * @return for example DP3APPKB, P3APPKB, DP3AP2KB
   */
  public abstract ImmutableList<String> acronyms();

  /**
   * The long name.
   *
   * @return the long name
   */
  public abstract String longName();

  /**
   * Whether a source gives the long name; false when it is expanded from the acronym.
   *
   * @return true if confirmed
   */
  public abstract boolean longNameConfirmed();

  /**
   * Other long names of the same agency type.
   *
   * @return the other names
   */
  public abstract ImmutableList<String> otherLongNames();

  /**
   * The urusan the agency type carries, as far as sources confirm.
   *
   * @return bidang urusan codes
   */
  public abstract ImmutableSet<NomenclatureCode> urusan();

  /**
   * Roles that no urusan code in pug's sources carries (finance, inspectorate).
   *
   * @return declared roles
   */
  public abstract ImmutableSet<AgencyRole> declaredRoles();

  /**
   * Where the name was seen, as text.
   *
   * @return regions and years
   */
  public abstract Optional<String> seenIn();

  /**
   * Remarks.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * Where the facts come from.
   *
   * @return at least one source
   */
  public abstract ImmutableList<Source> sources();

  /**
   * The roles of this agency type: those its urusan carry, and the declared ones.
   *
   * @return the roles
   */
  @Value.Derived
  public ImmutableSet<AgencyRole> roles() {
    return AgencyRole.rolesOf(urusan(), declaredRoles());
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        id().matches("[a-z0-9]+(-[a-z0-9]+)*"),
        AgencyNameVariant.class,
        "id",
        id(),
        "be lowercase kebab-case");
    InvalidValueException.check(
        !longName().isBlank(), AgencyNameVariant.class, "longName", longName(), "not be blank");
    InvalidValueException.check(
        !roles().isEmpty(),
        AgencyNameVariant.class,
        "urusan",
        urusan(),
        "carry a role, or declare one");
    InvalidValueException.check(
        !sources().isEmpty(),
        AgencyNameVariant.class,
        "sources",
        sources(),
        "name at least one source");
  }

  /**
   * The first acronym (or the long name) and the id.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return (acronyms().isEmpty() ? longName() : acronyms().get(0)) + " [" + id() + "]";
  }
}
