package id.pug.core.indicator;

/** Something about how an IKG value was computed that a reader should know. */
public enum IkgFlag {
  /** MTF was below its floor (a = 0.005 by default) and the floor was used. */
  MTF_AT_FLOOR,
  /** MHPK20 was below its floor (b = 0.01 by default) and the floor was used. */
  MHPK20_AT_FLOOR,
  /** Women held no legislative seat; the zero-seat policy replaced the share. */
  FEMALE_SEATS_ZERO_REPLACED,
  /** Men held no legislative seat; the zero-seat policy replaced the share. */
  MALE_SEATS_ZERO_REPLACED,
  /**
   * The women's or men's achievement term is zero (a zero education or labour rate): the IKG is 1.
   */
  ACHIEVEMENT_ZERO
}
