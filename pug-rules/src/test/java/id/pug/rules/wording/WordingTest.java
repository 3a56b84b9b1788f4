package id.pug.rules.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The wording tests the rules apply to texts written by planners. */
class WordingTest {
  @Test
  void namesASex_findsWomenOrMen_andNothingElse() {
    assertThat(Wording.namesASex("Pelatihan bagi perempuan kepala keluarga")).isTrue();
    assertThat(Wording.namesASex("Penyuluhan untuk laki-laki")).isTrue();
    assertThat(Wording.namesASex("Jumlah dokumen perencanaan")).isFalse();
  }

  @Test
  void sameOrContained_anEmptyTextContainsNothing_butEqualsAnEmptyText() {
    assertThat(Wording.sameOrContained("Akses layanan", "")).isFalse();
    assertThat(Wording.sameOrContained("", "Akses layanan")).isFalse();
    assertThat(Wording.sameOrContained("", " . ")).isTrue();
    assertThat(Wording.sameOrContained("Akses layanan kesehatan", "akses LAYANAN")).isTrue();
    assertThat(Wording.sameOrContained("akses layanan", "Akses layanan kesehatan")).isTrue();
    assertThat(Wording.sameOrContained("akses layanan", "partisipasi")).isFalse();
  }

  @Test
  void hasFigure_needsADigit() {
    assertThat(Wording.hasFigure("meningkat 12 orang")).isTrue();
    assertThat(Wording.hasFigure("meningkat signifikan")).isFalse();
  }
}
