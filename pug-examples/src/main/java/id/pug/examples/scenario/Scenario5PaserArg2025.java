package id.pug.examples.scenario;

import com.google.common.collect.ImmutableList;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyRole;
import id.pug.core.agency.Official;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.budget.Location;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureVersion;
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
import id.pug.core.region.GovernmentLevel;
import id.pug.core.region.Population;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import id.pug.io.report.AuditReport;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.arg.ArgShare;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.RuleRun;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.rules.packs.PolicyPacks;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Scenario 5 — Kabupaten Paser, the coordination meeting (Rakor) on PUG in the Sadurengas meeting
 * room; the deputy regent spoke on Monday 16 June 2025 (seed 004, {@code SEED-004}).
 *
 * <p>What it shows: the seed's two themes — women's part in the economy (many UMKM actors are
 * women) and the protection of women from violence, above all in the household, through mediation
 * and legal assistance — as ARG-tagged budget lines of the regency's DP2KBP3A, each with its GAP →
 * GBS → KAK, next to one untagged line; the share of ARG in the plan's spending ({@link ArgShare});
 * and the audit report ({@link AuditReport#markdown}, in Indonesian) after validating with the
 * national catalogue plus the {@code philippines-gad} pack, whose 5% rule is an international
 * comparison, not Indonesian law.
 *
 * <p>Facts and their sources: the date, place, themes and the agency's acronym DP2KBP3A (seed 004);
 * the agency as pug's agency data lists it for 64.01 (source {@code SEED-004}; its long name is
 * expanded from the acronym and not confirmed); the regency's code and population by sex
 * (Kepmendagri 300.2.2-2138/2025, S4); the sub-kegiatan codes and names (the nomenclature in effect
 * for 2025 at kab/kota level in pug, the 1317/2023-era partial list, S2); the output indicators'
 * names (sample S10, a double space removed). Illustrative: the whole plan — it is not Paser's
 * budget —, the GAP, GBS and KAK texts (example text, "Contoh isian" where they stand for findings
 * of analysis), the months, baselines and targets, and the amounts: the ceilings of the same-named
 * sub-kegiatan in sample S9 (Rp633.611.720, Rp100.000.000, Rp241.831.000), a PPPA agency whose
 * region is not known.
 */
public final class Scenario5PaserArg2025 {
  /** The day the deputy regent spoke of the Rakor PUG (seed 004). */
  public static final LocalDate RAKOR = LocalDate.of(2025, 6, 16);

  /** The fiscal year of the plan. */
  public static final Year YEAR = Year.of(2025);

  /** Sub-kegiatan: complaint services for women victims of violence (urusan 2.08.03). */
  public static final NomenclatureCode VIOLENCE = NomenclatureCode.parse("2.08.03.2.02.0001");

  /** Sub-kegiatan: women's participation in politics, law, social affairs and the economy. */
  public static final NomenclatureCode ECONOMY = NomenclatureCode.parse("2.08.02.2.02.0001");

  /** Sub-kegiatan: upkeep of office buildings, the untagged line. */
  public static final NomenclatureCode BUILDINGS = NomenclatureCode.parse("2.08.01.2.09.0009");

  private static final Rupiah VIOLENCE_AMOUNT = Rupiah.parse("Rp633.611.720");
  private static final Rupiah ECONOMY_AMOUNT = Rupiah.parse("Rp100.000.000");
  private static final Rupiah BUILDINGS_AMOUNT = Rupiah.parse("Rp241.831.000");

  private static final AgencyId DINAS = AgencyId.of("dp2kbp3a");
  private static final PlanningDocumentId RENJA = PlanningDocumentId.of("renja-2025-dp2kbp3a");
  private static final GapId VIOLENCE_GAP = GapId.of("gap-2025-dp2kbp3a-01");
  private static final GbsId VIOLENCE_GBS = GbsId.of("gbs-2025-dp2kbp3a-01");
  private static final KakId VIOLENCE_KAK = KakId.of("kak-2025-dp2kbp3a-01");
  private static final GapId ECONOMY_GAP = GapId.of("gap-2025-dp2kbp3a-02");
  private static final GbsId ECONOMY_GBS = GbsId.of("gbs-2025-dp2kbp3a-02");
  private static final KakId ECONOMY_KAK = KakId.of("kak-2025-dp2kbp3a-02");

  private static final String VIOLENCE_OBJECTIVE =
      "Perempuan korban kekerasan, terutama dalam rumah tangga, terlindungi hak-haknya melalui"
          + " layanan pengaduan, mediasi dan pendampingan hukum";
  private static final String ECONOMY_OBJECTIVE =
      "Perempuan, termasuk pelaku UMKM, berperan aktif dan memperoleh manfaat yang setara dalam"
          + " ekonomi daerah";

  private Scenario5PaserArg2025() {}

  /**
   * Kabupaten Paser's agency for women's empowerment as pug's agency catalogue lists it.
   *
   * @return DP2KBP3A
   */
  public static Agency agency() {
    return AgencyCatalog.kalimantan()
        .in(paser(), AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION)
        .get(0);
  }

  private static RegionCode paser() {
    return RegionCatalog.kalimantan().parseCode("64.01");
  }

  /**
   * The nomenclature pug holds for kab/kota budgets of 2025.
   *
   * @return the version in effect
   */
  public static NomenclatureVersion nomenclature() {
    return NomenclatureCatalog.shipped().inEffect(YEAR, GovernmentLevel.REGENCY_CITY).orElseThrow();
  }

  /**
   * The illustrative plan: the DP2KBP3A's Renja 2025 with two ARG-tagged lines (protection of women
   * from violence, women's economic participation), each with GAP, GBS and KAK, and one untagged
   * line.
   *
   * @return the plan
   */
  public static RegionalPprgPlan plan() {
    NomenclatureVersion nomenclature = nomenclature();
    Region regency = RegionCatalog.kalimantan().get(paser());
    PerformanceIndicator violenceOutput =
        output(
            "Jumlah Perempuan Korban Kekerasan yang mendapatkan Layanan Pengaduan atau"
                + " Penjangkauan korban Tingkat Kabupaten/Kota",
            "seluruh perempuan korban yang melapor (ilustratif)",
            false);
    PerformanceIndicator economyOutput =
        output(
            "Jumlah SDM lembaga masyarakat dan perempuan yang mendapatkan sosialisasi tentang"
                + " pemberdayaan",
            "perempuan dan laki-laki, dicatat terpilah (ilustratif)",
            true);
    return RegionalPprgPlan.builder()
        .region(paser())
        .fiscalYear(YEAR)
        .putAgency(DINAS, agency())
        .addPlanningDocument(renja(nomenclature, violenceOutput, economyOutput))
        .addBudgetLine(
            line("bl-2025-0001", VIOLENCE, VIOLENCE_AMOUNT, nomenclature)
                .outputIndicator(violenceOutput)
                .argTag(
                    ArgTag.builder()
                        .category(ArgCategory.SPECIFIC_TARGET)
                        .gap(VIOLENCE_GAP)
                        .gbs(VIOLENCE_GBS)
                        .kak(VIOLENCE_KAK)
                        .targetGroup("perempuan korban kekerasan, terutama dalam rumah tangga")
                        .build())
                .build())
        .addBudgetLine(
            line("bl-2025-0002", ECONOMY, ECONOMY_AMOUNT, nomenclature)
                .outputIndicator(economyOutput)
                .argTag(
                    ArgTag.builder()
                        .category(ArgCategory.EQUALITY)
                        .gap(ECONOMY_GAP)
                        .gbs(ECONOMY_GBS)
                        .kak(ECONOMY_KAK)
                        .genderGap(
                            "Contoh isian: partisipasi perempuan pelaku UMKM dalam kegiatan"
                                + " pemberdayaan ekonomi lebih rendah daripada laki-laki")
                        .build())
                .build())
        .addBudgetLine(line("bl-2025-0003", BUILDINGS, BUILDINGS_AMOUNT, nomenclature).build())
        .addGenderAnalyses(violenceGap(regency), economyGap(regency))
        .addBudgetStatements(
            gbs(VIOLENCE_GBS, VIOLENCE_GAP, VIOLENCE, VIOLENCE_AMOUNT)
                .objective(VIOLENCE_OBJECTIVE)
                .situationAnalysis(
                    situation(
                        regency,
                        violenceFactors(),
                        "Contoh isian: petugas layanan pengaduan dan pendamping hukum terbatas",
                        "Contoh isian: kekerasan dalam rumah tangga dianggap urusan pribadi"))
                .addAchievementIndicator(violenceOutput)
                .addActionPlan(
                    GbsAction.builder()
                        .description("Layanan pengaduan, mediasi dan pendampingan hukum")
                        .output("Perempuan korban kekerasan yang melapor mendapat layanan")
                        .outcome("Hak-hak perempuan korban kekerasan terlindungi")
                        .build())
                .expectedImpact("Contoh isian: perempuan korban kekerasan terlindungi")
                .build(),
            gbs(ECONOMY_GBS, ECONOMY_GAP, ECONOMY, ECONOMY_AMOUNT)
                .objective(ECONOMY_OBJECTIVE)
                .situationAnalysis(
                    situation(
                        regency,
                        economyFactors(),
                        "Contoh isian: data pelaku UMKM belum terpilah menurut jenis kelamin",
                        "Contoh isian: beban ganda perempuan membatasi waktu usaha"))
                .addAchievementIndicator(economyOutput)
                .addActionPlan(
                    GbsAction.builder()
                        .description(
                            "Sosialisasi peningkatan partisipasi perempuan di bidang ekonomi")
                        .output("Perempuan pelaku UMKM mendapat sosialisasi")
                        .outcome("Partisipasi perempuan dalam ekonomi daerah meningkat")
                        .build())
                .expectedImpact("Contoh isian: perempuan berkontribusi pada ekonomi daerah")
                .build())
        .addTermsOfReference(
            kak(VIOLENCE_KAK, VIOLENCE_GBS, VIOLENCE, VIOLENCE_AMOUNT, regency)
                .addIndicator(violenceOutput)
                .background("Analisis situasi GBS " + VIOLENCE_GBS)
                .beneficiaries("Perempuan korban kekerasan, terutama dalam rumah tangga")
                .purpose(VIOLENCE_OBJECTIVE)
                .method("Layanan pengaduan, mediasi dan pendampingan hukum (swakelola)")
                .limits("Contoh isian: layanan bagi perempuan korban kekerasan")
                .build(),
            kak(ECONOMY_KAK, ECONOMY_GBS, ECONOMY, ECONOMY_AMOUNT, regency)
                .addIndicator(economyOutput)
                .background("Analisis situasi GBS " + ECONOMY_GBS)
                .beneficiaries(
                    "Perempuan dan laki-laki pengurus lembaga masyarakat; perempuan"
                        + " pelaku UMKM")
                .purpose(ECONOMY_OBJECTIVE)
                .method("Sosialisasi dengan akses terbuka bagi perempuan dan laki-laki (swakelola)")
                .limits("Contoh isian: sosialisasi bidang ekonomi")
                .build())
        .build();
  }

  private static PerformanceIndicator output(String name, String target, boolean bySex) {
    return PerformanceIndicator.builder()
        .name(name)
        .unit("Orang")
        .level(IndicatorLevel.OUTPUT)
        .sexDisaggregated(bySex)
        .baseline(
            IndicatorValue.builder()
                .year(YEAR.minusYears(1))
                .text("Contoh isian: kondisi awal " + YEAR.minusYears(1))
                .build())
        .addTarget(IndicatorValue.builder().year(YEAR).text(target).build())
        .build();
  }

  private static BudgetLine.Builder line(
      String id, NomenclatureCode code, Rupiah amount, NomenclatureVersion nomenclature) {
    return BudgetLine.builder()
        .id(BudgetLineId.of(id))
        .fiscalYear(YEAR)
        .agency(DINAS)
        .subActivity(code)
        .name(nomenclature.nameOf(code).orElseThrow())
        .amount(amount)
        .addLocation(Location.builder().region(paser()).build());
  }

  private static PlanningDocument renja(
      NomenclatureVersion nomenclature,
      PerformanceIndicator violenceOutput,
      PerformanceIndicator economyOutput) {
    return PlanningDocument.builder()
        .id(RENJA)
        .kind(PlanningDocumentKind.RENJA_PD)
        .region(paser())
        .agency(DINAS)
        .period(YearRange.of(YEAR))
        .addProgramme(programme(nomenclature, sub(nomenclature, BUILDINGS, BUILDINGS_AMOUNT)))
        .addProgramme(
            programme(
                nomenclature,
                sub(nomenclature, ECONOMY, ECONOMY_AMOUNT).addIndicator(economyOutput)))
        .addProgramme(
            programme(
                nomenclature,
                sub(nomenclature, VIOLENCE, VIOLENCE_AMOUNT).addIndicator(violenceOutput)))
        .build();
  }

  private static SubActivity.Builder sub(
      NomenclatureVersion nomenclature, NomenclatureCode code, Rupiah ceiling) {
    return SubActivity.builder()
        .code(code)
        .name(nomenclature.nameOf(code).orElseThrow())
        .indicativeCeiling(ceiling);
  }

  private static Programme programme(NomenclatureVersion nomenclature, SubActivity.Builder sub) {
    SubActivity subActivity = sub.build();
    NomenclatureCode kegiatan = subActivity.code().parent().orElseThrow();
    NomenclatureCode program = kegiatan.parent().orElseThrow();
    return Programme.builder()
        .code(program)
        .name(nomenclature.nameOf(program).orElseThrow())
        .addActivity(
            Activity.builder()
                .code(kegiatan)
                .name(nomenclature.nameOf(kegiatan).orElseThrow())
                .addSubActivity(subActivity)
                .build())
        .build();
  }

  private static String populationData(Region regency) {
    Population p = regency.population().orElseThrow();
    return String.format(
            Locale.ROOT,
            "Penduduk %s: %,d perempuan dan %,d laki-laki (Kepmendagri 300.2.2-2138/2025)",
            regency.name(),
            p.female(),
            p.male())
        .replace(',', '.');
  }

  private static Map<GapFactor, String> violenceFactors() {
    Map<GapFactor, String> factors = new EnumMap<>(GapFactor.class);
    factors.put(
        GapFactor.ACCESS,
        "Contoh isian: akses perempuan korban kekerasan pada layanan pengaduan dan pendampingan"
            + " hukum");
    factors.put(
        GapFactor.PARTICIPATION,
        "Contoh isian: partisipasi perempuan dalam penyelesaian kasus melalui mediasi");
    factors.put(
        GapFactor.CONTROL, "Contoh isian: kendali perempuan atas keputusan dalam rumah tangga");
    factors.put(
        GapFactor.BENEFIT, "Contoh isian: manfaat layanan perlindungan bagi perempuan korban");
    return factors;
  }

  private static Map<GapFactor, String> economyFactors() {
    Map<GapFactor, String> factors = new EnumMap<>(GapFactor.class);
    factors.put(
        GapFactor.ACCESS, "Contoh isian: akses perempuan pelaku UMKM pada informasi dan modal");
    factors.put(
        GapFactor.PARTICIPATION,
        "Contoh isian: partisipasi perempuan dalam kegiatan pemberdayaan ekonomi");
    factors.put(GapFactor.CONTROL, "Contoh isian: kendali perempuan atas hasil usaha");
    factors.put(
        GapFactor.BENEFIT, "Contoh isian: manfaat program ekonomi bagi perempuan dan laki-laki");
    return factors;
  }

  private static GenderAnalysisPathway violenceGap(Region regency) {
    return gap(VIOLENCE_GAP, VIOLENCE)
        .putStep(
            GapStep.POLICY_SELECTION,
            "Sub kegiatan "
                + VIOLENCE
                + ": melayani pengaduan perempuan korban kekerasan Kewenangan Kabupaten")
        .putStep(
            GapStep.INSIGHT_DATA,
            populationData(regency)
                + ". Contoh isian: jumlah pengaduan kekerasan terhadap perempuan")
        .putAllGapFactors(violenceFactors())
        .putStep(
            GapStep.INTERNAL_CAUSES,
            "Contoh isian: petugas layanan pengaduan dan pendamping hukum terbatas")
        .putStep(
            GapStep.EXTERNAL_CAUSES,
            "Contoh isian: kekerasan dalam rumah tangga dianggap urusan pribadi")
        .putStep(GapStep.REFORMULATED_OBJECTIVE, VIOLENCE_OBJECTIVE)
        .putStep(GapStep.ACTION_PLAN, "Layanan pengaduan; mediasi; pendampingan hukum")
        .putStep(
            GapStep.BASELINE,
            "Contoh isian: jumlah perempuan korban kekerasan yang melapor pada tahun sebelumnya")
        .putStep(
            GapStep.GENDER_INDICATORS,
            "Jumlah perempuan korban kekerasan yang mendapatkan layanan pengaduan")
        .build();
  }

  private static GenderAnalysisPathway economyGap(Region regency) {
    return gap(ECONOMY_GAP, ECONOMY)
        .putStep(
            GapStep.POLICY_SELECTION,
            "Sub kegiatan "
                + ECONOMY
                + ": sosialisasi peningkatan partisipasi perempuan di bidang ekonomi")
        .putStep(
            GapStep.INSIGHT_DATA,
            populationData(regency) + ". Contoh isian: pelaku UMKM menurut jenis kelamin")
        .putAllGapFactors(economyFactors())
        .putStep(
            GapStep.INTERNAL_CAUSES,
            "Contoh isian: data pelaku UMKM belum terpilah menurut jenis kelamin")
        .putStep(
            GapStep.EXTERNAL_CAUSES, "Contoh isian: beban ganda perempuan membatasi waktu usaha")
        .putStep(GapStep.REFORMULATED_OBJECTIVE, ECONOMY_OBJECTIVE)
        .putStep(GapStep.ACTION_PLAN, "Sosialisasi bagi perempuan pelaku UMKM")
        .putStep(
            GapStep.BASELINE,
            "Contoh isian: jumlah peserta sosialisasi menurut jenis kelamin pada tahun"
                + " sebelumnya")
        .putStep(GapStep.GENDER_INDICATORS, "Jumlah peserta sosialisasi perempuan dan laki-laki")
        .build();
  }

  private static GenderAnalysisPathway.Builder gap(GapId id, NomenclatureCode subject) {
    return GenderAnalysisPathway.builder()
        .id(id)
        .agency(DINAS)
        .fiscalYear(YEAR)
        .planningDocument(RENJA)
        .subject(subject);
  }

  private static SituationAnalysis situation(
      Region regency, Map<GapFactor, String> factors, String internal, String external) {
    return SituationAnalysis.builder()
        .addInsightData(populationData(regency))
        .putAllGapFactors(factors)
        .internalCauses(internal)
        .externalCauses(external)
        .build();
  }

  private static GenderBudgetStatement.Builder gbs(
      GbsId id, GapId gap, NomenclatureCode subActivity, Rupiah budget) {
    NomenclatureCode activity = subActivity.parent().orElseThrow();
    return GenderBudgetStatement.builder()
        .id(id)
        .agency(DINAS)
        .fiscalYear(YEAR)
        .format(GbsFormat.REGIONAL)
        .gap(gap)
        .programme(activity.parent().orElseThrow())
        .activity(activity)
        .subActivity(subActivity)
        .budget(budget);
  }

  private static TermsOfReference.Builder kak(
      KakId id, GbsId gbs, NomenclatureCode subject, Rupiah cost, Region regency) {
    return TermsOfReference.builder()
        .id(id)
        .agency(DINAS)
        .fiscalYear(YEAR)
        .gbs(gbs)
        .subject(subject)
        .addLegalBasis("Inpres 9/2000", "Permendagri 15/2008", "Permendagri 67/2011")
        .location(regency.name())
        .implementer(agency().shortName() + " " + regency.name())
        .responsibleOfficial(Official.ofPosition("Kepala " + agency().shortName(), DINAS))
        .start(YearMonth.of(2025, 2))
        .end(YearMonth.of(2025, 11))
        .cost(cost);
  }

  /**
   * The rule set: the national catalogue plus the {@code philippines-gad} pack.
   *
   * @return the rules
   */
  public static RuleSet rules() {
    return PprgCatalogue.ruleSet().plus(PolicyPacks.named("philippines-gad"));
  }

  /**
   * Validates the plan with {@link #rules()} as of the day of the Rakor.
   *
   * @return the report
   */
  public static ValidationReport report() {
    return Validator.of(rules()).validate(plan(), RAKOR);
  }

  /**
   * The violations the report attributes to the DP2KBP3A, as the audit report's agency section
   * lists them.
   *
   * @param report the report
   * @return those findings, in report order
   */
  public static ImmutableList<Finding> agencyFindings(ValidationReport report) {
    return report.findings().stream()
        .filter(f -> f.outcome() == Outcome.VIOLATED && f.agency().equals(Optional.of(DINAS)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The ARG share of the plan's spending, in percent.
   *
   * @return the share, two decimals
   */
  public static BigDecimal argShare() {
    return ArgShare.percent(plan()).orElseThrow();
  }

  /**
   * The audit report in Indonesian Markdown.
   *
   * @return the whole report
   */
  public static String auditMarkdown() {
    return AuditReport.markdown(report(), plan(), Language.INDONESIAN);
  }

  /**
   * The lines of the audit report the demo prints: its title, its summary table and the section of
   * findings on the agency, without blank lines and trailing spaces (Markdown line breaks).
   *
   * @param markdown the whole report
   * @return those lines
   */
  public static ImmutableList<String> auditExcerpt(String markdown) {
    List<String> lines = List.of(markdown.split("\n", -1));
    List<String> excerpt = new ArrayList<>();
    excerpt.add(lines.get(0));
    boolean keep = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        keep = line.equals("## Ringkasan") || line.startsWith("## Perangkat daerah: ");
      }
      if (keep && !line.isBlank()) {
        excerpt.add(line.stripTrailing());
      }
    }
    return ImmutableList.copyOf(excerpt);
  }

  /**
   * Prints the scenario's section of the demo.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    String heading = "Scenario 5 — Kabupaten Paser, Rakor PUG (" + RAKOR + ")";
    out.println(heading);
    out.println("-".repeat(heading.length()));
    Agency agency = agency();
    out.println(
        "Seed 004: the deputy regent stressed women's part in the economy (many UMKM actors are"
            + " women) and protecting");
    out.println(
        "women from violence, above all at home, by mediation and legal assistance — every OPD's"
            + " task, not "
            + agency.shortName()
            + "'s alone.");
    out.println(
        "Agency "
            + agency.shortName()
            + " ("
            + agency.region()
            + ", pug's agency data, source "
            + agency.sources().stream()
                .map(s -> s.id().orElse(s.title()))
                .collect(Collectors.joining(", "))
            + ")"
            + (agency.nameConfirmed() ? "" : ": long name expanded from the acronym, unconfirmed")
            + ".");
    RegionalPprgPlan plan = plan();
    NomenclatureVersion nomenclature = nomenclature();
    out.println(
        "Illustrative "
            + YEAR
            + " lines (codes: "
            + nomenclature.id()
            + ", "
            + nomenclature.coverage().name().toLowerCase(Locale.ROOT)
            + "; amounts: S9's ceilings for these sub-kegiatan, region unknown):");
    for (BudgetLine line : plan.budgetLines()) {
      String name = line.name().orElse("");
      out.println(
          String.format(
              Locale.ROOT,
              "  %s %-52s %15s  %s",
              line.subActivity(),
              name.length() > 52 ? name.substring(0, 51) + "…" : name,
              line.amount(),
              line.argTag().map(t -> "ARG: " + t.category().indonesian()).orElse("not tagged")));
    }
    BigDecimal share = argShare();
    out.println(
        "ARG share of spending (ArgShare): "
            + share.toPlainString()
            + "% — ARG "
            + Rupiah.of(ArgShare.tagged(plan).longValueExact())
            + " of "
            + Rupiah.of(ArgShare.total(plan).longValueExact())
            + ", over these three illustrative lines only.");
    ValidationReport report = report();
    RuleRun philippines = report.run(PolicyPacks.PHILIPPINES_SHARE).orElseThrow();
    out.println(
        "The Philippines' ≥5% GAD share (pack philippines-gad, a comparison, not Indonesian law): "
            + (philippines.passed() > 0 ? "met" : philippines.violated() > 0 ? "not met" : "n/a")
            + ".");
    out.println(
        "Audit report after validating with "
            + report.ruleSetVersion()
            + " as of "
            + report.asOf()
            + " (AuditReport.markdown; summary, agency):");
    for (String line : auditExcerpt(AuditReport.markdown(report, plan, Language.INDONESIAN))) {
      out.println("  " + line);
    }
  }
}
