package id.pug.core.pprg;

/** The two GBS formats in use ({@code domain.md} §4.4). */
public enum GbsFormat {
  /**
   * Regional government (Pemda) format at sub-kegiatan level with Permendagri 90/2019 codes, as in
   * the Surabaya SIGAS print: agency, programme, kegiatan, sub-kegiatan and its objective and code,
   * situation analysis, achievement.
   */
  REGIONAL,
  /**
   * Ministry/agency (K/L) format of the Pedoman Penandaan ARG K/L: programme, kegiatan, activity
   * performance indicator (IKK) and output, situation analysis, action plan, budget allocation.
   */
  MINISTRY
}
