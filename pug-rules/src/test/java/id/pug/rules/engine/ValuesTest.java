package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.agency.AgencyId;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.pprg.GapStep;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void normalise_convertsToCanonicalTypes() {
    assertThat(Values.normalise(3)).isEqualTo(3L);
    assertThat(Values.normalise(0.5)).isEqualTo(new BigDecimal("0.5"));
    assertThat(Values.normalise(GapStep.BASELINE)).isEqualTo("BASELINE");
    assertThat(Values.normalise(AgencyId.of("bappeda"))).isEqualTo("bappeda");
    assertThat(Values.normalise(NomenclatureCode.parse("2.08.02.2.01.01")))
        .isEqualTo("2.08.02.2.01.01");
    assertThat(Values.normalise(List.of(1, "a"))).isEqualTo(ImmutableList.of(1L, "a"));
    assertThat(Values.normalise(Year.of(2025))).isEqualTo(Year.of(2025));
  }

  @Test
  void normalise_rejectsValuesWithoutACanonicalForm() {
    assertThatThrownBy(() -> Values.normalise(Double.NaN))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Values.normalise(Optional.of("x")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Optional");
    assertThatThrownBy(() -> Values.normalise(new Object()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void format_writesNumbersTheWayEachLanguageDoes() {
    assertThat(Values.format(1234567L, Language.INDONESIAN)).isEqualTo("1.234.567");
    assertThat(Values.format(1234567L, Language.ENGLISH)).isEqualTo("1,234,567");
    assertThat(Values.format(new BigDecimal("74.40"), Language.INDONESIAN)).isEqualTo("74,4");
    assertThat(Values.format(new BigDecimal("-1234.5"), Language.ENGLISH)).isEqualTo("-1,234.5");
    assertThat(Values.format(new BigDecimal("100"), Language.ENGLISH)).isEqualTo("100");
    assertThat(Values.format(new BigDecimal("0.421"), Language.INDONESIAN)).isEqualTo("0,421");
    assertThat(Values.format(Rupiah.of(70_590_400), Language.INDONESIAN)).isEqualTo("Rp70.590.400");
    assertThat(Values.format(Rupiah.of(70_590_400), Language.ENGLISH)).isEqualTo("Rp70,590,400");
    assertThat(Values.format(true, Language.INDONESIAN)).isEqualTo("ya");
    assertThat(Values.format(false, Language.ENGLISH)).isEqualTo("no");
    assertThat(Values.format(ImmutableList.of(), Language.ENGLISH)).isEqualTo("—");
    assertThat(
            Values.format(
                ImmutableList.of(LocalizedText.of("akses", "access"), "x"), Language.ENGLISH))
        .isEqualTo("access, x");
  }

  @Test
  void total_isExact_andAmountFallsBackToADecimalBeyondALong() {
    BigDecimal total = Values.total(List.of(Rupiah.of(Long.MAX_VALUE), Rupiah.of(Long.MAX_VALUE)));
    assertThat(total).isEqualTo(new BigDecimal("18446744073709551614"));
    assertThat(Values.amount(total)).isEqualTo(total);
    assertThat(Values.amount(new BigDecimal("70590400"))).isEqualTo(Rupiah.of(70_590_400));
    assertThat(Values.total(List.of())).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void plain_isLanguageNeutral() {
    assertThat(Values.plain(new BigDecimal("5.0"))).isEqualTo("5.0");
    assertThat(Values.plain(Rupiah.of(1000))).isEqualTo("1000");
    assertThat(Values.plain(ImmutableList.of("a", "b"))).isEqualTo("a,b");
  }

  @Test
  void writeJson_keepsNumbersAndBooleansTyped() {
    JsonWriter json = JsonWriter.compact().beginArray();
    for (Object v :
        List.of(
            5L,
            new BigDecimal("0.5"),
            Rupiah.of(7),
            true,
            LocalizedText.of("a", "b"),
            ImmutableList.of("x"),
            Year.of(2025))) {
      Values.writeJson(v, json);
    }
    assertThat(json.endArray().toJson())
        .isEqualTo("[5,0.5,7,true,{\"id\":\"a\",\"en\":\"b\"},[\"x\"],\"2025\"]");
  }

  @Test
  void immutableCollectionsOfScalars_areDeferred_othersNormalisedAtOnce() {
    assertThat(Values.isDeferrable(ImmutableList.of("a", 1L))).isTrue();
    assertThat(Values.isDeferrable(ImmutableList.of())).isTrue();
    assertThat(Values.isDeferrable(ImmutableList.of(ImmutableList.of("nested")))).isTrue();
    assertThat(Values.isDeferrable(ImmutableList.of("a", new Object()))).isFalse();
    assertThat(Values.isDeferrable(new ArrayList<>(List.of("a")))).isFalse();
    assertThat(Values.isDeferrable(List.of("a"))).isFalse();
  }
}
