package id.pug.rules.international;

import id.pug.core.InvalidValueException;
import java.util.Locale;
import java.util.Objects;

/**
 * The UN Gender Equality Marker (GEM) on the four-point scale of the CEB Guidance Note on Coding
 * Definitions (2018) ({@code domain.md} §8.3 [C]; {@link ScoringSource#UN_GEM}).
 *
 * <p>Entities write it 0/1/2/3 or 0/1/2a/2b, as long as the two map onto each other: 2a is 2
 * (significant) and 2b is 3 (principal); the lettered form stresses that a significant objective is
 * of equal merit to a principal one (twin track). {@link #parse} reads both and {@link
 * #format(Notation)} writes either. Coding follows "code what you see": stated intentions in the
 * documents, not implicit outcomes.
 */
public enum GenderEqualityMarker implements GenderMarker {
  /** 0 — no contribution to gender equality. */
  NO_CONTRIBUTION(0, "0", "No contribution"),
  /** 1 — limited contribution to gender equality. */
  LIMITED(1, "1", "Limited contribution"),
  /** 2 (also written 2a) — gender equality is a significant objective. */
  SIGNIFICANT(2, "2a", "Significant objective"),
  /** 3 (also written 2b) — gender equality is the principal objective. */
  PRINCIPAL(3, "2b", "Principal objective");

  /** The two ways of writing the scale. */
  public enum Notation {
    /** 0, 1, 2, 3. */
    NUMERIC,
    /** 0, 1, 2a, 2b. */
    LETTERED
  }

  private final int score;
  private final String lettered;
  private final String meaning;

  GenderEqualityMarker(int score, String lettered, String meaning) {
    this.score = score;
    this.lettered = lettered;
    this.meaning = meaning;
  }

  @Override
  public int score() {
    return score;
  }

  /**
   * The value in the numeric notation.
   *
   * @return {@code "0"} to {@code "3"}
   */
  @Override
  public String code() {
    return Integer.toString(score);
  }

  @Override
  public String meaning() {
    return meaning;
  }

  @Override
  public boolean targetsGenderEquality() {
    return score >= 2;
  }

  /**
   * The value in a notation.
   *
   * @param notation numeric or lettered
   * @return for example {@code "3"} or {@code "2b"}
   */
  public String format(Notation notation) {
    Objects.requireNonNull(notation, "notation");
    return notation == Notation.NUMERIC ? code() : lettered;
  }

  /**
   * The value with a score.
   *
   * @param score 0 to 3
   * @return the value
   * @throws InvalidValueException for any other score
   */
  public static GenderEqualityMarker of(int score) {
    for (GenderEqualityMarker m : values()) {
      if (m.score == score) {
        return m;
      }
    }
    throw InvalidValueException.of(GenderEqualityMarker.class, "score", score, "be 0, 1, 2 or 3");
  }

  /**
   * Parses a value in either notation — {@code "0"}, {@code "1"}, {@code "2"}, {@code "3"}, {@code
   * "2a"}, {@code "2b"} — or by name ({@code "PRINCIPAL"}), ignoring case and surrounding spaces.
   *
   * @param text the text
   * @return the value
   * @throws InvalidValueException for any other text
   */
  public static GenderEqualityMarker parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (GenderEqualityMarker m : values()) {
      if (m.code().equals(t)
          || m.lettered.toUpperCase(Locale.ROOT).equals(t)
          || m.name().equals(t)) {
        return m;
      }
    }
    throw InvalidValueException.of(GenderEqualityMarker.class, text, "be 0, 1, 2, 3, 2a or 2b");
  }
}
