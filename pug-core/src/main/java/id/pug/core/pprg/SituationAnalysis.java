package id.pug.core.pprg;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The situation analysis (analisis situasi) of a GBS: the insight data, the gap factors and the
 * internal and external causes of the gender gap, carried over from GAP steps 2–5 ({@code
 * domain.md} §4.4, Surabaya SIGAS format).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class SituationAnalysis {
  SituationAnalysis() {}

  /**
   * A builder for a situation analysis.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SituationAnalysis}; every part is optional. */
  public static final class Builder extends ImmutableSituationAnalysis.Builder {
    Builder() {}

    /**
     * Builds the situation analysis.
     *
     * @return the analysis
     * @throws InvalidValueException if a gap factor was put twice, or a text is blank
     */
    @Override
    public SituationAnalysis build() {
      try {
        return super.build();
      } catch (IllegalArgumentException e) {
        throw InvalidValueException.ofDuplicateKey(SituationAnalysis.class, "gapFactors", e);
      }
    }
  }

  /**
   * An empty analysis, as in a draft GBS.
   *
   * @return the empty analysis
   */
  public static SituationAnalysis empty() {
    return builder().build();
  }

  /**
   * Data pembuka wawasan: the facts that open the analysis, preferably sex-disaggregated.
   *
   * @return the data items
   */
  public abstract ImmutableList<String> insightData();

  /**
   * Faktor kesenjangan: the gender issue by factor.
   *
   * @return the factors described
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<GapFactor, String> gapFactors();

  /**
   * Sebab kesenjangan internal.
   *
   * @return the internal causes
   */
  public abstract Optional<String> internalCauses();

  /**
   * Sebab kesenjangan eksternal.
   *
   * @return the external causes
   */
  public abstract Optional<String> externalCauses();

  /**
   * Whether nothing is filled in.
   *
   * @return true for an empty analysis
   */
  public boolean isEmpty() {
    return insightData().isEmpty()
        && gapFactors().isEmpty()
        && internalCauses().isEmpty()
        && externalCauses().isEmpty();
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNoneBlank(SituationAnalysis.class, "insightData", insightData());
    InvalidValueException.checkNoneBlank(
        SituationAnalysis.class, "gapFactors", gapFactors().values());
    InvalidValueException.checkNotBlank(
        SituationAnalysis.class, "internalCauses", internalCauses());
    InvalidValueException.checkNotBlank(
        SituationAnalysis.class, "externalCauses", externalCauses());
  }
}
