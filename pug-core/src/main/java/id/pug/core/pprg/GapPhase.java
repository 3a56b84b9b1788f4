package id.pug.core.pprg;

/**
 * The three phases (tahap) of the 9-step GAP, as Lampiran III of a Peraturan Bupati Tulang Bawang
 * (2020) names them ({@code domain.md} §4.2).
 */
public enum GapPhase {
  /** Tahap I — Analisis Kebijakan yang Responsif Gender: steps 1–5. */
  POLICY_ANALYSIS("Analisis Kebijakan yang Responsif Gender"),
  /** Tahap II — Formulasi Kebijakan dan Rencana Aksi ke Depan: steps 6–7. */
  FORMULATION("Formulasi Kebijakan dan Rencana Aksi ke Depan"),
  /** Tahap III — Pengukuran Kinerja (Pengukuran Hasil): steps 8–9. */
  MEASUREMENT("Pengukuran Kinerja (Pengukuran Hasil)");

  private final String indonesian;

  GapPhase(String indonesian) {
    this.indonesian = indonesian;
  }

  /**
   * The Indonesian name of the phase.
   *
   * @return for example {@code "Analisis Kebijakan yang Responsif Gender"}
   */
  public String indonesian() {
    return indonesian;
  }
}
