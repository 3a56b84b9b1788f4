package id.pug.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgrammeTest {

  private static Programme.Builder program() {
    return Programme.builder().code(NomenclatureCode.parse("2.08.02"));
  }

  private static Activity kegiatan(String code) {
    return Activity.builder().code(NomenclatureCode.parse(code)).build();
  }

  @Test
  void build_withActivitiesUnderIt() {
    Programme programme =
        program().addActivities(kegiatan("2.08.02.2.01"), kegiatan("2.08.02.2.02")).build();

    assertThat(programme.activities()).hasSize(2);
    assertThat(Samples.programme().indicators())
        .extracting(PerformanceIndicator::level)
        .containsOnly(IndicatorLevel.OUTCOME);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.08", "2", "2.08.02.2.01", "2.08.02.2.01.01"})
  void build_rejectsACodeOfAnotherLevel(String code) {
    assertThatThrownBy(() -> Programme.builder().code(NomenclatureCode.parse(code)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("Programme");
              assertThat(e.field()).contains("code");
            })
        .hasMessage("Programme.code must be a program code, was " + code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.08.03.2.01", "2.14.02.2.01"})
  void build_rejectsAnActivityOfAnotherProgramme(String code) {
    assertThatThrownBy(() -> program().addActivity(kegiatan(code)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("activities"))
        .hasMessage("Programme.activities must lie directly under 2.08.02, was " + code);
  }

  @Test
  void build_rejectsARepeatedActivityCode() {
    assertThatThrownBy(
            () ->
                program().addActivities(kegiatan("2.08.02.2.01"), kegiatan("2.08.02.2.01")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Programme.activities must not repeat a code, was 2.08.02.2.01");
  }

  @Test
  void build_rejectsAnIndicatorOtherThanOutcome() {
    assertThatThrownBy(() -> program().addIndicator(Samples.resultIndicator()).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("indicators"))
        .hasMessageStartingWith("Programme.indicators must be OUTCOME (capaian program) indicators")
        .hasMessageEndingWith("(RESULT)\"");
  }

  @Test
  void build_rejectsABlankName() {
    assertThatThrownBy(() -> program().name(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Programme.name must not be blank");
  }

  @Test
  void build_missingCode_isAPugExceptionNamingTypeAndAttribute() {
    assertThatThrownBy(() -> Programme.builder().build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("Programme")
        .hasMessageContaining("code");
  }
}
