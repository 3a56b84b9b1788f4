package id.pug.core.assessment;

/**
 * The seven prerequisites of PUG (tujuh prasyarat PUG), as the Sekda of Kalimantan Tengah listed
 * them in 2019 and a journal abstract confirms ({@code domain.md} §6.1) [S].
 */
public enum Prerequisite {
  /** 1. Komitmen: commitment, for example of the head of region. */
  COMMITMENT("komitmen"),
  /** 2. Kebijakan: policy, such as a PUG regulation. */
  POLICY("kebijakan"),
  /** 3. Kelembagaan PUG: institutions (Pokja PUG, focal points). */
  INSTITUTIONS("kelembagaan PUG"),
  /** 4. Sumber daya (SDM dan anggaran): human and financial resources. */
  RESOURCES("sumber daya (SDM dan anggaran)"),
  /** 5. Data terpilah: sex-disaggregated data. */
  SEX_DISAGGREGATED_DATA("data terpilah"),
  /** 6. Alat analisis: gender analysis tools (GAP and others). */
  ANALYSIS_TOOLS("alat analisis"),
  /** 7. Jejaring / partisipasi masyarakat: networking and public participation. */
  PUBLIC_PARTICIPATION("jejaring / partisipasi masyarakat");

  private final String indonesian;

  Prerequisite(String indonesian) {
    this.indonesian = indonesian;
  }

  /**
   * The Indonesian term.
   *
   * @return for example {@code "data terpilah"}
   */
  public String indonesian() {
    return indonesian;
  }
}
