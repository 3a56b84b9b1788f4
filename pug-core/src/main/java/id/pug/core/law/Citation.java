package id.pug.core.law;

import id.pug.core.PugStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A citation of a legal instrument, optionally down to a place in it: {@code "Permendagri 67/2011
 * Pasal 4 ayat (1)"}.
 *
 * <p>Create one with {@link #of(Regulation)} or {@link #of(Regulation, Pinpoint)}, or parse text
 * with {@link RegulationCatalog#parseCitation(String)}, which finds the regulation in the
 * catalogue. {@link #format()} and parsing round-trip. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Citation {
  Citation() {}

  /**
   * The cited instrument.
   *
   * @return the regulation
   */
  @Value.Parameter
  public abstract Regulation regulation();

  /**
   * The cited place, if the citation is narrower than the whole instrument.
   *
   * @return the pinpoint
   */
  @Value.Parameter
  public abstract Optional<Pinpoint> pinpoint();

  /**
   * Cites a whole instrument.
   *
   * @param regulation the instrument
   * @return the citation
   */
  public static Citation of(Regulation regulation) {
    return ImmutableCitation.of(regulation, Optional.empty());
  }

  /**
   * Cites a place in an instrument.
   *
   * @param regulation the instrument
   * @param pinpoint the place
   * @return the citation
   */
  public static Citation of(Regulation regulation, Pinpoint pinpoint) {
    return ImmutableCitation.of(regulation, Optional.of(pinpoint));
  }

  /**
   * The citation as text: the short name, then the pinpoint.
   *
   * @return for example {@code "Permendagri 67/2011 Pasal 4 ayat (1)"}
   */
  public String format() {
    return regulation().shortName() + pinpoint().map(p -> " " + p.format()).orElse("");
  }

  /**
   * The citation as text, as {@link #format()}.
   *
   * @return the citation
   */
  @Override
  public String toString() {
    return format();
  }
}
