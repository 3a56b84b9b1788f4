package id.pug.core.law;

/**
 * An attribute of a {@link Regulation} that pug's sources may fail to confirm. A regulation lists
 * its unconfirmed attributes ({@link Regulation#unconfirmed()}); such facts are shown as
 * unconfirmed and never used as hard rules.
 */
public enum RegulationAttribute {
  /** That the instrument exists at all (recalled, not found in any stored source). */
  EXISTENCE,
  /** Its number. */
  NUMBER,
  /** Its exact title. */
  TITLE,
  /** Its dates of issue, effect or expiry. */
  DATES,
  /** Whether it is still in force. */
  STATUS,
  /** Its amendment and replacement links. */
  AMENDMENTS
}
