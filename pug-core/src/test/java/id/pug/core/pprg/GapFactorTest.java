package id.pug.core.pprg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GapFactorTest {

  // domain.md §4.1: akses, partisipasi, kontrol, manfaat (APKM).
  @Test
  void theFourFactors_apkm() {
    assertThat(GapFactor.values())
        .extracting(GapFactor::indonesian)
        .containsExactly("akses", "partisipasi", "kontrol", "manfaat");
  }
}
