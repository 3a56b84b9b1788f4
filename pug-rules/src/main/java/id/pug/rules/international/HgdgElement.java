package id.pug.rules.international;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The ten elements of the HGDG Box 7a generic checklist for project identification and design, each
 * worth at most 2 points, 20 in all ({@code domain.md} §8.1 [C]; {@link
 * ScoringSource#HGDG_CHECKLIST}).
 *
 * <p>Titles follow §8.1. The title of element 8 is not confirmed in pug's sources (§8.1 describes
 * it as a sex-disaggregated M&amp;E database); {@link #titleConfirmed()} says so. The scorable
 * items of each element are {@link HgdgItem}s.
 */
public enum HgdgElement {
  /** 1.0 Involvement of women and men (items 1.1 and 1.2). */
  INVOLVEMENT(1, "Involvement of women and men", true),
  /** 2.0 Collection of sex-disaggregated data and gender-related information. */
  DATA(2, "Collection of sex-disaggregated data and gender-related information", true),
  /** 3.0 Conduct of gender analysis and identification of gender issues (items 3.1 and 3.2). */
  ANALYSIS(3, "Conduct of gender analysis and identification of gender issues", true),
  /** 4.0 Gender equality goals, outcomes and outputs. */
  GOALS(4, "Gender equality goals, outcomes and outputs", true),
  /** 5.0 Matching of strategies with gender issues. */
  STRATEGIES(5, "Matching of strategies with gender issues", true),
  /** 6.0 Gender analysis of likely impacts (items 6.1 to 6.3). */
  IMPACTS(6, "Gender analysis of likely impacts", true),
  /** 7.0 Monitoring targets and indicators. */
  MONITORING(7, "Monitoring targets and indicators", true),
  /** 8.0 A sex-disaggregated monitoring and evaluation database: title UNCONFIRMED. */
  DATABASE(8, "Sex-disaggregated M&E database (title unconfirmed)", false),
  /** 9.0 Resources (items 9.1 and 9.2). */
  RESOURCES(9, "Resources", true),
  /** 10.0 Relationship with the agency's GAD efforts (items 10.1 to 10.3). */
  AGENCY_GAD_EFFORTS(10, "Relationship with the agency's GAD efforts", true);

  /** The most an element scores: 2 (§8.1 [C]). */
  public static final BigDecimal MAXIMUM = BigDecimal.valueOf(2);

  private final int number;
  private final String title;
  private final boolean titleConfirmed;

  HgdgElement(int number, String title, boolean titleConfirmed) {
    this.number = number;
    this.title = title;
    this.titleConfirmed = titleConfirmed;
  }

  /**
   * The element's number.
   *
   * @return 1 to 10
   */
  public int number() {
    return number;
  }

  /**
   * The element's code as the checklist writes it.
   *
   * @return for example {@code "6.0"}
   */
  public String code() {
    return number + ".0";
  }

  /**
   * The element's title.
   *
   * @return an English title as {@code domain.md} §8.1 gives it
   */
  public String title() {
    return title;
  }

  /**
   * Whether pug's sources confirm the title.
   *
   * @return false for element 8
   */
  public boolean titleConfirmed() {
    return titleConfirmed;
  }

  /**
   * The most the element scores.
   *
   * @return 2
   */
  public BigDecimal maximum() {
    return MAXIMUM;
  }

  /**
   * The element's scorable items: its sub-elements, or the element itself when it has none.
   *
   * @return the items, in checklist order
   */
  public ImmutableList<HgdgItem> items() {
    return Arrays.stream(HgdgItem.values())
        .filter(i -> i.element() == this)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The element with a number.
   *
   * @param number 1 to 10
   * @return the element
   * @throws id.pug.core.InvalidValueException for any other number
   */
  public static HgdgElement of(int number) {
    for (HgdgElement e : values()) {
      if (e.number == number) {
        return e;
      }
    }
    throw id.pug.core.InvalidValueException.of(
        HgdgElement.class, "number", number, "be from 1 to 10");
  }
}
