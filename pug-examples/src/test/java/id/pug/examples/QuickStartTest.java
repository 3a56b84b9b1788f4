package id.pug.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void main_printsWhatTheReadmeComments() {
    String output = Stdout.of(() -> QuickStart.main(new String[0]));

    assertThat(output)
        .contains("Inpres 9/2000 — Pengarusutamaan Gender dalam Pembangunan Nasional")
        .contains("Permendagri 67/2011 Pasal 4 ayat (1)")
        .contains("Kota Banjarbaru, women: 142291")
        .contains("DP2KBPMP2A")
        .contains("[WOMEN_EMPOWERMENT_CHILD_PROTECTION, POPULATION_FAMILY_PLANNING]")
        .contains("2.08.02.2.01.0001 is a SUB_KEGIATAN under 2.08.02.2.01");
  }
}
