package id.pug.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.agency.AgencyId;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.region.RegionCode;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanningDocumentTest {

  private static final AgencyId DP3APPKB = AgencyId.of("dp3appkb");

  private static PlanningDocument.Builder document(PlanningDocumentKind kind, YearRange period) {
    return PlanningDocument.builder()
        .id(PlanningDocumentId.of("doc-1"))
        .kind(kind)
        .region(RegionCode.parse("62.03"))
        .period(period);
  }

  private static YearRange year2025() {
    return YearRange.of(Year.of(2025));
  }

  private static Programme programme(String code) {
    return Programme.builder().code(NomenclatureCode.parse(code)).build();
  }

  @Test
  void build_aRenjaOfAnAgency() {
    PlanningDocument renja =
        document(PlanningDocumentKind.RENJA_PD, year2025())
            .agency(DP3APPKB)
            .title("Renja DP3APPKB 2025")
            .addProgrammes(programme("2.08.02"), programme("2.08.03"))
            .build();

    assertThat(renja.agency()).contains(DP3APPKB);
    assertThat(renja.programmes()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(
      value = PlanningDocumentKind.class,
      names = {"RPJMD", "RKPD"})
  void build_regionWideKinds_rejectAnAgency(PlanningDocumentKind kind) {
    assertThatThrownBy(() -> document(kind, year2025()).agency(DP3APPKB).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("PlanningDocument");
              assertThat(e.field()).contains("agency");
            })
        .hasMessage(
            "PlanningDocument.agency must be absent for a region-wide " + kind + ", was dp3appkb");
  }

  @ParameterizedTest
  @EnumSource(
      value = PlanningDocumentKind.class,
      names = {"RENSTRA_PD", "RENJA_PD", "RKA", "DPA"})
  void build_agencyKindsWithoutAgency_areAcceptedAsDrafts(PlanningDocumentKind kind) {
    assertThat(document(kind, year2025()).build().agency()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = PlanningDocumentKind.class,
      names = {"RKPD", "RENJA_PD", "RKA", "DPA"})
  void build_annualKinds_requireOneYear(PlanningDocumentKind kind) {
    YearRange twoYears = YearRange.parse("2025-2026");

    assertThatThrownBy(() -> document(kind, twoYears).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("period"))
        .hasMessage(
            "PlanningDocument.period must be one year for an annual " + kind + ", was 2025–2026");
    assertThat(document(kind, year2025()).build().period().length()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(
      value = PlanningDocumentKind.class,
      names = {"RPJMD", "RENSTRA_PD"})
  void build_mediumTermKinds_acceptSeveralYears(PlanningDocumentKind kind) {
    assertThat(document(kind, YearRange.parse("2025-2029")).build().period().length()).isEqualTo(5);
  }

  @Test
  void build_rejectsARepeatedProgrammeCode() {
    assertThatThrownBy(
            () ->
                document(PlanningDocumentKind.RENJA_PD, year2025())
                    .addProgrammes(programme("2.08.02"), programme("2.08.02"))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PlanningDocument.programmes must not repeat a programme code, was 2.08.02");
  }

  @Test
  void build_rejectsABlankTitle() {
    assertThatThrownBy(() -> document(PlanningDocumentKind.RPJMD, year2025()).title(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("PlanningDocument.title must not be blank");
  }

  @Test
  void build_missingRequiredAttributes_isAPugExceptionNamingTypeAndAttributes() {
    assertThatThrownBy(() -> PlanningDocument.builder().agency(DP3APPKB).build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("PlanningDocument")
        .hasMessageContaining("id")
        .hasMessageContaining("kind")
        .hasMessageContaining("region")
        .hasMessageContaining("period");
  }

  @Test
  void toString_kindIdAndPeriod() {
    assertThat(
            document(PlanningDocumentKind.RENJA_PD, year2025())
                .id(PlanningDocumentId.of("renja-dp3a-2025"))
                .build()
                .toString())
        .isEqualTo("RENJA_PD renja-dp3a-2025 (2025)");
  }
}
