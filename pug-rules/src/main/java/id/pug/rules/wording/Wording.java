package id.pug.rules.wording;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reading free text the way an auditor skims it: whether a text speaks of women and of men, whether
 * it names a gap factor, whether a position is the head of an agency, whether two texts say the
 * same thing.
 *
 * <p>These are heuristics over Indonesian (and English) wording, used only where pug-core holds
 * free text rather than structured data; each rule that uses one says so in its documentation, and
 * a structured value, where the plan has one, always wins. Stateless and thread-safe.
 */
public final class Wording {
  // How the wording tests match. A text is normalised first, so it holds only lower-case letters
  // (Unicode category L), digits (category N), hyphens and single spaces. A phrase is found where
  // it stands as a substring whose neighbours, if any, are not word characters. This is exactly
  // what the regular expression \b(phrase|...)\b that these tests were first written with finds
  // under JDK 17: there \b holds between a word character and a non-word one (or the ends of the
  // text), a word character being a code point for which Character.isLetterOrDigit holds, or '_'
  // (not \w's [a-zA-Z_0-9]), and a non-spacing mark that follows one, which a normalised text never
  // holds. So a hyphen, a space and a number that is not a decimal digit (category Nl or No, such
  // as U+3007 or U+0F2A) part words, "perempuan" is found in "non-perempuan" but not in
  // "perempuanku", and "ibu" not in "ibukota". Every phrase starts and ends with a letter, so a
  // phrase can only start where the code point before it is not a word character, and must be
  // followed by one that is not; trying every phrase at every such start is the regex's
  // backtracking over the alternatives (girls? is the two phrases girl and girls).

  /** Kinds of phrase, as bits. */
  private static final int WOMEN = 1;

  private static final int MEN = 2;
  private static final int BY_SEX = 4;

  /** A phrase to find and the kind it is of. */
  private record Phrase(String text, int kind) {}

  /** The phrases by their first letter, {@code a} to {@code z}. */
  private static final Phrase[][] PHRASES = phrasesByInitial();

  private static final Pattern HEAD =
      Pattern.compile(
          "^((plt|plh|pj|pjs)\\.?\\s+)?(kepala|inspektur|sekretaris daerah|sekretaris dprd|camat|direktur)\\b(?!\\s+(bidang|seksi|sub|subbagian|subbidang|bagian|upt|uptd|unit|pembantu))");

  /** Combining marks, left by NFKD decomposition of accented letters. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Runs of anything but letters, digits and hyphens. */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");

  private Wording() {}

