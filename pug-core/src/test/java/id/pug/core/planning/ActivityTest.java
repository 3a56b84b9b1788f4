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

class ActivityTest {

  private static Activity.Builder kegiatan() {
    return Activity.builder().code(NomenclatureCode.parse("2.08.02.2.01"));
  }

  private static SubActivity sub(String code) {
    return SubActivity.builder().code(NomenclatureCode.parse(code)).build();
  }

  @Test
  void build_withSubActivitiesUnderIt() {
    Activity activity =
        kegiatan().addSubActivities(sub("2.08.02.2.01.01"), sub("2.08.02.2.01.02")).build();

    assertThat(activity.subActivities())
        .extracting(SubActivity::code)
        .containsExactly(
            NomenclatureCode.parse("2.08.02.2.01.01"), NomenclatureCode.parse("2.08.02.2.01.02"));
    assertThat(Samples.activity().indicators())
        .extracting(PerformanceIndicator::level)
        .containsOnly(IndicatorLevel.RESULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.08.02.2.01.01", "2.08.02", "2.08"})
  void build_rejectsACodeOfAnotherLevel(String code) {
    assertThatThrownBy(() -> Activity.builder().code(NomenclatureCode.parse(code)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("Activity");
              assertThat(e.field()).contains("code");
            })
        .hasMessage("Activity.code must be a kegiatan code, was " + code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.08.02.2.02.01", "2.08.03.2.01.01", "2.14.02.2.01.01"})
  void build_rejectsASubActivityNotDirectlyUnderIt(String code) {
    assertThatThrownBy(() -> kegiatan().addSubActivity(sub(code)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("subActivities"))
        .hasMessage("Activity.subActivities must lie directly under 2.08.02.2.01, was " + code);
  }

  @Test
  void build_rejectsARepeatedSubActivityCode() {
    assertThatThrownBy(
            () ->
                kegiatan()
                    .addSubActivities(
                        sub("2.08.02.2.01.01"), sub("2.08.02.2.01.02"), sub("2.08.02.2.01.01"))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Activity.subActivities must not repeat a code, was 2.08.02.2.01.01");
  }

  @Test
  void build_twoAndFourDigitSubKegiatanCodes_areDifferentCodes() {
    // 2.08.02.2.01.0001 is another code than 2.08.02.2.01.01 (a later numbering), so both pass.
    assertThat(
            kegiatan()
                .addSubActivities(sub("2.08.02.2.01.01"), sub("2.08.02.2.01.0001"))
                .build()
                .subActivities())
        .hasSize(2);
  }

  @Test
  void build_rejectsAnIndicatorOfAnotherLevel() {
    assertThatThrownBy(() -> kegiatan().addIndicator(Samples.outputIndicator()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Activity.indicators must be RESULT (hasil) indicators")
        .hasMessageEndingWith("(OUTPUT)\"");
    assertThatThrownBy(() -> kegiatan().addIndicator(Samples.performanceIndicator()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageEndingWith("(OUTCOME)\"");
  }

  @Test
  void build_rejectsABlankName() {
    assertThatThrownBy(() -> kegiatan().name("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Activity.name must not be blank");
  }

  @Test
  void build_missingCode_isAPugExceptionNamingTypeAndAttribute() {
    assertThatThrownBy(() -> Activity.builder().name("Pelembagaan PUG").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("Activity")
        .hasMessageContaining("code");
  }
}
