package id.pug.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.NullPointerTester;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyNameCatalog;
import id.pug.core.agency.AgencyNameVariant;
import id.pug.core.agency.Official;
import id.pug.core.assessment.Evidence;
import id.pug.core.assessment.PrerequisiteAssessment;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.budget.FundingSource;
import id.pug.core.budget.Location;
import id.pug.core.indicator.GiiCalculator;
import id.pug.core.indicator.GiiResult;
import id.pug.core.indicator.IdgCalculator;
import id.pug.core.indicator.IdgInputs;
import id.pug.core.indicator.IdgResult;
import id.pug.core.indicator.IkgBatchResult;
import id.pug.core.indicator.IkgCalculator;
import id.pug.core.indicator.IkgComponents;
import id.pug.core.indicator.IkgConstants;
import id.pug.core.indicator.IkgLever;
import id.pug.core.indicator.IkgResult;
import id.pug.core.indicator.IkgTargetSolution;
import id.pug.core.indicator.IndicatorGap;
import id.pug.core.indicator.IndicatorTarget;
import id.pug.core.indicator.IpgCalculator;
import id.pug.core.indicator.IpgInputs;
import id.pug.core.indicator.IpgResult;
import id.pug.core.indicator.IpmCalculator;
import id.pug.core.indicator.IpmGoalposts;
import id.pug.core.indicator.IpmResult;
import id.pug.core.indicator.PublishedValue;
import id.pug.core.indicator.PublishedValues;
import id.pug.core.indicator.Share;
import id.pug.core.indicator.TargetStatus;
import id.pug.core.law.Citation;
import id.pug.core.law.Decree;
import id.pug.core.law.LegalStatus;
import id.pug.core.law.Pinpoint;
import id.pug.core.law.Regulation;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.law.RegulationId;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureEntry;
import id.pug.core.nomenclature.NomenclatureVersion;
import id.pug.core.plan.DanglingReference;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.Activity;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.planning.Programme;
import id.pug.core.planning.SubActivity;
import id.pug.core.planning.YearRange;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanId;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.pokja.ForumMember;
import id.pug.core.pokja.ForumPuspa;
import id.pug.core.pokja.PlannedAction;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GbsAction;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.KakId;
import id.pug.core.pprg.SituationAnalysis;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.provenance.Source;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.CsvReader;
import id.pug.core.refdata.CsvRow;
import id.pug.core.refdata.Record;
import id.pug.core.refdata.RecordReader;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.Population;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import id.pug.core.testing.MainClasses;
import id.pug.core.testing.NullContract;
import id.pug.core.testing.PlanFixtures;
import id.pug.core.testing.Samples;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * guava-testlib's {@link NullPointerTester} over every public class of pug-core: every public
 * static and instance method must throw {@link NullPointerException} for a {@code null} argument
 * that is not annotated {@code @Nullable}.
 */
@SuppressWarnings("NullAway") // passes null on purpose
class NullPointerContractTest {

  static Stream<Class<?>> publicClasses() {
    return MainClasses.publicClasses().stream().map(MainClasses::load);
  }

  // Default arguments shared by every class: valid values, so that the one null argument is the
  // only thing wrong with a call.
  private static NullPointerTester baseTester() {
    return Samples.nullPointerTester();
  }

