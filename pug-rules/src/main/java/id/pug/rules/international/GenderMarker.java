package id.pug.rules.international;

/**
 * A value of a gender marker: {@link DacMarker} or {@link GenderEqualityMarker}.
 *
 * <p>Implemented only by those two enums.
 */
public interface GenderMarker {
  /**
   * The numeric value.
   *
   * @return 0 to 2 for the DAC marker, 0 to 3 for the GEM
   */
  int score();

  /**
   * The value as its scale writes it.
   *
   * @return for example {@code "1"}
   */
  String code();

  /**
   * The value's meaning in the source's words.
   *
   * @return for example {@code "Significant"}
   */
  String meaning();

  /**
   * Whether the value marks gender equality as an objective (significant or principal).
   *
   * @return true for DAC 1 and 2 and for GEM 2 and 3
   */
  boolean targetsGenderEquality();
}
