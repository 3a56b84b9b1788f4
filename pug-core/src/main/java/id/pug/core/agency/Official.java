package id.pug.core.agency;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A government official (pejabat or aparatur): a person with a position in an agency, as Pokja PUG
 * members, focal points and the person responsible for a KAK are recorded.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Official {
  Official() {}

  /**
   * A builder for an official.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Official}; required: agency and at least a name or a position. */
  public static final class Builder extends ImmutableOfficial.Builder {
    Builder() {}
  }

  /**
   * An official known by position only, as a Pokja decree often lists members ({@code "Kepala
   * Bapperida"}).
   *
   * @param position the position (jabatan)
   * @param agency the agency
   * @return the official
   */
  public static Official ofPosition(String position, AgencyId agency) {
    return builder().position(position).agency(agency).build();
  }

  /**
   * The person's name.
   *
   * @return the name, when recorded
   */
  public abstract Optional<String> name();

  /**
   * The position (jabatan).
   *
   * @return for example {@code "Kepala Dinas"}
   */
  public abstract Optional<String> position();

  /**
   * The agency the official belongs to.
   *
   * @return the agency's id in the plan
   */
  public abstract AgencyId agency();

  /**
   * The civil-service number (Nomor Induk Pegawai, NIP), as written; digits, optionally grouped by
   * spaces.
   *
   * @return the NIP
   */
  public abstract Optional<String> nip();

  /**
   * The name if known, else the position.
   *
   * @return a display name
   */
  public String displayName() {
    return name().or(this::position).orElseThrow();
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(Official.class, "name", name());
    InvalidValueException.checkNotBlank(Official.class, "position", position());
    InvalidValueException.check(
        name().isPresent() || position().isPresent(),
        Official.class,
        "name",
        null,
        "be given when there is no position");
    nip()
        .ifPresent(
            n ->
                InvalidValueException.check(
                    n.matches("\\d+( \\d+)*"),
                    Official.class,
                    "nip",
                    n,
                    "be digits, optionally grouped by single spaces"));
  }

  /**
   * The display name and agency.
   *
   * @return for example {@code "Kepala Bapperida (bapperida)"}
   */
  @Override
  public String toString() {
    return displayName() + " (" + agency() + ")";
  }
}
