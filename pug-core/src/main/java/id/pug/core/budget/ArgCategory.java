package id.pug.core.budget;

/**
 * The three categories of gender-responsive budget (Anggaran Responsif Gender, ARG), in the wording
 * of the Juklak PPRG ({@code domain.md} §5.1).
 */
public enum ArgCategory {
  /**
   * Anggaran khusus target gender: allocation to meet specific basic needs of women or of men,
   * based on gender analysis.
   */
  SPECIFIC_TARGET("Anggaran khusus target gender"),
  /**
   * Anggaran kesetaraan gender: allocation to overcome gender gaps in access, participation,
   * benefit and control identified by gender analysis.
   */
  EQUALITY("Anggaran kesetaraan gender"),
  /**
   * Anggaran pelembagaan kesetaraan gender: allocation to strengthen the institutionalisation of
   * PUG, both data collection (pendataan) and capacity building.
   */
  INSTITUTIONALISATION("Anggaran pelembagaan kesetaraan gender");

  private final String indonesian;

  ArgCategory(String indonesian) {
    this.indonesian = indonesian;
  }

  /**
   * The Indonesian name.
   *
   * @return for example {@code "Anggaran kesetaraan gender"}
   */
  public String indonesian() {
    return indonesian;
  }
}
