package id.pug.core.nomenclature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NomenclatureLevelTest {

  @ParameterizedTest
  @EnumSource(NomenclatureLevel.class)
  void parseLabel_readsItsOwnLabel(NomenclatureLevel level) {
    assertThat(NomenclatureLevel.parseLabel(level.label())).isEqualTo(level);
  }

  @Test
  void labels_areThoseOfTheDataFiles() {
    assertThat(NomenclatureLevel.values())
        .extracting(NomenclatureLevel::label)
        .containsExactly("urusan", "bidang_urusan", "program", "kegiatan", "sub_kegiatan");
  }

  @Test
  void parseLabel_rejectsOtherText() {
    assertThatThrownBy(() -> NomenclatureLevel.parseLabel("sub-kegiatan"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("NomenclatureLevel")
        .hasMessageContaining("\"sub-kegiatan\"");
  }
}
