package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.PugException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageBundleTest {
  private static MessageBundle load(String name) {
    return MessageBundle.load(
        MessageBundleTest.class.getClassLoader(),
        "id/pug/rules/engine/bundles/" + name + "/messages");
  }

  @Test
  void load_readsBothLanguages() {
    MessageBundle bundle = load("good");
    assertThat(bundle.text("X-TEST-001.title")).isEqualTo(LocalizedText.of("Judul", "Title"));
    assertThat(bundle.withPrefix("X-TEST-001.").keySet())
        .containsExactly("missing", "recommendation", "title");
  }

  @Test
  void load_failsWhenTheLanguagesDifferInKeys() {
    assertThatThrownBy(() -> load("keys"))
        .isInstanceOf(PugException.class)
        .hasMessageContaining("same keys")
        .hasMessageContaining("only in _id [b]")
        .hasMessageContaining("only in _en [c]");
  }

  @Test
  void load_failsWhenPlaceholdersDiffer() {
    assertThatThrownBy(() -> load("placeholders"))
        .isInstanceOf(PugException.class)
        .hasMessageContaining("same placeholders")
        .hasMessageContaining("[x, y]")
        .hasMessageContaining("[x, z]");
  }

  @Test
  void load_failsOnBlankTextsAndMissingFiles() {
    assertThatThrownBy(() -> load("blank")).hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> load("absent")).hasMessageContaining("missing from the classpath");
  }

  @Test
  void text_namesTheMissingKey() {
    assertThatThrownBy(() -> load("good").text("nope"))
        .isInstanceOf(PugException.class)
        .hasMessageContaining("no key nope");
  }

  @Test
  void fill_replacesPlaceholdersByLanguage() {
    Map<String, Object> values = Map.of("thing", "GBS", "count", 1500L);
    assertThat(MessageBundle.fill("{thing} tidak ada, {count} kali.", values, Language.INDONESIAN))
        .isEqualTo("GBS tidak ada, 1.500 kali.");
    assertThat(MessageBundle.fill("{thing} x {other}", values, Language.ENGLISH))
        .isEqualTo("GBS x {other}");
    assertThat(MessageBundle.fill("$1 {thing}", Map.of("thing", "\\$"), Language.ENGLISH))
        .isEqualTo("$1 \\$");
    assertThat(MessageBundle.placeholders("{a} {b} {a}")).containsExactly("a", "b");
  }
}
