package id.pug.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.SerializableTester;
import id.pug.core.InvalidValueException;
import java.util.List;
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

  /** Paths of every shape, to compare the linked form with its text form. */
  private static final ImmutableList<ElementPath> SHAPES =
      ImmutableList.of(
          ElementPath.root(),
          ElementPath.of("a"),
          ElementPath.of("a", "b"),
          ElementPath.of("a", 1),
          ElementPath.of("a").key("1"),
          ElementPath.of("a").key("it's \\ odd").field("b").index(0),
          ElementPath.of("genderAnalyses", 12).field("steps").key("INSIGHT_DATA"),
          ElementPath.of("budgetLines", 4999).field("argTag").field("gbs"));

  @Test
  void eachPath_equalsItsParsedTextForm_withTheSameHash_andTheListHashOfItsSegments() {
    for (ElementPath path : SHAPES) {
      ElementPath parsed = ElementPath.parse(path.toString());
      assertThat(parsed).as("%s", path).isEqualTo(path);
      assertThat(parsed.hashCode()).as("%s", path).isEqualTo(path.hashCode());
      assertThat(parsed.depth()).isEqualTo(path.depth());
      assertThat(path.startsWith(ElementPath.root())).isTrue();
      assertThat(path.startsWith(path)).isTrue();
    }
    // The hash is List.hashCode of the segments as written, as before the linked form.
    assertThat(ElementPath.of("budgetLines", 12).field("argTag").hashCode())
        .isEqualTo(List.of("budgetLines", "[12]", "argTag").hashCode());
    assertThat(ElementPath.root().hashCode()).isEqualTo(List.of().hashCode());
  }

  @Test
  void pathsOfEqualTextButOtherShape_orOtherSegments_differ() {
    for (ElementPath a : SHAPES) {
      for (ElementPath b : SHAPES) {
        assertThat(a.equals(b)).as("%s = %s", a, b).isEqualTo(a.toString().equals(b.toString()));
      }
    }
    assertThat(ElementPath.of("a", "b")).isNotEqualTo(ElementPath.of("a", "c"));
    assertThat(ElementPath.of("a", "b")).isNotEqualTo(ElementPath.of("x", "b"));
    assertThat(ElementPath.of("a", 1)).isNotEqualTo(ElementPath.of("a", 2));
    assertThat(ElementPath.of("a").key("k")).isNotEqualTo(ElementPath.of("a").field("k"));
    assertThat(ElementPath.of("a", "b").startsWith(ElementPath.of("a", "c"))).isFalse();
    assertThat(ElementPath.of("a").startsWith(ElementPath.of("a", "b"))).isFalse();
    assertThat(ElementPath.of("a", "b")).isNotEqualTo("a.b");
  }

  @Test
  void aPath_isSerialisedAsItsTextForm() {
    for (ElementPath path : SHAPES) {
      assertThat(SerializableTester.reserialize(path)).isEqualTo(path);
    }
  }

  /**
   * The edges of a field name's characters, {@code [A-Za-z_][A-Za-z0-9_]*}, and their neighbours.
   */
  @ParameterizedTest
  @ValueSource(strings = {"A", "Z", "a", "z", "_", "a0", "a9", "aZ", "zA", "_9", "A_z"})
  void aFieldName_isLettersDigitsAndUnderscores_notStartingWithADigit(String name) {
    assertThat(ElementPath.root().field(name).toString()).isEqualTo(name);
    assertThat(ElementPath.parse(name)).isEqualTo(ElementPath.of(name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"@", "[", "`", "{", "0", "9", "0a", "9a", "a/", "a:", "a@", "a[", "a`", "a{", "é"})
  void anythingElse_isNotAFieldName(String name) {
    assertThatThrownBy(() -> ElementPath.root().field(name))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("be a Java identifier");
  }
}