  // Per-class defaults where a method needs a reference-data text in that class's own format.
  private static final ImmutableMap<Class<?>, Consumer<NullPointerTester>> CLASS_DEFAULTS =
      ImmutableMap.<Class<?>, Consumer<NullPointerTester>>builder()
          .put(
              CsvReader.class,
              t ->
                  t.setDefault(TextSource.class, TextSource.ofString("t.csv", "a,b\n1,2"))
                      .setDefault(Set.class, ImmutableSet.of("a")))
          .put(
              RecordReader.class,
              t ->
                  t.setDefault(TextSource.class, TextSource.ofString("t.txt", "[r]\nk = 1\nk = 2"))
                      .setDefault(Set.class, ImmutableSet.of("k")))
          .put(
              SourceRegistry.class,
              t ->
                  t.setDefault(
                      TextSource.class, TextSource.ofString("s.csv", "id,title,url\nS1,t,")))
          .put(
              RegulationCatalog.class,
              t ->
                  t.setDefault(TextSource.class, TextSource.ofString("r.txt", Texts.REGULATION))
                      .setDefault(Iterable.class, List.of(Samples.regionalRegulation())))
          .put(
              AgencyCatalog.class,
              t ->
                  t.setDefault(TextSource.class, TextSource.ofString("a.csv", Texts.AGENCY))
                      .setDefault(Iterable.class, List.of(Samples.agency())))
          .put(
              AgencyNameCatalog.class,
              t ->
                  t.setDefault(TextSource.class, TextSource.ofString("v.csv", Texts.VARIANT))
                      .setDefault(Iterable.class, List.of(Samples.agencyNameVariant())))
          .put(
              // MMR and ABR must be above 0, so that only the null Share is wrong.
              GiiCalculator.class, t -> t.setDefault(double.class, 100.0))
          .put(
              NomenclatureCatalog.class,
              t ->
                  t.setDefault(TextSource.class, TextSource.ofString("v.txt", Texts.VERSION))
                      .setDefault(
                          Function.class,
                          (Function<String, TextSource>)
                              f -> TextSource.ofString(f, Texts.NOMENCLATURE))
                      .setDefault(Iterable.class, List.of(Samples.nomenclatureVersion())))
          .buildOrThrow();

  /** Small valid texts in each reference-data format. */
  static final class Texts {
    static final String REGULATION =
        """
            [inpres-9-2000]
            type = INPRES
            number = 9
            year = 2000
            issuer = Presiden Republik Indonesia
            status = IN_FORCE
            scope = PUG in national development
            source = S1
            """;
    static final String AGENCY =
        """
            region,acronym,name,name_confirmed,urusan,sources
            62,DP3APPKB,Dinas P3APPKB,yes,2.08;2.14,S1
            """;
    static final String VARIANT =
        """
            id,acronyms,long_name,long_name_confirmed,urusan,sources
            dp3a,DP3A,Dinas Pemberdayaan Perempuan dan Perlindungan Anak,yes,2.08,S1
            """;
    static final String VERSION =
        """
            [v]
            name = V
            valid_from = 2021
            government_level = REGENCY_CITY
            coverage = PARTIAL
            urusan = 2.08
            decree = permendagri-15-2008
            file = n.csv
            code_column = kode
            level_column = level
            name_column = nama
            source = S1
            """;
    static final String NOMENCLATURE = "kode,level,nama\n2.08,bidang_urusan,PPPA\n";
  }

  private static NullPointerTester tester(Class<?> type) {
    NullPointerTester tester = baseTester();
    CLASS_DEFAULTS.getOrDefault(type, t -> {}).accept(tester);
    return tester;
  }

