package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  private static final Rule A = TestRules.rule("X-TEST-001", Severity.ERROR, ctx -> {});
  private static final Rule B =
      TestRules.define("X-TEST-002", Severity.WARNING)
          .parameter(Parameter.integer("minimum", 3, 1, "test"))
          .disabledByDefault()
          .logic(ctx -> {});
  private static final Rule LATE =
      TestRules.define("X-TEST-003", Severity.INFO)
          .effective(
              EffectivePeriod.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "t"))
          .logic(ctx -> {});

  @Test
  void plus_composesCatalogueAndPacks_andRejectsRepeatedIds() {
    RuleSet set = RuleSet.of("core", "1", List.of(A)).plus(RuleSet.of("pack", "2", List.of(B)));
    assertThat(set.rules()).containsExactly(A, B);
    assertThat(set.version()).isEqualTo("core 1 + pack 2");
    assertThat(set.plus(LATE).version()).isEqualTo("core 1 + pack 2 + custom");
    assertThatThrownBy(() -> set.plus(A))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("X-TEST-001")
        .hasMessageContaining("unique");
    assertThat(RuleSet.empty().version()).isEqualTo("(empty)");
  }

  @Test
  void switches_overrideTheDefault() {
    RuleSet set = RuleSet.of("core", "1", List.of(A, B));
    assertThat(set.isEnabled(B.id())).isFalse();
    assertThat(set.enable(B.id()).isEnabled(B.id())).isTrue();
    assertThat(set.disable(A.id()).isEnabled(A.id())).isFalse();
    assertThatThrownBy(() -> set.enable(RuleId.parse("X-TEST-999")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("X-TEST-999");
  }

  @Test
  void configure_checksRuleParameterAndValue() {
    RuleSet set = RuleSet.of("core", "1", List.of(A, B));
    assertThat(set.parameters(B.id())).containsEntry("minimum", 3L);
    RuleSet configured = set.configure(B.id(), "minimum", 5);
    assertThat(configured.parameters(B.id())).containsEntry("minimum", 5L);
    assertThat(configured.isConfigured(B.id(), "minimum")).isTrue();
    assertThat(set.configure(B.id(), "minimum", "7").parameters(B.id()))
        .containsEntry("minimum", 7L);
    assertThatThrownBy(() -> set.configure(B.id(), "maximum", 5))
        .hasMessageContaining("X-TEST-002.maximum")
        .hasMessageContaining("[minimum]");
    assertThatThrownBy(() -> set.configure(B.id(), "minimum", 0))
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> set.configure(B.id(), "minimum", new BigDecimal("2.5")))
        .hasMessageContaining("whole number");
  }

  @Test
  void select_keepsEnabledRulesInEffect() {
    RuleSet set = RuleSet.of("core", "1", List.of(A, B, LATE));
    assertThat(set.select(LocalDate.of(2020, 6, 1))).containsExactly(A, LATE);
    assertThat(set.select(LocalDate.of(2021, 6, 1))).containsExactly(A);
    assertThat(set.enable(B.id()).select(LocalDate.of(2010, 6, 1))).isEmpty();
  }

  @Test
  void fingerprint_changesWithConfiguration() {
    RuleSet set = RuleSet.of("core", "1", List.of(A, B));
    assertThat(set.fingerprint())
        .hasSize(16)
        .isEqualTo(RuleSet.of("core", "1", List.of(A, B)).fingerprint());
    assertThat(set.configure(B.id(), "minimum", 4).fingerprint()).isNotEqualTo(set.fingerprint());
    assertThat(set.enable(B.id()).fingerprint()).isNotEqualTo(set.fingerprint());
  }
}
