package id.pug.core.law;

/**
 * A ministry that issues regulations (Peraturan Menteri) and decrees (Keputusan Menteri) cited in
 * PUG/PPRG.
 */
public enum Ministry {
  /** Kementerian Dalam Negeri (Home Affairs): Permendagri, Kepmendagri. */
  DALAM_NEGERI("Menteri Dalam Negeri", "Permendagri", "Kepmendagri"),
  /**
   * Kementerian Pemberdayaan Perempuan dan Perlindungan Anak (Women's Empowerment and Child
   * Protection, KemenPPPA): Permen PPPA.
   */
  PPPA("Menteri Pemberdayaan Perempuan dan Perlindungan Anak", "Permen PPPA", "Kepmen PPPA"),
  /** Kementerian PPN/Bappenas (National Development Planning): Permen PPN. */
  PPN("Menteri Perencanaan Pembangunan Nasional/Kepala Bappenas", "Permen PPN", "Kepmen PPN"),
  /**
   * Kementerian Keuangan (Finance): Peraturan Menteri Keuangan (PMK), Keputusan Menteri Keuangan
   * (KMK).
   */
  KEUANGAN("Menteri Keuangan", "PMK", "KMK"),
  /** Kementerian Pendidikan Nasional (National Education, until 2011): Permendiknas. */
  PENDIDIKAN_NASIONAL("Menteri Pendidikan Nasional", "Permendiknas", "Kepmendiknas");

  private final String minister;
  private final String regulationAbbreviation;
  private final String decreeAbbreviation;

  Ministry(String minister, String regulationAbbreviation, String decreeAbbreviation) {
    this.minister = minister;
    this.regulationAbbreviation = regulationAbbreviation;
    this.decreeAbbreviation = decreeAbbreviation;
  }

  /**
   * The minister's title in Indonesian.
   *
   * @return for example {@code "Menteri Dalam Negeri"}
   */
  public String minister() {
    return minister;
  }

  /**
   * The usual abbreviation of this ministry's regulations.
   *
   * @return for example {@code "Permendagri"}, {@code "PMK"}
   */
  public String regulationAbbreviation() {
    return regulationAbbreviation;
  }

  /**
   * The usual abbreviation of this ministry's decrees.
   *
   * @return for example {@code "Kepmendagri"}
   */
  public String decreeAbbreviation() {
    return decreeAbbreviation;
  }
}
