package id.pug.core.pprg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.agency.AgencyId;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GenderBudgetStatementTest {

  private static GenderBudgetStatement.Builder gbs() {
    return GenderBudgetStatement.builder()
        .id(GbsId.of("gbs-1"))
        .agency(AgencyId.of("dp3appkb"))
        .fiscalYear(Year.of(2025));
  }

  private static NomenclatureCode code(String text) {
    return NomenclatureCode.parse(text);
  }

  @Test
  void build_aDraft_hasTheRegionalFormatAndAnEmptySituationAnalysis() {
    GenderBudgetStatement draft = gbs().build();

    assertThat(draft.format()).isEqualTo(GbsFormat.REGIONAL);
    assertThat(draft.situationAnalysis()).isEqualTo(SituationAnalysis.empty());
    assertThat(draft.situationAnalysis().isEmpty()).isTrue();
    assertThat(draft.gap()).isEmpty();
    assertThat(draft.achievementIndicators()).isEmpty();
    assertThat(draft.actionPlan()).isEmpty();
    assertThat(draft.budget()).isEmpty();
  }

  @Test
  void build_theMinistryFormat() {
    GenderBudgetStatement gbs =
        gbs()
            .format(GbsFormat.MINISTRY)
            .programme(code("2.08.02"))
            .activity(code("2.08.02.2.01"))
            .activityIndicator("Jumlah kebijakan PUG")
            .output("Dokumen kebijakan PUG")
            .budget(Rupiah.of(70_590_400))
            .expectedImpact("Kebijakan PUG diterapkan")
            .build();

    assertThat(gbs.format()).isEqualTo(GbsFormat.MINISTRY);
    assertThat(gbs.subActivity()).isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "programme, 2.08, program",
    "programme, 2.08.02.2.01, program",
    "activity, 2.08.02, kegiatan",
    "activity, 2.08.02.2.01.01, kegiatan",
    "subActivity, 2.08.02.2.01, sub_kegiatan",
    "subActivity, 2.08.02, sub_kegiatan"
  })
  void build_rejectsACodeOfTheWrongLevel(String field, String code, String label) {
    GenderBudgetStatement.Builder builder =
        switch (field) {
          case "programme" -> gbs().programme(code(code));
          case "activity" -> gbs().activity(code(code));
          default -> gbs().subActivity(code(code));
        };

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("GenderBudgetStatement");
              assertThat(e.field()).contains(field);
            })
        .hasMessage(
            "GenderBudgetStatement." + field + " must be a " + label + " code, was " + code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"objective", "activityIndicator", "output", "expectedImpact"})
  void build_rejectsABlankOptionalText(String field) {
    GenderBudgetStatement.Builder builder =
        switch (field) {
          case "objective" -> gbs().objective(" ");
          case "activityIndicator" -> gbs().activityIndicator("");
          case "output" -> gbs().output(" ");
          default -> gbs().expectedImpact(" ");
        };

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains(field))
        .hasMessageStartingWith(
            "GenderBudgetStatement." + field + " must not be blank; omit it instead");
  }

  @Test
  void build_rejectsANegativeBudget_acceptsZero() {
    assertThatThrownBy(() -> gbs().budget(Rupiah.of(-1)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("GenderBudgetStatement.budget must not be negative, was -Rp1");
    assertThat(gbs().budget(Rupiah.ZERO).build().budget()).contains(Rupiah.ZERO);
  }

  @Test
  void build_missingRequiredAttributes_isAPugExceptionNamingTypeAndAttributes() {
    assertThatThrownBy(() -> GenderBudgetStatement.builder().objective("x").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("GenderBudgetStatement")
        .hasMessageContaining("id")
        .hasMessageContaining("agency")
        .hasMessageContaining("fiscalYear");
  }

  @Test
  void toString_namesTheSubActivityElseTheActivity() {
    assertThat(gbs().build().toString()).isEqualTo("GBS gbs-1");
    assertThat(gbs().activity(code("2.08.02.2.01")).build().toString())
        .isEqualTo("GBS gbs-1 on 2.08.02.2.01");
    assertThat(
            gbs()
                .activity(code("2.08.02.2.01"))
                .subActivity(code("2.08.02.2.01.01"))
                .build()
                .toString())
        .isEqualTo("GBS gbs-1 on 2.08.02.2.01.01");
  }
}
