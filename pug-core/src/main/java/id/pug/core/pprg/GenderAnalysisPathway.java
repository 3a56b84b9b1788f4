package id.pug.core.pprg;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.agency.AgencyId;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocumentId;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Gender Analysis Pathway (GAP; Alur Kerja Analisis Gender): the 9-step gender analysis of a
 * policy, programme or activity, in three phases, developed by Bappenas with CIDA ({@code
 * domain.md} §4.2). Permendagri 15/2008 jo. 67/2011 name GAP as the method of gender analysis for
 * RPJMD, Renstra and Renja; its results feed the GBS.
 *
 * <p>Each step holds the text of its column; step 3 may instead (or also) hold one text per gap
 * factor (APKM), and step 9 its indicators in structured form. Missing steps are allowed — an
 * auditor validates drafts — and {@link #missingSteps()} lists them.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class GenderAnalysisPathway {
  GenderAnalysisPathway() {}

  /**
   * A builder for a GAP.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GenderAnalysisPathway}; required: id and agency. */
  public static final class Builder extends ImmutableGenderAnalysisPathway.Builder {
    Builder() {}

    /**
     * Builds the GAP.
     *
     * @return the GAP
     * @throws id.pug.core.InvalidValueException if a step or gap factor was put twice, or a text is
     *     blank
     */
    @Override
    public GenderAnalysisPathway build() {
      try {
        return super.build();
      } catch (IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        boolean factor =
            java.util.Arrays.stream(GapFactor.values())
                .anyMatch(f -> message.contains(": " + f.name() + "="));
        throw InvalidValueException.ofDuplicateKey(
            GenderAnalysisPathway.class, factor ? "gapFactors" : "steps", e);
      }
    }
  }

  /**
   * The stable id.
   *
   * @return the id
   */
  public abstract GapId id();

  /**
   * The agency that made the analysis.
   *
   * @return the agency's id in the plan
   */
  public abstract AgencyId agency();

  /**
   * The fiscal year of the analysis.
   *
   * @return the year
   */
  public abstract Optional<Year> fiscalYear();

  /**
   * The planning document whose policy, programme or activity is analysed (RPJMD, Renstra, Renja).
   *
   * @return the document's id in the plan
   */
  public abstract Optional<PlanningDocumentId> planningDocument();

  /**
   * The nomenclature code of the programme, kegiatan or sub-kegiatan analysed.
   *
   * @return the code
   */
  public abstract Optional<NomenclatureCode> subject();

  /**
   * The text of each step's column, by step.
   *
   * @return the steps filled in
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<GapStep, String> steps();

  /**
   * Step 3 by gap factor: the gender issue in access, participation, control and benefit.
   *
   * @return the factors filled in
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<GapFactor, String> gapFactors();

  /**
   * Step 9 in structured form: the gender indicators, with baselines (step 8) where given.
   *
   * @return the indicators
   */
  public abstract ImmutableList<PerformanceIndicator> genderIndicators();

  /**
   * The text of a step.
   *
   * @param step the step
   * @return its text, or empty when not filled in
   */
  public Optional<String> step(GapStep step) {
    java.util.Objects.requireNonNull(step, "step");
    return Optional.ofNullable(steps().get(step));
  }

  /**
   * Whether a step is filled in: its text is given, or for step 3 a gap factor, or for step 9 an
   * indicator.
   *
   * @param step the step
   * @return true if filled in
   */
  public boolean isFilled(GapStep step) {
    java.util.Objects.requireNonNull(step, "step");
    return steps().containsKey(step)
        || (step == GapStep.GAP_FACTORS && !gapFactors().isEmpty())
        || (step == GapStep.GENDER_INDICATORS && !genderIndicators().isEmpty());
  }

  /**
   * The steps not filled in, in order.
   *
   * @return the missing steps; empty for a complete GAP
   */
  public ImmutableList<GapStep> missingSteps() {
    ImmutableList.Builder<GapStep> missing = ImmutableList.builder();
    for (GapStep step : GapStep.values()) {
      if (!isFilled(step)) {
        missing.add(step);
      }
    }
    return missing.build();
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNoneBlank(GenderAnalysisPathway.class, "steps", steps().values());
    InvalidValueException.checkNoneBlank(
        GenderAnalysisPathway.class, "gapFactors", gapFactors().values());
  }

  /**
   * The id and subject.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "GAP " + id() + subject().map(s -> " on " + s).orElse("");
  }
}
