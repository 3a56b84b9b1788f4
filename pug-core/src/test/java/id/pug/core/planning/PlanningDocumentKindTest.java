package id.pug.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.planning.PlanningDocumentKind.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanningDocumentKindTest {

  // domain.md §2.1: RPJMD, Renstra, Renja, RKA/DPA (and in practice RKPD).
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "RPJMD, REGION, false, Rencana Pembangunan Jangka Menengah Daerah",
    "RENSTRA_PD, AGENCY, false, Rencana Strategis Perangkat Daerah",
    "RKPD, REGION, true, Rencana Kerja Pemerintah Daerah",
    "RENJA_PD, AGENCY, true, Rencana Kerja Perangkat Daerah",
    "RKA, AGENCY, true, Rencana Kerja dan Anggaran Perangkat Daerah",
    "DPA, AGENCY, true, Dokumen Pelaksanaan Anggaran Perangkat Daerah"
  })
  void scopeAnnualAndName(PlanningDocumentKind kind, Scope scope, boolean annual, String name) {
    assertThat(kind.scope()).isEqualTo(scope);
    assertThat(kind.isAnnual()).isEqualTo(annual);
    assertThat(kind.indonesian()).isEqualTo(name);
  }

  @Test
  void kinds_inPlanningOrder() {
    assertThat(PlanningDocumentKind.values())
        .containsExactly(
            PlanningDocumentKind.RPJMD,
            PlanningDocumentKind.RENSTRA_PD,
            PlanningDocumentKind.RKPD,
            PlanningDocumentKind.RENJA_PD,
            PlanningDocumentKind.RKA,
            PlanningDocumentKind.DPA);
  }
}
