package id.pug.rules.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Wording#normalise}'s one-pass path for ASCII texts gives exactly what the general path
 * (decompose, drop marks, lower case, collapse non-words) gives.
 */
class WordingNormaliseTest {
  /** The general path, as it was written before the ASCII path existed. */
  private static String reference(String text) {
    return WordingMatchingTest.referenceNormalise(text);
  }

  @Test
  void examples() {
    for (String text :
        new String[] {
          "",
          " ",
          "  Kepala  Dinas,  P3A!! ",
          "Data terpilah menurut jenis kelamin (L/P).",
          "--a--",
          "\tTab\nNew line\r\n",
          "ABC_def 123",
          "Pemberdayaan Perempuan – Perlindungan Anak",
          "Perempuan dan laki-laki: 1.234 orang; 56%",
          "Café déjà vu"
        }) {
      assertThat(Wording.normalise(text)).as(text).isEqualTo(reference(text));
    }
  }

  @Test
  void everyAsciiTextNormalisesAsTheGeneralPath() {
    SplittableRandom random = new SplittableRandom(20261202);
    for (int i = 0; i < 20_000; i++) {
      char[] chars = new char[random.nextInt(0, 40)];
      for (int j = 0; j < chars.length; j++) {
        chars[j] = (char) random.nextInt(0, 0x80);
      }
      String text = new String(chars);
      assertThat(Wording.normalise(text)).as("%s", (Object) chars).isEqualTo(reference(text));
    }
  }
}
