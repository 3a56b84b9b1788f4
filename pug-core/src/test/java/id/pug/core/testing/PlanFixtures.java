package id.pug.core.testing;

import com.google.common.collect.ImmutableList;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyRole;
import id.pug.core.agency.Official;
import id.pug.core.assessment.Evidence;
import id.pug.core.assessment.Prerequisite;
import id.pug.core.assessment.PrerequisiteAssessment;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.budget.Location;
import id.pug.core.indicator.GenderIndex;
import id.pug.core.law.Decree;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
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
import id.pug.core.region.Population;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Realistic PPRG plans for tests and benchmarks of pug-core and pug-rules.
 *
 * <p>{@link #kabupatenKapuas2025()} is an <em>illustrative</em> plan: it is composed for tests from
 * facts in pug's sources, and is not Kabupaten Kapuas's real plan. Which facts come from where:
 *
 * <ul>
 *   <li>the region, its province and its population: pug-core's region catalogue ({@link
 *       RegionCatalog#kalimantan()}, source S4, Kepmendagri 300.2.2-2138/2025);
 *   <li>Kapuas's DP3APPKB, with its long name and sources (P8): pug-core's agency catalogue ({@link
 *       AgencyCatalog#kalimantan()});
 *   <li>the planning, finance and inspectorate agencies: the generic names of pug-core's
 *       agency-name variants ({@code bappeda}, {@code bpkad}, {@code inspektorat}); Kapuas's own
 *       names for them are not in the sources, so their names are marked unconfirmed;
 *   <li>programme, kegiatan and sub-kegiatan codes and names: the kab/kota nomenclature of the
 *       050-5889/2021 era shipped with pug-core ({@code kabkota-050-5889}, source S1);
 *   <li>budget amounts: the {@code anggaran_rp} column of {@code
 *       data/contoh_pagu_realisasi_subkegiatan_pppa.csv} (source S9, a PPPA agency whose region the
 *       source does not name) — real ceilings, but not Kapuas's;
 *   <li>indicator names: {@code data/contoh_nama_indikator_pppa.csv} (source S10) and {@code
 *       data/contoh_indikator_program_pppa.csv} (source S7), without their figures;
 *   <li>the IKG baseline: the published IKG of the province of Kalimantan Tengah for 2024, 0.549
 *       ({@code data/ikg_published_values.csv}, BPS Kalteng as quoted by source S11 of {@code
 *       data/INDICATOR-SOURCES.md}); no published IKG for Kapuas itself exists in the sources, and
 *       the target states a direction only, lower is better (no figure is invented);
 *   <li>the legal basis of the KAKs: Inpres 9/2000, Permendagri 15/2008 and 67/2011 ({@code
 *       domain.md} §1.1) and Perda Kalteng 4/2014 (seed 001);
 *   <li>the structure of the Pokja, the GAP steps and phases, the GBS and KAK formats, the ARG
 *       categories, the RAD PUG areas and the seven prerequisites: {@code domain.md} §2, §4, §5, §6
 *       and §7.
 * </ul>
 *
 * <p>The texts of the GAP, GBS, KAK, action plan and evidence are illustrative wording in the style
 * of the regional formats; decree numbers are placeholders (prefixed {@code contoh/}); no official
 * is named. Schedule months are illustrative.
 *
 * <p>Every call builds a new, equal plan.
 */
public final class PlanFixtures {
  private PlanFixtures() {}

  /** Kabupaten Kapuas, Kalimantan Tengah. */
  public static final RegionCode KAPUAS = RegionCode.parse("62.03");

  /** The fiscal year of the fixture. */
  public static final Year FISCAL_YEAR = Year.of(2025);

  /** The DP3APPKB (women's empowerment, child protection, population and family planning). */
  public static final AgencyId DP3APPKB = AgencyId.of("dp3appkb");

  /** The planning agency (Bappeda). */
  public static final AgencyId BAPPEDA = AgencyId.of("bappeda");

  /** The finance agency (BPKAD). */
  public static final AgencyId BPKAD = AgencyId.of("bpkad");

  /** The inspectorate. */
  public static final AgencyId INSPEKTORAT = AgencyId.of("inspektorat");

  /** The DP3APPKB's Renja PD for 2025. */
  public static final PlanningDocumentId RENJA_DP3APPKB =
      PlanningDocumentId.of("renja-dp3appkb-2025");

  /** The RAD PUG 2025–2029. */
  public static final ActionPlanId RAD_PUG = ActionPlanId.of("rad-pug-2025-2029");

  /** Sub-kegiatan 2.08.02.2.01.01, PUG policy coordination: ARG institutionalisation. */
  public static final NomenclatureCode PUG_POLICY = NomenclatureCode.parse("2.08.02.2.01.01");

  /** Sub-kegiatan 2.08.02.2.01.02, PUG implementation coordination: untagged. */
  public static final NomenclatureCode PUG_IMPLEMENTATION =
      NomenclatureCode.parse("2.08.02.2.01.02");

  /**
   * Sub-kegiatan 2.08.03.2.01.01, coordination of the prevention of violence against women: ARG
   * equality.
   */
  public static final NomenclatureCode VIOLENCE_PREVENTION =
      NomenclatureCode.parse("2.08.03.2.01.01");

  /** The budget line of {@link #PUG_POLICY}: budgetLines[0], tagged. */
  public static final BudgetLineId PUG_POLICY_LINE = lineId(PUG_POLICY);

  /** The budget line of {@link #VIOLENCE_PREVENTION}: budgetLines[1], tagged. */
  public static final BudgetLineId VIOLENCE_PREVENTION_LINE = lineId(VIOLENCE_PREVENTION);

  /** The budget line of {@link #PUG_IMPLEMENTATION}: budgetLines[2], untagged. */
  public static final BudgetLineId PUG_IMPLEMENTATION_LINE = lineId(PUG_IMPLEMENTATION);

  /** The GAP of {@link #PUG_POLICY}. */
  public static final GapId PUG_POLICY_GAP = GapId.of("gap-2025-" + PUG_POLICY);

  /** The GBS of {@link #PUG_POLICY}. */
  public static final GbsId PUG_POLICY_GBS = GbsId.of("gbs-2025-" + PUG_POLICY);

  /** The KAK of {@link #PUG_POLICY}. */
  public static final KakId PUG_POLICY_KAK = KakId.of("kak-2025-" + PUG_POLICY);

  /** The GAP of {@link #VIOLENCE_PREVENTION}. */
  public static final GapId VIOLENCE_PREVENTION_GAP = GapId.of("gap-2025-" + VIOLENCE_PREVENTION);

  /** The GBS of {@link #VIOLENCE_PREVENTION}. */
  public static final GbsId VIOLENCE_PREVENTION_GBS = GbsId.of("gbs-2025-" + VIOLENCE_PREVENTION);

  /** The KAK of {@link #VIOLENCE_PREVENTION}. */
  public static final KakId VIOLENCE_PREVENTION_KAK = KakId.of("kak-2025-" + VIOLENCE_PREVENTION);

  /** Ceiling of 2.08.02.2.01.01 in S9: Rp70.590.400. */
  public static final Rupiah PUG_POLICY_AMOUNT = Rupiah.of(70_590_400);

  /** Ceiling of 2.08.02.2.01.02 in S9: Rp100.000.000. */
  public static final Rupiah PUG_IMPLEMENTATION_AMOUNT = Rupiah.of(100_000_000);

  /** Ceiling of 2.08.03.2.01.01 in S9: Rp220.000.000. */
  public static final Rupiah VIOLENCE_PREVENTION_AMOUNT = Rupiah.of(220_000_000);

  /**
   * The legal basis every KAK of the fixture cites: the national PUG instruments and Kalimantan
   * Tengah's PUG Perda.
   */
  public static final ImmutableList<String> LEGAL_BASIS =
      ImmutableList.of(
          "Inpres 9/2000", "Permendagri 15/2008", "Permendagri 67/2011", "Perda Kalteng 4/2014");

  private static final String PUG_POLICY_NAME =
      "Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG";
  private static final String PUG_IMPLEMENTATION_NAME =
      "Koordinasi dan Sinkronisasi Pelaksanaan PUG Kewenangan Kabupaten/Kota";
  private static final String VIOLENCE_PREVENTION_NAME =
      "Koordinasi dan Sinkronisasi Pelaksanaan Kebijakan, Program dan Kegiatan Pencegahan"
          + " Kekerasan terhadap Perempuan Lingkup Daerah Kabupaten/Kota";

  private static BudgetLineId lineId(NomenclatureCode code) {
    return BudgetLineId.of("dp3appkb-2025-" + code);
  }

  /**
   * A plan with its region (Kabupaten Kapuas) and fiscal year (2025) only.
   *
   * @return the minimal plan
   */
  public static RegionalPprgPlan minimalPlan() {
    return RegionalPprgPlan.builder().region(KAPUAS).fiscalYear(FISCAL_YEAR).build();
  }

  /**
   * An illustrative, complete and consistent PPRG plan of Kabupaten Kapuas for 2025, composed for
   * tests from the facts listed in the class comment (not Kapuas's real plan).
   *
   * <p>It holds four agencies ({@link #DP3APPKB}, {@link #BAPPEDA}, {@link #BPKAD}, {@link
   * #INSPEKTORAT}); a Pokja PUG formed by the head of region, chaired by the head of the planning
   * agency, with the head of the DP3APPKB as secretary and the heads of all four agencies as
   * members; one focal point per agency; the DP3APPKB's Renja PD 2025 (programmes 2.08.02 and
   * 2.08.03); three budget lines (amounts from S9), two of them ARG-tagged — {@link #PUG_POLICY} as
   * {@link ArgCategory#INSTITUTIONALISATION}, {@link #VIOLENCE_PREVENTION} as {@link
   * ArgCategory#EQUALITY} — each with a complete GAP (nine steps, APKM factors), a regional-format
   * GBS and a KAK; the IKG as a regional impact indicator; a RAD PUG 2025–2029 covering the four
   * content areas; and evidence for each of the seven prerequisites. It has no dangling reference.
   *
   * @return the plan
   */
  public static RegionalPprgPlan kabupatenKapuas2025() {
    return RegionalPprgPlan.builder()
        .region(KAPUAS)
        .fiscalYear(FISCAL_YEAR)
        .putAgency(DP3APPKB, dp3appkb())
        .putAgency(BAPPEDA, bappeda())
        .putAgency(BPKAD, bpkad())
        .putAgency(INSPEKTORAT, inspektorat())
        .pokja(pokja())
        .addFocalPoints(
            focalPoint(DP3APPKB), focalPoint(BAPPEDA), focalPoint(BPKAD), focalPoint(INSPEKTORAT))
        .addPlanningDocument(renja())
        .addBudgetLines(
            line(PUG_POLICY, PUG_POLICY_NAME, PUG_POLICY_AMOUNT)
                .outputIndicator(pugPolicyOutput())
                .argTag(
                    ArgTag.of(
                        ArgCategory.INSTITUTIONALISATION,
                        PUG_POLICY_GAP,
                        PUG_POLICY_GBS,
                        PUG_POLICY_KAK))
                .build(),
            line(VIOLENCE_PREVENTION, VIOLENCE_PREVENTION_NAME, VIOLENCE_PREVENTION_AMOUNT)
                .outputIndicator(violencePreventionOutput())
                .argTag(
                    ArgTag.of(
                        ArgCategory.EQUALITY,
                        VIOLENCE_PREVENTION_GAP,
                        VIOLENCE_PREVENTION_GBS,
                        VIOLENCE_PREVENTION_KAK))
                .build(),
            line(PUG_IMPLEMENTATION, PUG_IMPLEMENTATION_NAME, PUG_IMPLEMENTATION_AMOUNT).build())
        .addGenderAnalyses(pugPolicyGap(), violencePreventionGap())
        .addBudgetStatements(pugPolicyGbs(), violencePreventionGbs())
        .addTermsOfReference(pugPolicyKak(), violencePreventionKak())
        .addRegionalIndicator(ikg())
        .addActionPlan(radPug())
        .assessment(assessment())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Agencies and institutions
  // ---------------------------------------------------------------------------------------------

  /** Kapuas's DP3APPKB as pug-core's agency catalogue records it (source P8). */
  private static Agency dp3appkb() {
    return AgencyCatalog.kalimantan().in(KAPUAS).stream()
        .filter(a -> a.acronym().orElse("").equals("DP3APPKB"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no DP3APPKB for 62.03 in agencies.csv"));
  }

  private static Agency bappeda() {
    return Agency.builder()
        .name("Badan Perencanaan Pembangunan Daerah")
        .acronym("Bappeda")
        .region(KAPUAS)
        .addUrusan(AgencyRole.PLANNING.urusan().orElseThrow())
        .nameConfirmed(false)
        .addNote(
            "generic name of the planning agency (agency-name variant bappeda); Kapuas's own name"
                + " for it is not in pug's sources")
        .build();
  }

  private static Agency bpkad() {
    return Agency.builder()
        .name("Badan Pengelolaan Keuangan dan Aset Daerah")
        .acronym("BPKAD")
        .region(KAPUAS)
        .addDeclaredRole(AgencyRole.FINANCE)
        .nameConfirmed(false)
        .addNote(
            "generic name of the finance agency (agency-name variant bpkad); Kapuas's own name"
                + " for it is not in pug's sources")
        .build();
  }

  private static Agency inspektorat() {
    return Agency.builder()
        .name("Inspektorat")
        .region(KAPUAS)
        .addDeclaredRole(AgencyRole.INSPECTORATE)
        .nameConfirmed(false)
        .addNote("generic name of the inspectorate (agency-name variant inspektorat)")
        .build();
  }

  /** The head of an agency, by position: "Kepala" and the agency's name, or "Inspektur". */
  private static Official head(Agency agency, AgencyId id) {
    String position = id.equals(INSPEKTORAT) ? "Inspektur" : "Kepala " + agency.name();
    return Official.ofPosition(position, id);
  }

  private static Official head(AgencyId id) {
    Agency agency =
        id.equals(DP3APPKB)
            ? dp3appkb()
            : id.equals(BAPPEDA) ? bappeda() : id.equals(BPKAD) ? bpkad() : inspektorat();
    return head(agency, id);
  }

  private static PokjaPug pokja() {
    return PokjaPug.builder()
        .region(KAPUAS)
        .decree(
            Decree.builder()
                .number("contoh/pokja-pug/2025")
                .issuer(Decree.Issuer.HEAD_OF_REGION)
                .signer("Bupati Kapuas")
                .title("Pembentukan Kelompok Kerja Pengarusutamaan Gender Kabupaten Kapuas")
                .build())
        .chair(head(BAPPEDA))
        .secretary(head(DP3APPKB))
        .addMembers(head(DP3APPKB), head(BAPPEDA), head(BPKAD), head(INSPEKTORAT))
        .build();
  }

  private static FocalPoint focalPoint(AgencyId agency) {
    return FocalPoint.builder()
        .official(Official.ofPosition("Focal Point PUG", agency))
        .decree(
            Decree.builder()
                .number("contoh/focal-point/" + agency + "/2025")
                .issuer(Decree.Issuer.HEAD_OF_AGENCY)
                .title("Penunjukan Focal Point Pengarusutamaan Gender")
                .build())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Planning document and budget lines
  // ---------------------------------------------------------------------------------------------

  private static PerformanceIndicator indicator(
      String name, String unit, IndicatorLevel level, boolean sexDisaggregated) {
    return PerformanceIndicator.builder()
        .name(name)
        .unit(unit)
        .level(level)
        .sexDisaggregated(sexDisaggregated)
        .build();
  }

  /** The output indicator of 2.08.02.2.01.01, named as in S10 (its typos kept). */
  private static PerformanceIndicator pugPolicyOutput() {
    return indicator(
        "Jumlah Dokumen Hasill Koordinasi dan Sinkronisasi Perumusan Kebijakan Pengarustamaan"
            + " Gender (PUG)",
        "Dokumen",
        IndicatorLevel.OUTPUT,
        false);
  }

  /** An output indicator of 2.08.03.2.01.01, named as in S10. */
  private static PerformanceIndicator violencePreventionOutput() {
    return indicator(
        "Jumlah kegiatan pencegahan kekerasan terhadap perempuan",
        "Kegiatan",
        IndicatorLevel.OUTPUT,
        false);
  }

  private static PlanningDocument renja() {
    return PlanningDocument.builder()
        .id(RENJA_DP3APPKB)
        .kind(PlanningDocumentKind.RENJA_PD)
        .region(KAPUAS)
        .agency(DP3APPKB)
        .period(YearRange.of(FISCAL_YEAR))
        .title("Rencana Kerja DP3APPKB Kabupaten Kapuas Tahun 2025")
        .addProgrammes(
            Programme.builder()
                .code(NomenclatureCode.parse("2.08.02"))
                .name("PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN")
                .addIndicator(
                    indicator(
                        "Persentase anggaran responsif Gender", "%", IndicatorLevel.OUTCOME, false))
                .addActivity(
                    Activity.builder()
                        .code(NomenclatureCode.parse("2.08.02.2.01"))
                        .name(
                            "Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah"
                                + " Kewenangan Kabupaten/Kota")
                        .addIndicator(
                            indicator(
                                "Jumlah kegiatan pelembagaan PUG",
                                "Kegiatan",
                                IndicatorLevel.RESULT,
                                false))
                        .addSubActivities(
                            subActivity(PUG_POLICY, PUG_POLICY_NAME, pugPolicyOutput()),
                            subActivity(
                                PUG_IMPLEMENTATION,
                                PUG_IMPLEMENTATION_NAME,
                                indicator(
                                    "Jumlah dokumen hasil monitoring dan evaluasi"
                                        + " penyelenggaraan PUG kewenangan Kabupaten/Kota",
                                    "Dokumen",
                                    IndicatorLevel.OUTPUT,
                                    false)))
                        .build())
                .build(),
            Programme.builder()
                .code(NomenclatureCode.parse("2.08.03"))
                .name("PROGRAM PERLINDUNGAN PEREMPUAN")
                .addIndicator(
                    indicator(
                        "Persentase perempuan korban kekerasan dan TPPO yang mendapatkan"
                            + " layanan komprehensif",
                        "%",
                        IndicatorLevel.OUTCOME,
                        false))
                .addActivity(
                    Activity.builder()
                        .code(NomenclatureCode.parse("2.08.03.2.01"))
                        .name(
                            "Pencegahan Kekerasan terhadap Perempuan Lingkup Daerah"
                                + " Kabupaten/Kota")
                        .addSubActivity(
                            subActivity(
                                VIOLENCE_PREVENTION,
                                VIOLENCE_PREVENTION_NAME,
                                violencePreventionOutput()))
                        .build())
                .build())
        .build();
  }

  private static SubActivity subActivity(
      NomenclatureCode code, String name, PerformanceIndicator output) {
    return SubActivity.builder().code(code).name(name).addIndicator(output).build();
  }

  private static BudgetLine.Builder line(NomenclatureCode code, String name, Rupiah amount) {
    return BudgetLine.builder()
        .id(lineId(code))
        .fiscalYear(FISCAL_YEAR)
        .agency(DP3APPKB)
        .subActivity(code)
        .name(name)
        .amount(amount)
        .addLocation(Location.builder().region(KAPUAS).build());
  }

  // ---------------------------------------------------------------------------------------------
  // GAP → GBS → KAK
  // ---------------------------------------------------------------------------------------------

  /** The sex-disaggregated population of Kapuas as the region catalogue gives it. */
  private static String populationData() {
    Region kapuas = RegionCatalog.kalimantan().get(KAPUAS);
    Population population = kapuas.population().orElseThrow();
    return "Penduduk "
        + kapuas.name()
        + ": "
        + grouped(population.female())
        + " perempuan dan "
        + grouped(population.male())
        + " laki-laki (Kepmendagri 300.2.2-2138/2025)";
  }

  /** A count with dots grouping thousands, as Indonesian texts write it: 202.002. */
  private static String grouped(long count) {
    return String.format(Locale.ROOT, "%,d", count).replace(',', '.');
  }

  private static Map<GapStep, String> steps(
      NomenclatureCode code,
      String name,
      String objective,
      String insight,
      String factors,
      String internal,
      String external,
      String reformulated,
      String actions,
      String baseline,
      String indicator) {
    Map<GapStep, String> steps = new EnumMap<>(GapStep.class);
    steps.put(GapStep.POLICY_SELECTION, "Sub kegiatan " + code + " " + name + ". " + objective);
    steps.put(GapStep.INSIGHT_DATA, populationData() + ". " + insight);
    steps.put(GapStep.GAP_FACTORS, factors);
    steps.put(GapStep.INTERNAL_CAUSES, internal);
    steps.put(GapStep.EXTERNAL_CAUSES, external);
    steps.put(GapStep.REFORMULATED_OBJECTIVE, reformulated);
    steps.put(GapStep.ACTION_PLAN, actions);
    steps.put(GapStep.BASELINE, baseline);
    steps.put(GapStep.GENDER_INDICATORS, indicator);
    return steps;
  }

  private static Map<GapFactor, String> pugPolicyFactors() {
    Map<GapFactor, String> factors = new EnumMap<>(GapFactor.class);
    factors.put(
        GapFactor.ACCESS,
        "Akses aparatur perempuan dan laki-laki pada pelatihan PPRG belum setara");
    factors.put(
        GapFactor.PARTICIPATION,
        "Partisipasi focal point dalam penyusunan Renja PD dan RKA masih rendah");
    factors.put(
        GapFactor.CONTROL,
        "Kontrol atas keputusan anggaran belum mempertimbangkan hasil analisis gender");
    factors.put(
        GapFactor.BENEFIT, "Manfaat program perangkat daerah belum terpilah menurut jenis kelamin");
    return factors;
  }

  private static Map<GapFactor, String> violencePreventionFactors() {
    Map<GapFactor, String> factors = new EnumMap<>(GapFactor.class);
    factors.put(
        GapFactor.ACCESS,
        "Akses perempuan di desa terpencil pada informasi layanan pengaduan terbatas");
    factors.put(
        GapFactor.PARTICIPATION,
        "Partisipasi perempuan dalam forum pencegahan kekerasan di desa rendah");
    factors.put(GapFactor.CONTROL, "Kontrol perempuan atas keputusan dalam rumah tangga terbatas");
    factors.put(
        GapFactor.BENEFIT,
        "Manfaat kegiatan pencegahan belum menjangkau perempuan dan laki-laki secara setara");
    return factors;
  }

  private static GenderAnalysisPathway.Builder gap(GapId id, NomenclatureCode subject) {
    return GenderAnalysisPathway.builder()
        .id(id)
        .agency(DP3APPKB)
        .fiscalYear(FISCAL_YEAR)
        .planningDocument(RENJA_DP3APPKB)
        .subject(subject);
  }

  private static PerformanceIndicator pugPolicyGenderIndicator() {
    return indicator(
        "Jumlah focal point PUG yang mengikuti koordinasi perumusan kebijakan PUG",
        "Orang",
        IndicatorLevel.OUTPUT,
        true);
  }

  private static PerformanceIndicator violencePreventionGenderIndicator() {
    return indicator(
        "Jumlah peserta sosialisasi pencegahan kekerasan terhadap perempuan",
        "Orang",
        IndicatorLevel.OUTPUT,
        true);
  }

  private static final String PUG_POLICY_OBJECTIVE =
      "Tersusunnya kebijakan pelaksanaan PUG yang mewajibkan setiap perangkat daerah menyusun"
          + " GAP, GBS dan KAK";

  private static final String VIOLENCE_PREVENTION_OBJECTIVE =
      "Terselenggaranya pencegahan kekerasan terhadap perempuan yang menjangkau perempuan dan"
          + " laki-laki di seluruh kecamatan";

  private static GenderAnalysisPathway pugPolicyGap() {
    return gap(PUG_POLICY_GAP, PUG_POLICY)
        .putAllSteps(
            steps(
                PUG_POLICY,
                PUG_POLICY_NAME,
                "Tujuan: terkoordinasinya perumusan kebijakan pelaksanaan PUG",
                "Belum semua perangkat daerah menyusun GAP dan GBS",
                "Isu gender pada akses, partisipasi, kontrol dan manfaat (lihat faktor)",
                "Pemahaman aparatur tentang PPRG belum merata",
                "Data terpilah menurut jenis kelamin belum tersedia lengkap",
                PUG_POLICY_OBJECTIVE,
                "Rapat koordinasi Pokja PUG; pendampingan penyusunan GAP dan GBS bagi focal"
                    + " point",
                "Jumlah perangkat daerah yang menyusun GAP dan GBS pada tahun sebelumnya",
                "Jumlah focal point perempuan dan laki-laki yang mengikuti koordinasi"))
        .putAllGapFactors(pugPolicyFactors())
        .addGenderIndicator(pugPolicyGenderIndicator())
        .build();
  }

  private static GenderAnalysisPathway violencePreventionGap() {
    return gap(VIOLENCE_PREVENTION_GAP, VIOLENCE_PREVENTION)
        .putAllSteps(
            steps(
                VIOLENCE_PREVENTION,
                VIOLENCE_PREVENTION_NAME,
                "Tujuan: terkoordinasinya pencegahan kekerasan terhadap perempuan",
                "Korban kekerasan dalam rumah tangga sebagian besar perempuan",
                "Isu gender pada akses, partisipasi, kontrol dan manfaat (lihat faktor)",
                "Koordinasi antarperangkat daerah dalam pencegahan kekerasan belum rutin",
                "Norma sosial membuat kekerasan dalam rumah tangga jarang dilaporkan",
                VIOLENCE_PREVENTION_OBJECTIVE,
                "Koordinasi lintas sektor; sosialisasi pencegahan kekerasan di kecamatan",
                "Jumlah peserta sosialisasi pencegahan kekerasan menurut jenis kelamin pada"
                    + " tahun sebelumnya",
                "Jumlah peserta perempuan dan laki-laki dalam sosialisasi pencegahan kekerasan"))
        .putAllGapFactors(violencePreventionFactors())
        .addGenderIndicator(violencePreventionGenderIndicator())
        .build();
  }

  private static GenderBudgetStatement.Builder gbs(
      GbsId id, GapId gap, NomenclatureCode subActivity, Rupiah budget) {
    NomenclatureCode activity = subActivity.parent().orElseThrow();
    return GenderBudgetStatement.builder()
        .id(id)
        .agency(DP3APPKB)
        .fiscalYear(FISCAL_YEAR)
        .format(GbsFormat.REGIONAL)
        .gap(gap)
        .programme(activity.parent().orElseThrow())
        .activity(activity)
        .subActivity(subActivity)
        .budget(budget);
  }

  private static GenderBudgetStatement pugPolicyGbs() {
    return gbs(PUG_POLICY_GBS, PUG_POLICY_GAP, PUG_POLICY, PUG_POLICY_AMOUNT)
        .objective(PUG_POLICY_OBJECTIVE)
        .situationAnalysis(
            SituationAnalysis.builder()
                .addInsightData(populationData())
                .addInsightData("Belum semua perangkat daerah menyusun GAP dan GBS")
                .putAllGapFactors(pugPolicyFactors())
                .internalCauses("Pemahaman aparatur tentang PPRG belum merata")
                .externalCauses("Data terpilah menurut jenis kelamin belum tersedia lengkap")
                .build())
        .addAchievementIndicator(pugPolicyOutput())
        .addActionPlan(
            GbsAction.builder()
                .description("Rapat koordinasi perumusan kebijakan pelaksanaan PUG")
                .input("Narasumber, bahan rapat dan data terpilah perangkat daerah")
                .output("Rancangan kebijakan pelaksanaan PUG")
                .outcome("Perangkat daerah menyusun GAP, GBS dan KAK")
                .build())
        .expectedImpact("Setiap perangkat daerah memiliki program dan kegiatan responsif gender")
        .build();
  }

  private static GenderBudgetStatement violencePreventionGbs() {
    return gbs(
            VIOLENCE_PREVENTION_GBS,
            VIOLENCE_PREVENTION_GAP,
            VIOLENCE_PREVENTION,
            VIOLENCE_PREVENTION_AMOUNT)
        .objective(VIOLENCE_PREVENTION_OBJECTIVE)
        .situationAnalysis(
            SituationAnalysis.builder()
                .addInsightData(populationData())
                .addInsightData("Korban kekerasan dalam rumah tangga sebagian besar perempuan")
                .putAllGapFactors(violencePreventionFactors())
                .internalCauses(
                    "Koordinasi antarperangkat daerah dalam pencegahan kekerasan belum rutin")
                .externalCauses(
                    "Norma sosial membuat kekerasan dalam rumah tangga jarang dilaporkan")
                .build())
        .addAchievementIndicator(violencePreventionOutput())
        .addActionPlan(
            GbsAction.builder()
                .description("Koordinasi lintas sektor pencegahan kekerasan terhadap perempuan")
                .input("Rapat koordinasi perangkat daerah, kecamatan dan organisasi masyarakat")
                .output("Kesepakatan rencana pencegahan kekerasan")
                .outcome("Layanan pencegahan menjangkau perempuan di seluruh kecamatan")
                .build())
        .expectedImpact("Menurunnya kekerasan terhadap perempuan")
        .build();
  }

  private static TermsOfReference.Builder kak(
      KakId id, GbsId gbs, NomenclatureCode subject, Rupiah cost) {
    return TermsOfReference.builder()
        .id(id)
        .agency(DP3APPKB)
        .fiscalYear(FISCAL_YEAR)
        .gbs(gbs)
        .subject(subject)
        .addAllLegalBasis(LEGAL_BASIS)
        .location("Kabupaten Kapuas")
        .implementer("DP3APPKB Kabupaten Kapuas")
        .responsibleOfficial(Official.ofPosition("Kepala Dinas", DP3APPKB))
        .start(YearMonth.of(2025, 2))
        .end(YearMonth.of(2025, 11))
        .cost(cost);
  }

  private static TermsOfReference pugPolicyKak() {
    return kak(PUG_POLICY_KAK, PUG_POLICY_GBS, PUG_POLICY, PUG_POLICY_AMOUNT)
        .addIndicator(pugPolicyOutput())
        .background(
            "Analisis situasi GBS: belum semua perangkat daerah menyusun GAP dan GBS;"
                + " pemahaman aparatur tentang PPRG belum merata")
        .beneficiaries("Aparatur perangkat daerah, perempuan dan laki-laki")
        .purpose(PUG_POLICY_OBJECTIVE)
        .method("Rapat koordinasi Pokja PUG dan pendampingan focal point (swakelola)")
        .limits("Perangkat daerah Pemerintah Kabupaten Kapuas")
        .build();
  }

  private static TermsOfReference violencePreventionKak() {
    return kak(
            VIOLENCE_PREVENTION_KAK,
            VIOLENCE_PREVENTION_GBS,
            VIOLENCE_PREVENTION,
            VIOLENCE_PREVENTION_AMOUNT)
        .addIndicator(violencePreventionOutput())
        .background(
            "Analisis situasi GBS: korban kekerasan dalam rumah tangga sebagian besar perempuan;"
                + " koordinasi pencegahan belum rutin")
        .beneficiaries("Perempuan dan laki-laki di kecamatan sasaran")
        .purpose(VIOLENCE_PREVENTION_OBJECTIVE)
        .method(
            "Koordinasi lintas sektor dengan akses terbuka bagi perempuan, laki-laki dan"
                + " kelompok rentan (swakelola)")
        .limits("Pencegahan; penanganan kasus di luar lingkup kegiatan")
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Indicators, action plan and assessment
  // ---------------------------------------------------------------------------------------------

  /**
   * The IKG of the province of Kalimantan Tengah: baseline 0.549 in 2024 (the published value in
   * {@code data/ikg_published_values.csv}); the 2025 target states a direction only.
   */
  private static PerformanceIndicator ikg() {
    return PerformanceIndicator.builder()
        .name("Indeks Ketimpangan Gender (IKG)")
        .unit("Indeks")
        .level(IndicatorLevel.IMPACT)
        .direction(GenderIndex.Direction.LOWER_IS_BETTER)
        .baseline(
            IndicatorValue.builder()
                .year(Year.of(2024))
                .total(new BigDecimal("0.549"))
                .text("0,549 (IKG Provinsi Kalimantan Tengah 2024, BPS)")
                .build())
        .addTarget(IndicatorValue.builder().year(FISCAL_YEAR).text("menurun dari 0,549").build())
        .build();
  }

  private static PlannedAction action(
      String description,
      ActionArea area,
      AgencyId agency,
      YearMonth start,
      YearMonth end,
      PerformanceIndicator indicator) {
    return PlannedAction.builder()
        .description(description)
        .area(area)
        .responsibleAgency(agency)
        .start(start)
        .end(end)
        .addIndicator(indicator)
        .build();
  }

  private static ActionPlan radPug() {
    return ActionPlan.builder()
        .id(RAD_PUG)
        .kind(ActionPlanKind.RAD_PUG)
        .region(KAPUAS)
        .period(YearRange.of(Year.of(2025), Year.of(2029)))
        .title("Rencana Aksi Daerah Pengarusutamaan Gender Kabupaten Kapuas 2025–2029")
        .addActions(
            action(
                "Penyusunan Peraturan Bupati tentang pedoman pelaksanaan PUG",
                ActionArea.LEGISLATION,
                DP3APPKB,
                YearMonth.of(2025, 3),
                YearMonth.of(2025, 12),
                indicator(
                    "Jumlah kebijakan penyelenggaraan PUG",
                    "Dokumen",
                    IndicatorLevel.OUTPUT,
                    false)),
            action(
                "Integrasi GAP, GBS dan KAK ke dalam Renja PD dan RKA",
                ActionArea.DEVELOPMENT_CYCLE,
                BAPPEDA,
                YearMonth.of(2025, 1),
                YearMonth.of(2025, 6),
                indicator(
                    "Jumlah perangkat daerah yang menyusun GAP dan GBS",
                    "Perangkat Daerah",
                    IndicatorLevel.OUTPUT,
                    false)),
            action(
                "Penandaan anggaran responsif gender pada RKA dan DPA",
                ActionArea.DEVELOPMENT_CYCLE,
                BPKAD,
                YearMonth.of(2025, 7),
                YearMonth.of(2025, 12),
                indicator(
                    "Persentase anggaran responsif Gender", "%", IndicatorLevel.OUTCOME, false)),
            action(
                "Pengawasan pelaksanaan PPRG oleh Inspektorat (Permen PPPA 4/2014)",
                ActionArea.DEVELOPMENT_CYCLE,
                INSPEKTORAT,
                YearMonth.of(2025, 9),
                YearMonth.of(2025, 12),
                indicator(
                    "Jumlah laporan hasil pengawasan PPRG",
                    "Dokumen",
                    IndicatorLevel.OUTPUT,
                    false)),
            action(
                "Penetapan SK focal point PUG di setiap perangkat daerah",
                ActionArea.INSTITUTIONS,
                DP3APPKB,
                YearMonth.of(2025, 2),
                YearMonth.of(2025, 4),
                indicator(
                    "Jumlah perangkat daerah dengan SK focal point PUG",
                    "Perangkat Daerah",
                    IndicatorLevel.OUTPUT,
                    false)),
            action(
                "Sosialisasi PUG bersama organisasi kemasyarakatan dan organisasi keagamaan",
                ActionArea.PUBLIC_PARTICIPATION,
                DP3APPKB,
                YearMonth.of(2025, 5),
                YearMonth.of(2025, 10),
                indicator("Jumlah peserta sosialisasi PUG", "Orang", IndicatorLevel.OUTPUT, true)))
        .build();
  }

  private static Evidence evidence(Prerequisite prerequisite, String description) {
    return Evidence.builder()
        .prerequisite(prerequisite)
        .description(description)
        .year(FISCAL_YEAR)
        .build();
  }

  private static PrerequisiteAssessment assessment() {
    return PrerequisiteAssessment.builder()
        .region(KAPUAS)
        .year(FISCAL_YEAR)
        .addEvidence(
            evidence(
                Prerequisite.COMMITMENT,
                "SK Bupati pembentukan Pokja PUG Kabupaten Kapuas (contoh/pokja-pug/2025)"),
            evidence(
                Prerequisite.POLICY,
                "Perda Provinsi Kalimantan Tengah Nomor 4 Tahun 2014 tentang Pengarusutamaan"
                    + " Gender"),
            evidence(
                Prerequisite.INSTITUTIONS,
                "SK focal point PUG di DP3APPKB, Bappeda, BPKAD dan Inspektorat"),
            evidence(
                Prerequisite.RESOURCES,
                "Anggaran pelembagaan PUG pada sub kegiatan 2.08.02.2.01.01"),
            evidence(
                Prerequisite.SEX_DISAGGREGATED_DATA,
                "Data terpilah perangkat daerah dientri dalam SIGA"),
            evidence(
                Prerequisite.ANALYSIS_TOOLS,
                "GAP dan GBS sub kegiatan 2.08.02.2.01.01 dan 2.08.03.2.01.01"),
            evidence(
                Prerequisite.PUBLIC_PARTICIPATION,
                "Sosialisasi PUG bersama organisasi kemasyarakatan dan organisasi keagamaan"))
        .build();
  }
}
