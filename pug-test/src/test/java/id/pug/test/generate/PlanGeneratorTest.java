package id.pug.test.generate;

import static id.pug.test.PugAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.pug.core.agency.AgencyRole;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.law.Decree;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureVersion;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentKind;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.region.GovernmentLevel;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import id.pug.core.region.RegionLevel;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Validator;
import id.pug.test.PugSoftAssertions;
import java.time.Year;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanGeneratorTest {
  private static final Validator VALIDATOR = Validator.of(PprgCatalogue.ruleSet());

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theValidPlanOfEverySeed_hasNoViolation_andNoFinding(long seed) {
    RegionalPprgPlan plan = PlanGenerator.seeded(seed).validPlan();
    assertThat(VALIDATOR.validate(plan)).as(plan.toString()).hasNoViolations().hasNoFindings();
    assertThat(plan.danglingReferences()).isEmpty();
  }

  @Test
  void everyOption_givesValidPlans() {
    PugSoftAssertions softly = new PugSoftAssertions();
    for (long seed = 0; seed < 4; seed++) {
      for (int year = 2021; year <= 2027; year++) {
        for (int agencies = PlanGenerator.MIN_AGENCIES;
            agencies <= PlanGenerator.MAX_AGENCIES;
            agencies++) {
          for (double share : new double[] {0, 0.5, 1}) {
            PlanGenerator generator =
                PlanGenerator.seeded(seed)
                    .fiscalYear(Year.of(year))
                    .agencies(agencies)
                    .taggedShare(share)
                    .linesPerAgency(PlanGenerator.MIN_LINES_PER_AGENCY + (int) seed);
            softly
                .assertThat(VALIDATOR.validate(generator.validPlan()))
                .as(generator.toString())
                .hasNoFindings();
          }
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void everyKabupatenAndKota_ofKalimantan_givesValidPlans() {
    PugSoftAssertions softly = new PugSoftAssertions();
    RegionCatalog.kalimantan().all().stream()
        .filter(r -> r.level() != RegionLevel.PROVINCE)
        .forEach(
            r -> {
              PlanGenerator generator = PlanGenerator.seeded(r.code().hashCode()).region(r.code());
              RegionalPprgPlan plan = generator.validPlan();
              softly.assertThat(VALIDATOR.validate(plan)).as(generator.toString()).hasNoFindings();
              assertThat(plan.region()).isEqualTo(r.code());
            });
    softly.assertAll();
  }

  @Test
  void aLargePlan_isValid() {
    RegionalPprgPlan plan =
        PlanGenerator.seeded(7).agencies(6).linesPerAgency(2_500).taggedShare(0.3).validPlan();
    assertThat(plan.budgetLines()).hasSizeGreaterThanOrEqualTo(2_500);
    assertThat(plan.budgetLines().size() % 2_500).isZero();
    assertThat(plan.taggedLines().size()).isBetween(500, 1_500);
    assertThat(VALIDATOR.validate(plan)).hasNoFindings();
  }

  @Test
  void theSameSeedAndOptions_giveAnEqualPlan_andOtherSeedsDiffer() {
    assertThat(PlanGenerator.seeded(42).validPlan())
        .isEqualTo(PlanGenerator.seeded(42).validPlan());
    assertThat(PlanGenerator.seeded(42).agencies(3).validPlan())
        .isEqualTo(PlanGenerator.seeded(42).agencies(3).validPlan());
    assertThat(PlanGenerator.seeded(42).validPlan())
        .isNotEqualTo(PlanGenerator.seeded(43).validPlan());
  }

  @Test
  void settingAnOption_keepsTheOthersAsDrawn() {
    RegionalPprgPlan drawn = PlanGenerator.seeded(5).validPlan();
    RegionalPprgPlan fewer = PlanGenerator.seeded(5).agencies(2).validPlan();
    assertThat(fewer.region()).isEqualTo(drawn.region());
    assertThat(fewer.fiscalYear()).isEqualTo(drawn.fiscalYear());
    assertThat(fewer.agencies()).hasSize(2);
  }

  @Test
  void theLayout_isAsDocumented() {
    for (long seed = 0; seed < 20; seed++) {
      RegionalPprgPlan plan = PlanGenerator.seeded(seed).agencies(4).validPlan();
      assertThat(plan.agencies().keySet())
          .containsExactly(
              PlanGenerator.PLANNING,
              PlanGenerator.WOMEN_EMPOWERMENT,
              PlanGenerator.FINANCE,
              PlanGenerator.INSPECTORATE);
      assertThat(plan.agency(PlanGenerator.PLANNING).orElseThrow().hasRole(AgencyRole.PLANNING))
          .isTrue();
      assertThat(
              plan.agency(PlanGenerator.WOMEN_EMPOWERMENT)
                  .orElseThrow()
                  .hasRole(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION))
          .isTrue();
      assertThat(plan.budgetLines().subList(0, 4))
          .allSatisfy(l -> assertThat(l.agency()).isEqualTo(PlanGenerator.WOMEN_EMPOWERMENT));
      assertThat(plan.budgetLines().subList(0, 4).stream().map(BudgetLine::argTag).toList())
          .satisfiesExactly(
              t -> assertThat(t.map(ArgTag::category)).contains(ArgCategory.INSTITUTIONALISATION),
              t -> assertThat(t.map(ArgTag::category)).contains(ArgCategory.EQUALITY),
              t -> assertThat(t.map(ArgTag::category)).contains(ArgCategory.SPECIFIC_TARGET),
              t -> assertThat(t).isEmpty());
      assertThat(
              NomenclatureCode.parse("2.08.02.2.01")
                  .isAncestorOf(plan.budgetLines().get(0).subActivity()))
          .isTrue();
      for (int i = 0; i < 3; i++) {
        ArgTag tag = plan.budgetLines().get(i).argTag().orElseThrow();
        assertThat(tag.gap()).contains(plan.genderAnalyses().get(i).id());
        assertThat(tag.gbs()).contains(plan.budgetStatements().get(i).id());
        assertThat(tag.kak()).contains(plan.termsOfReference().get(i).id());
        assertThat(plan.linesOf(plan.budgetStatements().get(i).id())).hasSize(1);
      }
      assertThat(plan.planningDocuments().subList(0, 3).stream().map(PlanningDocument::kind))
          .containsExactly(
              PlanningDocumentKind.RPJMD,
              PlanningDocumentKind.RENSTRA_PD,
              PlanningDocumentKind.RENJA_PD);
      assertThat(plan.planningDocuments().get(2).agency())
          .contains(PlanGenerator.WOMEN_EMPOWERMENT);
      assertThat(plan.actionPlans().stream().map(ActionPlan::kind))
          .containsExactly(ActionPlanKind.RAD_PUG, ActionPlanKind.POKJA_WORK_PLAN);
    }
  }

  @Test
  void budgetLines_useCodesOfTheNomenclatureInEffect_andWholePositiveRupiah() {
    for (long seed = 0; seed < 30; seed++) {
      RegionalPprgPlan plan = PlanGenerator.seeded(seed).validPlan();
      NomenclatureVersion version =
          NomenclatureCatalog.shipped()
              .inEffect(plan.fiscalYear(), GovernmentLevel.REGENCY_CITY)
              .orElseThrow();
      assertThat(plan.budgetLines())
          .allSatisfy(
              l -> {
                assertThat(version.find(l.subActivity())).as(l.toString()).isPresent();
                assertThat(l.amount().isPositive()).isTrue();
                assertThat(l.fiscalYear()).isEqualTo(plan.fiscalYear());
                assertThat(l.agency().value()).isIn("pppa", "kesehatan-ppkb");
              });
    }
  }

  @Test
  void regionsAndTexts_areFactualOrMarkedIllustrative() {
    for (long seed = 0; seed < 30; seed++) {
      RegionalPprgPlan plan = PlanGenerator.seeded(seed).validPlan();
      assertThat(RegionCatalog.kalimantan().get(plan.region()).level())
          .isNotEqualTo(RegionLevel.PROVINCE);
      assertThat(plan.agencies().values())
          .allSatisfy(a -> assertThat(a.region()).isEqualTo(plan.region()));
      Decree pokjaDecree = plan.pokja().orElseThrow().decree().orElseThrow();
      assertThat(pokjaDecree.issuer()).isEqualTo(Decree.Issuer.HEAD_OF_REGION);
      assertThat(pokjaDecree.number()).startsWith("contoh/");
      assertThat(plan.focalPoints().stream().map(FocalPoint::decree))
          .allSatisfy(d -> assertThat(d.orElseThrow().number()).startsWith("contoh/"));
      assertThat(plan.budgetStatements())
          .allSatisfy(g -> assertThat(g.expectedImpact().orElseThrow()).startsWith("Contoh"));
      assertThat(plan.termsOfReference())
          .allSatisfy(k -> assertThat(k.background().orElseThrow()).startsWith("Contoh"));
    }
  }

  @Test
  void invalidOptions_areRefused() {
    PlanGenerator generator = PlanGenerator.seeded(0);
    assertThatIllegalArgumentException().isThrownBy(() -> generator.agencies(1));
    assertThatIllegalArgumentException().isThrownBy(() -> generator.agencies(7));
    assertThatIllegalArgumentException().isThrownBy(() -> generator.linesPerAgency(3));
    assertThatIllegalArgumentException().isThrownBy(() -> generator.taggedShare(-0.1));
    assertThatIllegalArgumentException().isThrownBy(() -> generator.taggedShare(1.5));
    assertThatIllegalArgumentException().isThrownBy(() -> generator.taggedShare(Double.NaN));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> generator.fiscalYear(Year.of(2020)))
        .withMessageContaining("2021");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> generator.region(RegionCode.parse("62")))
        .withMessageContaining("kabupaten or kota");
  }

  @Test
  void toString_namesTheSeedAndOptions() {
    assertThat(PlanGenerator.seeded(3).agencies(5).toString())
        .isEqualTo("PlanGenerator[seed 3, agencies 5]");
    assertThat(PlanGenerator.seeded(3).seed()).isEqualTo(3);
  }
}
