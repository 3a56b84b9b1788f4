package id.pug.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureLevel;
import id.pug.core.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubActivityTest {

  private static SubActivity.Builder sub(String code) {
    return SubActivity.builder().code(NomenclatureCode.parse(code));
  }

  @Test
  void build_aSubKegiatan() {
    SubActivity sub = Samples.subActivity();

    assertThat(sub.code()).isEqualTo(NomenclatureCode.parse("2.08.02.2.01.01"));
    assertThat(sub.name())
        .contains("Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG");
    assertThat(sub.indicators())
        .extracting(PerformanceIndicator::level)
        .containsOnly(IndicatorLevel.OUTPUT);
    assertThat(sub.indicativeCeiling()).contains(Rupiah.of(70_590_400));
  }

  @Test
  void build_acceptsAFourDigitSubKegiatan() {
    assertThat(sub("2.08.02.2.01.0001").build().code().level())
        .isEqualTo(NomenclatureLevel.SUB_KEGIATAN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.08.02.2.01", "2.08.02", "2.08", "2"})
  void build_rejectsACodeOfAnotherLevel(String code) {
    assertThatThrownBy(() -> sub(code).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("SubActivity");
              assertThat(e.field()).contains("code");
            })
        .hasMessage("SubActivity.code must be a sub_kegiatan code, was " + code);
  }

  @Test
  void build_rejectsAnIndicatorOfAnotherLevel() {
    PerformanceIndicator result = Samples.resultIndicator();

    assertThatThrownBy(() -> sub("2.08.02.2.01.01").addIndicator(result).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("indicators"))
        .hasMessage(
            "SubActivity.indicators must be OUTPUT (keluaran) indicators, was \""
                + result.name()
                + " (RESULT)\"");
  }

  @Test
  void build_rejectsANegativeCeiling_acceptsZero() {
    assertThatThrownBy(() -> sub("2.08.02.2.01.01").indicativeCeiling(Rupiah.of(-1)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("SubActivity.indicativeCeiling must not be negative, was -Rp1");
    assertThat(sub("2.08.02.2.01.01").indicativeCeiling(Rupiah.ZERO).build().indicativeCeiling())
        .contains(Rupiah.ZERO);
  }

  @Test
  void build_rejectsABlankName() {
    assertThatThrownBy(() -> sub("2.08.02.2.01.01").name(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("SubActivity.name must not be blank");
  }

  @Test
  void build_missingCode_isAPugExceptionNamingTypeAndAttribute() {
    assertThatThrownBy(() -> SubActivity.builder().name("x").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("SubActivity")
        .hasMessageContaining("code");
  }
}