  // One or more instances of each public class that has public instance methods.
  private static final ImmutableMap<Class<?>, Supplier<List<?>>> INSTANCES =
      ImmutableMap.<Class<?>, Supplier<List<?>>>builder()
          .put(RegionCode.class, () -> List.of(Samples.regionCode(), Samples.provinceCode()))
          .put(Identifier.class, () -> List.of(Samples.regionCode(), Samples.regulationId()))
          .put(RegulationId.class, () -> List.of(Samples.regulationId()))
          .put(NomenclatureCode.class, () -> List.of(Samples.nomenclatureCode()))
          .put(Population.class, () -> List.of(Samples.population()))
          .put(Region.class, () -> List.of(Samples.region()))
          .put(Region.Builder.class, () -> List.of(Region.builder()))
          .put(Regulation.class, () -> List.of(Samples.regulation(), Samples.regionalRegulation()))
          .put(Regulation.Builder.class, () -> List.of(Regulation.builder()))
          .put(Pinpoint.class, () -> List.of(Samples.pinpoint()))
          .put(Pinpoint.Builder.class, () -> List.of(Pinpoint.builder()))
          .put(Citation.class, () -> List.of(Samples.citation()))
          .put(LegalStatus.class, () -> List.of(Samples.legalStatus()))
          .put(Source.class, () -> List.of(Samples.source(), Samples.urlSource()))
          .put(Agency.class, () -> List.of(Samples.agency()))
          .put(Agency.Builder.class, () -> List.of(Agency.builder()))
          .put(AgencyNameVariant.class, () -> List.of(Samples.agencyNameVariant()))
          .put(AgencyNameVariant.Builder.class, () -> List.of(AgencyNameVariant.builder()))
          .put(
              id.pug.core.agency.AgencyRecognition.class,
              () -> List.of(Samples.agencyRecognition()))
          .put(NomenclatureEntry.class, () -> List.of(Samples.nomenclatureEntry()))
          .put(NomenclatureEntry.Builder.class, () -> List.of(NomenclatureEntry.builder()))
          .put(NomenclatureVersion.class, () -> List.of(Samples.nomenclatureVersion()))
          .put(NomenclatureVersion.Builder.class, () -> List.of(NomenclatureVersion.builder()))
          .put(RegionCatalog.class, () -> List.of(RegionCatalog.kalimantan()))
          .put(RegulationCatalog.class, () -> List.of(RegulationCatalog.shipped()))
          .put(NomenclatureCatalog.class, () -> List.of(NomenclatureCatalog.shipped()))
          .put(AgencyCatalog.class, () -> List.of(AgencyCatalog.kalimantan()))
          .put(AgencyNameCatalog.class, () -> List.of(AgencyNameCatalog.shipped()))
          .put(SourceRegistry.class, () -> List.of(SourceRegistry.shipped()))
          .put(TextSource.class, () -> List.of(TextSource.ofString("t.csv", "a\n1")))
          .put(
              CsvRow.class,
              () ->
                  List.of(
                      CsvReader.read(
                              TextSource.ofString("t.csv", "a,b\n1,2"),
                              ImmutableSet.of("a"),
                              ImmutableSet.of("b"))
                          .get(0)))
          .put(
              Record.class,
              () ->
                  List.of(
                      RecordReader.read(
                              TextSource.ofString("t.txt", "[r]\nk = 1\n"),
                              ImmutableSet.of("k"),
                              ImmutableSet.of())
                          .get(0)))
          .put(
              InvalidValueException.class,
              () -> List.of(InvalidValueException.of(RegionCode.class, "6x", "be PP")))
          .put(
              ReferenceDataException.class,
              () -> List.of(new ReferenceDataException("f.csv", 1, "column a", "bad", null)))
          .put(PugException.class, () -> List.of(new PugException("bad")))
          // Money, ids and planning
          .put(Rupiah.class, () -> List.of(Samples.rupiah(), Rupiah.ZERO, Rupiah.of(-5)))
          .put(AgencyId.class, () -> List.of(Samples.agencyId()))
          .put(BudgetLineId.class, () -> List.of(Samples.budgetLineId()))
          .put(GapId.class, () -> List.of(Samples.gapId()))
          .put(GbsId.class, () -> List.of(Samples.gbsId()))
          .put(KakId.class, () -> List.of(Samples.kakId()))
          .put(PlanningDocumentId.class, () -> List.of(Samples.planningDocumentId()))
          .put(ActionPlanId.class, () -> List.of(Samples.actionPlanId()))
          .put(YearRange.class, () -> List.of(Samples.yearRange()))
          .put(IndicatorValue.class, () -> List.of(Samples.indicatorValue()))
          .put(IndicatorValue.Builder.class, () -> List.of(IndicatorValue.builder()))
          .put(PerformanceIndicator.class, () -> List.of(Samples.performanceIndicator()))
          .put(PerformanceIndicator.Builder.class, () -> List.of(PerformanceIndicator.builder()))
          .put(SubActivity.class, () -> List.of(Samples.subActivity()))
          .put(SubActivity.Builder.class, () -> List.of(SubActivity.builder()))
          .put(Activity.class, () -> List.of(Samples.activity()))
          .put(Activity.Builder.class, () -> List.of(Activity.builder()))
          .put(Programme.class, () -> List.of(Samples.programme()))
          .put(Programme.Builder.class, () -> List.of(Programme.builder()))
          .put(PlanningDocument.class, () -> List.of(Samples.planningDocument()))
          .put(PlanningDocument.Builder.class, () -> List.of(PlanningDocument.builder()))
          // Budget
          .put(FundingSource.class, () -> List.of(Samples.fundingSource()))
          .put(FundingSource.Builder.class, () -> List.of(FundingSource.builder()))
          .put(Location.class, () -> List.of(Samples.location()))
          .put(Location.Builder.class, () -> List.of(Location.builder()))
          .put(ArgTag.class, () -> List.of(Samples.argTag()))
          .put(ArgTag.Builder.class, () -> List.of(ArgTag.builder()))
          .put(BudgetLine.class, () -> List.of(Samples.budgetLine()))
          .put(BudgetLine.Builder.class, () -> List.of(BudgetLine.builder()))
          // Officials, decrees and institutions
          .put(Official.class, () -> List.of(Samples.official()))
          .put(Official.Builder.class, () -> List.of(Official.builder()))
          .put(Decree.class, () -> List.of(Samples.decree()))
          .put(Decree.Builder.class, () -> List.of(Decree.builder()))
          .put(PokjaPug.class, () -> List.of(Samples.pokja()))
          .put(PokjaPug.Builder.class, () -> List.of(PokjaPug.builder()))
          .put(FocalPoint.class, () -> List.of(Samples.focalPoint()))
          .put(FocalPoint.Builder.class, () -> List.of(FocalPoint.builder()))
          .put(ForumMember.class, () -> List.of(Samples.forumMember()))
          .put(ForumPuspa.class, () -> List.of(Samples.forumPuspa()))
          .put(ForumPuspa.Builder.class, () -> List.of(ForumPuspa.builder()))
          .put(PlannedAction.class, () -> List.of(Samples.plannedAction()))
          .put(PlannedAction.Builder.class, () -> List.of(PlannedAction.builder()))
          .put(ActionPlan.class, () -> List.of(Samples.actionPlan()))
          .put(ActionPlan.Builder.class, () -> List.of(ActionPlan.builder()))
          // PPRG instruments
          .put(GenderAnalysisPathway.class, () -> List.of(Samples.gap()))
          .put(GenderAnalysisPathway.Builder.class, () -> List.of(GenderAnalysisPathway.builder()))
          .put(SituationAnalysis.class, () -> List.of(Samples.situationAnalysis()))
          .put(SituationAnalysis.Builder.class, () -> List.of(SituationAnalysis.builder()))
          .put(GbsAction.class, () -> List.of(Samples.gbsAction()))
          .put(GbsAction.Builder.class, () -> List.of(GbsAction.builder()))
          .put(GenderBudgetStatement.class, () -> List.of(Samples.gbs()))
          .put(GenderBudgetStatement.Builder.class, () -> List.of(GenderBudgetStatement.builder()))
          .put(TermsOfReference.class, () -> List.of(Samples.kak()))
          .put(TermsOfReference.Builder.class, () -> List.of(TermsOfReference.builder()))
          // Assessment and the plan
          .put(Evidence.class, () -> List.of(Samples.evidence()))
          .put(Evidence.Builder.class, () -> List.of(Evidence.builder()))
          .put(PrerequisiteAssessment.class, () -> List.of(Samples.assessment()))
          .put(
              PrerequisiteAssessment.Builder.class, () -> List.of(PrerequisiteAssessment.builder()))
          .put(DanglingReference.class, () -> List.of(Samples.danglingReference()))
          .put(
              RegionalPprgPlan.class,
              () -> List.of(Samples.plan(), PlanFixtures.kabupatenKapuas2025()))
          .put(RegionalPprgPlan.Builder.class, () -> List.of(RegionalPprgPlan.builder()))
          // Gender indicators
          .put(Share.class, () -> List.of(Samples.share(), Share.proportion("mtf", 0)))
          .put(IkgComponents.class, () -> List.of(Samples.ikgComponents()))
          .put(IkgComponents.Builder.class, () -> List.of(IkgComponents.builder()))
          .put(IkgConstants.class, () -> List.of(Samples.ikgConstants()))
          .put(IkgConstants.Builder.class, () -> List.of(IkgConstants.builder()))
          .put(IkgCalculator.class, () -> List.of(Samples.ikgCalculator()))
          .put(IkgResult.class, () -> List.of(Samples.ikgResult()))
          .put(IkgLever.class, () -> List.of(Samples.ikgLever()))
          .put(IkgTargetSolution.class, () -> List.of(Samples.ikgTargetSolution()))
          .put(IpmGoalposts.class, () -> List.of(Samples.ipmGoalposts()))
          .put(IpmGoalposts.Builder.class, () -> List.of(IpmGoalposts.builder()))
          .put(IpmCalculator.class, () -> List.of(IpmCalculator.bps()))
          .put(IpmResult.class, () -> List.of(Samples.ipmResult()))
          .put(IpgInputs.class, () -> List.of(Samples.ipgInputs()))
          .put(IpgInputs.Builder.class, () -> List.of(IpgInputs.builder()))
          .put(IpgCalculator.class, () -> List.of(IpgCalculator.standard()))
          .put(IpgResult.class, () -> List.of(Samples.ipgResult()))
          .put(IdgInputs.class, () -> List.of(Samples.idgInputs()))
          .put(IdgInputs.Builder.class, () -> List.of(IdgInputs.builder()))
          .put(IdgCalculator.class, () -> List.of(Samples.idgCalculator()))
          .put(IdgResult.class, () -> List.of(Samples.idgResult()))
          .put(GiiResult.class, () -> List.of(Samples.giiResult()))
          .put(IndicatorTarget.class, () -> List.of(Samples.indicatorTarget()))
          .put(IndicatorTarget.Builder.class, () -> List.of(IndicatorTarget.builder()))
          .put(TargetStatus.class, () -> List.of(Samples.targetStatus()))
          .put(IndicatorGap.class, () -> List.of(Samples.indicatorGap()))
          .put(PublishedValue.class, () -> List.of(Samples.publishedValue()))
          .put(PublishedValue.Builder.class, () -> List.of(PublishedValue.builder()))
          .put(PublishedValues.class, () -> List.of(PublishedValues.shipped()))
          .put(IkgBatchResult.class, () -> List.of(Samples.ikgBatchResult()))
          .put(IkgBatchResult.Row.class, () -> List.of(Samples.ikgBatchRow()))
          .buildOrThrow();