  private static Phrase[][] phrasesByInitial() {
    List<List<Phrase>> byInitial = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      byInitial.add(new ArrayList<>());
    }
    add(
        byInitial,
        WOMEN,
        "perempuan",
        "wanita",
        "ibu",
        "istri",
        "puteri",
        "putri",
        "female",
        "women",
        "woman",
        "girl",
        "girls",
        "mother",
        "mothers");
    add(
        byInitial,
        MEN,
        "laki-laki",
        "laki laki",
        "lelaki",
        "pria",
        "bapak",
        "suami",
        "putera",
        "putra",
        "male",
        "men",
        "man",
        "boy",
        "boys",
        "father",
        "fathers");
    add(
        byInitial,
        BY_SEX,
        "terpilah",
        "jenis kelamin",
        "menurut sex",
        "by sex",
        "sex-disaggregated",
        "disaggregated by sex");
    Phrase[][] phrases = new Phrase[26][];
    for (int i = 0; i < 26; i++) {
      phrases[i] = byInitial.get(i).toArray(new Phrase[0]);
    }
    return phrases;
  }

  private static void add(List<List<Phrase>> byInitial, int kind, String... texts) {
    for (String text : texts) {
      byInitial.get(text.charAt(0) - 'a').add(new Phrase(text, kind));
    }
  }

  /**
   * Lower case, accents removed, punctuation turned into spaces, runs of spaces collapsed — for
   * comparing texts that differ only in form.
   *
   * @param text the text
   * @return the normalised text
   */
  public static String normalise(String text) {
    // The longest start of the text already in normal form: lower-case ASCII letters, digits and
    // hyphens, parted by single spaces, no space first.
    int n = text.length();
    int i = 0;
    char previous = ' ';
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' ? previous == ' ' : !isNormalAscii(c)) {
        break;
      }
      previous = c;
      i++;
    }
    if (i == n && (n == 0 || previous != ' ')) {
      return text;
    }
    if (i < n && text.charAt(i) >= 0x80) {
      return normaliseGeneral(text);
    }
    return normaliseAscii(text, i, previous == ' ');
  }

  /** Whether an ASCII character stays as it is in a normalised text (a space aside). */
  private static boolean isNormalAscii(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  }

  /**
   * {@link #normalise} of a text, in one pass if it is ASCII: no accents to remove, letters are A-Z
   * and a-z, digits 0-9, so the result is the same as the general path's. The text's first {@code
   * start} characters are in normal form, but for a space at the end of them if {@code spaceLast}.
   */
  private static String normaliseAscii(String text, int start, boolean spaceLast) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = spaceLast && start > 0;
    out.append(text, 0, gap ? start - 1 : start);
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return normaliseGeneral(text);
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (isNormalAscii(c)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(c);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /** {@link #normalise} of any text: decompose, drop marks, lower case, collapse non-words. */
  private static String normaliseGeneral(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(plain).replaceAll(" ").strip();
  }

  /**
   * The kinds of phrase a normalised text holds, as bits; the search stops as soon as it has found
   * any of {@code enoughAny} or all of {@code enoughAll}.
   */
  private static int phrasesIn(String text, int enoughAny, int enoughAll) {
    int found = 0;
    boolean afterWord = false;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int c = text.charAt(i);
      if (c < 0x80) {
        if (!afterWord && c >= 'a' && c <= 'z') {
          for (Phrase phrase : PHRASES[c - 'a']) {
            String p = phrase.text();
            if (text.startsWith(p, i) && !isWordAt(text, i + p.length())) {
              found |= phrase.kind();
            }
          }
          if ((found & enoughAny) != 0 || (found & enoughAll) == enoughAll) {
            return found;
          }
        }
        afterWord = isWord(c);
        i++;
      } else {
        c = text.codePointAt(i);
        afterWord = isWord(c);
        i += Character.charCount(c);
      }
    }
    return found;
  }

  /** Whether the code point at an index, if any, is a word character. */
  private static boolean isWordAt(String text, int index) {
    return index < text.length() && isWord(text.codePointAt(index));
  }

  /** A word character for JDK 17's {@code \b}: a letter, a digit or an underscore. */
  private static boolean isWord(int codePoint) {
    if (codePoint < 0x80) {
      return (codePoint >= 'a' && codePoint <= 'z')
          || (codePoint >= 'A' && codePoint <= 'Z')
          || (codePoint >= '0' && codePoint <= '9')
          || codePoint == '_';
    }
    return Character.isLetterOrDigit(codePoint);
  }

  /**
   * Whether a text speaks of women (or girls) and of men (or boys), or says it is disaggregated by
   * sex ("terpilah", "menurut jenis kelamin").
   *
   * @param text the text
   * @return true if it names both sexes or a disaggregation by sex
   */
  public static boolean speaksOfWomenAndMen(String text) {
    int found = phrasesIn(normalise(text), BY_SEX, WOMEN | MEN);
    return (found & BY_SEX) != 0 || (found & (WOMEN | MEN)) == (WOMEN | MEN);
  }

  /**
   * Whether a text names women or men at all — a target group by sex.
   *
   * @param text the text
   * @return true if it names women, men, girls or boys
   */
  public static boolean namesASex(String text) {
    return (phrasesIn(normalise(text), WOMEN | MEN, WOMEN | MEN) & (WOMEN | MEN)) != 0;
  }

  /**
   * Whether a position (jabatan) is the head of an agency: {@code Kepala …} (also acting, {@code
   * Plt. Kepala …}), {@code Inspektur}, {@code Sekretaris Daerah}, {@code Camat}, {@code Direktur};
   * not the head of a division, section or unit ({@code Kepala Bidang}, {@code Kepala Seksi},
   * {@code Kepala UPTD}, {@code Inspektur Pembantu}).
   *
   * @param position the position as written
   * @return true for the head of an agency
   */
  public static boolean isHeadOfAgency(String position) {
    return HEAD.matcher(normalise(position).replace('.', ' ')).find();
  }

  /**
   * Whether two texts say the same thing, ignoring case, accents, punctuation and spacing, or one
   * contains the other entirely.
   *
   * @param a a text
   * @param b another text
   * @return true if they are the same or one holds the other
   */
  public static boolean sameOrContained(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String x = normalise(a);
    String y = normalise(b);
    return x.equals(y) || (!y.isEmpty() && x.contains(y)) || (!x.isEmpty() && y.contains(x));
  }

  /**
   * Whether two texts are the same, ignoring case, accents, punctuation and spacing.
   *
   * @param a a text
   * @param b another text
   * @return true if they are the same
   */
  public static boolean same(String a, String b) {
    return a.equals(b) || normalise(a).equals(normalise(b));
  }

  /**
   * Whether a text contains a digit — a figure rather than words only.
   *
   * @param text the text
   * @return true if it holds a digit
   */
  public static boolean hasFigure(String text) {
    return text.chars().anyMatch(Character::isDigit);
  }
}
