package id.pug.core.pokja;

/** The kinds of PUG action plan ({@code domain.md} §2.2). */
public enum ActionPlanKind {
  /**
   * Rencana Aksi Daerah PUG (RAD PUG): the region's PUG action plan, covering the four content
   * areas.
   */
  RAD_PUG("Rencana Aksi Daerah Pengarusutamaan Gender"),
  /**
   * Rencana kerja PUG tahunan / Rencana Aksi Pokja PUG: the Pokja's annual work plan elaborating
   * the RAD PUG (Kaltim's Bimtek of 2019 drafted such plans for its kab/kota; seed 003).
   */
  POKJA_WORK_PLAN("Rencana Kerja/Rencana Aksi Pokja PUG"),
  /** A thematic regional action plan such as a RAD Kesetaraan Gender (seed 001). */
  THEMATIC("Rencana Aksi Daerah tematik");

  private final String indonesian;

  ActionPlanKind(String indonesian) {
    this.indonesian = indonesian;
  }

  /**
   * The Indonesian name.
   *
   * @return the name
   */
  public String indonesian() {
    return indonesian;
  }
}
