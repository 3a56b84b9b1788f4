package id.pug.core.pokja;

import com.google.common.collect.ImmutableList;
import id.pug.core.PugStyle;
import id.pug.core.agency.Official;
import id.pug.core.law.Decree;
import id.pug.core.region.RegionCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Pokja PUG (Kelompok Kerja Pengarusutamaan Gender): the region's consultation forum for those
 * who carry out and drive PUG across agencies (Permendagri 67/2011, as quoted in a regional
 * indicator book; {@code domain.md} §2.2).
 *
 * <p>Formed by decree of the head of region; chaired by the head of the planning agency (Bappeda),
 * with the head of the women's empowerment agency as secretary and all agency heads as members
 * ({@code domain.md} §2.3, §7.1: DIY Perda 4/2023 Pasal 8; Sekda Kalteng quoting Permendagri
 * 15/2008 jo. 67/2011). The technical team that analyses the regional budget is commonly cited but
 * its composition is unconfirmed. Whether a Pokja meets these requirements is a rule's question;
 * this type records what the decree says. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class PokjaPug {
  PokjaPug() {}

  /**
   * A builder for a Pokja.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PokjaPug}; required: the region. */
  public static final class Builder extends ImmutablePokjaPug.Builder {
    Builder() {}
  }

  /**
   * The region.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * The decree that forms the Pokja (SK Gubernur/Bupati/Wali Kota).
   *
   * @return the decree
   */
  public abstract Optional<Decree> decree();

  /**
   * The chair (ketua).
   *
   * @return the chair
   */
  public abstract Optional<Official> chair();

  /**
   * The secretary (sekretaris).
   *
   * @return the secretary
   */
  public abstract Optional<Official> secretary();

  /**
   * The members (anggota).
   *
   * @return the members
   */
  public abstract ImmutableList<Official> members();

  /**
   * The technical team (tim teknis) that analyses the regional budget.
   *
   * @return its members
   */
  public abstract ImmutableList<Official> technicalTeam();
}
