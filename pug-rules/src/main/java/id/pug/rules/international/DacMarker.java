package id.pug.rules.international;

import id.pug.core.InvalidValueException;
import java.util.Locale;
import java.util.Objects;

/**
 * The OECD DAC gender equality policy marker ({@code domain.md} §8.2 [C]; {@link
 * ScoringSource#OECD_DAC}).
 *
 * <p>Scores 1 and 2 count as gender-equality-focused aid; a principal score is not by definition
 * better than a significant one (the twin-track approach). Gender analysis and "do no harm" are
 * expected of every aid activity.
 */
public enum DacMarker implements GenderMarker {
  /** 0 — not targeted: screened against the marker but not found to target gender equality. */
  NOT_TARGETED(0, "Not targeted"),
  /**
   * 1 — significant: gender equality is an important and deliberate objective, but not the
   * principal reason for the project.
   */
  SIGNIFICANT(1, "Significant"),
  /**
   * 2 — principal: gender equality is the main objective, fundamental in design and expected
   * results; the project would not have been undertaken without it.
   */
  PRINCIPAL(2, "Principal");

  private final int score;
  private final String meaning;

  DacMarker(int score, String meaning) {
    this.score = score;
    this.meaning = meaning;
  }

  @Override
  public int score() {
    return score;
  }

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
    return score > 0;
  }

  /**
   * The value with a score.
   *
   * @param score 0, 1 or 2
   * @return the value
   * @throws InvalidValueException for any other score
   */
  public static DacMarker of(int score) {
    for (DacMarker m : values()) {
      if (m.score == score) {
        return m;
      }
    }
    throw InvalidValueException.of(DacMarker.class, "score", score, "be 0, 1 or 2");
  }

  /**
   * Parses a value: its score ({@code "0"}, {@code "1"}, {@code "2"}) or its name ({@code
   * "SIGNIFICANT"}, {@code "not targeted"}), ignoring case and surrounding spaces.
   *
   * @param text the text
   * @return the value
   * @throws InvalidValueException for any other text
   */
  public static DacMarker parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (DacMarker m : values()) {
      if (m.code().equals(t) || m.name().equals(t)) {
        return m;
      }
    }
    throw InvalidValueException.of(
        DacMarker.class, text, "be 0, 1 or 2 (NOT_TARGETED, SIGNIFICANT, PRINCIPAL)");
  }
}
