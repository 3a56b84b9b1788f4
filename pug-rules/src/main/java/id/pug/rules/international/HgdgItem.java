package id.pug.rules.international;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * A scorable item of the HGDG Box 7a checklist: a sub-element (1.1, 3.2, 6.3 …) or, for an element
 * without sub-elements, the element itself (2.0, 4.0 …), with the scores an assessor may give it
 * ({@code domain.md} §8.1 [C]; {@link ScoringSource#HGDG_CHECKLIST}).
 *
 * <p>Allowed scores as §8.1 gives them: 1.1, 1.2, 3.1, 3.2, 9.1, 9.2 — 0, 0.5 or 1; 2.0, 4.0, 5.0 —
 * 0, 1 or 2; 6.1–6.3 and 10.1–10.3 — 0, 0.33 or 0.67. §8.1 names element 7 without its scale and
 * element 8 with an unconfirmed title: pug allows 0, 1 or 2 for both (the element maximum of 2 is
 * confirmed, the steps are not) and says so with {@link #scaleConfirmed()} and {@link
 * #titleConfirmed()}. The titles of 10.1 and 10.2 are not in pug's sources.
 */
public enum HgdgItem {
  /** 1.1 Involvement of women and men in problem identification: 0, 0.5, 1. */
  PROBLEM_IDENTIFICATION(
      "1.1", HgdgElement.INVOLVEMENT, "Involvement of women and men in problem identification"),
  /** 1.2 Involvement of women and men in project design: 0, 0.5, 1. */
  PROJECT_DESIGN("1.2", HgdgElement.INVOLVEMENT, "Involvement of women and men in project design"),
  /** 2.0 Collection of sex-disaggregated data and gender-related information: 0, 1, 2. */
  SEX_DISAGGREGATED_DATA(
      "2.0",
      HgdgElement.DATA,
      "Collection of sex-disaggregated data and gender-related information"),
  /**
   * 3.1 Gender gaps and inequalities in roles, needs, access to and control of resources: 0, 0.5,
   * 1.
   */
  GENDER_GAPS(
      "3.1",
      HgdgElement.ANALYSIS,
      "Gaps and inequalities in roles, needs, access to and control of resources"),
  /** 3.2 Constraints and opportunities for women's and men's participation: 0, 0.5, 1. */
  PARTICIPATION_CONSTRAINTS(
      "3.2",
      HgdgElement.ANALYSIS,
      "Constraints and opportunities for women's and men's participation"),
  /** 4.0 Gender equality goals, outcomes and outputs: 0, 1, 2. */
  GOALS("4.0", HgdgElement.GOALS, "Gender equality goals, outcomes and outputs"),
  /** 5.0 Matching of strategies with gender issues: 0, 1, 2. */
  STRATEGIES("5.0", HgdgElement.STRATEGIES, "Matching of strategies with gender issues"),
  /** 6.1 Women and girls among the beneficiaries: 0, 0.33, 0.67. */
  WOMEN_BENEFICIARIES("6.1", HgdgElement.IMPACTS, "Women and girls among the beneficiaries"),
  /** 6.2 Long-term impact on women's socio-economic status and empowerment: 0, 0.33, 0.67. */
  LONG_TERM_IMPACT(
      "6.2",
      HgdgElement.IMPACTS,
      "Long-term impact on women's socio-economic status and empowerment"),
  /** 6.3 Strategies to avoid negative impacts: 0, 0.33, 0.67. */
  NEGATIVE_IMPACTS("6.3", HgdgElement.IMPACTS, "Strategies to avoid negative impacts"),
  /** 7.0 Monitoring targets and indicators: 0, 1, 2 — scale UNCONFIRMED. */
  MONITORING(
      "7.0", HgdgElement.MONITORING, "Monitoring targets and indicators", Scale.WHOLE, true, false),
  /** 8.0 Sex-disaggregated M&amp;E database: 0, 1, 2 — title and scale UNCONFIRMED. */
  DATABASE(
      "8.0",
      HgdgElement.DATABASE,
      "Sex-disaggregated M&E database (title unconfirmed)",
      Scale.WHOLE,
      false,
      false),
  /** 9.1 Budget sufficient; counterpart funds: 0, 0.5, 1. */
  BUDGET("9.1", HgdgElement.RESOURCES, "Budget sufficient; counterpart funds"),
  /** 9.2 Expertise and staff capacity: 0, 0.5, 1. */
  EXPERTISE("9.2", HgdgElement.RESOURCES, "Expertise and staff capacity"),
  /** 10.1 — title not in pug's sources: 0, 0.33, 0.67. */
  AGENCY_GAD_10_1(
      "10.1",
      HgdgElement.AGENCY_GAD_EFFORTS,
      "Relationship with the agency's GAD efforts, item 10.1 (title not in pug's sources)",
      Scale.THIRDS,
      false,
      true),
  /** 10.2 — title not in pug's sources: 0, 0.33, 0.67. */
  AGENCY_GAD_10_2(
      "10.2",
      HgdgElement.AGENCY_GAD_EFFORTS,
      "Relationship with the agency's GAD efforts, item 10.2 (title not in pug's sources)",
      Scale.THIRDS,
      false,
      true),
  /** 10.3 Exit plan: 0, 0.33, 0.67. */
  EXIT_PLAN("10.3", HgdgElement.AGENCY_GAD_EFFORTS, "Exit plan");

  /** The scales of §8.1. */
  private enum Scale {
    HALVES("0", "0.5", "1"),
    WHOLE("0", "1", "2"),
    THIRDS("0", "0.33", "0.67");

    private final ImmutableList<BigDecimal> values;

    Scale(String... values) {
      ImmutableList.Builder<BigDecimal> out = ImmutableList.builder();
      for (String v : values) {
        out.add(new BigDecimal(v));
      }
      this.values = out.build();
    }
  }

  private final String code;
  private final HgdgElement element;
  private final String title;
  private final ImmutableList<BigDecimal> allowed;
  private final boolean titleConfirmed;
  private final boolean scaleConfirmed;

  HgdgItem(String code, HgdgElement element, String title) {
    this(code, element, title, defaultScale(element), true, true);
  }

  HgdgItem(
      String code,
      HgdgElement element,
      String title,
      Scale scale,
      boolean titleConfirmed,
      boolean scaleConfirmed) {
    this.code = code;
    this.element = element;
    this.title = title;
    this.allowed = scale.values;
    this.titleConfirmed = titleConfirmed;
    this.scaleConfirmed = scaleConfirmed;
  }

  private static Scale defaultScale(HgdgElement element) {
    return switch (element) {
      case INVOLVEMENT, ANALYSIS, RESOURCES -> Scale.HALVES;
      case IMPACTS, AGENCY_GAD_EFFORTS -> Scale.THIRDS;
      case DATA, GOALS, STRATEGIES, MONITORING, DATABASE -> Scale.WHOLE;
    };
  }

  /**
   * The item's code as the checklist writes it.
   *
   * @return for example {@code "6.1"} or {@code "2.0"}
   */
  public String code() {
    return code;
  }

  /**
   * The element the item belongs to.
   *
   * @return the element
   */
  public HgdgElement element() {
    return element;
  }

  /**
   * The item's title.
   *
   * @return an English title after {@code domain.md} §8.1
   */
  public String title() {
    return title;
  }

  /**
   * The scores an assessor may give, lowest first.
   *
   * @return three values, the first 0
   */
  public ImmutableList<BigDecimal> allowedScores() {
    return allowed;
  }

  /**
   * The highest score.
   *
   * @return 1, 2 or 0.67
   */
  public BigDecimal maximum() {
    return allowed.get(allowed.size() - 1);
  }

  /**
   * Whether a score is one the item allows (compared by value: {@code 0.50} equals {@code 0.5}).
   *
   * @param score the score
   * @return true if allowed
   */
  public boolean allows(BigDecimal score) {
    return allowed.stream().anyMatch(a -> a.compareTo(score) == 0);
  }

  /**
   * The allowed scores as text.
   *
   * @return for example {@code "0, 0.33, 0.67"}
   */
  public String allowedText() {
    return allowed.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", "));
  }

  /**
   * Whether pug's sources confirm the item's title.
   *
   * @return false for 8.0, 10.1 and 10.2
   */
  public boolean titleConfirmed() {
    return titleConfirmed;
  }

  /**
   * Whether pug's sources confirm the item's scale.
   *
   * @return false for 7.0 and 8.0, whose 0/1/2 is pug's reading
   */
  public boolean scaleConfirmed() {
    return scaleConfirmed;
  }

  /**
   * The item with a code.
   *
   * @param code for example {@code "6.1"}, {@code "2.0"} or {@code "2"}
   * @return the item
   * @throws InvalidValueException for a code the checklist does not have
   */
  public static HgdgItem of(String code) {
    java.util.Objects.requireNonNull(code, "code");
    String c = code.strip();
    String full = c.contains(".") ? c : c + ".0";
    for (HgdgItem item : values()) {
      if (item.code.equals(full)) {
        return item;
      }
    }
    throw InvalidValueException.of(
        HgdgItem.class,
        "code",
        code,
        "be an HGDG item: 1.1, 1.2, 2.0, 3.1, 3.2, 4.0, 5.0, 6.1, 6.2, 6.3, 7.0, 8.0, 9.1, 9.2,"
            + " 10.1, 10.2 or 10.3");
  }
}
