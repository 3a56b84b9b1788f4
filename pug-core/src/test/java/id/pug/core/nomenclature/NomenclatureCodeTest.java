package id.pug.core.nomenclature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.region.GovernmentLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NomenclatureCodeTest {

  private static NomenclatureCode code(String text) {
    return NomenclatureCode.parse(text);
  }

  @ParameterizedTest
  @CsvSource({
    "2, URUSAN",
    "2.08, BIDANG_URUSAN",
    "2.08.02, PROGRAM",
    "2.08.02.2.01, KEGIATAN",
    "2.08.02.1.01, KEGIATAN",
    "2.08.02.2.01.01, SUB_KEGIATAN",
    "2.08.02.2.01.0001, SUB_KEGIATAN",
    "2.14.03.2.04.0005, SUB_KEGIATAN",
    "5.01, BIDANG_URUSAN",
    "1.10, BIDANG_URUSAN",
    "2.10.10.2.10, KEGIATAN",
    "2.09.09.2.09, KEGIATAN",
  })
  void parse_readsEveryLevel_andFormatRoundTrips(String text, NomenclatureLevel level) {
    NomenclatureCode code = code(text);

    assertThat(code.level()).isEqualTo(level);
    assertThat(code.format()).isEqualTo(text);
    assertThat(code.toString()).isEqualTo(text);
    assertThat(code(code.format())).isEqualTo(code);
  }

  @Test
  void parse_subKegiatanWidth_isKept() {
    assertThat(code("2.08.02.2.01.01").subKegiatanDigits()).contains(2);
    assertThat(code("2.08.02.2.01.0001").subKegiatanDigits()).contains(4);
    assertThat(code("2.08.02.2.01").subKegiatanDigits()).isEmpty();
    assertThat(code("2.08.02.2.01.01")).isNotEqualTo(code("2.08.02.2.01.0001"));
  }

  @Test
  void parse_levelDigitWrittenWithALeadingZero_isNormalised() {
    // budget-notes.md §1: S2 (Kota Parepare) writes the level digit as 02.
    NomenclatureCode code = code("2.08.02.02.01.0001");

    assertThat(code.format()).isEqualTo("2.08.02.2.01.0001");
    assertThat(code).isEqualTo(code("2.08.02.2.01.0001"));
    assertThat(code("2.08.01.01.02").format()).isEqualTo("2.08.01.1.02");
    assertThat(code("2.08.02.02.01").governmentLevel()).contains(GovernmentLevel.REGENCY_CITY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2.08.02.3.01",
        "2.08.02.0.01",
        "2.08.02.03.01.01",
        "2.08.02.2.01.001",
        "2.08.02.2.01.00001",
        "2.08.02.2.1",
        "2.8",
        "02.08",
        "2.08.2",
        "2.08.00",
        "2.00",
        "2.08.02.2.00",
        "2.08.02.2.01.00",
        "2.08.02.2.01.0000",
        "2.08.02.2",
        "2.08.",
        "x.08",
        "",
        " 2.08",
        "2.08.02.2.01.01.01"
      })
  void parse_rejectsMalformedCodes_namingTypeAndValue(String text) {
    assertThatThrownBy(() -> code(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.typeName()).isEqualTo("NomenclatureCode"))
        .hasMessageContaining("NomenclatureCode")
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void parse_rejectsAZeroProgram_sayingWhichPart() {
    assertThatThrownBy(() -> code("2.08.00.2.01"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("program");
  }

  @Test
  void parent_climbsOneLevelAtATime() {
    List<String> chain = new ArrayList<>();
    Optional<NomenclatureCode> up = Optional.of(code("2.08.02.2.01.01"));
    while (up.isPresent()) {
      chain.add(up.get().format());
      up = up.get().parent();
    }

    assertThat(chain).containsExactly("2.08.02.2.01.01", "2.08.02.2.01", "2.08.02", "2.08", "2");
  }

  @Test
  void bidangUrusan_isTheUBbPrefix() {
    assertThat(code("2.08.02.2.01.0001").bidangUrusan()).contains(code("2.08"));
    assertThat(code("2.14").bidangUrusan()).contains(code("2.14"));
    assertThat(code("2").bidangUrusan()).isEmpty();
  }

  @Test
  void isAncestorOf_holdsForProperPrefixesOnly() {
    NomenclatureCode sub = code("2.08.02.2.01.01");

    assertThat(code("2").isAncestorOf(sub)).isTrue();
    assertThat(code("2.08").isAncestorOf(sub)).isTrue();
    assertThat(code("2.08.02").isAncestorOf(sub)).isTrue();
    assertThat(code("2.08.02.2.01").isAncestorOf(sub)).isTrue();
    assertThat(sub.isAncestorOf(sub)).isFalse();
    assertThat(sub.isAncestorOf(code("2.08.02"))).isFalse();
    assertThat(code("2.14").isAncestorOf(sub)).isFalse();
    assertThat(code("2.08.02.1.01").isAncestorOf(sub)).isFalse();
    assertThat(code("2.08.01").isAncestorOf(sub)).isFalse();
  }

  @Test
  void compareTo_putsParentsBeforeChildren() {
    List<String> sorted =
        Stream.of(
                "2.14",
                "2.08.02.2.01.02",
                "2.08.02",
                "2.08.01.2.01",
                "2.08.02.2.01",
                "2",
                "2.08.02.2.01.01",
                "2.08",
                "2.08.02.2.02",
                "1.02")
            .map(NomenclatureCode::parse)
            .sorted()
            .map(NomenclatureCode::format)
            .collect(Collectors.toList());

    assertThat(sorted)
        .containsExactly(
            "1.02",
            "2",
            "2.08",
            "2.08.01.2.01",
            "2.08.02",
            "2.08.02.2.01",
            "2.08.02.2.01.01",
            "2.08.02.2.01.02",
            "2.08.02.2.02",
            "2.14");
  }

  @Test
  void governmentLevel_comesFromTheLevelDigit() {
    assertThat(code("2.08.02.1.01").governmentLevel()).contains(GovernmentLevel.PROVINCE);
    assertThat(code("2.08.02.2.01.01").governmentLevel()).contains(GovernmentLevel.REGENCY_CITY);
    assertThat(code("2.08.02").governmentLevel()).isEmpty();
    assertThat(code("2.08").governmentLevel()).isEmpty();
  }

  @Test
  void equalCodes_haveEqualHashCodes() {
    assertThat(code("2.08.02.02.01.0001").hashCode())
        .isEqualTo(code("2.08.02.2.01.0001").hashCode());
  }
}
