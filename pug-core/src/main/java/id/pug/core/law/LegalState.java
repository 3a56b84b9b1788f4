package id.pug.core.law;

/** Whether an instrument is in force on a given day, as far as pug's sources tell. */
public enum LegalState {
  /** Not yet issued or not yet effective on that day. */
  NOT_YET_IN_FORCE,
  /** In force on that day (possibly as amended). */
  IN_FORCE,
  /** Revoked, replaced, superseded or expired by that day. */
  NO_LONGER_IN_FORCE,
  /**
   * The sources cannot tell: only the year of a relevant event is known and the day falls in that
   * year, or the instrument was superseded on a date no source gives.
   */
  UNDETERMINED
}
