package id.pug.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.KakId;
import org.junit.jupiter.api.Test;

class ArgTagTest {

  @Test
  void of_theFullChain() {
    ArgTag tag =
        ArgTag.of(
            ArgCategory.INSTITUTIONALISATION,
            GapId.of("gap-1"),
            GbsId.of("gbs-1"),
            KakId.of("kak-1"));

    assertThat(tag.category()).isEqualTo(ArgCategory.INSTITUTIONALISATION);
    assertThat(tag.gap()).contains(GapId.of("gap-1"));
    assertThat(tag.gbs()).contains(GbsId.of("gbs-1"));
    assertThat(tag.kak()).contains(KakId.of("kak-1"));
    assertThat(tag.label()).isEmpty();
  }

  @Test
  void build_aTagWithoutDocuments_isAcceptedAsADraft() {
    ArgTag tag = ArgTag.builder().category(ArgCategory.SPECIFIC_TARGET).build();

    assertThat(tag.gap()).isEmpty();
    assertThat(tag.gbs()).isEmpty();
    assertThat(tag.kak()).isEmpty();
  }

  @Test
  void build_aPartialChain_isAccepted() {
    assertThat(
            ArgTag.builder()
                .category(ArgCategory.EQUALITY)
                .gbs(GbsId.of("gbs-1"))
                .label("tag tematik ARG")
                .build()
                .gap())
        .isEmpty();
  }

  @Test
  void build_rejectsABlankLabel() {
    assertThatThrownBy(() -> ArgTag.builder().category(ArgCategory.EQUALITY).label(" ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("label"))
        .hasMessageStartingWith("ArgTag.label must not be blank; omit it instead");
  }

  @Test
  void build_rejectsABlankTargetGroup() {
    assertThatThrownBy(
            () -> ArgTag.builder().category(ArgCategory.SPECIFIC_TARGET).targetGroup("").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("targetGroup"))
        .hasMessage("ArgTag.targetGroup must not be blank; omit it instead, was \"\"");
  }

  @Test
  void build_rejectsABlankGenderGap() {
    assertThatThrownBy(
            () -> ArgTag.builder().category(ArgCategory.EQUALITY).genderGap("\t").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("genderGap"))
        .hasMessage("ArgTag.genderGap must not be blank; omit it instead, was \"\\u0009\"");
  }

  @Test
  void build_missingCategory_isAPugExceptionNamingTypeAndAttribute() {
    assertThatThrownBy(() -> ArgTag.builder().gap(GapId.of("gap-1")).build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("ArgTag")
        .hasMessageContaining("category");
  }
}
