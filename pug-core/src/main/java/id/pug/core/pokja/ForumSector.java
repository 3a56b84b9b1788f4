package id.pug.core.pokja;

/**
 * The sectors a Forum PUSPA draws its members from: the minimum membership KemenPPPA's Asdep named
 * in 2019 ({@code domain.md} §7.3), plus others.
 */
public enum ForumSector {
  /** Lembaga profesi. */
  PROFESSIONAL_BODY("lembaga profesi"),
  /** Dunia usaha. */
  BUSINESS("dunia usaha"),
  /** Media cetak dan elektronik. */
  MEDIA("media cetak dan elektronik"),
  /** Organisasi kemasyarakatan. */
  MASS_ORGANISATION("organisasi kemasyarakatan"),
  /** Organisasi keagamaan. */
  RELIGIOUS_ORGANISATION("organisasi keagamaan"),
  /** Akademisi. */
  ACADEMIA("akademisi"),
  /** Any other sector (research institutes, for example). */
  OTHER("lainnya");

  private final String indonesian;

  ForumSector(String indonesian) {
    this.indonesian = indonesian;
  }

  /**
   * The Indonesian term.
   *
   * @return for example {@code "dunia usaha"}
   */
  public String indonesian() {
    return indonesian;
  }
}
