package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElementPathTest {
  @Test
  void of_buildsTheTextForm() {
    assertThat(ElementPath.of("budgetLines", 12).field("argTag").toString())
        .isEqualTo("budgetLines[12].argTag");
    assertThat(ElementPath.of("pokja", "members").index(3).toString())
        .isEqualTo("pokja.members[3]");
    assertThat(ElementPath.of("agencies").key("dp3appkb").toString())
        .isEqualTo("agencies['dp3appkb']");
    assertThat(ElementPath.root().toString()).isEmpty();
    assertThat(ElementPath.root().isRoot()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "pokja",
        "budgetLines[12].argTag",
        "budgetLines[0].argTag.gbs",
        "genderAnalyses[1].steps['INSIGHT_DATA']",
        "agencies['dp3appkb'].name",
        "planningDocuments[0].programmes[1].activities[0].subActivities[2].code",
        "agencies['it\\'s']",
        "a[0][1]"
      })
  void parse_roundTrips(String text) {
    ElementPath path = ElementPath.parse(text);
    assertThat(path.toString()).isEqualTo(text);
    assertThat(ElementPath.parse(path.toString())).isEqualTo(path);
  }

  @Test
  void key_escapesQuotesAndBackslashes() {
    ElementPath path = ElementPath.of("agencies").key("a'b\\c");
    assertThat(path.toString()).isEqualTo("agencies['a\\'b\\\\c']");
    assertThat(ElementPath.parse(path.toString())).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[0]",
        ".pokja",
        "pokja.",
        "pokja..members",
        "pokja[x]",
        "pokja[-1]",
        "pokja[1",
        "pokja['x",
        "pokja[",
        "pokja['x\\",
        "pokja['",
        "pokja['x'",
        "1abc",
        "pokja members",
        "pokja[0]x"
      })
  void parse_rejectsMalformedPaths(String text) {
    assertThatThrownBy(() -> ElementPath.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ElementPath")
        .hasMessageContaining(text);
  }

  @Test
  void index_andKey_needAFieldFirst() {
    assertThatThrownBy(() -> ElementPath.root().index(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ElementPath.root().key("x")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ElementPath.of("a").index(-1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("index");
    assertThatThrownBy(() -> ElementPath.of("not a name"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void startsWith_comparesSegments() {
    ElementPath line = ElementPath.of("budgetLines", 1);
    assertThat(line.field("argTag").startsWith(line)).isTrue();
    assertThat(line.startsWith(ElementPath.root())).isTrue();
    assertThat(line.startsWith(ElementPath.of("budgetLines", 1))).isTrue();
    assertThat(line.startsWith(line.field("argTag"))).isFalse();
    assertThat(line.isRoot()).isFalse();
    assertThat(ElementPath.root().isRoot()).isTrue();
    assertThat(ElementPath.of("budgetLines", 10).startsWith(line)).isFalse();
    assertThat(line.depth()).isEqualTo(2);
  }

  @Test
  void equality_andOrder_followTheTextForm() {
    assertThat(ElementPath.parse("a.b")).isEqualTo(ElementPath.of("a", "b"));
    assertThat(ElementPath.parse("a.b").hashCode()).isEqualTo(ElementPath.of("a", "b").hashCode());
    assertThat(ElementPath.parse("a[1]")).isNotEqualTo(ElementPath.parse("a['1']"));
    assertThat(ElementPath.parse("a.b").compareTo(ElementPath.parse("a.c"))).isNegative();
  }
}
