package id.pug.rules.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Wording}'s hand-written phrase matching finds exactly what the regular expressions it
 * replaced found, {@code \b} word boundaries and all, and its normalisation gives exactly what the
 * general path (decompose, drop marks, lower case, collapse non-words) gives.
 */
class WordingMatchingTest {
  // The reference: the patterns and method bodies as they were before the phrase matching.
  private static final Pattern WOMEN =
      Pattern.compile(
          "\\b(perempuan|wanita|ibu|istri|puteri|putri|female|women|woman|girls?|mothers?)\\b");
  private static final Pattern MEN =
      Pattern.compile(
          "\\b(laki-laki|laki laki|lelaki|pria|bapak|suami|putera|putra|male|men|man|boys?|fathers?)\\b");
  private static final Pattern BY_SEX =
      Pattern.compile(
          "\\b(terpilah|jenis kelamin|menurut sex|by sex|sex-disaggregated|disaggregated by sex)\\b");

  static String referenceNormalise(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return plain.replaceAll("[^\\p{L}\\p{N}-]+", " ").strip();
  }

  private static boolean referenceSpeaksOfWomenAndMen(String text) {
    String t = referenceNormalise(text);
    return (WOMEN.matcher(t).find() && MEN.matcher(t).find()) || BY_SEX.matcher(t).find();
  }

  private static boolean referenceNamesASex(String text) {
    String t = referenceNormalise(text);
    return WOMEN.matcher(t).find() || MEN.matcher(t).find();
  }

  /** Pieces of text: the phrases, their parts, near misses, and what lies around words. */
  private static final String[] WORDS = {
    "perempuan",
    "perempuanku",
    "wanita",
    "ibu",
    "ibukota",
    "istri",
    "puteri",
    "putri",
    "female",
    "women",
    "woman",
    "girl",
    "girls",
    "girlsx",
    "mother",
    "mothers",
    "laki",
    "laki-laki",
    "lelaki",
    "pria",
    "bapak",
    "suami",
    "putera",
    "putra",
    "male",
    "men",
    "man",
    "manfaat",
    "boy",
    "boys",
    "father",
    "fathers",
    "terpilah",
    "jenis",
    "kelamin",
    "menurut",
    "sex",
    "by",
    "disaggregated",
    "non",
    "ku",
    "s",
    "x",
    "a",
    "p",
    "kepala",
    "dinas",
    "data",
    "PEREMPUAN",
    "Laki",
    "GIRLS",
    "Ibu",
    "BY",
    "Sex",
  };

  private static final String[] SEPARATORS = {
    " ", " ", " ", "-", "--", "_", ".", ",", "  ", "\t", "\n", "/", "(", ")", "'", "",
  };

