package id.pug.rules.international;

/** What an activity's HGDG score rests on. */
public enum HgdgBasis {
  /** A complete assessment an assessor gave: the score is the HGDG total. */
  ASSESSED,
  /**
   * An assessment an assessor gave with items left unscored: the score is its lower bound ({@link
   * HgdgAssessment#minimumTotal()}).
   */
  ASSESSED_MINIMUM,
  /**
   * pug's pre-filled suggestion, no assessment given: the score is its lower bound ({@link
   * HgdgSuggestion#minimumTotal()}), if an assessor confirms the pre-filled items.
   */
  SUGGESTED_MINIMUM;

  /**
   * Whether the score is a lower bound rather than a total.
   *
   * @return true unless {@link #ASSESSED}
   */
  public boolean isLowerBound() {
    return this != ASSESSED;
  }
}
