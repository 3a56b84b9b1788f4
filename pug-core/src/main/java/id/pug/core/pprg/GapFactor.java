package id.pug.core.pprg;

/**
 * The four gender gap factors (faktor kesenjangan), APKM: used in GAP step 3 and in the GBS
 * situation analysis ({@code domain.md} §4.1; Pedoman Penandaan ARG K/L: "Isu gender dapat dilihat
 * dengan menggunakan 4 (empat) aspek yaitu: akses, partisipasi, kontrol dan manfaat").
 */
public enum GapFactor {
  /** Akses: access to resources and services. */
  ACCESS("akses"),
  /** Partisipasi: participation in decisions and activities. */
  PARTICIPATION("partisipasi"),
  /** Kontrol: control over resources and decisions. */
  CONTROL("kontrol"),
  /** Manfaat: benefit from development. */
  BENEFIT("manfaat");

  private final String indonesian;

  GapFactor(String indonesian) {
    this.indonesian = indonesian;
  }

  /**
   * The Indonesian term.
   *
   * @return for example {@code "akses"}
   */
  public String indonesian() {
    return indonesian;
  }
}
