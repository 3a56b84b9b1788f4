package id.pug.rules.engine;

import java.util.Objects;

/**
 * How the evaluation of a rule on one subject ended: exactly one of these, always. A missing input
 * is never a pass: it is {@link #INSUFFICIENT_DATA}. As libphonenumber returns a reason rather than
 * a boolean and Catala separates "no applicable rule" from a conflict, pug separates "does not
 * apply" from "could not be checked".
 */
public enum Outcome {
  /** The subject meets the rule. */
  PASSED("terpenuhi", "passed"),
  /** The subject breaks the rule: a finding with the rule's severity. */
  VIOLATED("dilanggar", "violated"),
  /** The rule does not apply to the subject (a category-2 rule on a category-1 line, say). */
  NOT_APPLICABLE("tidak berlaku", "not applicable"),
  /**
   * The rule applies but the plan lacks what it needs to decide: a finding, never a pass, so a plan
   * cannot comply by leaving data out.
   */
  INSUFFICIENT_DATA("data tidak cukup", "insufficient data");

  private final String indonesian;
  private final String english;

  Outcome(String indonesian, String english) {
    this.indonesian = indonesian;
    this.english = english;
  }

  /**
   * The outcome's name in a language.
   *
   * @param language the language
   * @return for example {@code "dilanggar"} or {@code "violated"}
   */
  public String label(Language language) {
    Objects.requireNonNull(language, "language");
    return language == Language.INDONESIAN ? indonesian : english;
  }

  /**
   * Whether the outcome produces a finding in the report.
   *
   * @return true for {@link #VIOLATED} and {@link #INSUFFICIENT_DATA}
   */
  public boolean isFinding() {
    return this == VIOLATED || this == INSUFFICIENT_DATA;
  }
}
