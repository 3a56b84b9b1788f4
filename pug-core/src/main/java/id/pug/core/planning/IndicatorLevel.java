package id.pug.core.planning;

/**
 * The level at which a performance indicator measures, as SIPD records indicators ({@code
 * data/sipd_field_dictionary.csv}), plus the region-level goal indicators of an RPJMD.
 */
public enum IndicatorLevel {
  /**
   * Keluaran: the output of a sub-kegiatan (SIPD {@code outputteks}, {@code targetoutput}, {@code
   * satuanoutput}).
   */
  OUTPUT("keluaran"),
  /**
   * Hasil: the result of a kegiatan (SIPD {@code hasilteks}, {@code targethasil}, {@code
   * satuanhasil}).
   */
  RESULT("hasil"),
  /**
   * Capaian program: the outcome of a programme (SIPD {@code capaianteks}, {@code targetcapaian}).
   */
  OUTCOME("capaian program"),
  /**
   * Indikator tujuan/sasaran: a region-level goal such as the Gender Inequality Index (IKG) in an
   * RPJMD. Not a SIPD budget level.
   */
  IMPACT("tujuan/sasaran");

  private final String indonesian;

  IndicatorLevel(String indonesian) {
    this.indonesian = indonesian;
  }

  /**
   * The Indonesian term.
   *
   * @return for example {@code "keluaran"}
   */
  public String indonesian() {
    return indonesian;
  }
}
