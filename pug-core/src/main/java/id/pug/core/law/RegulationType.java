package id.pug.core.law;

/**
 * The kind of legal instrument (jenis peraturan), from statute to regional regulation.
 *
 * <p>Ministerial instruments ({@link #PERMEN}, {@link #KEPMEN}) name their {@link Ministry};
 * regional instruments ({@link #isRegional()}) name their jurisdiction.
 */
public enum RegulationType {
  /** Undang-Undang (statute). */
  UU("Undang-Undang", "UU"),
  /** Peraturan Pemerintah (government regulation). */
  PP("Peraturan Pemerintah", "PP"),
  /** Peraturan Presiden (presidential regulation). */
  PERPRES("Peraturan Presiden", "Perpres"),
  /** Instruksi Presiden (presidential instruction), such as Inpres 9/2000 on PUG. */
  INPRES("Instruksi Presiden", "Inpres"),
  /** Peraturan Menteri (ministerial regulation): Permendagri, Permen PPPA, Permen PPN, PMK. */
  PERMEN("Peraturan Menteri", "Permen"),
  /** Keputusan Menteri (ministerial decree), such as the Kepmendagri nomenclature updates. */
  KEPMEN("Keputusan Menteri", "Kepmen"),
  /** Surat Edaran (circular letter). */
  SE("Surat Edaran", "SE"),
  /**
   * Surat Edaran Bersama (joint circular), such as the 2012 four-minister circular on the PPRG
   * strategy.
   */
  SE_BERSAMA("Surat Edaran Bersama", "SE Bersama"),
  /** Peraturan Daerah (regional regulation of a province, kabupaten or kota). */
  PERDA("Peraturan Daerah", "Perda"),
  /** Peraturan Gubernur (governor regulation). */
  PERGUB("Peraturan Gubernur", "Pergub"),
  /** Peraturan Bupati (regent regulation). */
  PERBUP("Peraturan Bupati", "Perbup"),
  /** Peraturan Wali Kota (mayor regulation). */
  PERWALI("Peraturan Wali Kota", "Perwali");

  private final String indonesian;
  private final String abbreviation;

  RegulationType(String indonesian, String abbreviation) {
    this.indonesian = indonesian;
    this.abbreviation = abbreviation;
  }

  /**
   * The full Indonesian name.
   *
   * @return for example {@code "Instruksi Presiden"}
   */
  public String indonesian() {
    return indonesian;
  }

  /**
   * The usual abbreviation (for ministerial instruments, {@link Ministry} gives the specific one).
   *
   * @return for example {@code "Inpres"}
   */
  public String abbreviation() {
    return abbreviation;
  }

  /**
   * Whether the instrument is issued by a minister and must name its {@link Ministry}.
   *
   * @return true for {@link #PERMEN} and {@link #KEPMEN}
   */
  public boolean isMinisterial() {
    return this == PERMEN || this == KEPMEN;
  }

  /**
   * Whether the instrument is issued by a regional government and must name its jurisdiction.
   *
   * @return true for Perda, Pergub, Perbup and Perwali
   */
  public boolean isRegional() {
    return this == PERDA || this == PERGUB || this == PERBUP || this == PERWALI;
  }
}
