package id.pug.rules.engine;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A text in Indonesian and in English: a rule's title, a message template, a recommendation.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class LocalizedText {
  LocalizedText() {}

  /**
   * The Indonesian text.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract String indonesian();

  /**
   * The English text.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract String english();

  /**
   * A text in both languages.
   *
   * @param indonesian the Indonesian text
   * @param english the English text
   * @return the text
   * @throws InvalidValueException if either is blank
   */
  public static LocalizedText of(String indonesian, String english) {
    return ImmutableLocalizedText.of(indonesian, english);
  }

  /**
   * The text in a language.
   *
   * @param language the language
   * @return the text
   */
  public String in(Language language) {
    Objects.requireNonNull(language, "language");
    return language == Language.INDONESIAN ? indonesian() : english();
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(LocalizedText.class, "indonesian", indonesian());
    InvalidValueException.checkNotBlank(LocalizedText.class, "english", english());
  }

  /**
   * The Indonesian text.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return indonesian();
  }
}
