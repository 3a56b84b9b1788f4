package id.pug.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

class PerformanceIndicatorTest {

  private static IndicatorValue value(int year, String total) {
    return IndicatorValue.of(Year.of(year), new BigDecimal(total));
  }

  /** Programme 2.08.02's outcome indicator as source S7 records it (Banyuwangi). */
  private static PerformanceIndicator.Builder arg() {
    return PerformanceIndicator.builder()
        .name("Persentase anggaran responsif Gender")
        .unit("%")
        .level(IndicatorLevel.OUTCOME);
  }

  private static void assertRejected(PerformanceIndicator.Builder builder, String field) {
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("PerformanceIndicator");
              assertThat(e.field()).contains(field);
            })
        .hasMessageStartingWith("PerformanceIndicator." + field + " must ");
  }

  @Test
  void build_anIncompleteIndicator_isAccepted() {
    PerformanceIndicator indicator = arg().build();

    assertThat(indicator.sexDisaggregated()).isFalse();
    assertThat(indicator.code()).isEmpty();
    assertThat(indicator.baseline()).isEmpty();
    assertThat(indicator.targets()).isEmpty();
    assertThat(indicator.actuals()).isEmpty();
  }

  @Test
  void build_withBaselineAndTargets_asSourceS7() {
    PerformanceIndicator indicator =
        arg()
            .baseline(value(2025, "59"))
            .addTargets(value(2026, "60.50"), value(2027, "65.50"), value(2028, "70.50"))
            .build();

    assertThat(indicator.targets())
        .extracting(IndicatorValue::year)
        .containsExactly(Year.of(2026), Year.of(2027), Year.of(2028));
  }

  @Test
  void build_rejectsATargetYearBeforeTheBaselineYear() {
    assertThatThrownBy(() -> arg().baseline(value(2025, "59")).addTarget(value(2024, "60")).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).contains("targets");
              assertThat(e.rejectedValue()).isEqualTo("2024");
            })
        .hasMessage(
            "PerformanceIndicator.targets must not be before the baseline year 2025, was 2024");
  }

  @Test
  void build_acceptsATargetInTheBaselineYear() {
    assertThat(arg().baseline(value(2025, "59")).addTarget(value(2025, "60")).build().targets())
        .hasSize(1);
  }

  @Test
  void build_rejectsTwoTargetsForOneYear() {
    assertRejected(arg().addTargets(value(2026, "60"), value(2026, "61")), "targets");
    assertThatThrownBy(() -> arg().addTargets(value(2026, "60"), value(2026, "61")).build())
        .hasMessageContaining("hold at most one value per year")
        .hasMessageEndingWith("was 2026");
  }

  @Test
  void build_rejectsTargetsOutOfYearOrder() {
    assertThatThrownBy(() -> arg().addTargets(value(2027, "65"), value(2026, "60")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PerformanceIndicator.targets must be in year order, was 2026");
  }

  @Test
  void build_rejectsActualsRepeatedOrOutOfOrder() {
    assertRejected(arg().addActuals(value(2026, "60"), value(2026, "61")), "actuals");
    assertRejected(arg().addActuals(value(2027, "65"), value(2026, "60")), "actuals");
  }

  @Test
  void build_rejectsBlankText() {
    assertRejected(arg().name(" "), "name");
    assertRejected(arg().unit(""), "unit");
    assertRejected(arg().code(" "), "code");
  }

  @Test
  void build_missingRequiredAttributes_isAPugExceptionNamingTypeAndAttributes() {
    assertThatThrownBy(() -> PerformanceIndicator.builder().code("000613").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("PerformanceIndicator")
        .hasMessageContaining("name")
        .hasMessageContaining("unit")
        .hasMessageContaining("level");
  }

  @Test
  void targetFor_findsTheTargetOfAYear() {
    PerformanceIndicator indicator =
        arg().addTargets(value(2026, "60.50"), value(2027, "65.50")).build();

    assertThat(indicator.targetFor(Year.of(2027))).contains(value(2027, "65.50"));
    assertThat(indicator.targetFor(Year.of(2028))).isEmpty();
    assertThat(arg().build().targetFor(Year.of(2026))).isEmpty();
  }

  @Test
  void targetFor_rejectsNull() {
    PerformanceIndicator indicator = arg().addTarget(value(2026, "60.50")).build();

    assertThatThrownBy(() -> indicator.targetFor(nullYear()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void sexDisaggregated_isDeclared() {
    assertThat(arg().sexDisaggregated(true).build().sexDisaggregated()).isTrue();
  }

  @Test
  void toString_namesUnitAndLevel() {
    assertThat(arg().build().toString())
        .isEqualTo("Persentase anggaran responsif Gender (%, OUTCOME)");
  }

  @SuppressWarnings("NullAway") // passes null on purpose
  private static Year nullYear() {
    return null;
  }
}
