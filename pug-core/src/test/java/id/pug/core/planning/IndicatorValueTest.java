package id.pug.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

class IndicatorValueTest {

  private static final Year YEAR = Year.of(2025);

  @Test
  void of_aTotal() {
    IndicatorValue value = IndicatorValue.of(YEAR, new BigDecimal("60.50"));

    assertThat(value.year()).isEqualTo(YEAR);
    assertThat(value.total()).contains(new BigDecimal("60.50"));
    assertThat(value.female()).isEmpty();
    assertThat(value.male()).isEmpty();
    assertThat(value.text()).isEmpty();
    assertThat(value.isSexDisaggregated()).isFalse();
  }

  @Test
  void bySex_isSexDisaggregated() {
    IndicatorValue value =
        IndicatorValue.bySex(YEAR, BigDecimal.valueOf(60), BigDecimal.valueOf(40));

    assertThat(value.female()).contains(BigDecimal.valueOf(60));
    assertThat(value.male()).contains(BigDecimal.valueOf(40));
    assertThat(value.total()).isEmpty();
    assertThat(value.isSexDisaggregated()).isTrue();
  }

  @Test
  void isSexDisaggregated_needsBothWomenAndMen() {
    assertThat(
            IndicatorValue.builder().year(YEAR).female(BigDecimal.ONE).build().isSexDisaggregated())
        .isFalse();
    assertThat(
            IndicatorValue.builder().year(YEAR).male(BigDecimal.ONE).build().isSexDisaggregated())
        .isFalse();
  }

  @Test
  void build_acceptsATextOnly_asSipdTargetTexts() {
    IndicatorValue value = IndicatorValue.builder().year(YEAR).text("2 Dokumen").build();

    assertThat(value.text()).contains("2 Dokumen");
    assertThat(value.total()).isEmpty();
  }

  @Test
  void build_acceptsAnyOnePart() {
    assertThat(IndicatorValue.builder().year(YEAR).female(BigDecimal.TEN).build().female())
        .contains(BigDecimal.TEN);
    assertThat(IndicatorValue.builder().year(YEAR).male(BigDecimal.TEN).build().male())
        .contains(BigDecimal.TEN);
  }

  @Test
  void build_rejectsAValueWithNothingInIt() {
    assertThatThrownBy(() -> IndicatorValue.builder().year(YEAR).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("IndicatorValue");
              assertThat(e.field()).contains("total");
            })
        .hasMessage(
            "IndicatorValue.total must be given when there is no female, male or text value,"
                + " was missing");
  }

  @Test
  void build_rejectsABlankText() {
    assertThatThrownBy(() -> IndicatorValue.builder().year(YEAR).text(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("IndicatorValue.text must not be blank");
  }

  @Test
  void build_missingYear_isAPugExceptionNamingTypeAndAttribute() {
    assertThatThrownBy(() -> IndicatorValue.builder().total(BigDecimal.ONE).build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("IndicatorValue")
        .hasMessageContaining("year");
  }
}
