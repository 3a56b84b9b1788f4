package id.pug.core.indicator;

/**
 * What to do when a sex holds no legislative seat (some DPRD kab/kota have no woman member). The
 * IKG's empowerment term is then zero and the harmonic mean undefined. BPS's treatment is not
 * observed in pug's sources; UNDP's GII replaces a zero share with 0.1% [recalled, not re-read].
 * This is therefore a policy choice, and a result says when it was applied ({@code indicators.md}
 * §1).
 */
public enum ZeroSeatPolicy {
  /**
   * Replace a zero share with 0.1% (UNDP GII practice, recalled) and flag the result. The default.
   */
  REPLACE_WITH_0_1_PERCENT,
  /** Refuse to compute: a zero share is reported as an error. */
  REJECT
}
