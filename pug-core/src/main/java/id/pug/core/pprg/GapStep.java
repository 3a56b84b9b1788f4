package id.pug.core.pprg;

/**
 * The nine steps (langkah) of the Gender Analysis Pathway, with the column headers of the GAP form
 * as the Surabaya SIGAS print and the Pratiti Budi Asih GAP deck show them ({@code domain.md} §4.2)
 * and their phase.
 */
public enum GapStep {
  /**
   * 1. Pilih Kebijakan/Program/Kegiatan yang akan dianalisis: choose the policy/programme/activity
   * and its aim.
   */
  POLICY_SELECTION(
      1, "Pilih Kebijakan/Program/Kegiatan yang akan dianalisis", GapPhase.POLICY_ANALYSIS),
  /** 2. Data Pembuka Wawasan: sex-disaggregated data, quantitative or qualitative. */
  INSIGHT_DATA(2, "Data Pembuka Wawasan", GapPhase.POLICY_ANALYSIS),
  /** 3. Faktor Kesenjangan: the gender issue in access, participation, control and benefit. */
  GAP_FACTORS(3, "Faktor Kesenjangan", GapPhase.POLICY_ANALYSIS),
  /** 4. Sebab Kesenjangan Internal: causes inside the institution. */
  INTERNAL_CAUSES(4, "Sebab Kesenjangan Internal", GapPhase.POLICY_ANALYSIS),
  /** 5. Sebab Kesenjangan Eksternal: causes outside the institution. */
  EXTERNAL_CAUSES(5, "Sebab Kesenjangan Eksternal", GapPhase.POLICY_ANALYSIS),
  /** 6. Reformulasi Tujuan: the objective rewritten to be gender-responsive. */
  REFORMULATED_OBJECTIVE(6, "Reformulasi Tujuan", GapPhase.FORMULATION),
  /** 7. Rencana Aksi: the action plan. */
  ACTION_PLAN(7, "Rencana Aksi", GapPhase.FORMULATION),
  /** 8. Data Dasar (Base-line): the baseline. */
  BASELINE(8, "Data Dasar (Base-line)", GapPhase.MEASUREMENT),
  /** 9. Indikator Gender: the gender indicators. */
  GENDER_INDICATORS(9, "Indikator Gender", GapPhase.MEASUREMENT);

  private final int number;
  private final String indonesian;
  private final GapPhase phase;

  GapStep(int number, String indonesian, GapPhase phase) {
    this.number = number;
    this.indonesian = indonesian;
    this.phase = phase;
  }

  /**
   * The step number.
   *
   * @return 1–9
   */
  public int number() {
    return number;
  }

  /**
   * The column header of the GAP form.
   *
   * @return for example {@code "Data Pembuka Wawasan"}
   */
  public String indonesian() {
    return indonesian;
  }

  /**
   * The phase the step belongs to.
   *
   * @return the phase
   */
  public GapPhase phase() {
    return phase;
  }

  /**
   * The step with a number.
   *
   * @param number 1–9
   * @return the step
   * @throws id.pug.core.InvalidValueException for any other number
   */
  public static GapStep of(int number) {
    for (GapStep step : values()) {
      if (step.number == number) {
        return step;
      }
    }
    throw id.pug.core.InvalidValueException.of(GapStep.class, "number", number, "be from 1 to 9");
  }
}
