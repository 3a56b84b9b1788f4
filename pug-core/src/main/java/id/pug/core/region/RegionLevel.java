package id.pug.core.region;

import id.pug.core.InvalidValueException;
import java.util.Objects;

/** The level of a region: province (provinsi), regency (kabupaten) or city (kota). */
public enum RegionLevel {
  /** Provinsi. */
  PROVINCE("provinsi", GovernmentLevel.PROVINCE),
  /** Kabupaten (regency). */
  REGENCY("kabupaten", GovernmentLevel.REGENCY_CITY),
  /** Kota (city). */
  CITY("kota", GovernmentLevel.REGENCY_CITY);

  private final String indonesian;
  private final GovernmentLevel governmentLevel;

  RegionLevel(String indonesian, GovernmentLevel governmentLevel) {
    this.indonesian = indonesian;
    this.governmentLevel = governmentLevel;
  }

  /**
   * The Indonesian term, as in the region list's {@code level} column.
   *
   * @return {@code "provinsi"}, {@code "kabupaten"} or {@code "kota"}
   */
  public String indonesian() {
    return indonesian;
  }

  /**
   * The tier of regional government: kabupaten and kota are one tier.
   *
   * @return the government level
   */
  public GovernmentLevel governmentLevel() {
    return governmentLevel;
  }

  /**
   * Parses the Indonesian term.
   *
   * @param text {@code "provinsi"}, {@code "kabupaten"} or {@code "kota"}
   * @return the level
   * @throws InvalidValueException for any other text
   */
  public static RegionLevel parseIndonesian(String text) {
    Objects.requireNonNull(text, "text");
    for (RegionLevel level : values()) {
      if (level.indonesian.equals(text)) {
        return level;
      }
    }
    throw InvalidValueException.of(RegionLevel.class, text, "be provinsi, kabupaten or kota");
  }
}
