package id.pug.rules.engine;

import id.pug.core.InvalidValueException;
import java.util.Locale;
import java.util.Objects;

/**
 * The languages pug's messages are written in: Indonesian (the default for end users) and English.
 * Both message bundles of every rule family hold the same keys.
 */
public enum Language {
  /** Bahasa Indonesia, the default. */
  INDONESIAN("id"),
  /** English. */
  ENGLISH("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /**
   * The language tag, as used in bundle file names and on the command line.
   *
   * @return {@code "id"} or {@code "en"}
   */
  public String tag() {
    return tag;
  }

  /**
   * The locale of the language.
   *
   * @return {@code id} or {@code en}
   */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /**
   * The language with a tag.
   *
   * @param tag {@code "id"} or {@code "en"}, in any case
   * @return the language
   * @throws InvalidValueException for any other tag
   */
  public static Language parse(String tag) {
    Objects.requireNonNull(tag, "tag");
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(tag.strip())) {
        return language;
      }
    }
    throw InvalidValueException.of(Language.class, tag, "be id or en");
  }
}
