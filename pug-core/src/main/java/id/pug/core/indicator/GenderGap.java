package id.pug.core.indicator;

/**
 * The aggregation shared by BPS's IKG and UNDP's GII ({@code indicators.md} §1, §5): the women's
 * and men's achievement terms, their harmonic mean and the reference of averaged components.
 */
final class GenderGap {
  final double rhF;
  final double eF;
  final double eM;
  final double gF;
  final double gM;
  final double harm;
  final double gFM;
  final double index;

  private GenderGap(
      double rhF, double eF, double eM, double gF, double gM, double harm, double gFM) {
    this.rhF = rhF;
    this.eF = eF;
    this.eM = eM;
    this.gF = gF;
    this.gM = gM;
    this.harm = harm;
    this.gFM = gFM;
    this.index = 1 - harm / gFM;
  }

  /**
   * Aggregates proportions; the men's reproductive-health term is 1.
   *
   * <pre>
   * E_s  = sqrt(PR_s · SE_s)
   * G_F  = (RH_F · E_F · TPAK_F)^(1/3)      G_M = (1 · E_M · TPAK_M)^(1/3)
   * HARM = 2 / (1/G_F + 1/G_M)              (0 when either is 0)
   * G_FM = (((RH_F + 1)/2) · ((E_F + E_M)/2) · ((TPAK_F + TPAK_M)/2))^(1/3)
   * index = 1 − HARM / G_FM
   * </pre>
   */
  static GenderGap of(
      double rhF, double prF, double prM, double seF, double seM, double lfF, double lfM) {
    double eF = Math.sqrt(prF * seF);
    double eM = Math.sqrt(prM * seM);
    double gF = Math.cbrt(rhF * eF * lfF);
    double gM = Math.cbrt(eM * lfM);
    double harm = gF == 0 || gM == 0 ? 0 : 2 / (1 / gF + 1 / gM);
    double gFM = Math.cbrt(((rhF + 1) / 2) * ((eF + eM) / 2) * ((lfF + lfM) / 2));
    return new GenderGap(rhF, eF, eM, gF, gM, harm, gFM == 0 ? 1 : gFM);
  }
}