  /**
   * Methods the generic test cannot call with valid defaults (two parameters of the same type need
   * different texts); {@link #regionCatalogLoad_rejectsNullTextsAndRegistry} and {@link
   * #publishedValuesLoad_rejectsNullTextsRegistryAndCatalog} cover them.
   */
  private static final ImmutableSet<String> TESTED_SEPARATELY =
      ImmutableSet.of(
          "RegionCatalog.load(String, TextSource, TextSource, SourceRegistry)",
          "PublishedValues.load(TextSource, TextSource, SourceRegistry, RegionCatalog)");

  private static boolean testedHere(String signature) {
    return !TESTED_SEPARATELY.contains(signature);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicClasses")
  void publicStaticMethods_rejectNull(Class<?> type) {
    assertThat(failures(type, null, NullPointerContractTest::testedHere)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicClasses")
  void publicInstanceMethods_rejectNull(Class<?> type) {
    assertThat(instanceFailures(type, NullPointerContractTest::testedHere)).isEmpty();
  }

  @Test
  void testedSeparatelyMethods_exist() {
    // Keeps TESTED_SEPARATELY honest: every entry names a real public method.
    Set<String> all = new TreeSet<>();
    publicClasses()
        .forEach(
            c -> {
              methodsToTest(c, true).forEach(m -> all.add(signature(m)));
              instancesOf(c)
                  .forEach(
                      i -> methodsToTest(i.getClass(), false).forEach(m -> all.add(signature(m))));
            });
    assertThat(all).containsAll(TESTED_SEPARATELY);
  }

  @Test
  void regionCatalogLoad_rejectsNullTextsAndRegistry() {
    TextSource regions =
        TextSource.ofString(
            "regions.csv", "kode,level,nama,sumber\n62,provinsi,Kalimantan Tengah,S4\n");
    TextSource aliases = TextSource.ofString("aliases.csv", "alias,kode,sumber\nKalteng,62,S4\n");
    SourceRegistry sources = SourceRegistry.shipped();
    assertThat(RegionCatalog.load("n", regions, aliases, sources).size()).isEqualTo(1);
    assertThatThrownBy(() -> RegionCatalog.load("n", null, aliases, sources))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RegionCatalog.load("n", regions, null, sources))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RegionCatalog.load("n", regions, aliases, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void regionCatalogLoad_rejectsNullName() {
    TextSource regions =
        TextSource.ofString(
            "regions.csv", "kode,level,nama,sumber\n62,provinsi,Kalimantan Tengah,S4\n");
    TextSource aliases = TextSource.ofString("aliases.csv", "alias,kode,sumber\n");
    assertThatThrownBy(() -> RegionCatalog.load(null, regions, aliases, SourceRegistry.shipped()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void publishedValuesLoad_rejectsNullTextsRegistryAndCatalog() {
    TextSource ikg =
        TextSource.ofString(
            "ikg.csv", "region,level,year,IKG,source_ids\nINDONESIA,national,2024,0.421,S4\n");
    TextSource ipgIdg =
        TextSource.ofString(
            "ipg.csv", "indicator,region,year,value,source_ids\nIPG,INDONESIA,2022,91.63,S51\n");
    SourceRegistry sources =
        SourceRegistry.load(TextSource.ofResource(PublishedValues.class, "indicator-sources.csv"));
    RegionCatalog regions = RegionCatalog.kalimantan();
    assertThat(PublishedValues.load(ikg, ipgIdg, sources, regions).all()).hasSize(2);
    assertThatThrownBy(() -> PublishedValues.load(null, ipgIdg, sources, regions))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PublishedValues.load(ikg, null, sources, regions))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PublishedValues.load(ikg, ipgIdg, null, regions))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PublishedValues.load(ikg, ipgIdg, sources, null))
        .isInstanceOf(NullPointerException.class);
  }

  private static List<?> instancesOf(Class<?> type) {
    if (type.isEnum()) {
      return Arrays.asList(type.getEnumConstants());
    }
    Supplier<List<?>> supplier = INSTANCES.get(type);
    return supplier == null ? List.of() : supplier.get();
  }

  private static List<String> instanceFailures(Class<?> type, Predicate<String> selected) {
    List<?> instances = instancesOf(type);
    if (instances.isEmpty()) {
      assertThat(publicInstanceMethodsWithParameters(type))
          .as("%s has public instance methods with parameters: add an instance to INSTANCES", type)
          .isEmpty();
      return List.of();
    }
    List<String> failures = new ArrayList<>();
    for (Object instance : instances) {
      failures.addAll(failures(type, instance, selected));
    }
    return failures;
  }

  private static List<String> failures(
      Class<?> type, @Nullable Object instance, Predicate<String> selected) {
    return NullContract.failures(tester(type), type, instance, selected);
  }

  private static List<Method> methodsToTest(Class<?> type, boolean statics) {
    return NullContract.methodsToTest(type, statics);
  }

  static String signature(Method m) {
    return NullContract.signature(m);
  }

  private static ImmutableList<Method> publicInstanceMethodsWithParameters(Class<?> type) {
    return NullContract.publicInstanceMethodsWithParameters(type);
  }
}
