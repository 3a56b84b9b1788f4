package id.pug.core.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.NullPointerTester;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyNameCatalog;
import id.pug.core.agency.AgencyNameVariant;
import id.pug.core.agency.AgencyRecognition;
import id.pug.core.agency.AgencyRole;
import id.pug.core.agency.Official;
import id.pug.core.assessment.Evidence;
import id.pug.core.assessment.Prerequisite;
import id.pug.core.assessment.PrerequisiteAssessment;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.budget.FundingSource;
import id.pug.core.budget.Location;
import id.pug.core.indicator.GenderIndex;
import id.pug.core.indicator.GiiCalculator;
import id.pug.core.indicator.GiiResult;
import id.pug.core.indicator.IdgCalculator;
import id.pug.core.indicator.IdgInputs;
import id.pug.core.indicator.IdgResult;
import id.pug.core.indicator.IkgBatch;
import id.pug.core.indicator.IkgBatchResult;
import id.pug.core.indicator.IkgCalculator;
import id.pug.core.indicator.IkgComponent;
import id.pug.core.indicator.IkgComponents;
import id.pug.core.indicator.IkgConstants;
import id.pug.core.indicator.IkgFlag;
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
import id.pug.core.indicator.Share;
import id.pug.core.indicator.TargetStatus;
import id.pug.core.indicator.ZeroSeatPolicy;
import id.pug.core.law.Citation;
import id.pug.core.law.Decree;
import id.pug.core.law.LegalState;
import id.pug.core.law.LegalStatus;
import id.pug.core.law.Ministry;
import id.pug.core.law.Pinpoint;
import id.pug.core.law.Regulation;
import id.pug.core.law.Regulation.DeclaredStatus;
import id.pug.core.law.RegulationAttribute;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.law.RegulationId;
import id.pug.core.law.RegulationType;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.Coverage;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureEntry;
import id.pug.core.nomenclature.NomenclatureVersion;
import id.pug.core.plan.DanglingReference;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.Activity;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.planning.PlanningDocumentKind;
import id.pug.core.planning.Programme;
import id.pug.core.planning.SubActivity;
import id.pug.core.planning.YearRange;
import id.pug.core.pokja.ActionArea;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanId;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.pokja.ForumMember;
import id.pug.core.pokja.ForumPuspa;
import id.pug.core.pokja.ForumSector;
import id.pug.core.pokja.PlannedAction;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.pprg.GapFactor;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GbsAction;
import id.pug.core.pprg.GbsFormat;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.KakId;
import id.pug.core.pprg.SituationAnalysis;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.provenance.Source;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.GovernmentLevel;
import id.pug.core.region.Population;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import id.pug.core.region.RegionLevel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sample instances of pug-core's types, for tests and benchmarks.
 *
 * <p>Every factory builds a new, valid instance each time it is called; two calls return equal
 * values. {@link #valueSamples()} describes, for every Immutables value type, how to build it and a
 * different valid value for each of its attributes (used by the equality contract tests, which fail
 * when a value type or an attribute has no entry here).
 *
 * <p>The values are modelled on the shipped reference data (Permendagri 15/2008, Kota Palangkaraya,
 * DP3APPKB, urusan 2.08) but do not depend on it, except {@link #legalStatus()}, which needs a
 * region list for its catalogue and uses {@link RegionCatalog#kalimantan()}.
 *
 * <p>The samples of a PPRG plan's elements (money, planning documents, budget lines, GAP, GBS, KAK,
 * Pokja, action plans, assessment) each fill every attribute, and {@link #plan()} bundles one of
 * each into a small consistent plan. Figures come from the shared data where one exists (amounts
 * from source S9, the ARG indicator of source S7); names and NIPs of officials and decree numbers
 * are placeholders. For a realistic plan, use {@link PlanFixtures}.
 */
public final class Samples {
  private Samples() {}

  // ---------------------------------------------------------------------------------------------
  // Identifiers and plain values
  // ---------------------------------------------------------------------------------------------

  /** Kota Palangkaraya. */
  public static RegionCode regionCode() {
    return RegionCode.parse("62.71");
  }

  /** Kalimantan Tengah. */
  public static RegionCode provinceCode() {
    return RegionCode.parse("62");
  }

  public static RegulationId regulationId() {
    return RegulationId.of("permendagri-15-2008");
  }

  /** The first PUG sub-kegiatan of the 050-5889 era: 2.08.02.2.01.01. */
  public static NomenclatureCode nomenclatureCode() {
    return NomenclatureCode.parse("2.08.02.2.01.01");
  }

  public static Year year() {
    return Year.of(2008);
  }

  public static LocalDate date() {
    return LocalDate.of(2012, 1, 1);
  }

  /** A registry source (S4, the region list). */
  public static Source source() {
    return Source.of(
        "S4",
        "GitHub cahyadsn/wilayah: Kepmendagri 300.2.2-2138/2025 region list",
        Optional.of(URI.create("https://github.com/cahyadsn/wilayah")));
  }

  /** A source known only by its address. */
  public static Source urlSource() {
    return Source.ofUrl("http://www.slideshare.net/yulestian/materi-bu-asri-ii-presentation");
  }

  // ---------------------------------------------------------------------------------------------
  // Regions
  // ---------------------------------------------------------------------------------------------

  /** Kota Palangkaraya's population by sex. */
  public static Population population() {
    return Population.of(159_809, 155_344);
  }

  /** Kota Palangkaraya (62.71). */
  public static Region region() {
    return Region.builder()
        .code(regionCode())
        .level(RegionLevel.CITY)
        .name("Kota Palangkaraya")
        .addAlias("KOTA PALANGKARAYA")
        .population(population())
        .districtCount(5)
        .villageCount(0)
        .urbanVillageCount(30)
        .areaKm2(new BigDecimal("2848.699"))
        .addSource(source())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Law
  // ---------------------------------------------------------------------------------------------

  /** Kepmendagri 132/2003, replaced by Permendagri 15/2008. */
  public static Regulation kepmendagri132of2003() {
    return Regulation.builder()
        .id(RegulationId.of("kepmendagri-132-2003"))
        .type(RegulationType.KEPMEN)
        .ministry(Ministry.DALAM_NEGERI)
        .number("132")
        .year(Year.of(2003))
        .title("Pedoman Umum Pelaksanaan Pengarusutamaan Gender Dalam Pembangunan di Daerah")
        .issuer("Menteri Dalam Negeri")
        .declaredStatus(DeclaredStatus.NO_LONGER_IN_FORCE)
        .scope("Predecessor general guideline for PUG in regional development")
        .addSource(urlSource())
        .build();
  }

  /** Permendagri 15/2008, which replaces Kepmendagri 132/2003. */
  public static Regulation regulation() {
    return Regulation.builder()
        .id(regulationId())
        .type(RegulationType.PERMEN)
        .ministry(Ministry.DALAM_NEGERI)
        .number("15")
        .year(Year.of(2008))
        .title("Pedoman Umum Pelaksanaan Pengarusutamaan Gender di Daerah")
        .issuer("Menteri Dalam Negeri")
        .addReplace(RegulationId.of("kepmendagri-132-2003"))
        .declaredStatus(DeclaredStatus.IN_FORCE)
        .scope("General guideline for PUG in provincial and regency/city government")
        .addSource(urlSource())
        .build();
  }

  /** Permendagri 67/2011, which amends Permendagri 15/2008. */
  public static Regulation permendagri67of2011() {
    return Regulation.builder()
        .id(RegulationId.of("permendagri-67-2011"))
        .type(RegulationType.PERMEN)
        .ministry(Ministry.DALAM_NEGERI)
        .number("67")
        .year(Year.of(2011))
        .issuer("Menteri Dalam Negeri")
        .addAmend(regulationId())
        .declaredStatus(DeclaredStatus.IN_FORCE)
        .scope("Amends Permendagri 15/2008")
        .addSource(urlSource())
        .build();
  }

  /**
   * A regional regulation with every optional attribute that a regional instrument may have, but no
   * dates (so that its year can vary): Perda Kalteng 4/2014, declared no longer in force (so that
   * {@code ended} can vary).
   */
  public static Regulation regionalRegulation() {
    return Regulation.builder()
        .id(RegulationId.of("perda-kalteng-4-2014"))
        .type(RegulationType.PERDA)
        .jurisdiction("Provinsi Kalimantan Tengah")
        .region(provinceCode())
        .number("4")
        .year(Year.of(2014))
        .title("Pengarusutamaan Gender dalam Pembangunan Daerah")
        .issuer("Pemerintah Daerah Provinsi Kalimantan Tengah")
        .declaredStatus(DeclaredStatus.NO_LONGER_IN_FORCE)
        .scope("Regional regulation on PUG in development in Kalimantan Tengah province")
        .addNote("Cited by Sekda Kalteng (Aug 2019).")
        .addSource(urlSource())
        .addUnconfirmed(RegulationAttribute.TITLE)
        .build();
  }

  /** Pasal 4 ayat (1) huruf b angka 2 of Lampiran II. */
  public static Pinpoint pinpoint() {
    return Pinpoint.builder().appendix("II").article("4").paragraph(1).letter('b').item(2).build();
  }

  public static Citation citation() {
    return Citation.of(permendagri67of2011(), Pinpoint.parse("Pasal 4 ayat (1)"));
  }

  /** A catalogue of Kepmendagri 132/2003, Permendagri 15/2008 and 67/2011. */
  public static RegulationCatalog regulationCatalog() {
    return RegulationCatalog.of(
        List.of(kepmendagri132of2003(), regulation(), permendagri67of2011()),
        RegionCatalog.kalimantan());
  }

  /** The status of Permendagri 15/2008 on 2012-01-01: in force as amended by 67/2011. */
  public static LegalStatus legalStatus() {
    return regulationCatalog().statusOn(regulationId(), date());
  }

  // ---------------------------------------------------------------------------------------------
  // Agencies
  // ---------------------------------------------------------------------------------------------

  /** The DP3APPKB of Kalimantan Tengah. */
  public static Agency agency() {
    return Agency.builder()
        .name(
            "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga"
                + " Berencana")
        .acronym("DP3APPKB")
        .region(provinceCode())
        .addUrusan(NomenclatureCode.parse("2.08"), NomenclatureCode.parse("2.14"))
        .lastSeen(Year.of(2025))
        .addNote("also written P3AP2KB in the media")
        .addSource(source())
        .build();
  }

  /** The DP3APPKB variant (DP3APPKB = DP3AP2KB = DPPPAPPKB). */
  public static AgencyNameVariant agencyNameVariant() {
    return AgencyNameVariant.builder()
        .id("dp3appkb")
        .addAcronyms("DP3APPKB", "DP3AP2KB", "DPPPAPPKB")
        .longName(
            "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga"
                + " Berencana")
        .longNameConfirmed(true)
        .addUrusan(NomenclatureCode.parse("2.08"), NomenclatureCode.parse("2.14"))
        .seenIn("Prov. Kalimantan Tengah")
        .note("one name spelled three ways")
        .addSource(source())
        .build();
  }

  /** What {@link #agencyNameVariant()}'s catalogue makes of "DP3AP2KB". */
  public static AgencyRecognition agencyRecognition() {
    return AgencyNameCatalog.of(List.of(agencyNameVariant())).recognize("DP3AP2KB").orElseThrow();
  }

  // ---------------------------------------------------------------------------------------------
  // Nomenclature
  // ---------------------------------------------------------------------------------------------

  /** 2.08.02.2.01 Pelembagaan PUG (kab/kota kegiatan). */
  public static NomenclatureEntry nomenclatureEntry() {
    return NomenclatureEntry.builder()
        .code(NomenclatureCode.parse("2.08.02.2.01"))
        .name(
            "Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan"
                + " Kabupaten/Kota")
        .originalCode("2.08.02.02.01")
        .note("level digit written 02 in the source")
        .addSource(source())
        .build();
  }

  /** An entry of the nomenclature, by code and name, with {@link #source()}. */
  public static NomenclatureEntry entry(String code, String name) {
    return NomenclatureEntry.builder()
        .code(NomenclatureCode.parse(code))
        .name(name)
        .addSource(source())
        .build();
  }

  /** A complete version holding urusan 2, bidang 2.08 and program 2.08.02 (no level digit). */
  public static NomenclatureVersion nomenclatureVersion() {
    return NomenclatureVersion.builder()
        .id("kabkota-sample")
        .name("Sample kab/kota list for 2.08")
        .decree(RegulationId.of("kepmendagri-050-5889-2021"))
        .validFrom(Year.of(2021))
        .governmentLevel(GovernmentLevel.REGENCY_CITY)
        .coverage(Coverage.COMPLETE)
        .addBidangUrusan(NomenclatureCode.parse("2.08"))
        .putEntry(
            NomenclatureCode.parse("2"),
            entry("2", "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR"))
        .putEntry(
            NomenclatureCode.parse("2.08"),
            entry(
                "2.08", "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"))
        .putEntry(
            NomenclatureCode.parse("2.08.02"),
            entry("2.08.02", "PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN"))
        .addSource(source())
        .addUnconfirmed(NomenclatureVersion.Attribute.VALID_FROM)
        .addNote("a sample")
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Money, ids and planning
  // ---------------------------------------------------------------------------------------------

  /**
   * The ceiling of sub-kegiatan 2.08.02.2.01.01 in {@code contoh_pagu_realisasi_subkegiatan_pppa}
   * (source S9): Rp70.590.400.
   */
  public static Rupiah rupiah() {
    return Rupiah.of(70_590_400);
  }

  /** The id a plan gives the DP3APPKB. */
  public static AgencyId agencyId() {
    return AgencyId.of("dp3appkb");
  }

  /** The id a plan gives the planning agency. */
  public static AgencyId planningAgencyId() {
    return AgencyId.of("bapperida");
  }

  public static BudgetLineId budgetLineId() {
    return BudgetLineId.of("bl-2025-0001");
  }

  public static GapId gapId() {
    return GapId.of("gap-2025-01");
  }

  public static GbsId gbsId() {
    return GbsId.of("gbs-2025-01");
  }

  public static KakId kakId() {
    return KakId.of("kak-2025-01");
  }

  public static PlanningDocumentId planningDocumentId() {
    return PlanningDocumentId.of("renja-dp3appkb-2025");
  }

  public static ActionPlanId actionPlanId() {
    return ActionPlanId.of("rad-pug-2025-2029");
  }

  /** The term of Forum PUSPA Kalimantan Barat (seed 000): 2026–2028. */
  public static YearRange yearRange() {
    return YearRange.of(Year.of(2026), Year.of(2028));
  }

  /** A value for 2025 with a total, a split by sex and a text. */
  public static IndicatorValue indicatorValue() {
    return IndicatorValue.builder()
        .year(Year.of(2025))
        .total(new BigDecimal("100"))
        .female(new BigDecimal("60"))
        .male(new BigDecimal("40"))
        .text("100 Orang")
        .build();
  }

  /**
   * The outcome indicator of programme 2.08.02 in {@code contoh_indikator_program_pppa} (source
   * S7): "Persentase anggaran responsif Gender", baseline 59, targets 60.50 (2026) and 65.50
   * (2027), here with SIPD's ARG indicator code 000613.
   */
  public static PerformanceIndicator performanceIndicator() {
    return PerformanceIndicator.builder()
        .name("Persentase anggaran responsif Gender")
        .unit("%")
        .level(IndicatorLevel.OUTCOME)
        .code("000613")
        .direction(GenderIndex.Direction.HIGHER_IS_BETTER)
        .baseline(IndicatorValue.of(Year.of(2025), new BigDecimal("59")))
        .addTarget(IndicatorValue.of(Year.of(2026), new BigDecimal("60.50")))
        .addTarget(IndicatorValue.of(Year.of(2027), new BigDecimal("65.50")))
        .build();
  }

  /** A result (hasil) indicator named as in source S10. */
  public static PerformanceIndicator resultIndicator() {
    return PerformanceIndicator.builder()
        .name("Jumlah kegiatan pelembagaan PUG")
        .unit("Kegiatan")
        .level(IndicatorLevel.RESULT)
        .build();
  }

  /** An output (keluaran) indicator named as in source S10 (its typos kept). */
  public static PerformanceIndicator outputIndicator() {
    return PerformanceIndicator.builder()
        .name(
            "Jumlah Dokumen Hasill Koordinasi dan Sinkronisasi Perumusan Kebijakan"
                + " Pengarustamaan Gender (PUG)")
        .unit("Dokumen")
        .level(IndicatorLevel.OUTPUT)
        .build();
  }

  /** A sex-disaggregated output indicator, as GAP step 9 asks. */
  public static PerformanceIndicator genderIndicator() {
    return PerformanceIndicator.builder()
        .name("Jumlah aparatur yang mengikuti koordinasi PUG")
        .unit("Orang")
        .level(IndicatorLevel.OUTPUT)
        .sexDisaggregated(true)
        .build();
  }

  /** Sub-kegiatan 2.08.02.2.01.01 with its output indicator and the ceiling of S9. */
  public static SubActivity subActivity() {
    return SubActivity.builder()
        .code(nomenclatureCode())
        .name("Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG")
        .addIndicator(outputIndicator())
        .indicativeCeiling(rupiah())
        .build();
  }

  /** Kegiatan 2.08.02.2.01 with {@link #subActivity()}. */
  public static Activity activity() {
    return Activity.builder()
        .code(NomenclatureCode.parse("2.08.02.2.01"))
        .name(
            "Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan"
                + " Kabupaten/Kota")
        .addIndicator(resultIndicator())
        .addSubActivity(subActivity())
        .build();
  }

  /** Program 2.08.02 with {@link #activity()}. */
  public static Programme programme() {
    return Programme.builder()
        .code(NomenclatureCode.parse("2.08.02"))
        .name("PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN")
        .addIndicator(performanceIndicator())
        .addActivity(activity())
        .build();
  }

  /** The DP3APPKB's Renja PD for 2025 with {@link #programme()}. */
  public static PlanningDocument planningDocument() {
    return PlanningDocument.builder()
        .id(planningDocumentId())
        .kind(PlanningDocumentKind.RENJA_PD)
        .region(regionCode())
        .agency(agencyId())
        .period(YearRange.of(Year.of(2025)))
        .title("Rencana Kerja DP3APPKB Tahun 2025")
        .addProgramme(programme())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Budget
  // ---------------------------------------------------------------------------------------------

  public static FundingSource fundingSource() {
    return FundingSource.builder().code("1.01").name("Dana Alokasi Umum").amount(rupiah()).build();
  }

  /** Kelurahan Palangka, Kecamatan Jekan Raya, Kota Palangkaraya. */
  public static Location location() {
    return Location.builder()
        .region(regionCode())
        .district("Jekan Raya")
        .village("Palangka")
        .description("Kantor DP3APPKB")
        .build();
  }

  /** An institutionalisation tag with its GAP, GBS and KAK and a label. */
  public static ArgTag argTag() {
    return ArgTag.builder()
        .category(ArgCategory.INSTITUTIONALISATION)
        .gap(gapId())
        .gbs(gbsId())
        .kak(kakId())
        .label("ARG")
        .targetGroup("Aparatur perangkat daerah")
        .genderGap("Partisipasi focal point dalam penyusunan Renja PD rendah")
        .build();
  }

  /** The tagged line of sub-kegiatan 2.08.02.2.01.01 for 2025 (amount from S9). */
  public static BudgetLine budgetLine() {
    return BudgetLine.builder()
        .id(budgetLineId())
        .fiscalYear(Year.of(2025))
        .agency(agencyId())
        .subActivity(nomenclatureCode())
        .name("Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG")
        .amount(rupiah())
        .addFundingSource(fundingSource())
        .addLocation(location())
        .outputIndicator(outputIndicator())
        .argTag(argTag())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Officials, decrees and institutions
  // ---------------------------------------------------------------------------------------------

  /** An official with every attribute; the name and NIP are placeholders, not a real person. */
  public static Official official() {
    return Official.builder()
        .name("Pejabat Contoh")
        .position("Kepala Dinas")
        .agency(agencyId())
        .nip("12345678 123456 1 001")
        .build();
  }

  /** A decree of the head of region with every attribute (the number is the Javadoc's example). */
  public static Decree decree() {
    return Decree.builder()
        .number("188.45/123/2024")
        .date(LocalDate.of(2024, 3, 1))
        .issuer(Decree.Issuer.HEAD_OF_REGION)
        .signer("Wali Kota Palangkaraya")
        .title("Pembentukan Kelompok Kerja Pengarusutamaan Gender")
        .build();
  }

  /** A Pokja chaired by the head of the planning agency with the DP3APPKB head as secretary. */
  public static PokjaPug pokja() {
    Official chair = Official.ofPosition("Kepala Bapperida", planningAgencyId());
    Official secretary = Official.ofPosition("Kepala DP3APPKB", agencyId());
    return PokjaPug.builder()
        .region(regionCode())
        .decree(decree())
        .chair(chair)
        .secretary(secretary)
        .addMembers(chair, secretary)
        .addTechnicalTeam(Official.ofPosition("Kepala Bidang Perencanaan", planningAgencyId()))
        .build();
  }

  public static FocalPoint focalPoint() {
    return FocalPoint.builder().official(official()).decree(decree()).build();
  }

  /** The Gabungan Organisasi Wanita, a mass organisation (seed 003). */
  public static ForumMember forumMember() {
    return ForumMember.of("Gabungan Organisasi Wanita", ForumSector.MASS_ORGANISATION);
  }

  /** Forum PUSPA Kalimantan Barat, term 2026–2028 (seed 000). */
  public static ForumPuspa forumPuspa() {
    return ForumPuspa.builder()
        .region(RegionCode.parse("61"))
        .name("Forum PUSPA Provinsi Kalimantan Barat")
        .term(yearRange())
        .decree(decree())
        .addMember(forumMember())
        .build();
  }

  /** An action in the institutions area, March to November 2025. */
  public static PlannedAction plannedAction() {
    return PlannedAction.builder()
        .description("Penetapan SK focal point PUG di setiap perangkat daerah")
        .area(ActionArea.INSTITUTIONS)
        .responsibleAgency(agencyId())
        .start(YearMonth.of(2025, 3))
        .end(YearMonth.of(2025, 11))
        .addIndicator(outputIndicator())
        .budget(Rupiah.of(10_000_000))
        .build();
  }

  /** A RAD PUG 2025–2029 with {@link #plannedAction()}. */
  public static ActionPlan actionPlan() {
    return ActionPlan.builder()
        .id(actionPlanId())
        .kind(ActionPlanKind.RAD_PUG)
        .region(regionCode())
        .period(YearRange.of(Year.of(2025), Year.of(2029)))
        .title("Rencana Aksi Daerah Pengarusutamaan Gender 2025–2029")
        .decree(decree())
        .addAction(plannedAction())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // PPRG instruments
  // ---------------------------------------------------------------------------------------------

  /** Every GAP step's column text, numbered. */
  public static ImmutableMap<GapStep, String> gapSteps() {
    ImmutableMap.Builder<GapStep, String> steps = ImmutableMap.builder();
    for (GapStep step : GapStep.values()) {
      steps.put(step, "Langkah " + step.number() + ": " + step.indonesian());
    }
    return steps.buildOrThrow();
  }

  /** A text for each of the four gap factors (APKM). */
  public static ImmutableMap<GapFactor, String> gapFactors() {
    return ImmutableMap.of(
        GapFactor.ACCESS, "Akses perempuan pada forum perencanaan terbatas",
        GapFactor.PARTICIPATION, "Partisipasi perempuan dalam musrenbang rendah",
        GapFactor.CONTROL, "Kontrol atas keputusan anggaran didominasi laki-laki",
        GapFactor.BENEFIT, "Manfaat program belum terpilah menurut jenis kelamin");
  }

  /** A complete GAP of sub-kegiatan 2.08.02.2.01.01. */
  public static GenderAnalysisPathway gap() {
    return GenderAnalysisPathway.builder()
        .id(gapId())
        .agency(agencyId())
        .fiscalYear(Year.of(2025))
        .planningDocument(planningDocumentId())
        .subject(nomenclatureCode())
        .putAllSteps(gapSteps())
        .putAllGapFactors(gapFactors())
        .addGenderIndicator(genderIndicator())
        .build();
  }

  public static SituationAnalysis situationAnalysis() {
    return SituationAnalysis.builder()
        .addInsightData("Penduduk Kota Palangkaraya: 155.344 perempuan dan 159.809 laki-laki")
        .putAllGapFactors(gapFactors())
        .internalCauses("Pemahaman aparatur tentang PPRG belum merata")
        .externalCauses("Data terpilah belum tersedia lengkap")
        .build();
  }

  public static GbsAction gbsAction() {
    return GbsAction.builder()
        .description("Rapat koordinasi Pokja PUG")
        .input("Narasumber dan bahan rapat")
        .output("Rekomendasi kebijakan PUG")
        .outcome("Kebijakan PUG disepakati perangkat daerah")
        .budget(Rupiah.of(20_000_000))
        .build();
  }

  /** A GBS in the regional format with every attribute. */
  public static GenderBudgetStatement gbs() {
    return GenderBudgetStatement.builder()
        .id(gbsId())
        .agency(agencyId())
        .fiscalYear(Year.of(2025))
        .gap(gapId())
        .programme(NomenclatureCode.parse("2.08.02"))
        .activity(NomenclatureCode.parse("2.08.02.2.01"))
        .subActivity(nomenclatureCode())
        .objective("Tersusunnya kebijakan pelaksanaan PUG yang responsif gender")
        .situationAnalysis(situationAnalysis())
        .activityIndicator("Jumlah kebijakan PUG")
        .output("Dokumen kebijakan PUG")
        .addAchievementIndicator(outputIndicator())
        .addActionPlan(gbsAction())
        .budget(rupiah())
        .expectedImpact("Perangkat daerah menyusun GAP dan GBS")
        .build();
  }

  /** A KAK with every attribute, citing the national and Kalteng PUG instruments. */
  public static TermsOfReference kak() {
    return TermsOfReference.builder()
        .id(kakId())
        .agency(agencyId())
        .fiscalYear(Year.of(2025))
        .gbs(gbsId())
        .subject(nomenclatureCode())
        .addIndicator(outputIndicator())
        .addLegalBasis("Inpres 9/2000", "Permendagri 67/2011 Pasal 4 ayat (1)")
        .background("Analisis situasi GBS")
        .beneficiaries("Aparatur perangkat daerah, perempuan dan laki-laki")
        .purpose("Menyusun kebijakan pelaksanaan PUG")
        .method("Rapat koordinasi dan pendampingan")
        .location("Kota Palangkaraya")
        .implementer("Bidang PUG DP3APPKB")
        .responsibleOfficial(official())
        .limits("Perangkat daerah kota")
        .start(YearMonth.of(2025, 2))
        .end(YearMonth.of(2025, 11))
        .cost(rupiah())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Assessment and the plan
  // ---------------------------------------------------------------------------------------------

  /** A focal-point decree as evidence for the institutions prerequisite. */
  public static Evidence evidence() {
    return Evidence.builder()
        .prerequisite(Prerequisite.INSTITUTIONS)
        .description("SK focal point 2025")
        .reference("188.45/123/2024")
        .year(Year.of(2025))
        .build();
  }

  public static PrerequisiteAssessment assessment() {
    return PrerequisiteAssessment.builder()
        .region(regionCode())
        .year(Year.of(2025))
        .addEvidence(evidence())
        .build();
  }

  public static DanglingReference danglingReference() {
    return DanglingReference.of("budgetLines[0].argTag.gbs", "GenderBudgetStatement", "gbs-9");
  }

  /** The planning agency (Bapperida) as a plan holds it. */
  public static Agency planningAgency() {
    return Agency.builder()
        .name("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah")
        .acronym("Bapperida")
        .region(provinceCode())
        .addUrusan(NomenclatureCode.parse("5.01"), NomenclatureCode.parse("5.05"))
        .build();
  }

  /**
   * A small consistent plan (no dangling references) holding one of every element: {@link
   * #agency()} and {@link #planningAgency()}, {@link #pokja()}, {@link #focalPoint()}, {@link
   * #forumPuspa()}, {@link #planningDocument()}, {@link #budgetLine()} with its {@link #gap()},
   * {@link #gbs()} and {@link #kak()}, {@link #performanceIndicator()}, {@link #actionPlan()} and
   * {@link #assessment()}. For a realistic plan, see {@link PlanFixtures}.
   */
  public static RegionalPprgPlan plan() {
    return RegionalPprgPlan.builder()
        .region(regionCode())
        .fiscalYear(Year.of(2025))
        .putAgency(agencyId(), agency())
        .putAgency(planningAgencyId(), planningAgency())
        .pokja(pokja())
        .addFocalPoint(focalPoint())
        .forumPuspa(forumPuspa())
        .addPlanningDocument(planningDocument())
        .addBudgetLine(budgetLine())
        .addGenderAnalysis(gap())
        .addBudgetStatement(gbs())
        .addTermsOfReference(kak())
        .addRegionalIndicator(performanceIndicator())
        .addActionPlan(actionPlan())
        .assessment(assessment())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Gender indicators
  // ---------------------------------------------------------------------------------------------

  /** Women's labour-force participation in Jawa Barat 2018 (source S1): 42.25%. */
  public static Share share() {
    return Share.percent("tpak_f", 42.25);
  }

  /**
   * The IKG components of Jawa Barat 2018 ({@code ikg_sample_components.csv}, source S1): MTF
   * 0.198, MHPK20 0.279, PR 78.00/22.00, SE 36.55/28.63, TPAK 82.96/42.25 (men/women); published
   * IKG 0.508.
   */
  public static IkgComponents ikgComponents() {
    return IkgComponents.ofPublished(0.198, 0.279, 78.00, 22.00, 36.55, 28.63, 82.96, 42.25);
  }

  /** The default IKG constants: a = 0.005, b = 0.01, zero seat shares replaced with 0.1%. */
  public static IkgConstants ikgConstants() {
    return IkgConstants.defaults();
  }

  public static IkgCalculator ikgCalculator() {
    return IkgCalculator.standard();
  }

  /** The IKG of {@link #ikgComponents()} with the default constants. */
  public static IkgResult ikgResult() {
    return ikgCalculator().compute(ikgComponents());
  }

  /** The strongest lever of {@link #ikgComponents()} (MTF). */
  public static IkgLever ikgLever() {
    return ikgCalculator().levers(ikgComponents()).get(0);
  }

  /** The MTF that brings {@link #ikgComponents()} to an IKG of 0.45 (reachable). */
  public static IkgTargetSolution ikgTargetSolution() {
    return ikgCalculator().solve(ikgComponents(), IkgComponent.MTF, 0.45);
  }

  /** BPS's IPM goalposts. */
  public static IpmGoalposts ipmGoalposts() {
    return IpmGoalposts.bps();
  }

  /** Indonesia's IPM 2023: UHH 73.93, HLS 13.15, RLS 8.77, PPP Rp11,899 thousand (74.39). */
  public static IpmResult ipmResult() {
    return IpmCalculator.bps().compute(73.93, 13.15, 8.77, 11_899_000);
  }

  /**
   * Sex-specific IPG inputs of a plausible order of magnitude for Indonesia (placeholders, not a
   * published set): UHH 75.0/71.0, HLS 13.3/13.0, RLS 8.4/9.1 (women/men), PPP Rp11,899 thousand,
   * wage ratio 0.77, women's labour-force share 0.39, women's population share 0.497.
   */
  public static IpgInputs ipgInputs() {
    return IpgInputs.builder()
        .lifeExpectancyFemale(75.0)
        .lifeExpectancyMale(71.0)
        .expectedSchoolingFemale(13.3)
        .expectedSchoolingMale(13.0)
        .meanSchoolingFemale(8.4)
        .meanSchoolingMale(9.1)
        .expenditure(11_899_000)
        .wageRatio(0.77)
        .labourShareFemale(0.39)
        .populationShareFemale(0.497)
        .build();
  }

  public static IpgResult ipgResult() {
    return IpgCalculator.standard().compute(ipgInputs());
  }

  /**
   * IDG inputs with the national 2021 components (parliament 21.89%, managers and professionals
   * 49.99%, income 37.22%, {@code ipg_idg_published.csv}) and placeholder population share (0.497)
   * and per-capita income (Rp11,156 thousand).
   */
  public static IdgInputs idgInputs() {
    return IdgInputs.builder()
        .parliamentFemale(Share.percent("parliament_f", 21.89))
        .managersFemale(Share.percent("managers_f", 49.99))
        .incomeFemale(Share.percent("income_f", 37.22))
        .populationFemale(Share.proportion("population_f", 0.497))
        .incomePerCapita(11_156_000)
        .build();
  }

  /** An IDG calculator with the IPM expenditure goalposts as placeholder income goalposts. */
  public static IdgCalculator idgCalculator() {
    return IdgCalculator.withIncomeGoalposts(1_007_436, 26_572_352);
  }

  public static IdgResult idgResult() {
    return idgCalculator().compute(idgInputs());
  }

  /**
   * UNDP's GII for Indonesia, Human Development Report 2014: MMR 220, ABR 48.3, seats 18.6/81.4
   * (recalled), SE 39.9/49.2, LFPR 51.3/84.4 (women/men).
   */
  public static GiiResult giiResult() {
    return GiiCalculator.compute(
        220,
        48.3,
        Share.percent("pr_f", 18.6),
        Share.percent("pr_m", 81.4),
        Share.percent("se_f", 39.9),
        Share.percent("se_m", 49.2),
        Share.percent("lfpr_f", 51.3),
        Share.percent("lfpr_m", 84.4));
  }

  /**
   * A hypothetical IKG target for Kalimantan Barat: from 0.519 in 2023 (published) to the 2024
   * national level, 0.421, in 2029.
   */
  public static IndicatorTarget indicatorTarget() {
    return IndicatorTarget.builder()
        .index(GenderIndex.IKG)
        .region("KALIMANTAN BARAT")
        .regionCode(RegionCode.parse("61"))
        .baselineYear(Year.of(2023))
        .baselineValue(0.519)
        .targetYear(Year.of(2029))
        .targetValue(0.421)
        .build();
  }

  /** Kalimantan Barat's published IKG 2024, 0.493, against {@link #indicatorTarget()}. */
  public static TargetStatus targetStatus() {
    return indicatorTarget().status(Year.of(2024), 0.493);
  }

  /** Kalimantan Barat's IKG 2024 (0.493) against the national 0.421. */
  public static IndicatorGap indicatorGap() {
    return GenderIndex.IKG.compare(0.493, 0.421);
  }

  /**
   * Indonesia's IDG 2021 (76.26) with its three published components (sources S52 and S15), and a
   * note.
   */
  public static PublishedValue publishedValue() {
    return PublishedValue.builder()
        .index(GenderIndex.IDG)
        .region("INDONESIA")
        .level(PublishedValue.Level.NATIONAL)
        .year(Year.of(2021))
        .value(new BigDecimal("76.26"))
        .parliamentFemalePercent(new BigDecimal("21.89"))
        .managersFemalePercent(new BigDecimal("49.99"))
        .incomeFemalePercent(new BigDecimal("37.22"))
        .addSource(
            Source.of(
                "S52",
                "secondary",
                Optional.of(
                    URI.create(
                        "https://databoks.katadata.co.id/index.php/demografi/statistik/"
                            + "4ac1c219e3d8d81/indeks-pemberdayaan-gender-meningkat-dalam-5-tahun"
                            + "-terakhir"))))
        .note("components = % women in parliament / among professionals / income contribution")
        .build();
  }

  /** The IKG batch header. */
  public static final String IKG_BATCH_HEADER =
      "region,year,mtf,mhpk20,pr_m,pr_f,se_m,se_f,tpak_m,tpak_f";

  /** The IKG of Jawa Barat 2018 as an {@link IkgBatch} computes it from a one-row file. */
  public static IkgBatchResult ikgBatchResult() {
    return IkgBatch.compute(
        TextSource.ofString(
            "ikg.csv",
            IKG_BATCH_HEADER
                + "\nJAWA BARAT,2018,0.198,0.279,78.00,22.00,36.55,28.63,82.96,42.25\n"),
        ikgCalculator());
  }

  /** The one row of {@link #ikgBatchResult()}. */
  public static IkgBatchResult.Row ikgBatchRow() {
    return ikgBatchResult().rows().get(0);
  }

  /**
   * A {@link NullPointerTester} whose default for every pug-core type is a valid sample, so that
   * the one null argument is the only thing wrong with a call; the contract tests of other modules
   * add their own types.
   *
   * @return a new tester
   */
  public static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(Class.class, RegionCode.class)
        .setDefault(RegionCode.class, Samples.regionCode())
        .setDefault(RegulationId.class, Samples.regulationId())
        .setDefault(NomenclatureCode.class, Samples.nomenclatureCode())
        .setDefault(Year.class, Samples.year())
        .setDefault(LocalDate.class, Samples.date())
        .setDefault(Source.class, Samples.source())
        .setDefault(Population.class, Samples.population())
        .setDefault(Region.class, Samples.region())
        .setDefault(Regulation.class, Samples.regulation())
        .setDefault(Pinpoint.class, Samples.pinpoint())
        .setDefault(Citation.class, Samples.citation())
        .setDefault(LegalStatus.class, Samples.legalStatus())
        .setDefault(Agency.class, Samples.agency())
        .setDefault(AgencyNameVariant.class, Samples.agencyNameVariant())
        .setDefault(NomenclatureEntry.class, Samples.nomenclatureEntry())
        .setDefault(NomenclatureVersion.class, Samples.nomenclatureVersion())
        .setDefault(SourceRegistry.class, SourceRegistry.shipped())
        .setDefault(RegionCatalog.class, RegionCatalog.kalimantan())
        .setDefault(RegulationCatalog.class, Samples.regulationCatalog())
        .setDefault(TextSource.class, TextSource.ofString("default.txt", "x"))
        .setDefault(GovernmentLevel.class, GovernmentLevel.REGENCY_CITY)
        .setDefault(Function.class, Function.identity())
        .setDefault(Rupiah.class, Samples.rupiah())
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(YearMonth.class, YearMonth.of(2025, 3))
        .setDefault(AgencyId.class, Samples.agencyId())
        .setDefault(BudgetLineId.class, Samples.budgetLineId())
        .setDefault(GapId.class, Samples.gapId())
        .setDefault(GbsId.class, Samples.gbsId())
        .setDefault(KakId.class, Samples.kakId())
        .setDefault(PlanningDocumentId.class, Samples.planningDocumentId())
        .setDefault(ActionPlanId.class, Samples.actionPlanId())
        .setDefault(YearRange.class, Samples.yearRange())
        .setDefault(IndicatorValue.class, Samples.indicatorValue())
        .setDefault(PerformanceIndicator.class, Samples.performanceIndicator())
        .setDefault(SubActivity.class, Samples.subActivity())
        .setDefault(Activity.class, Samples.activity())
        .setDefault(Programme.class, Samples.programme())
        .setDefault(PlanningDocument.class, Samples.planningDocument())
        .setDefault(FundingSource.class, Samples.fundingSource())
        .setDefault(Location.class, Samples.location())
        .setDefault(ArgTag.class, Samples.argTag())
        .setDefault(BudgetLine.class, Samples.budgetLine())
        .setDefault(Official.class, Samples.official())
        .setDefault(Decree.class, Samples.decree())
        .setDefault(PokjaPug.class, Samples.pokja())
        .setDefault(FocalPoint.class, Samples.focalPoint())
        .setDefault(ForumMember.class, Samples.forumMember())
        .setDefault(ForumPuspa.class, Samples.forumPuspa())
        .setDefault(PlannedAction.class, Samples.plannedAction())
        .setDefault(ActionPlan.class, Samples.actionPlan())
        .setDefault(GenderAnalysisPathway.class, Samples.gap())
        .setDefault(SituationAnalysis.class, Samples.situationAnalysis())
        .setDefault(GbsAction.class, Samples.gbsAction())
        .setDefault(GenderBudgetStatement.class, Samples.gbs())
        .setDefault(TermsOfReference.class, Samples.kak())
        .setDefault(Evidence.class, Samples.evidence())
        .setDefault(PrerequisiteAssessment.class, Samples.assessment())
        .setDefault(DanglingReference.class, Samples.danglingReference())
        .setDefault(RegionalPprgPlan.class, Samples.plan())
        // Gender indicators
        .setDefault(Share.class, Samples.share())
        .setDefault(IkgComponents.class, Samples.ikgComponents())
        .setDefault(IkgConstants.class, Samples.ikgConstants())
        .setDefault(IkgCalculator.class, Samples.ikgCalculator())
        .setDefault(IpmGoalposts.class, Samples.ipmGoalposts())
        .setDefault(IpgInputs.class, Samples.ipgInputs())
        .setDefault(IdgInputs.class, Samples.idgInputs())
        .setDefault(IndicatorTarget.class, Samples.indicatorTarget())
        .setDefault(PublishedValue.class, Samples.publishedValue());
  }

  // ---------------------------------------------------------------------------------------------
  // Value-type samples for the equality contract
  // ---------------------------------------------------------------------------------------------

  /**
   * How to build one value type for the equality contract: base values, and for each attribute a
   * different valid value that, set on a base with Immutables' {@code withX} copy method, gives an
   * unequal value.
   *
   * @param <T> the value type
   */
  public static final class ValueSample<T> {
    private final Class<T> type;
    private final ImmutableList<Base<T>> bases;

    ValueSample(Class<T> type, ImmutableList<Base<T>> bases) {
      this.type = type;
      this.bases = bases;
    }

    public Class<T> type() {
      return type;
    }

    public ImmutableList<Base<T>> bases() {
      return bases;
    }

    /** Every attribute some base gives another value for. */
    public ImmutableSet<String> variedAttributes() {
      return bases.stream()
          .flatMap(b -> b.otherValues().keySet().stream())
          .collect(ImmutableSet.toImmutableSet());
    }

    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  /**
   * A base value and, per attribute name, another valid value for that attribute.
   *
   * @param <T> the value type
   */
  public static final class Base<T> {
    private final Supplier<T> factory;
    private final ImmutableMap<String, Object> otherValues;

    Base(Supplier<T> factory, ImmutableMap<String, Object> otherValues) {
      this.factory = factory;
      this.otherValues = otherValues;
    }

    /** A new base value; equal to every other one. */
    public T create() {
      return factory.get();
    }

    public ImmutableMap<String, Object> otherValues() {
      return otherValues;
    }

    /** The base value with one attribute replaced by its other value. */
    public T variant(String attribute) {
      return with(create(), attribute, otherValues.get(attribute));
    }
  }

  private static <T> ValueSample<T> sample(Class<T> type, ImmutableList<Base<T>> bases) {
    return new ValueSample<>(type, bases);
  }

  private static <T> Base<T> base(Supplier<T> factory, ImmutableMap<String, Object> otherValues) {
    return new Base<>(factory, otherValues);
  }

  /**
   * Every value type's sample, by type. The equality contract test fails for a public value type
   * missing here.
   */
  public static ImmutableMap<Class<?>, ValueSample<?>> valueSamples() {
    List<ValueSample<?>> all = new ArrayList<>();
    all.add(
        sample(
            Population.class,
            ImmutableList.of(
                base(Samples::population, ImmutableMap.of("male", 1L, "female", 2L)))));
    all.add(
        sample(
            Region.class,
            ImmutableList.of(
                base(
                    Samples::region,
                    ImmutableMap.<String, Object>builder()
                        .put("code", RegionCode.parse("62.01"))
                        .put("level", RegionLevel.REGENCY)
                        .put("name", "Kota Palangka Raya")
                        .put("aliases", ImmutableList.of("Palangka Raya"))
                        .put("population", Population.of(159_809, 155_345))
                        .put("districtCount", 6)
                        .put("villageCount", 1)
                        .put("urbanVillageCount", 29)
                        .put("areaKm2", new BigDecimal("2848.7"))
                        .put("sources", ImmutableList.of(urlSource()))
                        .buildOrThrow()))));
    all.add(
        sample(
            Regulation.class,
            ImmutableList.of(
                base(Samples::regulation, ImmutableMap.of("ministry", Ministry.PPPA)),
                base(
                    Samples::regionalRegulation,
                    ImmutableMap.<String, Object>builder()
                        .put("id", RegulationId.of("perda-kalteng-4-2014-b"))
                        .put("type", RegulationType.PERGUB)
                        .put("jurisdiction", "Kota Palangkaraya")
                        .put("region", regionCode())
                        .put("number", "5")
                        .put("otherNumbers", ImmutableList.of("4a"))
                        .put("year", Year.of(2013))
                        .put("title", "Pengarusutamaan Gender")
                        .put("issuer", "Gubernur Kalimantan Tengah")
                        .put("issued", LocalDate.of(2014, 3, 1))
                        .put("effective", LocalDate.of(2014, 4, 1))
                        .put("expires", LocalDate.of(2019, 12, 31))
                        .put("amends", ImmutableSet.of(RegulationId.of("perda-kalteng-1-2010")))
                        .put("replaces", ImmutableSet.of(RegulationId.of("perda-kalteng-2-2010")))
                        .put("declaredStatus", DeclaredStatus.IN_FORCE)
                        .put("ended", Year.of(2020))
                        .put("scope", "Another scope")
                        .put("notes", ImmutableList.of("Another note."))
                        .put("sources", ImmutableList.of(source()))
                        .put("unconfirmed", ImmutableSet.of(RegulationAttribute.NUMBER))
                        .buildOrThrow()))));
    all.add(
        sample(
            Pinpoint.class,
            ImmutableList.of(
                base(
                    Samples::pinpoint,
                    ImmutableMap.of(
                        "appendix",
                        "III",
                        "article",
                        "8A",
                        "paragraph",
                        2,
                        "letter",
                        'c',
                        "item",
                        3)))));
    all.add(
        sample(
            Citation.class,
            ImmutableList.of(
                base(
                    Samples::citation,
                    ImmutableMap.of(
                        "regulation", regulation(), "pinpoint", Pinpoint.parse("Pasal 4"))))));
    all.add(
        sample(
            LegalStatus.class,
            ImmutableList.of(
                base(
                    Samples::legalStatus,
                    ImmutableMap.<String, Object>builder()
                        .put("regulation", RegulationId.of("permendagri-67-2011"))
                        .put("date", LocalDate.of(2013, 1, 1))
                        .put("state", LegalState.UNDETERMINED)
                        .put("replacedBy", RegulationId.of("permendagri-67-2011"))
                        .put("amendedBy", ImmutableList.of())
                        .put("confirmed", false)
                        .put("reason", "another reason")
                        .buildOrThrow()))));
    all.add(
        sample(
            Source.class,
            ImmutableList.of(
                base(
                    Samples::source,
                    ImmutableMap.of(
                        "id", "S5",
                        "title", "another title",
                        "url", URI.create("https://github.com/agusnurwanto/wp-sipd"))))));
    all.add(
        sample(
            Agency.class,
            ImmutableList.of(
                base(
                    Samples::agency,
                    ImmutableMap.<String, Object>builder()
                        .put("name", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak")
                        .put("acronym", "P3AP2KB")
                        .put("region", RegionCode.parse("62.02"))
                        .put("urusan", ImmutableSet.of(NomenclatureCode.parse("2.08")))
                        .put("declaredRoles", ImmutableSet.of(AgencyRole.INSPECTORATE))
                        .put("nameConfirmed", false)
                        .put("lastSeen", Year.of(2022))
                        .put("notes", ImmutableList.of())
                        .put("sources", ImmutableList.of(urlSource()))
                        .buildOrThrow()))));
    all.add(
        sample(
            AgencyNameVariant.class,
            ImmutableList.of(
                base(
                    Samples::agencyNameVariant,
                    ImmutableMap.<String, Object>builder()
                        .put("id", "dp3appkb-2")
                        .put("acronyms", ImmutableList.of("DP3APPKB"))
                        .put("longName", "Dinas P3APPKB")
                        .put("longNameConfirmed", false)
                        .put("otherLongNames", ImmutableList.of("Dinas PPPAPPKB"))
                        .put("urusan", ImmutableSet.of(NomenclatureCode.parse("2.08")))
                        .put("declaredRoles", ImmutableSet.of(AgencyRole.FINANCE))
                        .put("seenIn", "Kab. Kapuas")
                        .put("note", "another note")
                        .put("sources", ImmutableList.of(urlSource()))
                        .buildOrThrow()))));
    all.add(
        sample(
            AgencyRecognition.class,
            ImmutableList.of(
                base(
                    Samples::agencyRecognition,
                    ImmutableMap.<String, Object>builder()
                        .put("input", "DP3APPKB")
                        .put("matchKind", AgencyRecognition.MatchKind.KEYWORDS)
                        .put("variant", Optional.empty())
                        .put("urusan", ImmutableSet.of(NomenclatureCode.parse("2.08")))
                        .put(
                            "roles", ImmutableSet.of(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION))
                        .buildOrThrow()))));
    all.add(
        sample(
            NomenclatureEntry.class,
            ImmutableList.of(
                base(
                    Samples::nomenclatureEntry,
                    ImmutableMap.of(
                        "code", NomenclatureCode.parse("2.08.02.2.02"),
                        "name", "Another name",
                        "originalCode", "2.08.02.2.01",
                        "note", "another note",
                        "sources", ImmutableList.of(urlSource()))))));
    all.add(
        sample(
            NomenclatureVersion.class,
            ImmutableList.of(
                base(
                    Samples::nomenclatureVersion,
                    ImmutableMap.<String, Object>builder()
                        .put("id", "kabkota-sample-2")
                        .put("name", "Another name")
                        .put("decree", RegulationId.of("kepmendagri-050-3708-2020"))
                        .put("validFrom", Year.of(2020))
                        .put("governmentLevel", GovernmentLevel.PROVINCE)
                        .put("coverage", Coverage.PARTIAL)
                        .put(
                            "bidangUrusan",
                            ImmutableSet.of(
                                NomenclatureCode.parse("2.08"), NomenclatureCode.parse("2.14")))
                        .put(
                            "entries",
                            ImmutableMap.of(
                                NomenclatureCode.parse("2"),
                                entry("2", "URUSAN PEMERINTAHAN WAJIB")))
                        .put("sources", ImmutableList.of(urlSource()))
                        .put("unconfirmed", ImmutableSet.of())
                        .put("notes", ImmutableList.of())
                        .buildOrThrow()))));
    addPlanSamples(all);
    addIndicatorSamples(all);
    ImmutableMap.Builder<Class<?>, ValueSample<?>> byType = ImmutableMap.builder();
    all.forEach(s -> byType.put(s.type(), s));
    return byType.buildOrThrow();
  }

  /** Samples of the gender indicators' value types. */
  private static void addIndicatorSamples(List<ValueSample<?>> all) {
    all.add(
        sample(
            IkgComponents.class,
            ImmutableList.of(
                base(
                    Samples::ikgComponents,
                    ImmutableMap.<String, Object>builder()
                        .put("mtf", Share.proportion("mtf", 0.155))
                        .put("mhpk20", Share.proportion("mhpk20", 0.295))
                        .put("parliamentFemale", Share.percent("pr_f", 20.83))
                        .put("parliamentMale", Share.percent("pr_m", 79.17))
                        .put("educationFemale", Share.percent("se_f", 32.48))
                        .put("educationMale", Share.percent("se_m", 40.59))
                        .put("labourFemale", Share.percent("tpak_f", 46.79))
                        .put("labourMale", Share.percent("tpak_m", 81.90))
                        .buildOrThrow()))));
    all.add(
        sample(
            IkgConstants.class,
            ImmutableList.of(
                base(
                    Samples::ikgConstants,
                    ImmutableMap.of(
                        "mtfFloor", 0.004,
                        "mhpk20Floor", 0.02,
                        "zeroSeatPolicy", ZeroSeatPolicy.REJECT)))));
    all.add(
        sample(
            IkgResult.class,
            ImmutableList.of(
                base(
                    Samples::ikgResult,
                    ImmutableMap.<String, Object>builder()
                        .put(
                            "components",
                            IkgComponents.ofPublished(
                                0.155, 0.295, 79.17, 20.83, 40.59, 32.48, 81.90, 46.79))
                        .put("constants", IkgConstants.builder().mtfFloor(0.004).build())
                        .put("reproductiveHealthFemale", 0.5)
                        .put("empowermentFemale", 0.5)
                        .put("empowermentMale", 0.5)
                        .put("achievementFemale", 0.5)
                        .put("achievementMale", 0.5)
                        .put("harmonicMean", 0.5)
                        .put("reference", 0.5)
                        .put("ikg", 0.5)
                        .put("flags", ImmutableSet.of(IkgFlag.MTF_AT_FLOOR))
                        .buildOrThrow()))));
    all.add(
        sample(
            IkgLever.class,
            ImmutableList.of(
                base(
                    Samples::ikgLever,
                    ImmutableMap.of(
                        "component",
                        IkgComponent.MHPK20,
                        "current",
                        Share.proportion("mtf", 0.2),
                        "sensitivityPerPoint",
                        0.5,
                        "lowersIkgBy",
                        IkgLever.Direction.INCREASE,
                        "effectOfOnePoint",
                        -0.5)))));
    all.add(
        sample(
            IkgTargetSolution.class,
            ImmutableList.of(
                base(
                    Samples::ikgTargetSolution,
                    ImmutableMap.<String, Object>builder()
                        .put("component", IkgComponent.MHPK20)
                        .put("target", 0.4)
                        .put("currentIkg", 0.6)
                        .put("currentValue", Share.proportion("mtf", 0.2))
                        .put("requiredValue", Share.proportion("mtf", 0.1))
                        .put("bestIkg", 0.3)
                        .put("bestValue", Share.proportion("mtf", 0.01))
                        .buildOrThrow()))));
    all.add(
        sample(
            IpmGoalposts.class,
            ImmutableList.of(
                base(
                    Samples::ipmGoalposts,
                    ImmutableMap.<String, Object>builder()
                        .put("lifeExpectancyMin", 25.0)
                        .put("lifeExpectancyMax", 90.0)
                        .put("expectedSchoolingMax", 17.0)
                        .put("meanSchoolingMax", 16.0)
                        .put("expenditureMin", 1_000_000.0)
                        .put("expenditureMax", 30_000_000.0)
                        .buildOrThrow()))));
    all.add(
        sample(
            IpmResult.class,
            ImmutableList.of(
                base(
                    Samples::ipmResult,
                    ImmutableMap.of(
                        "healthIndex", 0.5,
                        "educationIndex", 0.5,
                        "expenditureIndex", 0.5,
                        "ipm", 50.0)))));
    all.add(
        sample(
            IpgInputs.class,
            ImmutableList.of(
                base(
                    Samples::ipgInputs,
                    ImmutableMap.<String, Object>builder()
                        .put("lifeExpectancyFemale", 76.0)
                        .put("lifeExpectancyMale", 72.0)
                        .put("expectedSchoolingFemale", 13.4)
                        .put("expectedSchoolingMale", 13.1)
                        .put("meanSchoolingFemale", 8.5)
                        .put("meanSchoolingMale", 9.2)
                        .put("expenditure", 12_000_000.0)
                        .put("wageRatio", 0.8)
                        .put("labourShareFemale", 0.4)
                        .put("populationShareFemale", 0.5)
                        .buildOrThrow()))));
    all.add(
        sample(
            IpgResult.class,
            ImmutableList.of(
                base(
                    Samples::ipgResult,
                    ImmutableMap.<String, Object>builder()
                        .put("incomeShareFemale", 0.5)
                        .put("expenditureFemale", 1_500_000.0)
                        .put("expenditureMale", 1_500_000.0)
                        .put("female", IpmCalculator.bps().compute(70, 12, 8, 10_000_000))
                        .put("male", IpmCalculator.bps().compute(70, 12, 8, 10_000_000))
                        .put("ipg", 100.0)
                        .buildOrThrow()))));
    all.add(
        sample(
            IdgInputs.class,
            ImmutableList.of(
                base(
                    Samples::idgInputs,
                    ImmutableMap.of(
                        "parliamentFemale", Share.percent("parliament_f", 22.14),
                        "managersFemale", Share.percent("managers_f", 46.31),
                        "incomeFemale", Share.percent("income_f", 36.62),
                        "populationFemale", Share.proportion("population_f", 0.5),
                        "incomePerCapita", 12_000_000.0)))));
    all.add(
        sample(
            IdgResult.class,
            ImmutableList.of(
                base(
                    Samples::idgResult,
                    ImmutableMap.<String, Object>builder()
                        .put("edepParliament", 0.123)
                        .put("parliamentIndex", 0.123)
                        .put("edepManagers", 0.123)
                        .put("managersIndex", 0.123)
                        .put("incomeIndexFemale", 0.123)
                        .put("incomeIndexMale", 0.123)
                        .put("incomeIndex", 0.123)
                        .put("idg", 0.123)
                        .buildOrThrow()))));
    all.add(
        sample(
            GiiResult.class,
            ImmutableList.of(
                base(
                    Samples::giiResult,
                    ImmutableMap.<String, Object>builder()
                        .put("reproductiveHealthFemale", 0.123)
                        .put("achievementFemale", 0.123)
                        .put("achievementMale", 0.123)
                        .put("harmonicMean", 0.123)
                        .put("reference", 0.123)
                        .put("gii", 0.0)
                        .put("zeroSeatReplaced", true)
                        .buildOrThrow()))));
    all.add(
        sample(
            IndicatorTarget.class,
            ImmutableList.of(
                base(
                    Samples::indicatorTarget,
                    ImmutableMap.<String, Object>builder()
                        .put("index", GenderIndex.GII)
                        .put("region", "INDONESIA")
                        .put("regionCode", RegionCode.parse("62"))
                        .put("baselineYear", Year.of(2022))
                        .put("baselineValue", 0.522)
                        .put("targetYear", Year.of(2030))
                        .put("targetValue", 0.4)
                        .put("direction", GenderIndex.Direction.HIGHER_IS_BETTER)
                        .buildOrThrow()))));
    all.add(
        sample(
            TargetStatus.class,
            ImmutableList.of(
                base(
                    Samples::targetStatus,
                    ImmutableMap.<String, Object>builder()
                        .put(
                            "target",
                            IndicatorTarget.builder()
                                .from(indicatorTarget())
                                .targetYear(Year.of(2030))
                                .build())
                        .put("year", Year.of(2025))
                        .put("observed", 0.51)
                        .put("expected", 0.5)
                        .put("state", TargetStatus.State.OFF_TRACK)
                        .put("aheadOfTrajectory", -0.01)
                        .put("remainingToTarget", 0.089)
                        .buildOrThrow()))));
    all.add(
        sample(
            IndicatorGap.class,
            ImmutableList.of(
                base(
                    Samples::indicatorGap,
                    ImmutableMap.of("index", GenderIndex.GII, "value", 0.5, "reference", 0.447)))));
    all.add(
        sample(
            PublishedValue.class,
            ImmutableList.of(
                base(
                    Samples::publishedValue,
                    ImmutableMap.<String, Object>builder()
                        .put("index", GenderIndex.IPG)
                        .put("region", "KALIMANTAN BARAT")
                        .put("regionCode", RegionCode.parse("61"))
                        .put("level", PublishedValue.Level.PROVINCE)
                        .put("year", Year.of(2022))
                        .put("value", new BigDecimal("76.59"))
                        .put("parliamentFemalePercent", new BigDecimal("21.74"))
                        .put("managersFemalePercent", new BigDecimal("46.31"))
                        .put("incomeFemalePercent", new BigDecimal("36.62"))
                        .put("sources", ImmutableList.of(source()))
                        .put("note", "derived: another note")
                        .buildOrThrow()))));
    all.add(
        sample(
            IkgBatchResult.class,
            ImmutableList.of(
                base(
                    Samples::ikgBatchResult,
                    ImmutableMap.of(
                        "file", "other.csv",
                        "header", ImmutableList.of("region", "ikg"),
                        "rows", ImmutableList.of())))));
    all.add(
        sample(
            IkgBatchResult.Row.class,
            ImmutableList.of(
                base(
                    Samples::ikgBatchRow,
                    ImmutableMap.of(
                        "line",
                        3,
                        "values",
                        ImmutableList.of("JAWA BARAT", "2018"),
                        "ikg",
                        0.5,
                        "problems",
                        ImmutableList.of("line 2, column mtf, value \"\": bad"))))));
  }

  /** Samples of the plan's value types (planning, budget, PPRG, institutions, the plan). */
  private static void addPlanSamples(List<ValueSample<?>> all) {
    all.add(
        sample(
            YearRange.class,
            ImmutableList.of(
                base(
                    Samples::yearRange,
                    ImmutableMap.of("start", Year.of(2027), "end", Year.of(2029))))));
    all.add(
        sample(
            IndicatorValue.class,
            ImmutableList.of(
                base(
                    Samples::indicatorValue,
                    ImmutableMap.of(
                        "year", Year.of(2026),
                        "total", new BigDecimal("101"),
                        "female", new BigDecimal("61"),
                        "male", new BigDecimal("41"),
                        "text", "101 Orang")))));
    all.add(
        sample(
            PerformanceIndicator.class,
            ImmutableList.of(
                base(
                    Samples::performanceIndicator,
                    ImmutableMap.<String, Object>builder()
                        .put("name", "Persentase ARG")
                        .put("unit", "persen")
                        .put("level", IndicatorLevel.IMPACT)
                        .put("code", "000963")
                        .put("direction", GenderIndex.Direction.LOWER_IS_BETTER)
                        .put("sexDisaggregated", true)
                        .put("baseline", IndicatorValue.of(Year.of(2024), new BigDecimal("58")))
                        .put(
                            "targets",
                            ImmutableList.of(
                                IndicatorValue.of(Year.of(2026), new BigDecimal("60.50"))))
                        .put(
                            "actuals",
                            ImmutableList.of(
                                IndicatorValue.of(Year.of(2026), new BigDecimal("60"))))
                        .buildOrThrow()))));
    all.add(
        sample(
            SubActivity.class,
            ImmutableList.of(
                base(
                    Samples::subActivity,
                    ImmutableMap.of(
                        "code", NomenclatureCode.parse("2.08.02.2.01.02"),
                        "name", "Koordinasi dan Sinkronisasi Pelaksanaan PUG",
                        "indicators", ImmutableList.of(),
                        "indicativeCeiling", Rupiah.of(100_000_000))))));
    all.add(
        sample(
            Activity.class,
            ImmutableList.of(
                base(
                    Samples::activity,
                    ImmutableMap.of(
                        "name", "Pelembagaan PUG",
                        "indicators", ImmutableList.of(),
                        "subActivities", ImmutableList.of())),
                // Without sub-activities, so that the code can change.
                base(
                    () -> Activity.builder().code(NomenclatureCode.parse("2.08.02.2.01")).build(),
                    ImmutableMap.of("code", NomenclatureCode.parse("2.08.02.2.02"))))));
    all.add(
        sample(
            Programme.class,
            ImmutableList.of(
                base(
                    Samples::programme,
                    ImmutableMap.of(
                        "name", "Program PUG dan Pemberdayaan Perempuan",
                        "indicators", ImmutableList.of(),
                        "activities", ImmutableList.of())),
                // Without activities, so that the code can change.
                base(
                    () -> Programme.builder().code(NomenclatureCode.parse("2.08.02")).build(),
                    ImmutableMap.of("code", NomenclatureCode.parse("2.08.03"))))));
    all.add(
        sample(
            PlanningDocument.class,
            ImmutableList.of(
                base(
                    Samples::planningDocument,
                    ImmutableMap.<String, Object>builder()
                        .put("id", PlanningDocumentId.of("rka-dp3appkb-2025"))
                        .put("kind", PlanningDocumentKind.RKA)
                        .put("region", RegionCode.parse("62.01"))
                        .put("agency", planningAgencyId())
                        .put("period", YearRange.of(Year.of(2026)))
                        .put("title", "Renja 2025")
                        .put("programmes", ImmutableList.of())
                        .buildOrThrow()))));
    all.add(
        sample(
            FundingSource.class,
            ImmutableList.of(
                base(
                    Samples::fundingSource,
                    ImmutableMap.of(
                        "code", "1.02",
                        "name", "Pendapatan Asli Daerah",
                        "amount", Rupiah.of(1))))));
    all.add(
        sample(
            Location.class,
            ImmutableList.of(
                base(
                    Samples::location,
                    ImmutableMap.of(
                        "region", RegionCode.parse("62.01"),
                        "district", "Pahandut",
                        "village", "Panarung",
                        "description", "Aula")))));
    all.add(
        sample(
            ArgTag.class,
            ImmutableList.of(
                base(
                    Samples::argTag,
                    ImmutableMap.<String, Object>builder()
                        .put("category", ArgCategory.EQUALITY)
                        .put("gap", GapId.of("gap-2025-02"))
                        .put("gbs", GbsId.of("gbs-2025-02"))
                        .put("kak", KakId.of("kak-2025-02"))
                        .put("label", "Responsif Gender")
                        .put("targetGroup", "Perempuan korban kekerasan")
                        .put("genderGap", "Akses perempuan pada layanan pengaduan")
                        .buildOrThrow()))));
    all.add(
        sample(
            BudgetLine.class,
            ImmutableList.of(
                base(
                    Samples::budgetLine,
                    ImmutableMap.<String, Object>builder()
                        .put("id", BudgetLineId.of("bl-2025-0002"))
                        .put("fiscalYear", Year.of(2026))
                        .put("agency", planningAgencyId())
                        .put("subActivity", NomenclatureCode.parse("2.08.02.2.01.02"))
                        .put("name", "Koordinasi dan Sinkronisasi Pelaksanaan PUG")
                        .put("amount", Rupiah.of(100_000_000))
                        .put("fundingSources", ImmutableList.of())
                        .put("locations", ImmutableList.of())
                        .put("outputIndicator", genderIndicator())
                        .put("argTag", ArgTag.builder().category(ArgCategory.EQUALITY).build())
                        .buildOrThrow()))));
    all.add(
        sample(
            Official.class,
            ImmutableList.of(
                base(
                    Samples::official,
                    ImmutableMap.of(
                        "name", "Pejabat Lain",
                        "position", "Sekretaris Dinas",
                        "agency", planningAgencyId(),
                        "nip", "123456781234561001")))));
    all.add(
        sample(
            Decree.class,
            ImmutableList.of(
                base(
                    Samples::decree,
                    ImmutableMap.of(
                        "number", "188.45/124/2024",
                        "date", LocalDate.of(2024, 3, 2),
                        "issuer", Decree.Issuer.HEAD_OF_AGENCY,
                        "signer", "Kepala DP3APPKB",
                        "title", "Penunjukan Focal Point PUG")))));
    all.add(
        sample(
            PokjaPug.class,
            ImmutableList.of(
                base(
                    Samples::pokja,
                    ImmutableMap.<String, Object>builder()
                        .put("region", RegionCode.parse("62.01"))
                        .put(
                            "decree",
                            Decree.builder().from(decree()).number("188.45/125/2024").build())
                        .put("chair", official())
                        .put("secretary", official())
                        .put("members", ImmutableList.of())
                        .put("technicalTeam", ImmutableList.of())
                        .buildOrThrow()))));
    all.add(
        sample(
            FocalPoint.class,
            ImmutableList.of(
                base(
                    Samples::focalPoint,
                    ImmutableMap.of(
                        "official", Official.ofPosition("Kepala Subbagian Program", agencyId()),
                        "decree",
                            Decree.builder().from(decree()).number("188.45/126/2024").build())))));
    all.add(
        sample(
            ForumMember.class,
            ImmutableList.of(
                base(
                    Samples::forumMember,
                    ImmutableMap.of(
                        "name", "Universitas Palangka Raya", "sector", ForumSector.ACADEMIA)))));
    all.add(
        sample(
            ForumPuspa.class,
            ImmutableList.of(
                base(
                    Samples::forumPuspa,
                    ImmutableMap.of(
                        "region", RegionCode.parse("62"),
                        "name", "Forum PUSPA Kalbar",
                        "term", YearRange.of(Year.of(2026), Year.of(2030)),
                        "decree", Decree.builder().from(decree()).number("188.45/127/2024").build(),
                        "members", ImmutableList.of())))));
    all.add(
        sample(
            PlannedAction.class,
            ImmutableList.of(
                base(
                    Samples::plannedAction,
                    ImmutableMap.<String, Object>builder()
                        .put("description", "Rapat koordinasi Pokja PUG")
                        .put("area", ActionArea.DEVELOPMENT_CYCLE)
                        .put("responsibleAgency", planningAgencyId())
                        .put("start", YearMonth.of(2025, 4))
                        .put("end", YearMonth.of(2025, 12))
                        .put("indicators", ImmutableList.of())
                        .put("budget", Rupiah.ZERO)
                        .buildOrThrow()))));
    all.add(
        sample(
            ActionPlan.class,
            ImmutableList.of(
                base(
                    Samples::actionPlan,
                    ImmutableMap.<String, Object>builder()
                        .put("id", ActionPlanId.of("rad-pug-2"))
                        .put("kind", ActionPlanKind.POKJA_WORK_PLAN)
                        .put("region", RegionCode.parse("62.01"))
                        .put("period", YearRange.of(Year.of(2025)))
                        .put("title", "Rencana Kerja Pokja PUG 2025")
                        .put(
                            "decree",
                            Decree.builder().from(decree()).number("188.45/128/2024").build())
                        .put("actions", ImmutableList.of())
                        .buildOrThrow()))));
    all.add(
        sample(
            GenderAnalysisPathway.class,
            ImmutableList.of(
                base(
                    Samples::gap,
                    ImmutableMap.<String, Object>builder()
                        .put("id", GapId.of("gap-2025-02"))
                        .put("agency", planningAgencyId())
                        .put("fiscalYear", Year.of(2026))
                        .put("planningDocument", PlanningDocumentId.of("rpjmd-2025-2029"))
                        .put("subject", NomenclatureCode.parse("2.08.02.2.01"))
                        .put("steps", ImmutableMap.of(GapStep.POLICY_SELECTION, "Sub kegiatan"))
                        .put("gapFactors", ImmutableMap.of(GapFactor.ACCESS, "Akses"))
                        .put("genderIndicators", ImmutableList.of())
                        .buildOrThrow()))));
    all.add(
        sample(
            SituationAnalysis.class,
            ImmutableList.of(
                base(
                    Samples::situationAnalysis,
                    ImmutableMap.of(
                        "insightData",
                        ImmutableList.of(),
                        "gapFactors",
                        ImmutableMap.of(GapFactor.CONTROL, "Kontrol"),
                        "internalCauses",
                        "Sebab internal",
                        "externalCauses",
                        "Sebab eksternal")))));
    all.add(
        sample(
            GbsAction.class,
            ImmutableList.of(
                base(
                    Samples::gbsAction,
                    ImmutableMap.of(
                        "description", "Pendampingan penyusunan GAP",
                        "input", "Fasilitator",
                        "output", "Dokumen GAP",
                        "outcome", "GAP tersusun",
                        "budget", Rupiah.of(1))))));
    all.add(
        sample(
            GenderBudgetStatement.class,
            ImmutableList.of(
                base(
                    Samples::gbs,
                    ImmutableMap.<String, Object>builder()
                        .put("id", GbsId.of("gbs-2025-02"))
                        .put("agency", planningAgencyId())
                        .put("fiscalYear", Year.of(2026))
                        .put("format", GbsFormat.MINISTRY)
                        .put("gap", GapId.of("gap-2025-02"))
                        .put("programme", NomenclatureCode.parse("2.08.03"))
                        .put("activity", NomenclatureCode.parse("2.08.02.2.02"))
                        .put("subActivity", NomenclatureCode.parse("2.08.02.2.01.02"))
                        .put("objective", "Tujuan lain")
                        .put("situationAnalysis", SituationAnalysis.empty())
                        .put("activityIndicator", "IKK lain")
                        .put("output", "Output lain")
                        .put("achievementIndicators", ImmutableList.of())
                        .put("actionPlan", ImmutableList.of())
                        .put("budget", Rupiah.of(1))
                        .put("expectedImpact", "Dampak lain")
                        .buildOrThrow()))));
    all.add(
        sample(
            TermsOfReference.class,
            ImmutableList.of(
                base(
                    Samples::kak,
                    ImmutableMap.<String, Object>builder()
                        .put("id", KakId.of("kak-2025-02"))
                        .put("agency", planningAgencyId())
                        .put("fiscalYear", Year.of(2026))
                        .put("gbs", GbsId.of("gbs-2025-02"))
                        .put("subject", NomenclatureCode.parse("2.08.02.2.01"))
                        .put("indicators", ImmutableList.of())
                        .put("legalBasis", ImmutableList.of("Permendagri 15/2008"))
                        .put("background", "Latar belakang lain")
                        .put("beneficiaries", "Masyarakat")
                        .put("purpose", "Tujuan lain")
                        .put("method", "Swakelola")
                        .put("location", "Kabupaten Kapuas")
                        .put("implementer", "Sekretariat")
                        .put("responsibleOfficial", Official.ofPosition("Kepala Dinas", agencyId()))
                        .put("limits", "Batasan lain")
                        .put("start", YearMonth.of(2025, 3))
                        .put("end", YearMonth.of(2025, 12))
                        .put("cost", Rupiah.of(1))
                        .buildOrThrow()))));
    all.add(
        sample(
            Evidence.class,
            ImmutableList.of(
                base(
                    Samples::evidence,
                    ImmutableMap.of(
                        "prerequisite",
                        Prerequisite.COMMITMENT,
                        "description",
                        "Profil gender 2025",
                        "reference",
                        "profil-gender-2025.pdf",
                        "year",
                        Year.of(2024))))));
    all.add(
        sample(
            PrerequisiteAssessment.class,
            ImmutableList.of(
                base(
                    Samples::assessment,
                    ImmutableMap.of(
                        "region", RegionCode.parse("62.01"),
                        "year", Year.of(2024),
                        "evidence", ImmutableList.of())))));
    all.add(
        sample(
            DanglingReference.class,
            ImmutableList.of(
                base(
                    Samples::danglingReference,
                    ImmutableMap.of(
                        "path", "budgetLines[1].argTag.gbs",
                        "targetType", "TermsOfReference",
                        "targetId", "gbs-10")))));
    all.add(
        sample(
            RegionalPprgPlan.class,
            ImmutableList.of(
                base(
                    Samples::plan,
                    ImmutableMap.<String, Object>builder()
                        .put("region", RegionCode.parse("62.01"))
                        .put("fiscalYear", Year.of(2026))
                        .put("agencies", ImmutableMap.of(agencyId(), agency()))
                        .put("pokja", PokjaPug.builder().region(regionCode()).build())
                        .put("focalPoints", ImmutableList.of())
                        .put("forumPuspa", ForumPuspa.builder().region(regionCode()).build())
                        .put("planningDocuments", ImmutableList.of())
                        .put("budgetLines", ImmutableList.of())
                        .put("genderAnalyses", ImmutableList.of())
                        .put("budgetStatements", ImmutableList.of())
                        .put("termsOfReference", ImmutableList.of())
                        .put("regionalIndicators", ImmutableList.of())
                        .put("actionPlans", ImmutableList.of())
                        .put(
                            "assessment",
                            PrerequisiteAssessment.builder()
                                .region(regionCode())
                                .year(Year.of(2025))
                                .build())
                        .buildOrThrow()))));
  }

  // ---------------------------------------------------------------------------------------------
  // Reflection on Immutables' copy methods
  // ---------------------------------------------------------------------------------------------

  /**
   * The attributes of a value, as Immutables generates a {@code withX} copy method for each
   * (derived attributes have none).
   *
   * @param value an instance of an Immutables value type
   * @return the attribute names, sorted
   */
  public static ImmutableSet<String> attributesOf(Object value) {
    TreeSet<String> names = new TreeSet<>();
    for (Method m : value.getClass().getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && m.getName().startsWith("with")
          && m.getName().length() > 4
          && m.getParameterCount() == 1) {
        names.add(decapitalize(m.getName().substring(4)));
      }
    }
    return ImmutableSet.copyOf(names);
  }

  /**
   * Reads an attribute through its accessor.
   *
   * @param value the value
   * @param attribute the attribute name
   * @return what the accessor returns
   */
  public static Object get(Object value, String attribute) {
    try {
      Method accessor = value.getClass().getMethod(attribute);
      accessor.setAccessible(true);
      return accessor.invoke(value);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new LinkageError("no accessor " + attribute + "() on " + value.getClass(), e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(attribute + "() failed on " + value, e.getCause());
    }
  }

  /**
   * Copies a value with one attribute replaced, through the {@code withX} method Immutables
   * generates (which runs the type's checks).
   *
   * @param value the value
   * @param attribute the attribute name
   * @param newValue the new attribute value: the attribute's element type for an optional
   *     attribute, an {@link Iterable} for a collection, a {@link Map} for a map
   * @param <T> the value type
   * @return the copy
   */
  public static <T> T with(T value, String attribute, Object newValue) {
    String name =
        "with" + attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1);
    for (Method m : value.getClass().getDeclaredMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == 1
          && accepts(m.getParameterTypes()[0], newValue)) {
        try {
          m.setAccessible(true);
          @SuppressWarnings("unchecked")
          T copy = (T) m.invoke(value, newValue);
          return copy;
        } catch (IllegalAccessException e) {
          throw new LinkageError(e.getMessage(), e);
        } catch (InvocationTargetException e) {
          throw new AssertionError(
              name + "(" + newValue + ") failed on " + value + ": " + e.getCause(), e.getCause());
        }
      }
    }
    throw new AssertionError(
        "no " + name + " accepting a " + newValue.getClass() + " on " + value.getClass());
  }

  private static boolean accepts(Class<?> parameter, Object value) {
    if (parameter.isPrimitive()) {
      return (parameter == int.class && value instanceof Integer)
          || (parameter == long.class && value instanceof Long)
          || (parameter == boolean.class && value instanceof Boolean)
          || (parameter == char.class && value instanceof Character)
          || (parameter == double.class && value instanceof Double);
    }
    return parameter.isInstance(value);
  }

  private static String decapitalize(String name) {
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }
}
