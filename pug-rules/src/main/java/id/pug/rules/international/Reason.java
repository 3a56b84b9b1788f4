package id.pug.rules.international;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.LocalizedText;
import org.immutables.value.Value;

/**
 * Why pug suggested a score or a marker value: a stable key (for programs and tests) and the text
 * in Indonesian and English, with the plan's ids and values filled in.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Reason {
  Reason() {}

  /**
   * A reason.
   *
   * @param key the stable key, such as {@code "hgdg.2.0.figuresBySex"}
   * @param text the text
   * @return the reason
   */
  public static Reason of(String key, LocalizedText text) {
    return ImmutableReason.of(key, text);
  }

  /**
   * The stable key: the same situation always gives the same key, whatever the plan's wording.
   *
   * @return for example {@code "marker.untagged"}
   */
  @Value.Parameter
  public abstract String key();

  /**
   * The text in both languages.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract LocalizedText text();

  /**
   * The text in a language.
   *
   * @param language the language
   * @return the text
   */
  public String in(Language language) {
    return text().in(language);
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(Reason.class, "key", key());
  }

  /**
   * The key and the English text.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return key() + ": " + text().english();
  }
}
