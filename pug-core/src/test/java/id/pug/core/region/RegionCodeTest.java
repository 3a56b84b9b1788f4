package id.pug.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"61", "62", "65", "61.01", "62.71", "64.09", "65.71"})
  void parse_acceptsProvinceAndKabKotaCodes_andRoundTrips(String text) {
    RegionCode code = RegionCode.parse(text);

    assertThat(code.value()).isEqualTo(text);
    assertThat(code.toString()).isEqualTo(text);
    assertThat(RegionCode.parse(code.value())).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "6x.01",
        "6271",
        " 62",
        "62 ",
        "62.7",
        "62.710",
        "6",
        "621",
        "62.",
        ".71",
        "62-71",
        "62.71.01",
        "00",
        "62.00",
        "00.01",
        "",
        "६२"
      })
  void parse_rejectsMalformedCodes_namingTypeAndValue(String text) {
    assertThatThrownBy(() -> RegionCode.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.typeName()).isEqualTo("RegionCode"))
        .hasMessageContaining("RegionCode")
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void parse_rejectsLetters_withTheDocumentedMessage() {
    assertThatThrownBy(() -> RegionCode.parse("6x.01"))
        .hasMessageStartingWith("RegionCode must be PP or PP.KK")
        .hasMessageEndingWith("was \"6x.01\"");
  }

  @Test
  void province_ofAProvinceIsItself() {
    RegionCode kalteng = RegionCode.parse("62");

    assertThat(kalteng.isProvince()).isTrue();
    assertThat(kalteng.province()).isEqualTo(kalteng);
    assertThat(kalteng.parent()).isEmpty();
  }

  @Test
  void province_ofAKotaIsItsFirstTwoDigits() {
    RegionCode palangkaraya = RegionCode.parse("62.71");

    assertThat(palangkaraya.isProvince()).isFalse();
    assertThat(palangkaraya.province()).isEqualTo(RegionCode.parse("62"));
    assertThat(palangkaraya.parent()).contains(RegionCode.parse("62"));
  }

  @Test
  void compareTo_ordersEachProvinceBeforeItsKabKota() {
    List<String> sorted =
        Stream.of("63.01", "62.71", "63", "62", "62.01", "61.72")
            .map(RegionCode::parse)
            .sorted()
            .map(RegionCode::value)
            .collect(Collectors.toList());

    assertThat(sorted).containsExactly("61.72", "62", "62.01", "62.71", "63", "63.01");
  }
}
