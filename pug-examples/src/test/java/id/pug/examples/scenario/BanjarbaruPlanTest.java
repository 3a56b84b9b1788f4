package id.pug.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.agency.AgencyRole;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.BudgetLine;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.region.RegionCatalog;
import org.junit.jupiter.api.Test;

class BanjarbaruPlanTest {
  private final RegionalPprgPlan plan = BanjarbaruPlan.build();

  @Test
  void build_isKotaBanjarbaru2025_withTheAgenciesOfSeed002() {
    assertThat(RegionCatalog.kalimantan().get(plan.region()).name()).isEqualTo("Kota Banjarbaru");
    assertThat(plan.fiscalYear().getValue()).isEqualTo(2025);
    assertThat(plan.agencies().values())
        .extracting(a -> a.acronym().orElseThrow())
        .containsExactly("DP2KBPMP2A", "BAPPERIDA");
    assertThat(plan.pokja().orElseThrow().chair().orElseThrow().agency().value())
        .isEqualTo("bapperida");
    assertThat(
            plan.agency(plan.pokja().orElseThrow().chair().orElseThrow().agency())
                .orElseThrow()
                .roles())
        .contains(AgencyRole.PLANNING);
  }

  @Test
  void build_chainsTheTaggedLineToItsGapGbsAndKak_withNoDanglingReference() {
    BudgetLine tagged = plan.taggedLines().get(0);

    assertThat(plan.taggedLines()).hasSize(1);
    assertThat(tagged.argTag().orElseThrow().category())
        .isEqualTo(ArgCategory.INSTITUTIONALISATION);
    assertThat(plan.gapOf(tagged).orElseThrow().missingSteps()).isEmpty();
    GenderBudgetStatement gbs = plan.gbsOf(tagged).orElseThrow();
    assertThat(gbs.gap()).contains(plan.gapOf(tagged).orElseThrow().id());
    assertThat(gbs.budget()).contains(tagged.amount());
    assertThat(plan.linesOf(gbs.id())).containsExactly(tagged);
    assertThat(plan.kakOf(tagged).orElseThrow().gbs()).contains(gbs.id());
    assertThat(plan.danglingReferences()).isEmpty();
  }

  @Test
  void build_usesCodesAndNamesOfThe1317EraList_andAmountsThatAddUp() {
    var nomenclature = NomenclatureCatalog.shipped().version("kabkota-1317-partial");
    for (BudgetLine line : plan.budgetLines()) {
      assertThat(nomenclature.nameOf(line.subActivity())).isEqualTo(line.name());
    }
    assertThat(plan.totalBudget()).isEqualTo(Rupiah.of(70_590_400L + 59_243_241L));
    assertThat(plan.taggedBudget()).isEqualTo(Rupiah.of(70_590_400L));
  }

  @Test
  void build_citesOnlyRegulationsInTheCatalogue() {
    RegulationCatalog law = RegulationCatalog.shipped();
    for (var kak : plan.termsOfReference()) {
      assertThat(kak.legalBasis())
          .allSatisfy(c -> assertThat(law.findByDesignation(c)).isPresent());
    }
  }
}
