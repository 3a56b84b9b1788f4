package id.pug.core.pokja;

/**
 * The four content areas of a RAD PUG, as Permendagri 67/2011 is quoted in a regional indicator
 * book ({@code domain.md} §2.2).
 */
public enum ActionArea {
  /** a. PUG dalam peraturan perundang-undangan di daerah: PUG in regional legislation. */
  LEGISLATION("PUG dalam peraturan perundang-undangan di daerah"),
  /** b. PUG dalam siklus pembangunan di daerah: PUG in the regional development cycle. */
  DEVELOPMENT_CYCLE("PUG dalam siklus pembangunan di daerah"),
  /** c. Penguatan kelembagaan PUG di daerah: strengthening PUG institutions. */
  INSTITUTIONS("penguatan kelembagaan PUG di daerah"),
  /** d. Penguatan peran serta masyarakat di daerah: strengthening public participation. */
  PUBLIC_PARTICIPATION("penguatan peran serta masyarakat di daerah");

  private final String indonesian;

  ActionArea(String indonesian) {
    this.indonesian = indonesian;
  }

  /**
   * The Indonesian wording.
   *
   * @return the area as the source words it
   */
  public String indonesian() {
    return indonesian;
  }
}
