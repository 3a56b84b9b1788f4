package id.pug.core.law;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decree (Surat Keputusan, SK) that establishes or appoints: the SK of the head of region forming
 * a Pokja PUG, the SK appointing focal points, the SK of a Forum PUSPA's board ({@code domain.md}
 * §7).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Decree {
  Decree() {}

  /**
   * A builder for a decree.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decree}; required: number and issuer. */
  public static final class Builder extends ImmutableDecree.Builder {
    Builder() {}
  }

  /** Who issues a decree. */
  public enum Issuer {
    /** Gubernur, Bupati or Wali Kota: the head of region (kepala daerah). */
    HEAD_OF_REGION("kepala daerah"),
    /** The head of an agency (kepala perangkat daerah / SKPD). */
    HEAD_OF_AGENCY("kepala perangkat daerah"),
    /** The regional secretary (sekretaris daerah). */
    REGIONAL_SECRETARY("sekretaris daerah"),
    /** Anyone else. */
    OTHER("lainnya");

    private final String indonesian;

    Issuer(String indonesian) {
      this.indonesian = indonesian;
    }

    /**
     * The Indonesian term.
     *
     * @return for example {@code "kepala daerah"}
     */
    public String indonesian() {
      return indonesian;
    }
  }

  /**
   * The decree number as written.
   *
   * @return for example {@code "188.45/123/2024"}
   */
  public abstract String number();

  /**
   * The date it was set (ditetapkan).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> date();

  /**
   * Who issued it.
   *
   * @return the issuer
   */
  public abstract Issuer issuer();

  /**
   * The signer as written, such as {@code "Wali Kota Banjarbaru"}.
   *
   * @return the signer
   */
  public abstract Optional<String> signer();

  /**
   * The title (tentang …).
   *
   * @return the title
   */
  public abstract Optional<String> title();

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(Decree.class, "number", number());
    InvalidValueException.checkNotBlank(Decree.class, "signer", signer());
    InvalidValueException.checkNotBlank(Decree.class, "title", title());
  }

  /**
   * The number and date.
   *
   * @return for example {@code "SK 188.45/123/2024 (2024-03-01)"}
   */
  @Override
  public String toString() {
    return "SK " + number() + date().map(d -> " (" + d + ")").orElse("");
  }
}
