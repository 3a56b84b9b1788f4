package id.pug.core.nomenclature;

/** How much of the bidang urusan it covers a nomenclature list holds. */
public enum Coverage {
  /** Every code of the covered bidang urusan, down to sub-kegiatan. */
  COMPLETE,
  /** Only the codes one region or system used: a missing code may still exist. */
  PARTIAL
}
