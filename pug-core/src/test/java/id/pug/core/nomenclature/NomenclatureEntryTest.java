package id.pug.core.nomenclature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.testing.Samples;
import org.junit.jupiter.api.Test;

class NomenclatureEntryTest {

  @Test
  void builder_buildsAnEntry() {
    NomenclatureEntry entry = Samples.nomenclatureEntry();

    assertThat(entry.level()).isEqualTo(NomenclatureLevel.KEGIATAN);
    assertThat(entry.originalCode()).contains("2.08.02.02.01");
    assertThat(entry.toString())
        .isEqualTo(
            "2.08.02.2.01 Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah"
                + " Kewenangan Kabupaten/Kota");
  }

  @Test
  void builder_rejectsABlankName() {
    assertThatThrownBy(
            () ->
                NomenclatureEntry.builder()
                    .code(NomenclatureCode.parse("2.08"))
                    .name("  ")
                    .addSource(Samples.source())
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("NomenclatureEntry.name");
  }

  @Test
  void builder_requiresASource() {
    assertThatThrownBy(
            () ->
                NomenclatureEntry.builder()
                    .code(NomenclatureCode.parse("2.08"))
                    .name("PPPA")
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("NomenclatureEntry.sources");
  }

  @Test
  void builder_missingRequiredAttributes_namesTypeAndAttributes() {
    assertThatThrownBy(() -> NomenclatureEntry.builder().addSource(Samples.source()).build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("NomenclatureEntry")
        .hasMessageContaining("code")
        .hasMessageContaining("name");
  }
}
