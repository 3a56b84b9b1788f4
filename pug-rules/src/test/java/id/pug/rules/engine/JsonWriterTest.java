package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  @Test
  void compact_writesNestedValues() {
    String json =
        JsonWriter.compact()
            .beginObject()
            .name("a")
            .value(1)
            .name("b")
            .beginArray()
            .value(true)
            .nullValue()
            .value(new BigDecimal("0.4930"))
            .endArray()
            .name("c")
            .beginObject()
            .endObject()
            .endObject()
            .toJson();
    assertThat(json).isEqualTo("{\"a\":1,\"b\":[true,null,0.4930],\"c\":{}}");
  }

  @Test
  void pretty_indentsTwoSpaces() {
    String json =
        JsonWriter.pretty()
            .beginObject()
            .name("a")
            .beginArray()
            .value("x")
            .endArray()
            .endObject()
            .toJson();
    assertThat(json).isEqualTo("{\n  \"a\": [\n    \"x\"\n  ]\n}");
  }

  @Test
  void strings_escapeQuotesBackslashesAndControlCharacters() {
    String json = JsonWriter.compact().value("q\" b\\ n\n r\r t\t \u0001 \u2028 é").toJson();
    assertThat(json).isEqualTo("\"q\\\" b\\\\ n\\n r\\r t\\t \\u0001 \\u2028 é\"");
  }

  @Test
  void misuse_isAProgrammingError() {
    assertThatThrownBy(() -> JsonWriter.compact().endArray().toJson())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> JsonWriter.compact().beginObject().toJson())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("open");
  }
}
