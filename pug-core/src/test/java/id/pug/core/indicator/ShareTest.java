package id.pug.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import id.pug.core.InvalidValueException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareTest {

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource({
    "0.169, PROPORTION, 0.169",
    "89, PER_MILLE, 0.089",
    "32.4, PERCENT, 0.324",
    "0, PERCENT, 0",
    "100, PERCENT, 1",
    "1, PROPORTION, 1",
    "1000, PER_MILLE, 1"
  })
  void of_convertsTheDeclaredUnitToAProportion(double value, ShareUnit unit, double proportion) {
    Share share = Share.of("mtf", value, unit);

    assertThat(share.proportion()).isCloseTo(proportion, within(1e-15));
    assertThat(share.percent()).isCloseTo(proportion * 100, within(1e-12));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "-0.001, PROPORTION",
    "1.001, PROPORTION",
    "100.01, PERCENT",
    "101, PERCENT",
    "1000.5, PER_MILLE",
    "NaN, PERCENT",
    "Infinity, PERCENT",
    "-Infinity, PROPORTION"
  })
  void of_rejectsAValueOutsideTheUnit_namingTheShare(double value, ShareUnit unit) {
    assertThatThrownBy(() -> Share.of("tpak_f", value, unit))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("Share");
              assertThat(e.field()).contains("tpak_f");
            })
        .hasMessageContaining("from 0 to " + unit.whole())
        .hasMessageContaining(unit.name().toLowerCase(Locale.ROOT));
  }

  @Test
  void percentAndProportion_areShortcutsForTheirUnits() {
    assertThat(Share.percent("pr_f", 22)).isEqualTo(Share.of("pr_f", 22, ShareUnit.PERCENT));
    assertThat(Share.proportion("mtf", 0.198))
        .isEqualTo(Share.of("mtf", 0.198, ShareUnit.PROPORTION));
    assertThatThrownBy(() -> Share.percent("pr_f", 0.22 - 1))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void equality_followsTheProportion_notTheNameOrUnit() {
    new EqualsTester()
        .addEqualityGroup(
            Share.percent("pr_f", 50),
            Share.proportion("other", 0.5),
            Share.of("x", 500, ShareUnit.PER_MILLE))
        .addEqualityGroup(Share.percent("pr_f", 0), Share.proportion("mtf", 0))
        .addEqualityGroup(Share.percent("pr_f", 100))
        .addEqualityGroup(Share.proportion("mtf", 0.198))
        .testEquals();
  }

  @Test
  void compareTo_ordersByProportion() {
    assertThat(Share.percent("a", 22)).isLessThan(Share.percent("b", 78));
    assertThat(Share.proportion("a", 0.5)).isEqualByComparingTo(Share.percent("b", 50));
    assertThat(Share.proportion("a", 1)).isGreaterThan(Share.proportion("b", 0.999));
  }

  @Test
  void toString_isTheProportion() {
    assertThat(Share.proportion("mtf", 0.198)).hasToString("0.198");
    assertThat(Share.percent("pr_f", 50)).hasToString("0.5");
  }

  @Test
  void unit_wholeAndConversion() {
    assertThat(ShareUnit.PROPORTION.whole()).isEqualTo(1);
    assertThat(ShareUnit.PERCENT.whole()).isEqualTo(100);
    assertThat(ShareUnit.PER_MILLE.whole()).isEqualTo(1000);
    assertThat(ShareUnit.PER_MILLE.toProportion(89)).isCloseTo(0.089, within(1e-15));
  }

  @Test
  void of_negativeZero_isZero() {
    Share negativeZero = Share.percent("pr_f", -0.0);

    assertThat(negativeZero).isEqualTo(Share.percent("pr_f", 0));
    assertThat(negativeZero).isEqualByComparingTo(Share.percent("pr_f", 0));
    assertThat(negativeZero).hasToString("0.0");
  }
}
