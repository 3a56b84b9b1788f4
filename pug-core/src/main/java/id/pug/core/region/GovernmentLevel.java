package id.pug.core.region;

import id.pug.core.InvalidValueException;

/**
 * The tier of regional government (pemerintah daerah): province, or kabupaten/kota.
 *
 * <p>The planning and budgeting nomenclature writes it as the level digit of a kegiatan code:
 * {@code 1} for a province, {@code 2} for a kabupaten/kota ({@code 2.08.02.2.01} is a kab/kota
 * kegiatan; Permendagri 90/2019 and its updates, see {@code budget-notes.md} §1).
 */
public enum GovernmentLevel {
  /** Pemerintah daerah provinsi; nomenclature level digit 1. */
  PROVINCE(1),
  /** Pemerintah daerah kabupaten/kota; nomenclature level digit 2. */
  REGENCY_CITY(2);

  private final int digit;

  GovernmentLevel(int digit) {
    this.digit = digit;
  }

  /**
   * The level digit used in nomenclature codes.
   *
   * @return 1 or 2
   */
  public int digit() {
    return digit;
  }

  /** The levels, without the copy {@code values()} makes at every call. */
  private static final GovernmentLevel[] LEVELS = values();

  /**
   * The level for a nomenclature level digit.
   *
   * @param digit 1 or 2
   * @return the level
   * @throws InvalidValueException for any other digit
   */
  public static GovernmentLevel ofDigit(int digit) {
    for (GovernmentLevel level : LEVELS) {
      if (level.digit == digit) {
        return level;
      }
    }
    throw InvalidValueException.of(
        GovernmentLevel.class, "digit", digit, "be 1 (province) or 2 (kabupaten/kota)");
  }
}
