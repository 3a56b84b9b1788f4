package id.pug.rules.engine;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Sets;
import id.pug.core.PugException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pair of message files with identical keys — {@code messages_id.properties} (Indonesian) and
 * {@code messages_en.properties} (English), UTF-8, beside a class — holding rules' titles,
 * recommendations and message templates.
 *
 * <p>Templates use named placeholders, {@code {name}}, filled from a finding's evidence. Loading
 * fails if the two files differ in keys or if a key's placeholders differ between the languages, so
 * a missing translation is caught when the catalogue loads, not when an auditor reads a report.
 * Immutable and thread-safe.
 */
public final class MessageBundle {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  private final String name;
  private final ImmutableMap<String, LocalizedText> texts;

  private MessageBundle(String name, ImmutableMap<String, LocalizedText> texts) {
    this.name = name;
    this.texts = texts;
  }

  /**
   * Loads {@code messages_id.properties} and {@code messages_en.properties} from the package of a
   * class.
   *
   * @param anchor a class in the package holding the files
   * @return the bundle
   * @throws PugException if a file is missing or not UTF-8, the files differ in keys, a text is
   *     blank, or a key's placeholders differ between the languages
   */
  public static MessageBundle load(Class<?> anchor) {
    Objects.requireNonNull(anchor, "anchor");
    return load(anchor.getClassLoader(), anchor.getPackageName().replace('.', '/') + "/messages");
  }

  static MessageBundle load(ClassLoader loader, String base) {
    Map<String, String> id = read(loader, base + "_id.properties");
    Map<String, String> en = read(loader, base + "_en.properties");
    Set<String> onlyId = Sets.difference(id.keySet(), en.keySet());
    Set<String> onlyEn = Sets.difference(en.keySet(), id.keySet());
    if (!onlyId.isEmpty() || !onlyEn.isEmpty()) {
      throw new PugException(
          "MessageBundle "
              + base
              + " must hold the same keys in both languages, was: only in _id "
              + onlyId
              + ", only in _en "
              + onlyEn);
    }
    ImmutableSortedMap.Builder<String, LocalizedText> texts = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<String, String> entry : id.entrySet()) {
      String key = entry.getKey();
      String english = en.get(key);
      if (entry.getValue().isBlank() || english == null || english.isBlank()) {
        throw new PugException("MessageBundle " + base + " key " + key + " must not be blank");
      }
      if (!placeholders(entry.getValue()).equals(placeholders(english))) {
        throw new PugException(
            "MessageBundle "
                + base
                + " key "
                + key
                + " must use the same placeholders in both languages, was "
                + placeholders(entry.getValue())
                + " and "
                + placeholders(english));
      }
      texts.put(key, LocalizedText.of(entry.getValue(), english));
    }
    return new MessageBundle(base, texts.buildOrThrow());
  }

  /**
   * A bundle from texts given in code, for rules a user writes without resource files.
   *
   * @param name a name for error messages
   * @param texts the texts by key
   * @return the bundle
   */
  public static MessageBundle of(String name, Map<String, LocalizedText> texts) {
    Objects.requireNonNull(name, "name");
    return new MessageBundle(name, ImmutableSortedMap.copyOf(texts));
  }

  private static Map<String, String> read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new PugException("MessageBundle " + resource + " is missing from the classpath");
      }
      Properties properties = new Properties();
      try (Reader reader =
          new InputStreamReader(
              in,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT))) {
        properties.load(reader);
      }
      ImmutableMap.Builder<String, String> values = ImmutableMap.builder();
      for (String key : properties.stringPropertyNames()) {
        values.put(key, properties.getProperty(key));
      }
      return values.buildOrThrow();
    } catch (CharacterCodingException e) {
      throw new PugException("MessageBundle " + resource + " must be UTF-8", e);
    } catch (IOException e) {
      throw new PugException("MessageBundle " + resource + " cannot be read", e);
    }
  }

  /**
   * The names of the placeholders of a template, in order of first use.
   *
   * @param template a template such as {@code "Pagu {amount} pada {line}"}
   * @return the names, such as {@code [amount, line]}
   */
  public static Set<String> placeholders(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /**
   * Fills a template's placeholders with values.
   *
   * @param template the template
   * @param values the values by name, in canonical form (see {@link Values})
   * @param language the language the values are written in
   * @return the text; a placeholder without a value is left as it is
   */
  public static String fill(String template, Map<String, Object> values, Language language) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(language, "language");
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = values.get(m.group(1));
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(value == null ? m.group() : Values.format(value, language)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The bundle's name.
   *
   * @return for example {@code "id/pug/rules/gbs/messages"}
   */
  public String name() {
    return name;
  }

  /**
   * Every text by key.
   *
   * @return the texts, keys sorted
   */
  public ImmutableMap<String, LocalizedText> texts() {
    return texts;
  }

  /**
   * A text.
   *
   * @param key the key
   * @return the text
   * @throws PugException if the bundle has no such key
   */
  public LocalizedText text(String key) {
    Objects.requireNonNull(key, "key");
    LocalizedText text = texts.get(key);
    if (text == null) {
      throw new PugException("MessageBundle " + name + " has no key " + key);
    }
    return text;
  }

  /**
   * The texts whose key starts with a prefix, keyed by the rest of the key.
   *
   * @param prefix for example {@code "PPRG-GBS-003."}
   * @return the texts, such as {@code title}, {@code recommendation}, {@code noGap}
   */
  public ImmutableMap<String, LocalizedText> withPrefix(String prefix) {
    ImmutableMap.Builder<String, LocalizedText> out = ImmutableMap.builder();
    texts.forEach(
        (k, v) -> {
          if (k.startsWith(prefix)) {
            out.put(k.substring(prefix.length()), v);
          }
        });
    return out.buildOrThrow();
  }

  @Override
  public String toString() {
    return "MessageBundle[" + name + ", " + texts.size() + " keys]";
  }
}
