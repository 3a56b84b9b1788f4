package id.pug.core.pokja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.planning.YearRange;
import id.pug.core.region.RegionCode;
import org.junit.jupiter.api.Test;

class ActionPlanTest {

  private static ActionPlan.Builder radPug() {
    return ActionPlan.builder()
        .id(ActionPlanId.of("rad-pug"))
        .kind(ActionPlanKind.RAD_PUG)
        .region(RegionCode.parse("62.03"))
        .period(YearRange.parse("2025-2029"));
  }

  private static PlannedAction action(ActionArea area) {
    return PlannedAction.builder().description("Aksi " + area).area(area).build();
  }

  @Test
  void areasWithoutActions_ofAnEmptyPlan_areAllFourInOrder() {
    assertThat(radPug().build().areasWithoutActions())
        .containsExactly(
            ActionArea.LEGISLATION,
            ActionArea.DEVELOPMENT_CYCLE,
            ActionArea.INSTITUTIONS,
            ActionArea.PUBLIC_PARTICIPATION);
  }

  @Test
  void areasWithoutActions_listsTheUncoveredAreas() {
    ActionPlan plan =
        radPug()
            .addActions(
                action(ActionArea.INSTITUTIONS),
                action(ActionArea.INSTITUTIONS),
                PlannedAction.builder().description("Aksi tanpa bidang").build())
            .build();

    assertThat(plan.areasWithoutActions())
        .containsExactly(
            ActionArea.LEGISLATION, ActionArea.DEVELOPMENT_CYCLE, ActionArea.PUBLIC_PARTICIPATION);
  }

  @Test
  void areasWithoutActions_isEmptyWhenEveryAreaHasAnAction() {
    ActionPlan.Builder plan = radPug();
    for (ActionArea area : ActionArea.values()) {
      plan.addAction(action(area));
    }

    assertThat(plan.build().areasWithoutActions()).isEmpty();
  }

  @Test
  void build_rejectsABlankTitle() {
    assertThatThrownBy(() -> radPug().title("").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("ActionPlan");
              assertThat(e.field()).contains("title");
            })
        .hasMessageStartingWith("ActionPlan.title must not be blank");
  }

  @Test
  void build_missingRequiredAttributes_isAPugExceptionNamingTypeAndAttributes() {
    assertThatThrownBy(() -> ActionPlan.builder().title("RAD PUG").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("ActionPlan")
        .hasMessageContaining("id")
        .hasMessageContaining("kind")
        .hasMessageContaining("region")
        .hasMessageContaining("period");
  }

  // domain.md §2.2: the four content areas of a RAD PUG (Permendagri 67/2011 as quoted).
  @Test
  void areas_theFourContentAreasOfARadPug() {
    assertThat(ActionArea.values())
        .extracting(ActionArea::indonesian)
        .containsExactly(
            "PUG dalam peraturan perundang-undangan di daerah",
            "PUG dalam siklus pembangunan di daerah",
            "penguatan kelembagaan PUG di daerah",
            "penguatan peran serta masyarakat di daerah");
  }

  @Test
  void kinds() {
    assertThat(ActionPlanKind.values())
        .containsExactly(
            ActionPlanKind.RAD_PUG, ActionPlanKind.POKJA_WORK_PLAN, ActionPlanKind.THEMATIC);
    assertThat(ActionPlanKind.RAD_PUG.indonesian())
        .isEqualTo("Rencana Aksi Daerah Pengarusutamaan Gender");
  }
}
