package id.pug.rules.international;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Scores on the HGDG Box 7a checklist, item by item, as an assessor gives them ({@code domain.md}
 * §8.1 [C]; {@link ScoringSource#HGDG_CHECKLIST}): each score must be one of its item's allowed
 * values ({@link HgdgItem#allowedScores()}), or building the assessment fails with a message naming
 * the item, its element, the value and the allowed values.
 *
 * <p>An item without a score is <em>not scored</em>, never zero: {@link #total()} is empty until
 * every item is scored. {@link #minimumTotal()} is the lower bound the scored items guarantee
 * (unscored items at their lowest value, 0) and is always labelled as such.
 *
 * <p>An element scores the sum of its items, at most 2: the checklist caps each element at 2 (§8.1
 * [C]) while three items of 0.67 add up to 2.01; pug caps the sum at 2, which is pug's reading of
 * "each max 2". Totals are exact {@link BigDecimal}s. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class HgdgAssessment {
  HgdgAssessment() {}

  /** The elements scored at project identification: 1 to 3 (§8.1). */
  private static final Set<HgdgElement> IDENTIFICATION =
      EnumSet.of(HgdgElement.INVOLVEMENT, HgdgElement.DATA, HgdgElement.ANALYSIS);

  /**
   * A builder for an assessment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link HgdgAssessment}; every score is optional. */
  public static final class Builder extends ImmutableHgdgAssessment.Builder {
    Builder() {}

    /**
     * Puts an item's score written as text.
     *
     * @param item the item
     * @param score for example {@code "0.5"}
     * @return this builder
     * @throws NumberFormatException if the text is not a number
     */
    public Builder score(HgdgItem item, String score) {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(score, "score");
      putScore(item, new BigDecimal(score));
      return this;
    }

    /**
     * Builds the assessment.
     *
     * @return the assessment
     * @throws InvalidValueException if a score is not allowed for its item, or an item was scored
     *     twice
     */
    @Override
    public HgdgAssessment build() {
      try {
        return super.build();
      } catch (IllegalArgumentException e) {
        throw InvalidValueException.ofDuplicateKey(HgdgAssessment.class, "scores", e);
      }
    }
  }

  /**
   * An assessment with no item scored.
   *
   * @return the empty assessment
   */
  public static HgdgAssessment empty() {
    return builder().build();
  }

  /**
   * The scores given, by item.
   *
   * @return the scores, in checklist order
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<HgdgItem, BigDecimal> scores();

  @Value.Check
  void check() {
    for (Map.Entry<HgdgItem, BigDecimal> e : scores().entrySet()) {
      HgdgItem item = e.getKey();
      if (!item.allows(e.getValue())) {
        throw InvalidValueException.of(
            HgdgAssessment.class,
            "scores['" + item.code() + "']",
            e.getValue(),
            "be one of "
                + item.allowedText()
                + " for HGDG item "
                + item.code()
                + " ("
                + item.title()
                + ") of element "
                + item.element().code()
                + " ("
                + item.element().title()
                + ")");
      }
    }
  }

  /**
   * This assessment with one item scored anew (or for the first time).
   *
   * @param item the item
   * @param score its score
   * @return the new assessment
   * @throws InvalidValueException if the score is not allowed for the item
   */
  public HgdgAssessment with(HgdgItem item, BigDecimal score) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(score, "score");
    Map<HgdgItem, BigDecimal> copy = new EnumMap<>(HgdgItem.class);
    copy.putAll(scores());
    copy.put(item, score);
    return builder().putAllScores(copy).build();
  }

  /**
   * The score of an item.
   *
   * @param item the item
   * @return its score, or empty when not scored
   */
  public Optional<BigDecimal> score(HgdgItem item) {
    Objects.requireNonNull(item, "item");
    return Optional.ofNullable(scores().get(item));
  }

  /**
   * The items not scored.
   *
   * @return the items, in checklist order; empty for a complete assessment
   */
  public ImmutableList<HgdgItem> missingItems() {
    return Arrays.stream(HgdgItem.values())
        .filter(i -> !scores().containsKey(i))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether every item is scored.
   *
   * @return true for a complete assessment
   */
  public boolean isComplete() {
    return scores().size() == HgdgItem.values().length;
  }

  /**
   * The score of an element: the sum of its items' scores, at most 2.
   *
   * @param element the element
   * @return the score, or empty if one of its items is not scored
   */
  public Optional<BigDecimal> elementScore(HgdgElement element) {
    Objects.requireNonNull(element, "element");
    if (element.items().stream().anyMatch(i -> !scores().containsKey(i))) {
      return Optional.empty();
    }
    return Optional.of(elementMinimum(element));
  }

  /**
   * The least an element scores given the items scored so far (unscored items at 0), at most 2.
   *
   * @param element the element
   * @return the lower bound
   */
  public BigDecimal elementMinimum(HgdgElement element) {
    Objects.requireNonNull(element, "element");
    BigDecimal sum = BigDecimal.ZERO;
    for (HgdgItem item : element.items()) {
      BigDecimal s = scores().get(item);
      if (s != null) {
        sum = sum.add(s);
      }
    }
    return sum.min(element.maximum());
  }

  /**
   * The HGDG total.
   *
   * @return 0 to 20, exact; empty unless every item is scored
   */
  public Optional<BigDecimal> total() {
    return isComplete() ? Optional.of(minimumTotal()) : Optional.empty();
  }

  /**
   * The least the total can be given the items scored so far: unscored items count at their lowest
   * value, 0. A lower bound, equal to {@link #total()} only for a complete assessment.
   *
   * @return 0 to 20, exact
   */
  public BigDecimal minimumTotal() {
    BigDecimal sum = BigDecimal.ZERO;
    for (HgdgElement element : HgdgElement.values()) {
      sum = sum.add(elementMinimum(element));
    }
    return sum;
  }

  /**
   * The band of the total.
   *
   * @return the band; empty unless every item is scored
   */
  public Optional<HgdgBand> band() {
    return total().map(HgdgBand::of);
  }

  /**
   * The band of {@link #minimumTotal()}: the lowest band the assessment can end in.
   *
   * @return the band
   */
  public HgdgBand minimumBand() {
    return HgdgBand.of(minimumTotal());
  }

  /**
   * The project-identification subtotal: elements 1 to 3 (§8.1: "Identification-stage subtotal =
   * elements 1-3").
   *
   * @return 0 to 6; empty unless every item of elements 1 to 3 is scored
   */
  public Optional<BigDecimal> identificationSubtotal() {
    BigDecimal sum = BigDecimal.ZERO;
    for (HgdgElement element : IDENTIFICATION) {
      Optional<BigDecimal> s = elementScore(element);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.add(s.get());
    }
    return Optional.of(sum);
  }

  /**
   * The scores given and the total or its lower bound.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "HgdgAssessment["
        + scores().size()
        + "/"
        + HgdgItem.values().length
        + " items, "
        + (isComplete() ? "total " : "at least ")
        + minimumTotal().toPlainString()
        + "]";
  }
}
