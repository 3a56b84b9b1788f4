package id.pug.core.pokja;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.law.Decree;
import id.pug.core.planning.YearRange;
import id.pug.core.region.RegionCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Forum PUSPA (Partisipasi Publik untuk Kesejahteraan Perempuan dan Anak): the
 * public-participation forum initiated by KemenPPPA in 2016 to rally community institutions,
 * religious organisations, academia, business and media behind women's and children's welfare,
 * formed in a region by its PPPA agency with a board appointed by decree for a fixed term —
 * Kalimantan Barat confirmed its forum for 2026–2028 in February 2026 (seed 000; {@code domain.md}
 * §7.3). The length of a term varies by region and is not a rule.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class ForumPuspa {
  ForumPuspa() {}

  /**
   * A builder for a forum.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ForumPuspa}; required: the region. */
  public static final class Builder extends ImmutableForumPuspa.Builder {
    Builder() {}
  }

  /**
   * The region.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * The forum's name as written.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * The term of office (masa bakti).
   *
   * @return for example 2026–2028
   */
  public abstract Optional<YearRange> term();

  /**
   * The decree confirming the board.
   *
   * @return the decree
   */
  public abstract Optional<Decree> decree();

  /**
   * The members by sector.
   *
   * @return the members
   */
  public abstract ImmutableList<ForumMember> members();

  /**
   * The sectors with no member.
   *
   * @return the sectors missing among {@link ForumSector#PROFESSIONAL_BODY} to {@link
   *     ForumSector#ACADEMIA}
   */
  public ImmutableList<ForumSector> sectorsWithoutMembers() {
    return java.util.Arrays.stream(ForumSector.values())
        .filter(s -> s != ForumSector.OTHER)
        .filter(s -> members().stream().noneMatch(m -> m.sector() == s))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(ForumPuspa.class, "name", name());
  }
}
