package id.pug.rules.international;

import id.pug.core.PugStyle;
import id.pug.core.agency.AgencyId;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The international scorings of one activity (one budget line): pug's HGDG suggestion, the
 * assessor's HGDG assessment if one was given, the band and the GAD attribution of the line's
 * amount, and the suggested OECD DAC marker and UN GEM value.
 *
 * <p>The band rests on the assessor's assessment when there is one, otherwise on pug's suggestion;
 * unless the assessment is complete, the score is a lower bound ({@link #hgdgBasis()}), and so are
 * the band and the attributed amount. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class ActivityScoring {
  ActivityScoring() {}

  /**
   * A builder for an activity's scoring.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActivityScoring}; usually made by {@link #of}. */
  public static final class Builder extends ImmutableActivityScoring.Builder {
    Builder() {}
  }

  /**
   * Scores one budget line of a plan.
   *
   * @param plan the plan
   * @param line a budget line of the plan
   * @param criteria the marker criteria
   * @param assessment the assessor's HGDG assessment of the line, if any
   * @return the scoring
   */
  public static ActivityScoring of(
      RegionalPprgPlan plan,
      BudgetLine line,
      MarkerCriteria criteria,
      Optional<HgdgAssessment> assessment) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(assessment, "assessment");
    return builder()
        .line(line.id())
        .agency(line.agency())
        .subActivity(line.subActivity())
        .name(line.name())
        .amount(line.amount())
        .argCategory(line.argTag().map(ArgTag::category))
        .hgdgSuggestion(HgdgSuggestion.of(plan, line))
        .hgdgAssessment(assessment)
        .dac(Markers.dac(plan, line, criteria))
        .gem(Markers.gem(plan, line, criteria))
        .build();
  }

  /**
   * The budget line's id.
   *
   * @return the id
   */
  public abstract BudgetLineId line();

  /**
   * The agency that spends it.
   *
   * @return the agency's id
   */
  public abstract AgencyId agency();

  /**
   * The sub-kegiatan.
   *
   * @return its code
   */
  public abstract NomenclatureCode subActivity();

  /**
   * The sub-kegiatan's name.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * The line's ceiling.
   *
   * @return the amount
   */
  public abstract Rupiah amount();

  /**
   * The ARG category, for a tagged line.
   *
   * @return the category
   */
  public abstract Optional<ArgCategory> argCategory();

  /**
   * pug's HGDG suggestion.
   *
   * @return the suggestion
   */
  public abstract HgdgSuggestion hgdgSuggestion();

  /**
   * The HGDG assessment an assessor gave for the line.
   *
   * @return the assessment
   */
  public abstract Optional<HgdgAssessment> hgdgAssessment();

  /**
   * The suggested OECD DAC marker.
   *
   * @return the suggestion
   */
  public abstract MarkerSuggestion<DacMarker> dac();

  /**
   * The suggested UN Gender Equality Marker.
   *
   * @return the suggestion
   */
  public abstract MarkerSuggestion<GenderEqualityMarker> gem();

  /**
   * What the HGDG score rests on.
   *
   * @return assessed, the minimum of an incomplete assessment, or the minimum of pug's suggestion
   */
  public HgdgBasis hgdgBasis() {
    return hgdgAssessment()
        .map(a -> a.isComplete() ? HgdgBasis.ASSESSED : HgdgBasis.ASSESSED_MINIMUM)
        .orElse(HgdgBasis.SUGGESTED_MINIMUM);
  }

  /**
   * The HGDG score: the assessed total, or a lower bound ({@link #hgdgBasis()}).
   *
   * @return 0 to 20
   */
  public BigDecimal hgdgScore() {
    return hgdgAssessment()
        .map(HgdgAssessment::minimumTotal)
        .orElseGet(() -> hgdgSuggestion().minimumTotal());
  }

  /**
   * The band of {@link #hgdgScore()}.
   *
   * @return the band (the lowest possible band when the score is a lower bound)
   */
  public HgdgBand hgdgBand() {
    return HgdgBand.of(hgdgScore());
  }

  /**
   * The part of the line's amount attributable to GAD under Joint Circular 2012-01, rounded down to
   * the whole rupiah.
   *
   * @return the attributed amount (a lower bound when the score is)
   */
  public Rupiah attributedAmount() {
    return hgdgBand().attribute(amount());
  }

  /**
   * The line's id, markers and band.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "ActivityScoring["
        + line()
        + ": HGDG "
        + (hgdgBasis().isLowerBound() ? ">= " : "")
        + hgdgScore().toPlainString()
        + " "
        + hgdgBand()
        + ", DAC "
        + dac().value().code()
        + ", GEM "
        + gem().value().code()
        + "]";
  }
}
