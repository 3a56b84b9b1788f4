package id.pug.rules.wording;

import java.text.Normalizer;
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
  private static final Pattern WOMEN =
      Pattern.compile(
          "\\b(perempuan|wanita|ibu|istri|puteri|putri|female|women|woman|girls?|mothers?)\\b");
  private static final Pattern MEN =
      Pattern.compile(
          "\\b(laki-laki|laki laki|lelaki|pria|bapak|suami|putera|putra|male|men|man|boys?|fathers?)\\b");
  private static final Pattern BY_SEX =
      Pattern.compile(
          "\\b(terpilah|jenis kelamin|menurut sex|by sex|sex-disaggregated|disaggregated by sex)\\b");
  private static final Pattern HEAD =
      Pattern.compile(
          "^((plt|plh|pj|pjs)\\.?\\s+)?(kepala|inspektur|sekretaris daerah|sekretaris dprd|camat|direktur)\\b(?!\\s+(bidang|seksi|sub|subbagian|subbidang|bagian|upt|uptd|unit|pembantu))");

  /** Combining marks, left by NFKD decomposition of accented letters. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Runs of anything but letters, digits and hyphens. */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");

  private Wording() {}

  /**
   * Lower case, accents removed, punctuation turned into spaces, runs of spaces collapsed — for
   * comparing texts that differ only in form.
   *
   * @param text the text
   * @return the normalised text
   */
  public static String normalise(String text) {
    if (isAscii(text)) {
      return normaliseAscii(text);
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(plain).replaceAll(" ").strip();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #normalise} of an ASCII text, in one pass: no accents to remove, letters are A-Z and
   * a-z, digits 0-9, so the result is the same as the general path's.
   */
  private static String normaliseAscii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
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

  /**
   * Whether a text speaks of women (or girls) and of men (or boys), or says it is disaggregated by
   * sex ("terpilah", "menurut jenis kelamin").
   *
   * @param text the text
   * @return true if it names both sexes or a disaggregation by sex
   */
  public static boolean speaksOfWomenAndMen(String text) {
    String t = normalise(text);
    return (WOMEN.matcher(t).find() && MEN.matcher(t).find()) || BY_SEX.matcher(t).find();
  }

  /**
   * Whether a text names women or men at all — a target group by sex.
   *
   * @param text the text
   * @return true if it names women, men, girls or boys
   */
  public static boolean namesASex(String text) {
    String t = normalise(text);
    return WOMEN.matcher(t).find() || MEN.matcher(t).find();
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
    return normalise(a).equals(normalise(b));
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
