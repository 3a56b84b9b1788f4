package id.pug.core.indicator;

/** One input of the IKG, by the column name the batch format uses. */
public enum IkgComponent {
  /** MTF: births not in a health facility (women only). */
  MTF("mtf", "births outside a health facility (MTF)", false),
  /** MHPK20: first birth before age 20 (women only). */
  MHPK20("mhpk20", "first birth before age 20 (MHPK20)", false),
  /** PR, women. */
  PARLIAMENT_FEMALE("pr_f", "women's share of legislative seats (PR)", true),
  /** PR, men. */
  PARLIAMENT_MALE("pr_m", "men's share of legislative seats (PR)", true),
  /** SE, women. */
  EDUCATION_FEMALE("se_f", "women 25+ with senior secondary education (SE)", true),
  /** SE, men. */
  EDUCATION_MALE("se_m", "men 25+ with senior secondary education (SE)", true),
  /** TPAK, women. */
  LABOUR_FEMALE("tpak_f", "women's labour-force participation (TPAK)", true),
  /** TPAK, men. */
  LABOUR_MALE("tpak_m", "men's labour-force participation (TPAK)", true);

  private final String column;
  private final String description;
  private final boolean percent;

  IkgComponent(String column, String description, boolean percent) {
    this.column = column;
    this.description = description;
    this.percent = percent;
  }

  /**
   * The column name in the IKG batch format.
   *
   * @return for example {@code "tpak_f"}
   */
  public String column() {
    return column;
  }

  /**
   * What the component measures.
   *
   * @return a short English description
   */
  public String description() {
    return description;
  }

  /**
   * The unit BPS publishes the component in, and the batch format expects.
   *
   * @return percent for PR, SE and TPAK; proportion for MTF and MHPK20
   */
  public ShareUnit publishedUnit() {
    return percent ? ShareUnit.PERCENT : ShareUnit.PROPORTION;
  }
}
