package id.pug.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.agency.AgencyId;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.pokja.ActionPlanId;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.KakId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The element ids of a plan ({@link AgencyId}, {@link BudgetLineId}, {@link GapId}, {@link GbsId},
 * {@link KakId}, {@link PlanningDocumentId}, {@link ActionPlanId}): one token form, checked by
 * {@link Identifier#checkToken}.
 */
class IdentifierTest {

  private record Factory(String type, Function<String, Identifier<?>> of) {
    @Override
    public String toString() {
      return type;
    }
  }

  static List<Factory> factories() {
    return List.of(
        new Factory("AgencyId", AgencyId::of),
        new Factory("BudgetLineId", BudgetLineId::of),
        new Factory("GapId", GapId::of),
        new Factory("GbsId", GbsId::of),
        new Factory("KakId", KakId::of),
        new Factory("PlanningDocumentId", PlanningDocumentId::of),
        new Factory("ActionPlanId", ActionPlanId::of));
  }

  private static final List<String> VALID =
      List.of(
          "12345",
          "gbs/2025/dp3a-01",
          "2.08.0.00.0.00.01.0000",
          "dp2kbpmp2a",
          "a",
          "DP3APPKB",
          "kak_2025:01#3",
          "dinas-pémberdayaan",
          "x".repeat(128));

  private static final List<String> INVALID =
      List.of(
          "",
          " ",
          " dp3a",
          "dp3a ",
          "-dp3a",
          ".dp3a",
          "_dp3a",
          "/dp3a",
          "dp 3a",
          "dp3a,01",
          "dp3a+1",
          "dp3a\n",
          "x".repeat(129));

  static Stream<Arguments> validIds() {
    return factories().stream().flatMap(f -> VALID.stream().map(v -> Arguments.of(f, v)));
  }

  static Stream<Arguments> invalidIds() {
    return factories().stream().flatMap(f -> INVALID.stream().map(v -> Arguments.of(f, v)));
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @MethodSource("validIds")
  void of_acceptsTokens_andKeepsTheText(Factory factory, String text) {
    Identifier<?> id = factory.of().apply(text);

    assertThat(id.value()).isEqualTo(text);
    assertThat(id.toString()).isEqualTo(text);
    assertThat(id).isEqualTo(factory.of().apply(text));
    assertThat(id.getClass().getSimpleName()).isEqualTo(factory.type());
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @MethodSource("invalidIds")
  void of_rejectsOtherText_namingTypeAndValue(Factory factory, String text) {
    assertThatThrownBy(() -> factory.of().apply(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo(factory.type());
              assertThat(e.field()).isEmpty();
            })
        .hasMessageStartingWith(
            factory.type()
                + " must be 1 to 128 letters, digits or . _ : / # -, starting with a letter or"
                + " digit");
  }

  private static <T extends Identifier<T>> List<String> sorted(Function<String, T> of) {
    return Stream.of("kak-2", "1", "KAK", "kak-10", "kak-1")
        .map(of)
        .sorted()
        .map(Identifier::value)
        .toList();
  }

  @Test
  void compareTo_ordersByText() {
    List<String> expected = List.of("1", "KAK", "kak-1", "kak-10", "kak-2");

    assertThat(sorted(AgencyId::of)).isEqualTo(expected);
    assertThat(sorted(BudgetLineId::of)).isEqualTo(expected);
    assertThat(sorted(GapId::of)).isEqualTo(expected);
    assertThat(sorted(GbsId::of)).isEqualTo(expected);
    assertThat(sorted(KakId::of)).isEqualTo(expected);
    assertThat(sorted(PlanningDocumentId::of)).isEqualTo(expected);
    assertThat(sorted(ActionPlanId::of)).isEqualTo(expected);
    assertThat(KakId.of("kak-1").compareTo(KakId.of("kak-1"))).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void equals_needsTheSameClassAndText(Factory factory) {
    Identifier<?> id = factory.of().apply("dp3appkb");

    assertThat(id).isEqualTo(factory.of().apply("dp3appkb"));
    assertThat(id.hashCode()).isEqualTo(factory.of().apply("dp3appkb").hashCode());
    assertThat(id).isNotEqualTo(factory.of().apply("DP3APPKB"));
    for (Factory other : factories()) {
      if (!other.type().equals(factory.type())) {
        assertThat(id).as("%s vs %s", factory, other).isNotEqualTo(other.of().apply("dp3appkb"));
      }
    }
  }
}
