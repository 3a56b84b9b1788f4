package id.pug.benchmarks;

import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.pprg.GbsId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * A budget line as a Jakarta Bean Validation user would write it, with the per-line constraints of
 * the comparison as annotations: the sub-kegiatan code's format, an amount of at least zero, and a
 * tagged line with a positive amount and a GBS. {@link PerLineBenchmark} validates these with
 * Hibernate Validator, made from the same generated lines pug validates.
 *
 * <p>The code is kept as text, as a bean bound from JSON or SIPD would hold it: Bean Validation
 * checks its format at every validation, while pug parses it once when the line is built. Mutable
 * only until the benchmark's setup is done; not thread-safe to change.
 */
public final class AnnotatedLine {
  /** A sub-kegiatan code: {@code U.BB.PP.L.KK.SS} (level digit possibly 01/02, SS of 2 or 4). */
  static final String SUB_KEGIATAN = "\\d\\.\\d{2}\\.\\d{2}\\.0?[12]\\.\\d{2}\\.(\\d{2}|\\d{4})";

  @NotNull private final String id;

  @NotNull
  @Pattern(regexp = SUB_KEGIATAN)
  private final String subActivity;

  @PositiveOrZero private final long amount;

  private final boolean tagged;

  private final @Nullable String gbs;

  /**
   * A line.
   *
   * @param id the line's id
   * @param subActivity the sub-kegiatan code as text
   * @param amount the ceiling in whole rupiah
   * @param tagged whether the line is ARG-tagged
   * @param gbs the GBS its tag names, or null
   */
  public AnnotatedLine(
      String id, String subActivity, long amount, boolean tagged, @Nullable String gbs) {
    this.id = id;
    this.subActivity = subActivity;
    this.amount = amount;
    this.tagged = tagged;
    this.gbs = gbs;
  }

  /**
   * The same line as pug holds it.
   *
   * @param line a pug budget line
   * @return the annotated line
   */
  public static AnnotatedLine of(BudgetLine line) {
    return new AnnotatedLine(
        line.id().value(),
        line.subActivity().format(),
        line.amount().amount(),
        line.isTagged(),
        line.argTag().flatMap(ArgTag::gbs).map(GbsId::value).orElse(null));
  }

  /**
   * The line's id.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * The sub-kegiatan code.
   *
   * @return the code as text
   */
  public String getSubActivity() {
    return subActivity;
  }

  /**
   * The ceiling.
   *
   * @return whole rupiah
   */
  public long getAmount() {
    return amount;
  }

  /**
   * Whether the line is ARG-tagged.
   *
   * @return true if tagged
   */
  public boolean isTagged() {
    return tagged;
  }

  /**
   * The GBS the tag names.
   *
   * @return the GBS id, or null
   */
  public @Nullable String getGbs() {
    return gbs;
  }

  /**
   * A tagged line has a positive amount (pug's PPRG-ARG-003).
   *
   * @return true if untagged or positive
   */
  @AssertTrue(message = "a tagged line has a positive amount")
  public boolean isTaggedAmountPositive() {
    return !tagged || amount > 0;
  }

  /**
   * A tagged line names a GBS (pug's PPRG-ARG-001 also checks that the plan holds it).
   *
   * @return true if untagged or naming a GBS
   */
  @AssertTrue(message = "a tagged line names a GBS")
  public boolean isTaggedLineWithGbs() {
    return !tagged || (gbs != null && !gbs.isBlank());
  }
}
