package id.pug.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyRole;
import id.pug.core.agency.Official;
import id.pug.core.assessment.PrerequisiteAssessment;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.budget.FundingSource;
import id.pug.core.budget.Location;
import id.pug.core.law.Decree;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.planning.PlanningDocumentKind;
import id.pug.core.planning.YearRange;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanId;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.pokja.ForumPuspa;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GbsFormat;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.KakId;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.provenance.Source;
import id.pug.core.region.RegionCode;
import id.pug.core.testing.PlanFixtures;
import id.pug.core.testing.Samples;
import id.pug.io.json.PlanJson.Part;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanJsonRoundTripTest {
  private static final PlanJson JSON = PlanJson.standard();

  /**
   * Text that is hard to write: quotes, escapes, control characters, astral and lone surrogates.
   */
  static final String AWKWARD =
      "\"Perempuan\" – ‘kutip’ \\ / \n\t\u0000\u001f \u2028 😀 \uD800 end";

  private static RegionalPprgPlan roundTrip(RegionalPprgPlan plan) {
    return JSON.read("plan.json", JSON.write(plan));
  }

  @Test
  void write_kapuasFixture_readsBackEqual() {
    RegionalPprgPlan plan = PlanFixtures.kabupatenKapuas2025();
    assertThat(roundTrip(plan)).isEqualTo(plan);
  }

  @Test
  void write_samplesPlan_readsBackEqual() {
    RegionalPprgPlan plan = Samples.plan();
    assertThat(roundTrip(plan)).isEqualTo(plan);
  }

  @Test
  void write_minimalPlan_isThreeFields() {
    RegionalPprgPlan plan = PlanFixtures.minimalPlan();
    String json = JSON.write(plan);
    assertThat(json)
        .isEqualTo(
            "{\n  \"format\": \"pug.plan.v1\",\n  \"region\": \"62.03\",\n  \"fiscalYear\": 2025\n}\n");
    assertThat(JSON.read("minimal.json", json)).isEqualTo(plan);
  }

  @Test
  void write_everyOptionalFieldSet_readsBackEqual() {
    RegionalPprgPlan plan = everything();
    assertThat(roundTrip(plan)).isEqualTo(plan);
  }

  @Test
  void write_noOptionalFieldSet_readsBackEqual() {
    RegionalPprgPlan plan = bare();
    assertThat(roundTrip(plan)).isEqualTo(plan);
  }

  @Test
  void write_samePlanTwice_givesSameText() {
    assertThat(JSON.write(everything())).isEqualTo(JSON.write(everything()));
  }

  @Test
  void write_isPrettyUtf8EndingWithNewline() {
    String json = JSON.write(everything());
    assertThat(json)
        .startsWith("{\n  \"format\": \"pug.plan.v1\",\n  \"region\": ")
        .endsWith("}\n");
    assertThat(json).contains("\"name\": \"Dinas Pemberdayaan").contains("– ‘kutip’");
    // Surrogates, paired or not, are escaped: the text is valid UTF-8 and reads back the same.
    assertThat(json).contains("\\ud83d\\ude00 \\ud800 end").doesNotContain("😀");
    assertThat(json.lines())
        .allMatch(l -> (l.length() - l.stripLeading().length()) % 2 == 0)
        .noneMatch(l -> l.endsWith(" "));
  }

  @Test
  void write_omitsAbsentOptionalsAndEmptyCollections_butWritesDefaults() {
    String json =
        JSON.writePart(
            Part.GBS,
            GenderBudgetStatement.builder()
                .id(GbsId.of("gbs-1"))
                .agency(AgencyId.of("dp3a"))
                .fiscalYear(Year.of(2025))
                .build());
    assertThat(json)
        .isEqualTo(
            """
            {
              "id": "gbs-1",
              "agency": "dp3a",
              "fiscalYear": 2025,
              "format": "REGIONAL",
              "situationAnalysis": {}
            }
            """);
  }

  @Test
  void write_decimals_keepTheirScale() {
    PerformanceIndicator indicator =
        PerformanceIndicator.builder()
            .name("Persentase")
            .unit("%")
            .level(IndicatorLevel.OUTCOME)
            .addTargets(
                IndicatorValue.of(Year.of(2025), new BigDecimal("60.50")),
                IndicatorValue.of(Year.of(2026), new BigDecimal("1E+3")),
                IndicatorValue.of(Year.of(2027), new BigDecimal("0E-10")),
                IndicatorValue.of(Year.of(2028), new BigDecimal("-0.000001")),
                IndicatorValue.of(
                    Year.of(2029), new BigDecimal("123456789012345678901234567890.5")))
            .build();
    String json = JSON.writePart(Part.PERFORMANCE_INDICATOR, indicator);
    assertThat(json).contains("\"total\": 60.50").contains("\"total\": 1E+3");
    PerformanceIndicator read = JSON.readPart(Part.PERFORMANCE_INDICATOR, "i.json", json);
    assertThat(read).isEqualTo(indicator);
    assertThat(read.targets().get(0).total()).contains(new BigDecimal("60.50"));
  }

  @Test
  void write_decimalsNearTheNumberLengthLimit_readBackEqual() {
    // Each reads (at most 100 digits); BigDecimal.toString writes the first as 0.00000999… and the
    // second as 9.99…E+107, over 100 digits, which the reader then refused.
    for (String number :
        List.of(
            "9".repeat(97) + "e-102",
            "9".repeat(99) + "e+9",
            "-1." + "5".repeat(96) + "e-5",
            "1" + "2".repeat(98) + "e1")) {
      String json =
          "{\"name\": \"I\", \"unit\": \"%\", \"level\": \"OUTPUT\", \"baseline\": {\"year\": 2025,"
              + " \"total\": "
              + number
              + "}}";
      PerformanceIndicator read = JSON.readPart(Part.PERFORMANCE_INDICATOR, "i.json", json);
      String written = JSON.writePart(Part.PERFORMANCE_INDICATOR, read);
      assertThat(JSON.readPart(Part.PERFORMANCE_INDICATOR, "written.json", written))
          .as(number)
          .isEqualTo(read);
      assertThat(read.baseline().orElseThrow().total()).contains(new BigDecimal(number));
    }
  }

  @Test
  void write_toFile_readsBackEqual(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("plan.json");
    JSON.write(everything(), file);
    assertThat(JSON.read(file)).isEqualTo(everything());
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(JSON.write(everything()));
  }

  @Test
  void write_registrySourceAsIdUrlSourceAsUrlOtherSourceAsObject() {
    String json = JSON.writePart(Part.AGENCY, agencyWithSources());
    assertThat(json)
        .contains("\"P8\"")
        .contains("\"http://www.slideshare.net/yulestian/materi-bu-asri-ii-presentation\"")
        .contains("\"id\": \"S4\",\n      \"title\": \"GitHub cahyadsn/wilayah");
    assertThat(JSON.readPart(Part.AGENCY, "a.json", json)).isEqualTo(agencyWithSources());
  }

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of(Part.BUDGET_LINE, Samples.budgetLine()),
        Arguments.of(Part.GAP, Samples.gap()),
        Arguments.of(Part.GBS, Samples.gbs()),
        Arguments.of(Part.KAK, Samples.kak()),
        Arguments.of(Part.POKJA, Samples.pokja()),
        Arguments.of(Part.PLANNING_DOCUMENT, Samples.planningDocument()),
        Arguments.of(Part.ACTION_PLAN, Samples.actionPlan()),
        Arguments.of(Part.PERFORMANCE_INDICATOR, Samples.performanceIndicator()),
        Arguments.of(Part.PERFORMANCE_INDICATOR, Samples.resultIndicator()),
        Arguments.of(Part.PERFORMANCE_INDICATOR, Samples.outputIndicator()),
        Arguments.of(Part.PERFORMANCE_INDICATOR, Samples.genderIndicator()),
        Arguments.of(Part.AGENCY, Samples.agency()),
        Arguments.of(Part.AGENCY, Samples.planningAgency()),
        Arguments.of(Part.FOCAL_POINT, Samples.focalPoint()),
        Arguments.of(Part.FORUM_PUSPA, Samples.forumPuspa()),
        Arguments.of(Part.OFFICIAL, Samples.official()),
        Arguments.of(Part.DECREE, Samples.decree()),
        Arguments.of(Part.ASSESSMENT, Samples.assessment()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writePart_sample_readsBackEqual(Part<?> part, Object sample) {
    assertPartRoundTrip(part, sample);
  }

  static Stream<Arguments> bareParts() {
    return Stream.of(
        Arguments.of(Part.BUDGET_LINE, bareLine()),
        Arguments.of(Part.GAP, bareGap()),
        Arguments.of(
            Part.GBS,
            GenderBudgetStatement.builder()
                .id(GbsId.of("g"))
                .agency(AgencyId.of("a"))
                .fiscalYear(Year.of(2025))
                .build()),
        Arguments.of(
            Part.KAK,
            TermsOfReference.builder()
                .id(KakId.of("k"))
                .agency(AgencyId.of("a"))
                .fiscalYear(Year.of(2025))
                .build()),
        Arguments.of(Part.POKJA, PokjaPug.builder().region(RegionCode.parse("62")).build()),
        Arguments.of(Part.PLANNING_DOCUMENT, bareDocument()),
        Arguments.of(Part.ACTION_PLAN, bareActionPlan()),
        Arguments.of(Part.PERFORMANCE_INDICATOR, bareIndicator()),
        Arguments.of(
            Part.AGENCY,
            Agency.builder()
                .name("Inspektorat")
                .region(RegionCode.parse("62"))
                .addDeclaredRole(AgencyRole.INSPECTORATE)
                .build()),
        Arguments.of(Part.FOCAL_POINT, FocalPoint.builder().official(bareOfficial()).build()),
        Arguments.of(Part.FORUM_PUSPA, ForumPuspa.builder().region(RegionCode.parse("61")).build()),
        Arguments.of(Part.OFFICIAL, bareOfficial()),
        Arguments.of(Part.DECREE, bareDecree()),
        Arguments.of(
            Part.ASSESSMENT,
            PrerequisiteAssessment.builder()
                .region(RegionCode.parse("62"))
                .year(Year.of(2025))
                .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bareParts")
  void writePart_onlyRequiredFields_readsBackEqual(Part<?> part, Object value) {
    assertPartRoundTrip(part, value);
  }

  private static <T> void assertPartRoundTrip(Part<T> part, Object value) {
    T typed = part.type().cast(value);
    String json = JSON.writePart(part, typed);
    assertThat(json).startsWith("{\n").endsWith("}\n");
    assertThat(JSON.readPart(part, "part.json", json)).isEqualTo(typed);
  }

  // ---------------------------------------------------------------------------------------------
  // Hand-made plans
  // ---------------------------------------------------------------------------------------------

  static Official bareOfficial() {
    return Official.ofPosition("Kepala Dinas", AgencyId.of("a"));
  }

  static Decree bareDecree() {
    return Decree.builder().number("contoh/1").issuer(Decree.Issuer.OTHER).build();
  }

  static PerformanceIndicator bareIndicator() {
    return PerformanceIndicator.builder()
        .name("Jumlah dokumen")
        .unit("Dokumen")
        .level(IndicatorLevel.OUTPUT)
        .build();
  }

  static BudgetLine bareLine() {
    return BudgetLine.builder()
        .id(BudgetLineId.of("1"))
        .fiscalYear(Year.of(2025))
        .agency(AgencyId.of("a"))
        .subActivity(NomenclatureCode.parse("2.08.02.2.01.0001"))
        .amount(Rupiah.ZERO)
        .build();
  }

  static GenderAnalysisPathway bareGap() {
    return GenderAnalysisPathway.builder().id(GapId.of("g")).agency(AgencyId.of("a")).build();
  }

  static PlanningDocument bareDocument() {
    return PlanningDocument.builder()
        .id(PlanningDocumentId.of("rpjmd"))
        .kind(PlanningDocumentKind.RPJMD)
        .region(RegionCode.parse("62.03"))
        .period(YearRange.of(Year.of(2025), Year.of(2029)))
        .build();
  }

  static ActionPlan bareActionPlan() {
    return ActionPlan.builder()
        .id(ActionPlanId.of("rad"))
        .kind(ActionPlanKind.THEMATIC)
        .region(RegionCode.parse("62.03"))
        .period(YearRange.of(Year.of(2025)))
        .build();
  }

  /** A plan with one element of each kind, each holding only its required fields. */
  static RegionalPprgPlan bare() {
    return RegionalPprgPlan.builder()
        .region(RegionCode.parse("62.03"))
        .fiscalYear(Year.of(2025))
        .putAgency(
            AgencyId.of("a"),
            Agency.builder()
                .name("Dinas")
                .region(RegionCode.parse("62.03"))
                .addUrusan(NomenclatureCode.parse("2.08"))
                .build())
        .pokja(PokjaPug.builder().region(RegionCode.parse("62.03")).build())
        .addFocalPoint(FocalPoint.builder().official(bareOfficial()).build())
        .forumPuspa(ForumPuspa.builder().region(RegionCode.parse("62.03")).build())
        .addPlanningDocument(bareDocument())
        .addBudgetLine(bareLine())
        .addGenderAnalysis(bareGap())
        .addBudgetStatement(
            GenderBudgetStatement.builder()
                .id(GbsId.of("g"))
                .agency(AgencyId.of("a"))
                .fiscalYear(Year.of(2025))
                .build())
        .addTermsOfReference(
            TermsOfReference.builder()
                .id(KakId.of("k"))
                .agency(AgencyId.of("a"))
                .fiscalYear(Year.of(2025))
                .build())
        .addRegionalIndicator(bareIndicator())
        .addActionPlan(bareActionPlan())
        .assessment(
            PrerequisiteAssessment.builder()
                .region(RegionCode.parse("62.03"))
                .year(Year.of(2025))
                .build())
        .build();
  }

  static Agency agencyWithSources() {
    return Agency.builder()
        .from(Samples.agency())
        .addDeclaredRole(AgencyRole.FINANCE)
        .nameConfirmed(false)
        .sources(
            ImmutableList.of(
                id.pug.core.provenance.SourceRegistry.shipped().find("P8").orElseThrow(),
                Samples.urlSource(),
                Samples.source(),
                Source.of("X-1", AWKWARD, Optional.empty())))
        .build();
  }

  /** Samples.plan() with every optional attribute the samples leave out, and awkward values. */
  static RegionalPprgPlan everything() {
    RegionalPprgPlan plan = Samples.plan();
    BudgetLine line =
        BudgetLine.builder()
            .from(Samples.budgetLine())
            .name(AWKWARD)
            .amount(Rupiah.of(Long.MAX_VALUE))
            .addFundingSource(FundingSource.of("Dana Alokasi Khusus Nonfisik", Rupiah.ZERO))
            .addLocation(Location.builder().description("Seluruh kecamatan").build())
            .argTag(
                ArgTag.builder()
                    .from(Samples.argTag())
                    .category(ArgCategory.SPECIFIC_TARGET)
                    .build())
            .build();
    PerformanceIndicator indicator =
        PerformanceIndicator.builder()
            .from(Samples.performanceIndicator())
            .sexDisaggregated(true)
            .baseline(
                IndicatorValue.builder().from(Samples.indicatorValue()).year(Year.of(2024)).build())
            .addActual(IndicatorValue.bySex(Year.of(2025), new BigDecimal("1.5"), BigDecimal.ONE))
            .build();
    GenderBudgetStatement gbs =
        GenderBudgetStatement.builder()
            .from(Samples.gbs())
            .format(GbsFormat.MINISTRY)
            .addAchievementIndicator(indicator)
            .build();
    return RegionalPprgPlan.builder()
        .from(plan)
        .putAgency(AgencyId.of("sources"), agencyWithSources())
        .budgetLines(ImmutableList.of(line))
        .budgetStatements(ImmutableList.of(gbs))
        .regionalIndicators(ImmutableList.of(indicator))
        .pokja(
            PokjaPug.builder()
                .from(Samples.pokja())
                .decree(
                    Decree.builder()
                        .from(Samples.decree())
                        .date(LocalDate.of(2024, 12, 31))
                        .title(AWKWARD)
                        .build())
                .build())
        .termsOfReference(
            ImmutableList.of(
                TermsOfReference.builder()
                    .from(Samples.kak())
                    .start(YearMonth.of(2025, 1))
                    .end(YearMonth.of(2025, 12))
                    .build()))
        .build();
  }

  @Test
  void everything_usesEveryOptionalAttribute() {
    // Guards the edge-case plan itself: the source object form and URI survive.
    assertThat(agencyWithSources().sources())
        .extracting(Source::url)
        .contains(Optional.of(URI.create("https://github.com/cahyadsn/wilayah")));
  }
}
