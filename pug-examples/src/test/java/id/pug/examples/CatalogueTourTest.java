package id.pug.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CatalogueTourTest {

  private static String run(LocalDate date) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CatalogueTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), date);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String section(String output, String start, String end) {
    int from = output.indexOf(start);
    int to = output.indexOf(end, from);
    assertThat(from).as("section %s", start).isNotNegative();
    assertThat(to).as("end of section %s", start).isGreaterThan(from);
    return output.substring(from, to);
  }

  @Test
  void run_in2026_listsTheCurrentLegalBasis() {
    String output = run(LocalDate.of(2026, 2, 10));
    String national =
        section(output, "National, status confirmed", "Kalimantan regional instruments");

    assertThat(national)
        .contains("Inpres 9/2000", "Pengarusutamaan Gender dalam Pembangunan Nasional")
        .contains("Permendagri 15/2008")
        .contains("[as amended by Permendagri 67/2011]")
        .contains("Permen PPPA 4/2014")
        .doesNotContain("Kepmendagri 132/2003");
    assertThat(section(output, "Kalimantan regional instruments", "Regional instruments of other"))
        .contains("Perda Provinsi Kalimantan Tengah 4/2014");
    assertThat(output)
        .contains("Kepmendagri 132/2003")
        .contains("replaced by Permendagri 15/2008")
        .contains("reads as: Permendagri 67/2011 Pasal 4 ayat (1)");
  }

  @Test
  void run_in2005_showsThePredecessorGuideline() {
    String output = run(LocalDate.of(2005, 6, 1));
    String national =
        section(output, "National, status confirmed", "Kalimantan regional instruments");

    assertThat(national)
        .contains("Kepmendagri 132/2003", "Inpres 9/2000")
        .doesNotContain("Permendagri 15/2008");
  }

  @Test
  void run_showsRegionsAgenciesAndNomenclature() {
    String output = run(LocalDate.of(2026, 2, 10));

    assertThat(output)
        .contains("5 provinces, 56 kabupaten/kota")
        .contains("62  Kalimantan Tengah    14 kab/kota")
        .contains("PPPA agency: DP3APPKB")
        .contains("63.72 Kota Banjarbaru: DP2KBPMP2A")
        .contains("Name lookup \"Palangka Raya\" → 62.71 Kota Palangkaraya")
        .contains("\"DP3AP2KB\"")
        .contains("2.08.02.2.01.04 Sosialisasi kebijakan Pelaksanaan PUG termasuk PPRG")
        .contains("2.08.02.2.01.0008")
        .contains("normalises to 2.08.02.2.01.0001");
  }

  @Test
  void run_printsTheBanjarbaruPlanWithItsGapGbsKakChain() {
    String output = run(LocalDate.of(2026, 2, 10));
    String plan = section(output, "5. A small PPRG plan: Kota Banjarbaru", "Cross-references");

    assertThat(plan)
        .contains("Budget line bl-2025-0001: 2.08.02.2.01.0001")
        .contains("Rp70.590.400")
        .contains("ARG tag: Anggaran pelembagaan kesetaraan gender")
        .contains("9 of 9 steps filled")
        .contains("→ GBS gbs-2025-dp2kbpmp2a-01")
        .contains("→ KAK kak-2025-dp2kbpmp2a-01")
        .contains("legal basis Permendagri 67/2011: in force on 2026-02-10")
        .contains("ARG-tagged budget: Rp70.590.400 of Rp129.833.641 (54.4%)");
    assertThat(output).contains("Cross-references that point nowhere: none");
  }

  @Test
  void run_comparesKalbarsIkgWithTheNation_andRanksTheLevers() {
    String output = run(LocalDate.of(2026, 2, 10));
    String indicators = output.substring(output.indexOf("6. Gender indicators"));

    assertThat(indicators)
        .contains("2024: Kalimantan Barat 0.493, Indonesia 0.421 — +0.072 (+17.1%), worse")
        .contains("trajectory expects 0.5027 → ON_TRACK")
        .contains("IKG 0.4886 (published 0.489)")
        .contains("IKG 0.45 by MTF alone: MTF from 0.155 to");
    assertThat(indicators.indexOf("births outside a health facility (MTF)"))
        .isPositive()
        .isLessThan(indicators.indexOf("women's share of legislative seats (PR)"));
    assertThat(indicators).doesNotContain("\n  men's labour-force participation");
  }
}
