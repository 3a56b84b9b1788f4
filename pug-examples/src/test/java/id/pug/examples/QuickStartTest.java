package id.pug.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void main_printsWhatTheReadmeComments() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(output)
        .contains("Inpres 9/2000 — Pengarusutamaan Gender dalam Pembangunan Nasional")
        .contains("Permendagri 67/2011 Pasal 4 ayat (1)")
        .contains("Kota Banjarbaru, women: 142291")
        .contains("DP2KBPMP2A")
        .contains("[WOMEN_EMPOWERMENT_CHILD_PROTECTION, POPULATION_FAMILY_PLANNING]")
        .contains("2.08.02.2.01.0001 is a SUB_KEGIATAN under 2.08.02.2.01");
  }
}
