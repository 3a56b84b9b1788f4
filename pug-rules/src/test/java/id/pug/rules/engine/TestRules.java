package id.pug.rules.engine;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;

/** Small rules for engine tests, with texts given in code. */
final class TestRules {
  private TestRules() {}

  static MessageBundle bundle(String... ids) {
    ImmutableMap.Builder<String, LocalizedText> texts = ImmutableMap.builder();
    for (String id : ids) {
      texts.put(id + ".title", LocalizedText.of("Aturan uji " + id, "Test rule " + id));
      texts.put(id + ".recommendation", LocalizedText.of("Perbaiki", "Fix it"));
      texts.put(id + ".bad", LocalizedText.of("{thing} salah", "{thing} is wrong"));
      texts.put(id + ".unknown", LocalizedText.of("Tidak diketahui", "Unknown"));
    }
    return MessageBundle.of("test", texts.buildOrThrow());
  }

  static RuleDefinition define(String id, Severity severity) {
    return RuleDefinition.of(id, bundle(id))
        .severity(severity)
        .category(RuleCategory.OTHER)
        .legal("Permendagri 67/2011")
        .effective(EffectivePeriod.from(LocalDate.of(2011, 1, 1), "test"));
  }

  static Rule rule(String id, Severity severity, Rule.Logic logic) {
    return define(id, severity).logic(logic);
  }
}
