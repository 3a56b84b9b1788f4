package id.pug.core.law;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A place inside a legal instrument: an appendix (Lampiran), an article (Pasal), a paragraph
 * (ayat), a letter (huruf) and a number (angka), written the Indonesian way: {@code "Pasal 4 ayat
 * (1) huruf b"}, {@code "Lampiran II"}, {@code "Lampiran II Pasal 3"}.
 *
 * <p>An article is a number with an optional capital letter for inserted articles ({@code "8A"});
 * an appendix is a Roman numeral or a number. A paragraph, letter or number requires an article.
 * {@link #parse} accepts keywords in any case and a paragraph without parentheses ({@code "ayat
 * 1"}); {@link #format} always writes the canonical form.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Pinpoint {
  private static final Pattern FORM =
      Pattern.compile(
          "(?:lampiran\\s+([IVXLC]+|\\d+))?\\s*"
              + "(?:pasal\\s+(\\d+[A-Z]?)"
              + "(?:\\s+ayat\\s+(?:\\((\\d+)\\)|(\\d+)))?"
              + "(?:\\s+huruf\\s+([a-z]))?"
              + "(?:\\s+angka\\s+(\\d+))?)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ARTICLE = Pattern.compile("\\d+[A-Z]?");
  private static final Pattern APPENDIX =
      Pattern.compile("(?=[IVXLC])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})|[1-9]\\d*");

  Pinpoint() {}

  /**
   * A builder for a pinpoint.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Pinpoint}; at least an appendix or an article is required. */
  public static final class Builder extends ImmutablePinpoint.Builder {
    Builder() {}
  }

  /**
   * The appendix (Lampiran), as a Roman numeral or a number.
   *
   * @return for example {@code "II"}
   */
  public abstract Optional<String> appendix();

  /**
   * The article (Pasal): a number, with a capital letter for an inserted article.
   *
   * @return for example {@code "4"} or {@code "8A"}
   */
  public abstract Optional<String> article();

  /**
   * The paragraph (ayat).
   *
   * @return the paragraph number, at least 1
   */
  public abstract OptionalInt paragraph();

  /**
   * The letter (huruf), a lowercase letter.
   *
   * @return the letter
   */
  public abstract Optional<Character> letter();

  /**
   * The number (angka) within a letter or paragraph.
   *
   * @return the number, at least 1
   */
  public abstract OptionalInt item();

  /**
   * An article.
   *
   * @param article for example {@code "4"}
   * @return the pinpoint {@code Pasal 4}
   */
  public static Pinpoint article(String article) {
    return builder().article(article).build();
  }

  /**
   * Parses the Indonesian form.
   *
   * @param text for example {@code "Pasal 4 ayat (1) huruf b"}
   * @return the pinpoint
   * @throws InvalidValueException if the text is not of the form {@code [Lampiran N] [Pasal N [ayat
   *     (n)] [huruf x] [angka n]]}
   */
  public static Pinpoint parse(String text) {
    Matcher matcher = FORM.matcher(text.strip());
    if (text.isBlank() || !matcher.matches()) {
      throw InvalidValueException.of(
          Pinpoint.class,
          text,
          "be of the form [Lampiran II] [Pasal 4 [ayat (1)] [huruf b] [angka 2]], with an appendix or an article");
    }
    Builder builder = builder();
    Optional.ofNullable(matcher.group(1))
        .ifPresent(a -> builder.appendix(a.toUpperCase(Locale.ROOT)));
    Optional.ofNullable(matcher.group(2))
        .ifPresent(a -> builder.article(a.toUpperCase(Locale.ROOT)));
    Optional.ofNullable(matcher.group(3) != null ? matcher.group(3) : matcher.group(4))
        .ifPresent(p -> builder.paragraph(parseNumber(text, p)));
    Optional.ofNullable(matcher.group(5))
        .ifPresent(l -> builder.letter(Character.toLowerCase(l.charAt(0))));
    Optional.ofNullable(matcher.group(6)).ifPresent(n -> builder.item(parseNumber(text, n)));
    return builder.build();
  }

  private static int parseNumber(String text, String digits) {
    if (digits.length() > 4) {
      throw InvalidValueException.of(Pinpoint.class, text, "use numbers of at most 4 digits");
    }
    return Integer.parseInt(digits);
  }

  /**
   * The canonical Indonesian form.
   *
   * @return for example {@code "Pasal 4 ayat (1) huruf b"}
   */
  public String format() {
    StringBuilder out = new StringBuilder();
    appendix().ifPresent(a -> out.append("Lampiran ").append(a));
    article()
        .ifPresent(
            a -> {
              if (out.length() > 0) {
                out.append(' ');
              }
              out.append("Pasal ").append(a);
            });
    paragraph().ifPresent(p -> out.append(" ayat (").append(p).append(')'));
    letter().ifPresent(l -> out.append(" huruf ").append(l));
    item().ifPresent(n -> out.append(" angka ").append(n));
    return out.toString();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        appendix().isPresent() || article().isPresent(),
        Pinpoint.class,
        "article",
        null,
        "be given when there is no appendix");
    appendix()
        .ifPresent(
            a ->
                InvalidValueException.check(
                    APPENDIX.matcher(a).matches(),
                    Pinpoint.class,
                    "appendix",
                    a,
                    "be a Roman numeral in capitals (I to XCIX) or a number from 1"));
    article()
        .ifPresent(
            a ->
                InvalidValueException.check(
                    ARTICLE.matcher(a).matches() && !a.startsWith("0"),
                    Pinpoint.class,
                    "article",
                    a,
                    "be a number from 1, optionally followed by a capital letter (8A)"));
    boolean needsArticle = paragraph().isPresent() || letter().isPresent() || item().isPresent();
    InvalidValueException.check(
        !needsArticle || article().isPresent(),
        Pinpoint.class,
        "article",
        null,
        "be given when a paragraph, letter or number is");
    if (paragraph().isPresent()) {
      InvalidValueException.check(
          paragraph().getAsInt() >= 1,
          Pinpoint.class,
          "paragraph",
          paragraph().getAsInt(),
          "be at least 1");
    }
    letter()
        .ifPresent(
            l ->
                InvalidValueException.check(
                    l >= 'a' && l <= 'z',
                    Pinpoint.class,
                    "letter",
                    l,
                    "be a lowercase letter a–z"));
    if (item().isPresent()) {
      InvalidValueException.check(
          item().getAsInt() >= 1, Pinpoint.class, "item", item().getAsInt(), "be at least 1");
    }
  }

  /**
   * The canonical form, as {@link #format()}.
   *
   * @return the pinpoint as text
   */
  @Override
  public String toString() {
    return format();
  }
}
