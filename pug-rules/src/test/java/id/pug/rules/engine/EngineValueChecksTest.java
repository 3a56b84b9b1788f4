package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The invariants of the engine's value types: each invalid value is refused with an {@link
 * InvalidValueException} naming the type and field, and the value just inside the bound is kept.
 */
class EngineValueChecksTest {
  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  private static void refused(ThrowingCallable call, String typeAndField) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(typeAndField);
  }

  private static RuleDefinition minimal(String id) {
    return RuleDefinition.of(id)
        .title("Aturan uji", "Test rule")
        .recommendation("Perbaiki", "Fix it")
        .message("bad", "Salah", "Wrong")
        .severity(Severity.WARNING)
        .category(RuleCategory.OTHER)
        .effective(EffectivePeriod.from(DAY, "test"));
  }

  @Test
  void localizedText_refusesABlankText_inEitherLanguage() {
    refused(() -> LocalizedText.of(" ", "Text"), "LocalizedText.indonesian");
    refused(() -> LocalizedText.of("Teks", ""), "LocalizedText.english");
    assertThat(LocalizedText.of("Teks", "Text").english()).isEqualTo("Text");
  }

  @Test
  void ruleSet_refusesABlankNameOrVersion() {
    refused(() -> RuleSet.of(" ", "1", List.of()), "RuleSet.name");
    refused(() -> RuleSet.of("set", "", List.of()), "RuleSet.version");
  }

  @Test
  void ruleSetPlusRuleSet_keepsTheOthersSwitchesAndConfiguration() {
    Rule first = minimal("X-SET-001").legal("Permendagri 67/2011").logic(ctx -> {});
    Rule second =
        minimal("X-SET-002")
            .legal("Permendagri 67/2011")
            .parameter(Parameter.integer("minimum", 3, 0, "test"))
            .logic(ctx -> {});
    RuleSet other = RuleSet.of("b", "1", List.of(second)).configure(second.id(), "minimum", 4);

    RuleSet combined = RuleSet.of("a", "1", List.of(first)).plus(other);
    RuleSet disabled = RuleSet.of("a", "1", List.of(first)).plus(other.disable(second.id()));

    assertThat(combined.isConfigured(second.id(), "minimum")).isTrue();
    assertThat(combined.isEnabled(second.id())).isTrue();
    assertThat(disabled.isEnabled(second.id())).isFalse();
    assertThat(disabled.isEnabled(first.id())).isTrue();
  }

  @Test
  void effectivePeriod_refusesABlankNote_andAnEndBeforeItsStart() {
    refused(() -> EffectivePeriod.from(DAY, " "), "EffectivePeriod.note");
    refused(() -> EffectivePeriod.between(DAY, DAY.minusDays(1), "test"), "EffectivePeriod.end");
    EffectivePeriod oneDay = EffectivePeriod.between(DAY, DAY, "test");
    assertThat(oneDay.end()).contains(DAY);
    assertThat(oneDay.toString()).contains("2020-01-01");
  }

  @Test
  void ruleBasis_legalNeedsACitation_policyASourceOrCitation_bothANote() {
    refused(() -> minimal("X-BAS-001").legal().logic(ctx -> {}), "RuleBasis.citations");
    refused(() -> minimal("X-BAS-002").policy("a practice").logic(ctx -> {}), "RuleBasis.sources");
    refused(
        () -> minimal("X-BAS-003").policy(" ").source("SEED-000").logic(ctx -> {}),
        "RuleBasis.note");

    Rule cited =
        minimal("X-BAS-004").policy("a practice").cite("Permendagri 67/2011").logic(ctx -> {});
    Rule sourced = minimal("X-BAS-005").policy("a practice").source("SEED-000").logic(ctx -> {});
    assertThat(cited.descriptor().basis().isPolicy()).isTrue();
    assertThat(sourced.descriptor().basis().sources()).hasSize(1);
    assertThat(cited.descriptor().basis().toString()).contains("POLICY");
  }

  @Test
  void ruleDescriptor_refusesRepeatedParameters_badMessageKeys_andNoMessages() {
    refused(
        () ->
            minimal("X-DES-001")
                .legal("Permendagri 67/2011")
                .parameter(Parameter.integer("minimum", 3, 0, "test"))
                .parameter(Parameter.integer("minimum", 4, 0, "test"))
                .logic(ctx -> {}),
        "RuleDescriptor.parameters");
    refused(
        () ->
            minimal("X-DES-002")
                .legal("Permendagri 67/2011")
                .message("Bad-Key", "Salah", "Wrong")
                .logic(ctx -> {}),
        "RuleDescriptor.messages");
    refused(
        () ->
            RuleDefinition.of("X-DES-003")
                .title("Aturan uji", "Test rule")
                .recommendation("Perbaiki", "Fix it")
                .severity(Severity.WARNING)
                .category(RuleCategory.OTHER)
                .legal("Permendagri 67/2011")
                .effective(EffectivePeriod.from(DAY, "test"))
                .logic(ctx -> {}),
        "RuleDescriptor.messages");
    Rule valid = minimal("X-DES-004").legal("Permendagri 67/2011").logic(ctx -> {});
    assertThat(valid.descriptor().toString()).contains("X-DES-004");
  }

  @Test
  void finding_mustBeAViolationOrMissingData_withASubject_andNormalisedEvidence() {
    Finding finding = finding(Outcome.VIOLATED, "subject").build();
    assertThat(finding.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(finding(Outcome.INSUFFICIENT_DATA, "subject").build().outcome().isFinding())
        .isTrue();

    refused(() -> finding(Outcome.PASSED, "subject").build(), "Finding.outcome");
    refused(() -> finding(Outcome.NOT_APPLICABLE, "subject").build(), "Finding.outcome");
    refused(() -> finding(Outcome.VIOLATED, " ").build(), "Finding.subjectId");
    refused(
        () -> finding(Outcome.VIOLATED, "subject").putEvidence("count", Integer.valueOf(3)).build(),
        "Finding.evidence");
  }

  private static Finding.Builder finding(Outcome outcome, String subject) {
    return Finding.builder()
        .ruleId(RuleId.parse("X-FND-001"))
        .severity(Severity.ERROR)
        .outcome(outcome)
        .path(ElementPath.of("a"))
        .subjectId(subject)
        .messageKey("X-FND-001.bad")
        .template(LocalizedText.of("Salah", "Wrong"))
        .title(LocalizedText.of("Aturan uji", "Test rule"))
        .recommendation(LocalizedText.of("Perbaiki", "Fix it"))
        .basis(RuleBasis.Kind.LEGAL);
  }
}
