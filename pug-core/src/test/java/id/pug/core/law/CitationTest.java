package id.pug.core.law;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.testing.Samples;
import org.junit.jupiter.api.Test;

class CitationTest {

  @Test
  void format_ofAWholeInstrument_isItsShortName() {
    Citation citation = Citation.of(Samples.regulation());

    assertThat(citation.pinpoint()).isEmpty();
    assertThat(citation.format()).isEqualTo("Permendagri 15/2008");
    assertThat(citation.toString()).isEqualTo("Permendagri 15/2008");
  }

  @Test
  void format_withAPinpoint_appendsIt() {
    Citation citation =
        Citation.of(Samples.permendagri67of2011(), Pinpoint.parse("pasal 4 ayat 1"));

    assertThat(citation.regulation()).isEqualTo(Samples.permendagri67of2011());
    assertThat(citation.pinpoint()).contains(Pinpoint.parse("Pasal 4 ayat (1)"));
    assertThat(citation.format()).isEqualTo("Permendagri 67/2011 Pasal 4 ayat (1)");
  }

  @Test
  void format_ofAnAppendix() {
    Citation citation =
        Citation.of(Samples.regionalRegulation(), Pinpoint.parse("Lampiran II Pasal 3"));

    assertThat(citation.format())
        .isEqualTo("Perda Provinsi Kalimantan Tengah 4/2014 Lampiran II Pasal 3");
  }

  @Test
  void parseCitation_readsWhatFormatWrites() {
    RegulationCatalog catalog = Samples.regulationCatalog();
    Citation citation =
        Citation.of(Samples.permendagri67of2011(), Pinpoint.parse("Pasal 8A huruf c"));

    assertThat(catalog.parseCitation(citation.format())).isEqualTo(citation);
    assertThat(catalog.parseCitation("Permendagri 15/2008"))
        .isEqualTo(Citation.of(Samples.regulation()));
  }
}
