package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import id.pug.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleIdTest {

  @Test
  void parse_readsTheParts() {
    RuleId id = RuleId.parse("PPRG-GBS-003");

    assertThat(id.namespace()).isEqualTo("PPRG");
    assertThat(id.family()).isEqualTo("GBS");
    assertThat(id.number()).isEqualTo(3);
    assertThat(id.value()).isEqualTo("PPRG-GBS-003");
    assertThat(id).hasToString("PPRG-GBS-003");
  }

  @Test
  void of_padsTheNumber_andRoundTripsThroughParse() {
    RuleId id = RuleId.of("BABEL2016", "GAP", 12);

    assertThat(id.value()).isEqualTo("BABEL2016-GAP-012");
    assertThat(RuleId.parse(id.value())).isEqualTo(id);
    assertThat(RuleId.of("PPRG", "GBS", 1).value()).isEqualTo("PPRG-GBS-001");
    assertThat(RuleId.of("PPRG", "GBS", 999).value()).isEqualTo("PPRG-GBS-999");
    // The edges of the padding: two zeros below 10, one below 100.
    assertThat(RuleId.of("PPRG", "GBS", 9).value()).isEqualTo("PPRG-GBS-009");
    assertThat(RuleId.of("PPRG", "GBS", 10).value()).isEqualTo("PPRG-GBS-010");
    assertThat(RuleId.of("PPRG", "GBS", 99).value()).isEqualTo("PPRG-GBS-099");
    assertThat(RuleId.of("PPRG", "GBS", 100).value()).isEqualTo("PPRG-GBS-100");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "PPRG-GBS-3",
        "PPRG-GBS-0003",
        "pprg-gbs-003",
        "PPRG-GBS-000",
        "PPRG_GBS_003",
        "PPRG-003",
        "1PPRG-GBS-003",
        "PPRG-GBS-003 "
      })
  void parse_rejectsMalformedIds_namingTypeAndValue(String text) {
    assertThatThrownBy(() -> RuleId.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("RuleId must be NAMESPACE-FAMILY-NNN")
        .hasMessageEndingWith("was \"" + text + "\"");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1000})
  void of_rejectsNumbersOutOfRange(int number) {
    assertThatThrownBy(() -> RuleId.of("PPRG", "GBS", number))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RuleId.number must be from 1 to 999, was " + number);
  }

  @Test
  void compareTo_ordersByNamespaceFamilyThenNumber() {
    List<RuleId> ids =
        new ArrayList<>(
            List.of(
                RuleId.parse("PPRG-GBS-010"),
                RuleId.parse("PPRG-ARG-002"),
                RuleId.parse("PPRG-GBS-002"),
                RuleId.parse("BABEL-GAP-001")));
    Collections.shuffle(ids, new java.util.Random(7));
    Collections.sort(ids);

    assertThat(ids)
        .extracting(RuleId::value)
        .containsExactly("BABEL-GAP-001", "PPRG-ARG-002", "PPRG-GBS-002", "PPRG-GBS-010");
  }

  @Test
  void equality_andNullContracts() {
    new EqualsTester()
        .addEqualityGroup(RuleId.parse("PPRG-GBS-003"), RuleId.of("PPRG", "GBS", 3))
        .addEqualityGroup(RuleId.parse("PPRG-GBS-004"))
        .addEqualityGroup(RuleId.parse("PPRG-GAP-003"))
        .addEqualityGroup(RuleId.parse("XPRG-GBS-003"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(RuleId.class);
    new NullPointerTester().testAllPublicInstanceMethods(RuleId.parse("PPRG-GBS-003"));
  }
}
