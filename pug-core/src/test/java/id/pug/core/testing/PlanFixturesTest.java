package id.pug.core.testing;

import static id.pug.core.testing.PlanFixtures.BAPPEDA;
import static id.pug.core.testing.PlanFixtures.BPKAD;
import static id.pug.core.testing.PlanFixtures.DP3APPKB;
import static id.pug.core.testing.PlanFixtures.INSPEKTORAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyRole;
import id.pug.core.agency.Official;
import id.pug.core.assessment.Prerequisite;
import id.pug.core.assessment.PrerequisiteAssessment;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.BudgetLine;
import id.pug.core.law.Decree;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureVersion;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentKind;
import id.pug.core.planning.Programme;
import id.pug.core.planning.SubActivity;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.pprg.GapFactor;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GbsFormat;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.region.Population;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFixturesTest {

  private static final RegionalPprgPlan PLAN = PlanFixtures.kabupatenKapuas2025();

  @Test
  void kapuas2025_isKabupatenKapuasInKalimantanTengah_for2025() {
    assertThat(PLAN.region()).isEqualTo(RegionCode.parse("62.03"));
    assertThat(PLAN.region().province()).isEqualTo(RegionCode.parse("62"));
    assertThat(RegionCatalog.kalimantan().get(PLAN.region()).name()).isEqualTo("Kabupaten Kapuas");
    assertThat(PLAN.fiscalYear()).isEqualTo(Year.of(2025));
  }

  @Test
  void kapuas2025_isBuiltAnewAndEqualOnEachCall() {
    RegionalPprgPlan again = PlanFixtures.kabupatenKapuas2025();

    assertThat(again).isEqualTo(PLAN).isNotSameAs(PLAN);
  }

  @Test
  void kapuas2025_hasNoDanglingReference() {
    assertThat(PLAN.danglingReferences()).isEmpty();
  }

  // --- agencies and institutions --------------------------------------------------------------

  @Test
  void agencies_theDp3appkbComesFromTheAgencyCatalogue() {
    Agency dp3appkb = PLAN.agency(DP3APPKB).orElseThrow();

    assertThat(AgencyCatalog.kalimantan().in(PLAN.region())).contains(dp3appkb);
    assertThat(dp3appkb.name())
        .isEqualTo(
            "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga"
                + " Berencana");
    assertThat(dp3appkb.sources()).extracting(s -> s.id().orElseThrow()).contains("P8");
    assertThat(dp3appkb.hasRole(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION)).isTrue();
  }

  @Test
  void agencies_planningFinanceAndInspectorate_byRole() {
    assertThat(PLAN.agencies().keySet()).containsExactly(DP3APPKB, BAPPEDA, BPKAD, INSPEKTORAT);
    Agency bappeda = PLAN.agency(BAPPEDA).orElseThrow();
    assertThat(bappeda.name()).isEqualTo("Badan Perencanaan Pembangunan Daerah");
    assertThat(bappeda.urusan()).containsExactly(NomenclatureCode.parse("5.01"));
    assertThat(bappeda.hasRole(AgencyRole.PLANNING)).isTrue();
    assertThat(PLAN.agency(BPKAD).orElseThrow().declaredRoles())
        .containsExactly(AgencyRole.FINANCE);
    assertThat(PLAN.agency(INSPEKTORAT).orElseThrow().declaredRoles())
        .containsExactly(AgencyRole.INSPECTORATE);
    assertThat(PLAN.agencies().values()).extracting(Agency::region).containsOnly(PLAN.region());
  }

  // domain.md §7.1: SK of the head of region; chair = planning, secretary = women's empowerment,
  // members = all agency heads.
  @Test
  void pokja_followsTheCompositionOfPermendagri67of2011() {
    PokjaPug pokja = PLAN.pokja().orElseThrow();

    assertThat(pokja.region()).isEqualTo(PLAN.region());
    assertThat(pokja.decree().orElseThrow().issuer()).isEqualTo(Decree.Issuer.HEAD_OF_REGION);
    assertThat(agencyOf(pokja.chair().orElseThrow()).hasRole(AgencyRole.PLANNING)).isTrue();
    assertThat(
            agencyOf(pokja.secretary().orElseThrow())
                .hasRole(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION))
        .isTrue();
    assertThat(pokja.members())
        .extracting(Official::agency)
        .containsExactlyInAnyOrderElementsOf(PLAN.agencies().keySet());
    assertThat(pokja.members())
        .allMatch(o -> o.position().orElseThrow().matches("(Kepala|Inspektur).*"));
  }

  @Test
  void focalPoints_onePerAgency() {
    for (AgencyId agency : PLAN.agencies().keySet()) {
      assertThat(PLAN.focalPointsOf(agency)).as("focal points of %s", agency).hasSize(1);
    }
    assertThat(PLAN.focalPoints())
        .extracting(FocalPoint::decree)
        .allMatch(d -> d.orElseThrow().issuer() == Decree.Issuer.HEAD_OF_AGENCY);
  }

  private static Agency agencyOf(Official official) {
    return PLAN.agency(official.agency()).orElseThrow();
  }

  // --- planning document and budget lines -----------------------------------------------------

  @Test
  void renja_ofTheDp3appkb_withProgrammes208_02And208_03() {
    PlanningDocument renja = PLAN.planningDocument(PlanFixtures.RENJA_DP3APPKB).orElseThrow();

    assertThat(renja.kind()).isEqualTo(PlanningDocumentKind.RENJA_PD);
    assertThat(renja.agency()).contains(DP3APPKB);
    assertThat(renja.period().length()).isEqualTo(1);
    assertThat(renja.period().contains(PLAN.fiscalYear())).isTrue();
    assertThat(renja.programmes())
        .extracting(Programme::code)
        .containsExactly(NomenclatureCode.parse("2.08.02"), NomenclatureCode.parse("2.08.03"));
    assertThat(subActivities(renja))
        .extracting(SubActivity::code)
        .containsExactly(
            PlanFixtures.PUG_POLICY,
            PlanFixtures.PUG_IMPLEMENTATION,
            PlanFixtures.VIOLENCE_PREVENTION);
  }

  private static List<SubActivity> subActivities(PlanningDocument document) {
    return document.programmes().stream()
        .flatMap(p -> p.activities().stream())
        .flatMap(a -> a.subActivities().stream())
        .toList();
  }

  @Test
  void codesAndNames_areThoseOfTheShippedKabKotaNomenclature() {
    NomenclatureVersion nomenclature = NomenclatureCatalog.shipped().version("kabkota-050-5889");
    PlanningDocument renja = PLAN.planningDocuments().get(0);

    for (Programme programme : renja.programmes()) {
      assertThat(programme.name()).isEqualTo(nomenclature.nameOf(programme.code()));
      programme
          .activities()
          .forEach(a -> assertThat(a.name()).isEqualTo(nomenclature.nameOf(a.code())));
    }
    for (SubActivity sub : subActivities(renja)) {
      assertThat(sub.name()).as("%s", sub.code()).isEqualTo(nomenclature.nameOf(sub.code()));
    }
    for (BudgetLine line : PLAN.budgetLines()) {
      assertThat(line.name()).isEqualTo(nomenclature.nameOf(line.subActivity()));
    }
  }

  @Test
  void indicators_areAtTheirLevels() {
    PlanningDocument renja = PLAN.planningDocuments().get(0);

    assertThat(renja.programmes())
        .flatExtracting(Programme::indicators)
        .extracting(PerformanceIndicator::level)
        .containsOnly(IndicatorLevel.OUTCOME);
    assertThat(subActivities(renja))
        .flatExtracting(SubActivity::indicators)
        .extracting(PerformanceIndicator::level)
        .containsOnly(IndicatorLevel.OUTPUT);
  }

  // Amounts from data/contoh_pagu_realisasi_subkegiatan_pppa.csv (source S9).
  @Test
  void budgetLines_withTheCeilingsOfSourceS9() {
    assertThat(PLAN.budgetLines())
        .extracting(BudgetLine::subActivity, BudgetLine::amount)
        .containsExactly(
            tuple(PlanFixtures.PUG_POLICY, Rupiah.parse("70590400")),
            tuple(PlanFixtures.VIOLENCE_PREVENTION, Rupiah.parse("220000000")),
            tuple(PlanFixtures.PUG_IMPLEMENTATION, Rupiah.parse("100000000")));
    assertThat(PLAN.budgetLines())
        .allMatch(l -> l.agency().equals(DP3APPKB) && l.fiscalYear().equals(PLAN.fiscalYear()));
  }

  @Test
  void budgetLines_oneUntagged_oneEquality_oneInstitutionalisation() {
    assertThat(PLAN.budgetLines().stream().filter(l -> !l.isTagged())).hasSize(1);
    assertThat(
            PLAN.budgetLine(PlanFixtures.PUG_POLICY_LINE)
                .orElseThrow()
                .argTag()
                .orElseThrow()
                .category())
        .isEqualTo(ArgCategory.INSTITUTIONALISATION);
    assertThat(
            PLAN.budgetLine(PlanFixtures.VIOLENCE_PREVENTION_LINE)
                .orElseThrow()
                .argTag()
                .orElseThrow()
                .category())
        .isEqualTo(ArgCategory.EQUALITY);
    assertThat(PlanFixtures.VIOLENCE_PREVENTION.toString()).startsWith("2.08.03.");
    assertThat(PlanFixtures.PUG_POLICY.toString()).startsWith("2.08.02.2.01.");
  }

  // --- GAP → GBS → KAK --------------------------------------------------------------------------

  @Test
  void everyTaggedLine_resolvesACompleteGapGbsKakChain() {
    assertThat(PLAN.taggedLines()).hasSize(2);
    for (BudgetLine line : PLAN.taggedLines()) {
      GenderAnalysisPathway gap = PLAN.gapOf(line).orElseThrow();
      GenderBudgetStatement gbs = PLAN.gbsOf(line).orElseThrow();
      TermsOfReference kak = PLAN.kakOf(line).orElseThrow();

      assertThat(gap.missingSteps()).as("missing steps of %s", gap).isEmpty();
      assertThat(gap.steps()).hasSize(9);
      assertThat(gap.gapFactors().keySet()).containsExactly(GapFactor.values());
      assertThat(gap.genderIndicators()).allMatch(PerformanceIndicator::sexDisaggregated);
      assertThat(gap.subject()).contains(line.subActivity());
      assertThat(gap.planningDocument()).contains(PlanFixtures.RENJA_DP3APPKB);

      assertThat(gbs.format()).isEqualTo(GbsFormat.REGIONAL);
      assertThat(gbs.gap()).contains(gap.id());
      assertThat(gbs.subActivity()).contains(line.subActivity());
      assertThat(gbs.activity()).isEqualTo(line.subActivity().parent());
      assertThat(gbs.situationAnalysis().isEmpty()).isFalse();
      assertThat(gbs.situationAnalysis().gapFactors()).isEqualTo(gap.gapFactors());
      assertThat(gbs.situationAnalysis().internalCauses()).isPresent();
      assertThat(gbs.situationAnalysis().externalCauses()).isPresent();
      assertThat(gbs.objective()).isEqualTo(gap.step(GapStep.REFORMULATED_OBJECTIVE));
      assertThat(gbs.achievementIndicators()).isNotEmpty();
      assertThat(gbs.actionPlan()).isNotEmpty();
      assertThat(gbs.budget()).contains(line.amount());

      assertThat(kak.gbs()).contains(gbs.id());
      assertThat(kak.subject()).contains(line.subActivity());
      assertThat(kak.legalBasis())
          .contains(
              "Inpres 9/2000",
              "Permendagri 15/2008",
              "Permendagri 67/2011",
              "Perda Kalteng 4/2014");
      assertThat(kak.cost()).contains(line.amount());
      assertThat(kak.start()).isPresent();
      assertThat(kak.end()).isPresent();
      assertThat(kak.responsibleOfficial().orElseThrow().agency()).isEqualTo(DP3APPKB);
      assertThat(PLAN.linesOf(gbs.id())).containsExactly(line);
      assertThat(PLAN.termsOfReferenceOf(gbs.id())).containsExactly(kak);
    }
  }

  @Test
  void legalBasis_citesCataloguedRegulations() {
    RegulationCatalog catalog = RegulationCatalog.shipped();

    for (String citation : PlanFixtures.LEGAL_BASIS) {
      assertThat(catalog.parseCitation(citation).regulation().id().value())
          .as(citation)
          .isIn(
              "inpres-9-2000",
              "permendagri-15-2008",
              "permendagri-67-2011",
              "perda-kalteng-4-2014");
    }
  }

  @Test
  void insightData_citeThePopulationOfTheRegionCatalogue() {
    Population population =
        RegionCatalog.kalimantan().get(PLAN.region()).population().orElseThrow();
    String insight = PLAN.budgetStatements().get(0).situationAnalysis().insightData().get(0);

    assertThat(population.female()).isEqualTo(202_002);
    assertThat(population.male()).isEqualTo(215_852);
    assertThat(insight).contains("202.002 perempuan").contains("215.852 laki-laki");
  }

  // --- indicators, action plan, assessment ----------------------------------------------------

  // data/ikg_published_values.csv: KALIMANTAN TENGAH, 2024, 0.549 (S11).
  @Test
  void regionalIndicators_theIkgWithItsPublishedBaseline() {
    PerformanceIndicator ikg = PLAN.regionalIndicators().get(0);

    assertThat(ikg.name()).isEqualTo("Indeks Ketimpangan Gender (IKG)");
    assertThat(ikg.level()).isEqualTo(IndicatorLevel.IMPACT);
    assertThat(ikg.baseline().orElseThrow().year()).isEqualTo(Year.of(2024));
    assertThat(ikg.baseline().orElseThrow().total()).contains(new BigDecimal("0.549"));
    assertThat(ikg.targetFor(Year.of(2025)).orElseThrow().total()).isEmpty();
    assertThat(ikg.targetFor(Year.of(2025)).orElseThrow().text()).isPresent();
  }

  @Test
  void radPug_coversTheFourAreas_withAgenciesMonthsAndIndicators() {
    ActionPlan rad = PLAN.actionPlan(PlanFixtures.RAD_PUG).orElseThrow();

    assertThat(rad.kind()).isEqualTo(ActionPlanKind.RAD_PUG);
    assertThat(rad.period().toString()).isEqualTo("2025–2029");
    assertThat(rad.areasWithoutActions()).isEmpty();
    assertThat(rad.actions())
        .allSatisfy(
            a -> {
              assertThat(a.responsibleAgency()).isPresent();
              assertThat(a.start()).isPresent();
              assertThat(a.end()).isPresent();
              assertThat(a.indicators()).isNotEmpty();
            });
    assertThat(rad.actions())
        .extracting(a -> a.responsibleAgency().orElseThrow())
        .containsAll(PLAN.agencies().keySet());
  }

  @Test
  void assessment_hasEvidenceForAllSevenPrerequisites() {
    PrerequisiteAssessment assessment = PLAN.assessment().orElseThrow();

    assertThat(assessment.region()).isEqualTo(PLAN.region());
    assertThat(assessment.year()).isEqualTo(PLAN.fiscalYear());
    assertThat(assessment.prerequisitesWithoutEvidence()).isEmpty();
    assertThat(assessment.evidence())
        .extracting(e -> e.prerequisite())
        .containsExactly(Prerequisite.values());
  }

  @Test
  void minimalPlan_holdsRegionAndYearOnly() {
    RegionalPprgPlan minimal = PlanFixtures.minimalPlan();

    assertThat(minimal.region()).isEqualTo(PLAN.region());
    assertThat(minimal.fiscalYear()).isEqualTo(PLAN.fiscalYear());
    assertThat(minimal)
        .isEqualTo(
            RegionalPprgPlan.builder().region(PLAN.region()).fiscalYear(PLAN.fiscalYear()).build());
    assertThat(minimal.danglingReferences()).isEmpty();
  }
}
