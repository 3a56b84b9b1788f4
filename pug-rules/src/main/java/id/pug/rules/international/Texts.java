package id.pug.rules.international;

import com.google.common.collect.ImmutableList;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.engine.MessageBundle;
import id.pug.rules.engine.Values;
import java.util.LinkedHashMap;
import java.util.Map;

/** The package's texts ({@code messages_id.properties}, {@code messages_en.properties}). */
final class Texts {
  private Texts() {}

  static final MessageBundle BUNDLE = MessageBundle.load(Texts.class);

  /**
   * A reason from a template and its values.
   *
   * @param key the template's key
   * @param namesAndValues alternating placeholder names and values
   * @return the reason, its text filled in both languages
   */
  static Reason reason(String key, Object... namesAndValues) {
    return Reason.of(key, text(key, namesAndValues));
  }

  /**
   * A text from a template and its values.
   *
   * @param key the template's key
   * @param namesAndValues alternating placeholder names and values
   * @return the text, filled in both languages
   */
  static LocalizedText text(String key, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs: " + key);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], Values.normalise(namesAndValues[i + 1]));
    }
    LocalizedText template = BUNDLE.text(key);
    for (String name : MessageBundle.placeholders(template.indonesian())) {
      if (!values.containsKey(name)) {
        throw new IllegalStateException("no value for {" + name + "} of " + key);
      }
    }
    return LocalizedText.of(
        MessageBundle.fill(template.indonesian(), values, Language.INDONESIAN),
        MessageBundle.fill(template.english(), values, Language.ENGLISH));
  }

  /**
   * A list of localized labels, for a placeholder.
   *
   * @param keys the labels' keys
   * @return the labels
   */
  static ImmutableList<LocalizedText> labels(Iterable<String> keys) {
    ImmutableList.Builder<LocalizedText> out = ImmutableList.builder();
    for (String key : keys) {
      out.add(BUNDLE.text(key));
    }
    return out.build();
  }
}