  /**
   * Anything else: digits, accented and non-Latin letters, combining marks, compatibility forms,
   * numbers that are not decimal digits, supplementary code points, a lone surrogate.
   */
  private static final String[] ODDITIES = {
    "0", "7", "é", "É", "e\u0301", "\u0301", "\u0308", "ñ", "ß", "İ", "ǅ", "α", "Σ", "ΣΑ", "ж",
    "Ж", "中", "文", "ｐｅｒｅｍｐｕａｎ", "ﬁ", "ⅰ", "Ⅻ", "²", "½", "〇", "ᛮ", "༪", "٣", "𝐀", "𝟎",
    "𐐀", "𐒠", "😀", "\uD800", "\uDC00", "\u00A0", "\u2013", "\u200B", "ℌ", "ⓐ",
  };

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(12);
    for (int i = 0; i < pieces; i++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        text.append(WORDS[random.nextInt(WORDS.length)]);
      } else if (kind < 8) {
        text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
      } else {
        text.append(ODDITIES[random.nextInt(ODDITIES.length)]);
      }
    }
    return text.toString();
  }

  private static void assertSameAsReference(String text) {
    String shown = text.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
    assertThat(Wording.normalise(text)).as(shown).isEqualTo(referenceNormalise(text));
    assertThat(Wording.namesASex(text)).as(shown).isEqualTo(referenceNamesASex(text));
    assertThat(Wording.speaksOfWomenAndMen(text))
        .as(shown)
        .isEqualTo(referenceSpeaksOfWomenAndMen(text));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 20261202, 42, -7, 314159265})
  void randomTexts_matchAsTheRegularExpressionsDid(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 10_000; i++) {
      assertSameAsReference(randomText(random));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 99})
  void randomCharacterSoup_matchesAsTheRegularExpressionsDid(long seed) {
    // Few characters, so phrases form by chance: the letters of "man", "men", "ibu", "boys" and
    // their neighbours.
    String alphabet = "manebiuoysMN -_.é\u0301〇٣";
    Random random = new Random(seed);
    for (int i = 0; i < 10_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(10);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSameAsReference(text.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 2026})
  void randomAsciiTexts_nearNormalForm_normaliseAsTheGeneralPath(long seed) {
    // Mostly normal already, so the copied start of the text and the first flaw vary.
    String alphabet = "az09-  AZ._";
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        int k = random.nextInt(100);
        text.append(alphabet.charAt(k < 90 ? k % 6 : 6 + k % 5));
      }
      String t = text.toString();
      assertThat(Wording.normalise(t)).as("[%s]", t).isEqualTo(referenceNormalise(t));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // text | namesASex | speaksOfWomenAndMen
        "perempuan | true | false",
        "perempuanku | false | false",
        "ibu | true | false",
        "ibukota | false | false",
        "Ibu Kota | true | false",
        "man | true | false",
        "manfaat | false | false",
        "non-perempuan | true | false",
        "perempuan-laki | true | false",
        "laki-laki | true | false",
        "laki laki | true | false",
        "laki  -  laki | false | false",
        "laki_laki | true | false",
        "lakilaki | false | false",
        "laki | false | false",
        "girls | true | false",
        "girl | true | false",
        "girlsx | false | false",
        "boys | true | false",
        "boy | true | false",
        "perempuan dan laki-laki | true | true",
        "laki-laki dan perempuan | true | true",
        "ibu, bapak | true | true",
        "Perempuan. | true | false",
        ".Perempuan | true | false",
        "data perempuan | true | false",
        "1perempuan | false | false",
        "perempuan1 | false | false",
        "perempuan_ | true | false",
        "perempuana | false | false",
        "perempuanz | false | false",
        "perempuan0 | false | false",
        "perempuan9 | false | false",
        "perempuan` | true | false",
        "perempuan{ | true | false",
        "perempuan/ | true | false",
        "perempuan: | true | false",
        "aibu | false | false",
        "zibu | false | false",
        "0ibu | false | false",
        "9ibu | false | false",
        "`ibu | true | false",
        "{ibu | true | false",
        "perempuan² | false | false",
        "perempuan〇 | true | false",
        "〇perempuan | true | false",
        "perempuan༪ | true | false",
        "perempuan٣ | false | false",
        "perempuané | false | false",
        "éperempuan | false | false",
        "perempuan中 | false | false",
        "perempuan😀 | true | false",
        "𐐀perempuan | false | false",
        "ｐｅｒｅｍｐｕａｎ ｄａｎ ｐｒｉａ | true | true",
        "terpilah | false | true",
        "data terpilah menurut jenis kelamin | false | true",
        "jenis kelamin | false | true",
        "jenis-kelamin | false | false",
        "menurut sex | false | true",
        "by sex | false | true",
        "sex-disaggregated | false | true",
        "disaggregated by sex | false | true",
        "disaggregated by sexes | false | false",
        "Disaggregated, by: SEX! | false | true",
        "p | false | false",
        "m | false | false",
        "é | false | false",
        "- | false | false",
        "\"\" | false | false",
        "\" \" | false | false",
      })
  void boundaries(String text, boolean namesASex, boolean speaksOfWomenAndMen) {
    assertThat(Wording.namesASex(text)).as(text).isEqualTo(namesASex);
    assertThat(Wording.speaksOfWomenAndMen(text)).as(text).isEqualTo(speaksOfWomenAndMen);
    assertSameAsReference(text);
  }

  @Test
  void aTextInNormalFormIsItsOwnNormalisation() {
    for (String text : new String[] {"", "a", "-", "perempuan dan laki-laki", "p3a 2024 -x-"}) {
      assertThat(Wording.normalise(text)).isSameAs(text);
    }
    for (String text : new String[] {" a", "a ", "a  b", "A", "a.b", "a_b", "é"}) {
      assertThat(Wording.normalise(text)).isNotEqualTo(text).isEqualTo(referenceNormalise(text));
    }
  }

  @Test
  void aNormalisedTextHoldsOnlyLettersDigitsHyphensAndSpaces_soNoMarkActsAsAWordCharacter() {
    // The matching relies on this: JDK 17's \b also counts a non-spacing mark after a word
    // character as a word character; a normalised text holds none.
    Random random = new Random(11);
    for (int i = 0; i < 10_000; i++) {
      String normal = Wording.normalise(randomText(random));
      assertThat(
              normal
                  .codePoints()
                  .allMatch(c -> Character.isLetter(c) || isNumber(c) || c == '-' || c == ' '))
          .as(normal)
          .isTrue();
    }
  }

  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  @Test
  void sameAndSameOrContained_ignoreForm() {
    assertThat(Wording.same("Kepala Dinas", "kepala  dinas.")).isTrue();
    assertThat(Wording.same("kepala dinas", "kepala dinas")).isTrue();
    assertThat(Wording.same("Café", "cafe")).isTrue();
    assertThat(Wording.same("kepala dinas", "kepala bidang")).isFalse();
    assertThat(Wording.sameOrContained("", "")).isTrue();
    assertThat(Wording.sameOrContained("Kepala Dinas P3A", "dinas p3a")).isTrue();
    assertThat(Wording.sameOrContained("dinas", "Kepala Dinas")).isTrue();
    assertThat(Wording.sameOrContained("dinas", "bidang")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Kepala Dinas P3A | true",
        "Plt. Kepala Dinas | true",
        "PJS Kepala Badan | true",
        "Kepala Bidang Sosial | false",
        "Kepala UPTD Puskesmas | false",
        "Inspektur | true",
        "Inspektur Pembantu II | false",
        "Sekretaris Daerah | true",
        "Camat Kota | true",
        "Camatan | false",
        "Wakil Kepala Dinas | false",
        "Kepala-Dinas | true",
      })
  void isHeadOfAgency(String position, boolean head) {
    assertThat(Wording.isHeadOfAgency(position)).as(position).isEqualTo(head);
  }
}
