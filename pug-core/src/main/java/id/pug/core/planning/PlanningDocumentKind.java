package id.pug.core.planning;

/**
 * The kinds of regional planning and budgeting document that PPRG makes gender-responsive.
 *
 * <p>Permendagri 15/2008 jo. 67/2011 require gender-responsive policies, programmes and activities
 * in the RPJMD, Renstra SKPD and Renja SKPD, with GBS results an inseparable part of the
 * RKA/DPA-SKPD ({@code domain.md} §2.1, Inspektorat Kota Magelang's summary); regional practice
 * integrates GAP/GBS into the RKPD as well [S].
 */
public enum PlanningDocumentKind {
  /** Rencana Pembangunan Jangka Menengah Daerah: the region's medium-term development plan. */
  RPJMD("Rencana Pembangunan Jangka Menengah Daerah", Scope.REGION, false),
  /** Rencana Strategis Perangkat Daerah: an agency's medium-term strategic plan. */
  RENSTRA_PD("Rencana Strategis Perangkat Daerah", Scope.AGENCY, false),
  /** Rencana Kerja Pemerintah Daerah: the region's annual work plan. */
  RKPD("Rencana Kerja Pemerintah Daerah", Scope.REGION, true),
  /** Rencana Kerja Perangkat Daerah: an agency's annual work plan. */
  RENJA_PD("Rencana Kerja Perangkat Daerah", Scope.AGENCY, true),
  /** Rencana Kerja dan Anggaran (RKA-SKPD): an agency's annual work plan and budget. */
  RKA("Rencana Kerja dan Anggaran Perangkat Daerah", Scope.AGENCY, true),
  /** Dokumen Pelaksanaan Anggaran (DPA-SKPD): an agency's budget implementation document. */
  DPA("Dokumen Pelaksanaan Anggaran Perangkat Daerah", Scope.AGENCY, true);

  /** Whose document it is. */
  public enum Scope {
    /** The regional government as a whole. */
    REGION,
    /** One agency (perangkat daerah). */
    AGENCY
  }

  private final String indonesian;
  private final Scope scope;
  private final boolean annual;

  PlanningDocumentKind(String indonesian, Scope scope, boolean annual) {
    this.indonesian = indonesian;
    this.scope = scope;
    this.annual = annual;
  }

  /**
   * The full Indonesian name.
   *
   * @return for example {@code "Rencana Kerja Perangkat Daerah"}
   */
  public String indonesian() {
    return indonesian;
  }

  /**
   * Whose document it is.
   *
   * @return region or agency
   */
  public Scope scope() {
    return scope;
  }

  /**
   * Whether the document covers one fiscal year (RKPD, Renja, RKA, DPA) rather than a medium-term
   * period.
   *
   * @return true for annual documents
   */
  public boolean isAnnual() {
    return annual;
  }
}
