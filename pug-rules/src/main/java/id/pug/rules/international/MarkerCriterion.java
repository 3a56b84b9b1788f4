package id.pug.rules.international;

/**
 * One criterion pug checks to suggest a marker value ({@link MarkerCriteria}). None is confirmed in
 * pug's sources: they follow the shape of the DAC's minimum criteria as {@code domain.md} §8.2
 * reports it (UNCONFIRMED) and pug's inference of a principal objective.
 */
public enum MarkerCriterion {
  /** The line carries an ARG tag. */
  ARG_TAG(Level.SIGNIFICANT),
  /** The tag's category is one of {@link MarkerCriteria#significantCategories()}. */
  SIGNIFICANT_CATEGORY(Level.SIGNIFICANT),
  /** The line's GAP is complete: all nine steps. */
  COMPLETE_GAP(Level.SIGNIFICANT),
  /** An objective was reformulated to be gender-responsive (GAP step 6 or the GBS's objective). */
  GENDER_OBJECTIVE(Level.SIGNIFICANT),
  /** At least one indicator of the line, its GAP, GBS or KAK is sex-disaggregated. */
  SEX_DISAGGREGATED_INDICATOR(Level.SIGNIFICANT),
  /** The tag's category is one of {@link MarkerCriteria#principalCategories()}. */
  PRINCIPAL_CATEGORY(Level.PRINCIPAL),
  /** The line's sub-kegiatan lies in one of {@link MarkerCriteria#principalProgrammes()}. */
  PRINCIPAL_PROGRAMME(Level.PRINCIPAL);

  /** The marker level a criterion is needed for. */
  public enum Level {
    /** Needed for significant (DAC 1, GEM 2) and principal. */
    SIGNIFICANT,
    /** Needed, beyond the significant criteria, for principal (DAC 2, GEM 3). */
    PRINCIPAL
  }

  private final Level level;

  MarkerCriterion(Level level) {
    this.level = level;
  }

  /**
   * The level the criterion is needed for.
   *
   * @return significant or principal
   */
  public Level level() {
    return level;
  }

  /**
   * Whether pug's sources confirm the criterion.
   *
   * @return always false
   */
  public boolean confirmed() {
    return false;
  }
}
