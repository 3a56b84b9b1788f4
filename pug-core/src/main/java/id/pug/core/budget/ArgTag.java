package id.pug.core.budget;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.KakId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget line's gender-responsive budget (ARG) tag: its category and the ids of the GAP, GBS and
 * KAK that justify it. ARG rests on GAP and GBS documents; for ministries the required supporting
 * document is a KAK accompanied by a GBS (Permen PPN 1/2021; {@code domain.md} §5.2).
 *
 * <p>A tag without its documents is representable (a draft); rules report it. Immutable and
 * thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class ArgTag {
  ArgTag() {}

  /**
   * A builder for a tag.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ArgTag}; required: the category. */
  public static final class Builder extends ImmutableArgTag.Builder {
    Builder() {}
  }

  /**
   * A tag with its full chain of documents.
   *
   * @param category the ARG category
   * @param gap the GAP
   * @param gbs the GBS
   * @param kak the KAK
   * @return the tag
   */
  public static ArgTag of(ArgCategory category, GapId gap, GbsId gbs, KakId kak) {
    return builder().category(category).gap(gap).gbs(gbs).kak(kak).build();
  }

  /**
   * The ARG category.
   *
   * @return the category
   */
  public abstract ArgCategory category();

  /**
   * The GAP that analysed the activity.
   *
   * @return its id
   */
  public abstract Optional<GapId> gap();

  /**
   * The GBS that states the budget.
   *
   * @return its id
   */
  public abstract Optional<GbsId> gbs();

  /**
   * The KAK of the activity.
   *
   * @return its id
   */
  public abstract Optional<KakId> kak();

  /**
   * A free label, such as the name of a SIPD thematic tag (tag tematik) the region uses for ARG.
   *
   * @return the label
   */
  public abstract Optional<String> label();

  /**
   * For {@link ArgCategory#SPECIFIC_TARGET}: the group whose specific basic needs the allocation
   * meets, such as {@code "ibu hamil"} or {@code "perempuan korban kekerasan"} (Juklak PPRG: budget
   * "khusus target gender" meets the specific needs of women or of men; {@code domain.md} §5.1).
   *
   * @return the target group
   */
  public abstract Optional<String> targetGroup();

  /**
   * For {@link ArgCategory#EQUALITY}: the gender gap the allocation closes, as the gender analysis
   * identified it in access, participation, control or benefit ({@code domain.md} §5.1).
   *
   * @return the gap
   */
  public abstract Optional<String> genderGap();

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(ArgTag.class, "label", label());
    InvalidValueException.checkNotBlank(ArgTag.class, "targetGroup", targetGroup());
    InvalidValueException.checkNotBlank(ArgTag.class, "genderGap", genderGap());
  }
}
