package id.pug.test.generate;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyNameCatalog;
import id.pug.core.agency.AgencyNameVariant;
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
import id.pug.core.law.Decree;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureEntry;
import id.pug.core.nomenclature.NomenclatureLevel;
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
import id.pug.core.region.GovernmentLevel;
import id.pug.core.region.Population;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import id.pug.core.region.RegionLevel;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Seeded generator of random, realistic and <b>valid</b> PPRG plans, for tests and benchmarks: the
 * same seed and options always give an equal plan, and the national catalogue ({@code
 * Validator.of(PprgCatalogue.ruleSet())}) finds no violation and no lack of data in it.
 *
 * <pre>{@code
 * RegionalPprgPlan plan = PlanGenerator.seeded(42).linesPerAgency(2_500).taggedShare(0.3).validPlan();
 * }</pre>
 *
 * <h2>What a plan holds</h2>
 *
 * <p>A kabupaten or kota of pug-core's region catalogue ({@link RegionCatalog#kalimantan()}); its
 * agencies; a Pokja PUG formed by decree of the head of region, chaired by the head of the planning
 * agency (urusan 5.01), with the head of the agency for women's empowerment (urusan 2.08) as
 * secretary, the heads of all agencies as members and a technical team; one focal point per agency,
 * each with a decree; a Forum PUSPA with members from the six sectors and a term that covers the
 * fiscal year; an RPJMD and, for each agency that holds budget lines, a Renstra and a Renja, each
 * analysed by a GAP; budget lines whose sub-kegiatan codes are taken from the nomenclature version
 * pug-core ships for the fiscal year ({@code NomenclatureCatalog.shipped().inEffect(year,
 * REGENCY_CITY)}), amounts in whole rupiah; ARG-tagged lines, each sub-kegiatan tagged with a
 * complete GAP (nine steps, gap factors, a gender indicator with a baseline and a target by sex), a
 * GBS (all components, allocation equal to its lines' total, objective equal to GAP step 6) and a
 * KAK (all contents, beneficiaries by sex, a schedule within the year, cost equal to its lines'
 * total, the agency's head as responsible official); a RAD PUG covering the four areas and a Pokja
 * work plan; evidence for the seven prerequisites.
 *
 * <h2>Facts and illustration</h2>
 *
 * <p>The region, its name and its population by sex come from the region catalogue (source S4); the
 * planning and women's-empowerment agencies are the region's own where pug-core's agency catalogue
 * records them, otherwise a name variant of pug-core's agency-name catalogue with its sources (name
 * marked unconfirmed for the region); the finance agency, the inspectorate, the research agency
 * (BRIDA) and the health and family-planning agency are variants of that catalogue too; agencies
 * for health, social affairs and community empowerment, where no variant fits, are composed from
 * the affair's name and urusan code in {@link AgencyRole} (marked unconfirmed and illustrative).
 * Codes and names of programmes, kegiatan and sub-kegiatan come from the nomenclature. Everything
 * else — texts, decree numbers ({@code contoh/…}), amounts, indicator values, schedules — is
 * illustrative: the texts say "contoh" and figures are random, never presented as facts.
 *
 * <h2>Scope and limits</h2>
 *
 * <p>pug-core ships nomenclature for urusan 2.08 and 2.14 only, so only agencies carrying one of
 * them hold budget lines ({@link #linesPerAgency(int)} lines each); the other agencies take part
 * through the Pokja, focal points and a GAP of their own. Only kabupaten and kota are generated:
 * the province list pug-core ships holds kegiatan only, so no sub-kegiatan of a province could be
 * confirmed. Fiscal years start in 2021, the first year a kabupaten/kota list is in effect.
 *
 * <h2>Layout (what {@link Mutation}s rely on)</h2>
 *
 * <ul>
 *   <li>{@code agencies}: {@link #PLANNING}, {@link #WOMEN_EMPOWERMENT}, then (with 3 agencies or
 *       more) {@link #FINANCE}, (with 4 or more) {@link #INSPECTORATE}, then other agencies;
 *   <li>{@code budgetLines[0..3]}: lines of {@link #WOMEN_EMPOWERMENT}: [0] tagged {@link
 *       ArgCategory#INSTITUTIONALISATION} on a sub-kegiatan of kegiatan 2.08.02.2.01, [1] tagged
 *       {@link ArgCategory#EQUALITY}, [2] tagged {@link ArgCategory#SPECIFIC_TARGET} (its KAK
 *       states beneficiaries "by sex" without naming a sex, its tag names the target group), [3]
 *       untagged; each on its own sub-kegiatan, which no other line uses;
 *   <li>{@code genderAnalyses[i]}, {@code budgetStatements[i]} and {@code termsOfReference[i]}
 *       belong to the tagged line {@code budgetLines[i]}, for i = 0, 1, 2;
 *   <li>{@code planningDocuments}: [0] the RPJMD, [1] the Renstra and [2] the Renja of {@link
 *       #WOMEN_EMPOWERMENT};
 *   <li>{@code actionPlans}: [0] the RAD PUG (first action: area legislation), [1] the Pokja work
 *       plan.
 * </ul>
 *
 * <p>Immutable and thread-safe: option methods return a new generator.
 */
public final class PlanGenerator {
  /** The fewest agencies a plan can have: the planning and the women's-empowerment agency. */
  public static final int MIN_AGENCIES = 2;

  /** The most agencies a plan can have, whatever the seed. */
  public static final int MAX_AGENCIES = 6;

  /** The fewest budget lines per line-holding agency: the four anchor lines of the layout. */
  public static final int MIN_LINES_PER_AGENCY = 4;

  /** The first fiscal year in which a kabupaten/kota nomenclature shipped by pug-core applies. */
  public static final Year FIRST_FISCAL_YEAR = Year.of(2021);

  /** The planning agency (Bappeda, Bapperida …, urusan 5.01). */
  public static final AgencyId PLANNING = AgencyId.of("perencanaan");

  /** The agency for women's empowerment and child protection (urusan 2.08). */
  public static final AgencyId WOMEN_EMPOWERMENT = AgencyId.of("pppa");

  /** The finance agency (BPKAD), present with three agencies or more. */
  public static final AgencyId FINANCE = AgencyId.of("keuangan");

  /** The inspectorate, present with four agencies or more. */
  public static final AgencyId INSPECTORATE = AgencyId.of("inspektorat");

  /** The kegiatan whose lines are institutionalisation (the default of PPRG-ARG-005). */
  static final NomenclatureCode INSTITUTIONALISATION_ACTIVITY =
      NomenclatureCode.parse("2.08.02.2.01");

  private static final NomenclatureCode URUSAN_2_08 = NomenclatureCode.parse("2.08");
  private static final NomenclatureCode URUSAN_2_14 = NomenclatureCode.parse("2.14");
  private static final int LAST_DEFAULT_YEAR = 2026;

  private static final ImmutableList<Region> REGIONS =
      RegionCatalog.kalimantan().all().stream()
          .filter(r -> r.level() != RegionLevel.PROVINCE)
          .collect(ImmutableList.toImmutableList());

  private final long seed;
  private final @Nullable Integer agencies;
  private final @Nullable Integer linesPerAgency;
  private final @Nullable Double taggedShare;
  private final @Nullable Year fiscalYear;
  private final @Nullable RegionCode region;

  private PlanGenerator(
      long seed,
      @Nullable Integer agencies,
      @Nullable Integer linesPerAgency,
      @Nullable Double taggedShare,
      @Nullable Year fiscalYear,
      @Nullable RegionCode region) {
    this.seed = seed;
    this.agencies = agencies;
    this.linesPerAgency = linesPerAgency;
    this.taggedShare = taggedShare;
    this.fiscalYear = fiscalYear;
    this.region = region;
  }

  /**
   * A generator for a seed, with every option drawn from the seed: a kabupaten or kota of
   * Kalimantan, a fiscal year from 2021 to 2026, 4 to 6 agencies, 6 to 16 lines per line-holding
   * agency and a tagged share from 0.2 to 0.6. Setting one option leaves the others as drawn.
   *
   * @param seed the seed
   * @return the generator
   */
  public static PlanGenerator seeded(long seed) {
    return new PlanGenerator(seed, null, null, null, null, null);
  }

  /**
   * The same generator with a number of agencies.
   *
   * @param count from {@link #MIN_AGENCIES} to {@link #MAX_AGENCIES}
   * @return the new generator
   * @throws IllegalArgumentException if the count is out of range
   */
  public PlanGenerator agencies(int count) {
    if (count < MIN_AGENCIES || count > MAX_AGENCIES) {
      throw new IllegalArgumentException(
          "agencies must be from " + MIN_AGENCIES + " to " + MAX_AGENCIES + ", not " + count);
    }
    return new PlanGenerator(seed, count, linesPerAgency, taggedShare, fiscalYear, region);
  }

  /**
   * The same generator with a number of budget lines for each agency that holds lines (those
   * carrying urusan 2.08 or 2.14).
   *
   * @param count at least {@link #MIN_LINES_PER_AGENCY}
   * @return the new generator
   * @throws IllegalArgumentException if the count is too small
   */
  public PlanGenerator linesPerAgency(int count) {
    if (count < MIN_LINES_PER_AGENCY) {
      throw new IllegalArgumentException(
          "linesPerAgency must be at least " + MIN_LINES_PER_AGENCY + ", not " + count);
    }
    return new PlanGenerator(seed, agencies, count, taggedShare, fiscalYear, region);
  }

  /**
   * The same generator with a share of ARG-tagged lines among the lines other than the four anchor
   * lines of the layout (which are always three tagged and one untagged): each such line is tagged
   * with this probability.
   *
   * @param share from 0 to 1
   * @return the new generator
   * @throws IllegalArgumentException if the share is not from 0 to 1
   */
  public PlanGenerator taggedShare(double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("taggedShare must be from 0 to 1, not " + share);
    }
    return new PlanGenerator(seed, agencies, linesPerAgency, share, fiscalYear, region);
  }

  /**
   * The same generator with a fiscal year.
   *
   * @param year from {@link #FIRST_FISCAL_YEAR}
   * @return the new generator
   * @throws IllegalArgumentException if no kabupaten/kota nomenclature is in effect that year
   */
  public PlanGenerator fiscalYear(Year year) {
    Objects.requireNonNull(year, "year");
    if (NomenclatureCatalog.shipped().inEffect(year, GovernmentLevel.REGENCY_CITY).isEmpty()) {
      throw new IllegalArgumentException(
          "no kabupaten/kota nomenclature shipped by pug-core is in effect in "
              + year
              + "; choose "
              + FIRST_FISCAL_YEAR
              + " or later");
    }
    return new PlanGenerator(seed, agencies, linesPerAgency, taggedShare, year, region);
  }

  /**
   * The same generator with a region.
   *
   * @param code a kabupaten or kota of {@link RegionCatalog#kalimantan()}
   * @return the new generator
   * @throws IllegalArgumentException if the region is not a kabupaten or kota of that catalogue
   */
  public PlanGenerator region(RegionCode code) {
    Objects.requireNonNull(code, "code");
    if (REGIONS.stream().noneMatch(r -> r.code().equals(code))) {
      throw new IllegalArgumentException(
          "region must be a kabupaten or kota of RegionCatalog.kalimantan(), not " + code);
    }
    return new PlanGenerator(seed, agencies, linesPerAgency, taggedShare, fiscalYear, code);
  }

  /**
   * The seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Generates the plan: the same seed and options always give an equal plan.
   *
   * @return a valid plan, laid out as the class description says
   */
  public RegionalPprgPlan validPlan() {
    SplittableRandom random = new SplittableRandom(seed);
    // The defaults are drawn first and always, so setting one option does not change the others.
    Region drawnRegion = REGIONS.get(random.nextInt(REGIONS.size()));
    Year drawnYear = Year.of(random.nextInt(FIRST_FISCAL_YEAR.getValue(), LAST_DEFAULT_YEAR + 1));
    int drawnAgencies = random.nextInt(4, MAX_AGENCIES + 1);
    int drawnLines = random.nextInt(6, 17);
    double drawnShare = random.nextInt(20, 61) / 100.0;
    Region chosen =
        region == null
            ? drawnRegion
            : RegionCatalog.kalimantan().get(Objects.requireNonNull(region));
    return new Build(
            random.split(),
            chosen,
            fiscalYear == null ? drawnYear : fiscalYear,
            agencies == null ? drawnAgencies : agencies,
            linesPerAgency == null ? drawnLines : linesPerAgency,
            taggedShare == null ? drawnShare : taggedShare)
        .plan();
  }

  /**
   * The catalogue of single mutations: at least one for every rule of the national catalogue that
   * runs by default, each breaking that rule on a plan of this generator.
   *
   * @return the mutations, in rule order
   */
  public static ImmutableList<Mutation> mutations() {
    return Mutations.ALL;
  }

  /**
   * The seed and the options set.
   *
   * @return for example {@code "PlanGenerator[seed 7, agencies 5]"}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("PlanGenerator[seed ").append(seed);
    if (region != null) {
      text.append(", region ").append(region);
    }
    if (fiscalYear != null) {
      text.append(", fiscal year ").append(fiscalYear);
    }
    if (agencies != null) {
      text.append(", agencies ").append(agencies);
    }
    if (linesPerAgency != null) {
      text.append(", lines per agency ").append(linesPerAgency);
    }
    if (taggedShare != null) {
      text.append(", tagged share ").append(taggedShare);
    }
    return text.append(']').toString();
  }

  // ----------------------------------------------------------------------------------------------
  // Generation
  // ----------------------------------------------------------------------------------------------

  private static final String NOT_DATA = "angka contoh, bukan data";

  private static final ImmutableSortedMap<GapFactor, String> GAP_FACTORS =
      ImmutableSortedMap.of(
          GapFactor.ACCESS,
          "Contoh: akses perempuan pada informasi kegiatan lebih terbatas daripada laki-laki",
          GapFactor.PARTICIPATION,
          "Contoh: partisipasi perempuan dalam perencanaan kegiatan masih rendah",
          GapFactor.CONTROL,
          "Contoh: kontrol perempuan atas keputusan pelaksanaan kegiatan terbatas",
          GapFactor.BENEFIT,
          "Contoh: manfaat kegiatan belum tercatat terpilah menurut jenis kelamin");

  private static final String INTERNAL_CAUSES =
      "Contoh sebab internal: pemahaman pelaksana kegiatan tentang PPRG belum merata";
  private static final String EXTERNAL_CAUSES =
      "Contoh sebab eksternal: norma sosial membatasi keterlibatan perempuan dalam kegiatan";

  private static final ImmutableList<String> LEGAL_BASIS =
      ImmutableList.of("Inpres 9/2000", "Permendagri 15/2008", "Permendagri 67/2011");

  /** A tagged sub-kegiatan of an agency: its lines share one GAP, GBS and KAK. */
  private static final class Group {
    final AgencyId agency;
    final NomenclatureCode code;
    final ArgCategory category;
    final GapId gap;
    final GbsId gbs;
    final KakId kak;
    final ArgTag tag;
    long total;

    Group(AgencyId agency, NomenclatureCode code, ArgCategory category, Year year) {
      this.agency = agency;
      this.code = code;
      this.category = category;
      String key = agency.value() + "-" + year + "-" + code.format();
      this.gap = GapId.of("gap-" + key);
      this.gbs = GbsId.of("gbs-" + key);
      this.kak = KakId.of("kak-" + key);
      ArgTag.Builder tag = ArgTag.builder().category(category).gap(gap).gbs(gbs).kak(kak);
      if (category == ArgCategory.SPECIFIC_TARGET) {
        tag.targetGroup("Contoh kelompok sasaran: perempuan kepala keluarga");
      } else if (category == ArgCategory.EQUALITY) {
        tag.genderGap(
            "Contoh kesenjangan: partisipasi perempuan dalam kegiatan lebih rendah daripada"
                + " laki-laki");
      }
      this.tag = tag.build();
    }
  }

  /** An agency that holds budget lines and the sub-kegiatan codes it may use. */
  private record Holder(AgencyId id, Agency agency, ImmutableList<NomenclatureCode> codes) {}

  /** One generation: the random source and everything drawn so far. */
  private static final class Build {
    private final SplittableRandom random;
    private final Region region;
    private final Year year;
    private final int agencyCount;
    private final int lines;
    private final double share;
    private final NomenclatureVersion version;
    private final String population;
    private final Location location;
    private final YearRange period;
    private final Map<AgencyId, Agency> agencies = new LinkedHashMap<>();
    private final Map<NomenclatureCode, PerformanceIndicator> indicators = new HashMap<>();
    private final Map<NomenclatureCode, ImmutableSortedMap<GapStep, String>> steps =
        new HashMap<>();
    private final List<BudgetLine> budgetLines = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<GenderAnalysisPathway> otherGaps = new ArrayList<>();

    Build(
        SplittableRandom random, Region region, Year year, int agencies, int lines, double share) {
      this.random = random;
      this.region = region;
      this.year = year;
      this.agencyCount = agencies;
      this.lines = lines;
      this.share = share;
      this.version =
          NomenclatureCatalog.shipped()
              .inEffect(year, GovernmentLevel.REGENCY_CITY)
              .orElseThrow(
                  () -> new IllegalArgumentException("no kab/kota nomenclature in " + year));
      Population people =
          region
              .population()
              .orElseThrow(() -> new IllegalStateException("no population for " + region.code()));
      this.population =
          "Penduduk "
              + region.name()
              + ": "
              + grouped(people.female())
              + " perempuan dan "
              + grouped(people.male())
              + " laki-laki (katalog wilayah pug-core, sumber S4)";
      this.location = Location.builder().region(region.code()).build();
      int start = year.getValue() - random.nextInt(5);
      this.period = YearRange.of(Year.of(start), Year.of(start + 4));
    }

    RegionalPprgPlan plan() {
      chooseAgencies();
      List<Holder> holders = holders();
      Map<AgencyId, List<NomenclatureCode>> used = new LinkedHashMap<>();
      for (Holder holder : holders) {
        used.put(holder.id(), linesOf(holder));
      }
      List<PlanningDocument> documents = documents(holders, used);
      otherGaps(holders, used);
      List<GenderAnalysisPathway> gaps = new ArrayList<>();
      List<GenderBudgetStatement> statements = new ArrayList<>();
      List<TermsOfReference> kaks = new ArrayList<>();
      for (Group group : groups) {
        gaps.add(gap(group));
        statements.add(gbs(group));
        kaks.add(kak(group));
      }
      gaps.addAll(otherGaps);
      RegionalPprgPlan.Builder plan = RegionalPprgPlan.builder();
      plan.region(region.code())
          .fiscalYear(year)
          .putAllAgencies(agencies)
          .pokja(pokja())
          .addAllFocalPoints(
              agencies.keySet().stream()
                  .map(this::focalPoint)
                  .collect(ImmutableList.toImmutableList()))
          .forumPuspa(forum())
          .addAllPlanningDocuments(documents)
          .addAllBudgetLines(budgetLines)
          .addAllGenderAnalyses(gaps)
          .addAllBudgetStatements(statements)
          .addAllTermsOfReference(kaks)
          .addActionPlans(radPug(), workPlan())
          .assessment(assessment());
      return plan.build();
    }

    // --------------------------------------------------------------------------------------------
    // Agencies
    // --------------------------------------------------------------------------------------------

    private void chooseAgencies() {
      AgencyNameCatalog names = AgencyNameCatalog.shipped();
      Agency planning =
          recorded(AgencyRole.PLANNING)
              .orElseGet(() -> fromVariant(pick(variants(names, AgencyRole.PLANNING))));
      Agency women =
          recorded(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION)
              .orElseGet(
                  () ->
                      fromVariant(
                          pick(variants(names, AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION))));
      agencies.put(PLANNING, planning);
      agencies.put(WOMEN_EMPOWERMENT, women);
      if (agencyCount >= 3) {
        agencies.put(FINANCE, fromVariant(variant(names, "bpkad")));
      }
      if (agencyCount >= 4) {
        agencies.put(INSPECTORATE, fromVariant(variant(names, "inspektorat")));
      }
      Map<AgencyId, Agency> extras = new LinkedHashMap<>();
      if (!planning.hasRole(AgencyRole.RESEARCH_INNOVATION)) {
        extras.put(AgencyId.of("riset-inovasi"), fromVariant(variant(names, "brida")));
      }
      if (!women.hasRole(AgencyRole.POPULATION_FAMILY_PLANNING)) {
        extras.put(AgencyId.of("kesehatan-ppkb"), fromVariant(variant(names, "kesehatan-ppkb")));
      }
      for (AgencyRole role :
          List.of(AgencyRole.HEALTH, AgencyRole.SOCIAL, AgencyRole.COMMUNITY_VILLAGE_EMPOWERMENT)) {
        boolean carried =
            planning.hasRole(role)
                || women.hasRole(role)
                || extras.values().stream().anyMatch(a -> a.hasRole(role));
        if (!carried) {
          extras.put(AgencyId.of(Objects.requireNonNull(EXTRA_IDS.get(role))), composed(role));
        }
      }
      int missing = agencyCount - agencies.size();
      if (missing > extras.size()) {
        throw new IllegalStateException(
            "only " + (agencies.size() + extras.size()) + " agencies available for " + region);
      }
      extras.entrySet().stream()
          .limit(Math.max(0, missing))
          .forEach(e -> agencies.put(e.getKey(), e.getValue()));
    }

    private static final ImmutableMap<AgencyRole, String> EXTRA_IDS =
        ImmutableMap.of(
            AgencyRole.HEALTH, "kesehatan",
            AgencyRole.SOCIAL, "sosial",
            AgencyRole.COMMUNITY_VILLAGE_EMPOWERMENT, "pmd");

    /** The region's own agency in pug-core's agency catalogue, if it records one. */
    private Optional<Agency> recorded(AgencyRole role) {
      return AgencyCatalog.kalimantan().in(region.code(), role).stream().findFirst();
    }

    private static ImmutableList<AgencyNameVariant> variants(
        AgencyNameCatalog names, AgencyRole role) {
      return names.variants().stream()
          .filter(v -> v.roles().contains(role))
          .collect(ImmutableList.toImmutableList());
    }

    private static AgencyNameVariant variant(AgencyNameCatalog names, String id) {
      return names.variants().stream()
          .filter(v -> v.id().equals(id))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no agency-name variant " + id));
    }

    private Agency fromVariant(AgencyNameVariant variant) {
      Agency.Builder agency =
          Agency.builder()
              .name(variant.longName())
              .region(region.code())
              .addAllUrusan(variant.urusan())
              .addAllDeclaredRoles(variant.declaredRoles())
              .nameConfirmed(false)
              .addNote(
                  "generic name of the agency-name variant "
                      + variant.id()
                      + "; this region's own name for the agency is not in pug's sources"
                      + " (illustrative plan generated by pug-test)")
              .addAllSources(variant.sources());
      if (!variant.acronyms().isEmpty()) {
        agency.acronym(variant.acronyms().get(0));
      }
      return agency.build();
    }

    private Agency composed(AgencyRole role) {
      NomenclatureCode urusan = role.urusan().orElseThrow();
      return Agency.builder()
          .name("Dinas " + titleCase(role.indonesian()))
          .region(region.code())
          .addUrusan(urusan)
          .nameConfirmed(false)
          .addNote(
              "illustrative agency composed by pug-test from the name of urusan "
                  + urusan
                  + "; this region's own agency for it is not in pug's sources")
          .build();
    }

    private static String titleCase(String words) {
      StringBuilder out = new StringBuilder();
      for (String word : Splitter.on(' ').split(words)) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(
            word.equals("dan")
                ? word
                : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
      }
      return out.toString();
    }

    private Official head(AgencyId id) {
      Agency agency = agencies.get(id);
      String position =
          agency != null && agency.hasRole(AgencyRole.INSPECTORATE)
              ? "Inspektur"
              : "Kepala " + (agency == null ? id.value() : agency.name());
      return Official.ofPosition(position, id);
    }

    private String shortName(AgencyId id) {
      Agency agency = agencies.get(id);
      return agency == null ? id.value() : agency.shortName();
    }

    /** The agencies that carry urusan 2.08 or 2.14, with the codes each owns. */
    private List<Holder> holders() {
      Map<NomenclatureCode, AgencyId> owners = new LinkedHashMap<>();
      for (Map.Entry<AgencyId, Agency> entry : agencies.entrySet()) {
        for (NomenclatureCode urusan : List.of(URUSAN_2_08, URUSAN_2_14)) {
          if (entry.getValue().urusan().contains(urusan)
              && version.bidangUrusan().contains(urusan)) {
            owners.putIfAbsent(urusan, entry.getKey());
          }
        }
      }
      List<Holder> holders = new ArrayList<>();
      for (Map.Entry<AgencyId, Agency> entry : agencies.entrySet()) {
        ImmutableList<NomenclatureCode> codes =
            version.entriesAt(NomenclatureLevel.SUB_KEGIATAN).stream()
                .map(NomenclatureEntry::code)
                .filter(
                    c ->
                        c.bidangUrusan()
                            .map(b -> Objects.equals(owners.get(b), entry.getKey()))
                            .orElse(false))
                .collect(ImmutableList.toImmutableList());
        if (!codes.isEmpty()) {
          holders.add(new Holder(entry.getKey(), entry.getValue(), codes));
        }
      }
      if (holders.isEmpty() || !holders.get(0).id().equals(WOMEN_EMPOWERMENT)) {
        throw new IllegalStateException("the agency for urusan 2.08 holds no codes in " + version);
      }
      return holders;
    }

    // --------------------------------------------------------------------------------------------
    // Budget lines and their instruments
    // --------------------------------------------------------------------------------------------

    /** Generates a holder's lines; returns the codes it used, in order of first use. */
    private List<NomenclatureCode> linesOf(Holder holder) {
      List<NomenclatureCode> supporting = new ArrayList<>();
      List<NomenclatureCode> substantive = new ArrayList<>();
      for (NomenclatureCode code : holder.codes()) {
        (isSupporting(code) ? supporting : substantive).add(code);
      }
      List<NomenclatureCode> used = new ArrayList<>();
      Map<NomenclatureCode, Group> groupOf = new HashMap<>();
      int made = 0;
      if (holder.id().equals(WOMEN_EMPOWERMENT)) {
        List<NomenclatureCode> institutionalisation =
            substantive.stream().filter(INSTITUTIONALISATION_ACTIVITY::isAncestorOf).toList();
        List<NomenclatureCode> others =
            new ArrayList<>(
                substantive.stream()
                    .filter(c -> c.bidangUrusan().equals(Optional.of(URUSAN_2_08)))
                    .filter(c -> !INSTITUTIONALISATION_ACTIVITY.isAncestorOf(c))
                    .toList());
        List<NomenclatureCode> support2_08 =
            supporting.stream()
                .filter(c -> c.bidangUrusan().equals(Optional.of(URUSAN_2_08)))
                .toList();
        if (institutionalisation.isEmpty() || others.size() < 2 || support2_08.isEmpty()) {
          throw new IllegalStateException("too few 2.08 codes for the anchor lines in " + version);
        }
        NomenclatureCode a0 = pick(institutionalisation);
        NomenclatureCode a1 = others.remove(random.nextInt(others.size()));
        NomenclatureCode a2 = others.remove(random.nextInt(others.size()));
        NomenclatureCode a3 = pick(support2_08);
        line(holder, made++, a0, group(holder.id(), a0, ArgCategory.INSTITUTIONALISATION), used);
        line(holder, made++, a1, group(holder.id(), a1, ArgCategory.EQUALITY), used);
        line(holder, made++, a2, group(holder.id(), a2, ArgCategory.SPECIFIC_TARGET), used);
        line(holder, made++, a3, null, used);
        substantive.remove(a0);
        substantive.remove(a1);
        substantive.remove(a2);
      }
      // Half of the other substantive codes are tagged, half are not; supporting ones never are.
      shuffle(substantive);
      int half = Math.max(1, substantive.size() / 2);
      List<NomenclatureCode> tagged = substantive.subList(0, Math.min(half, substantive.size()));
      List<NomenclatureCode> untagged = new ArrayList<>(supporting);
      untagged.addAll(substantive.subList(tagged.size(), substantive.size()));
      for (; made < lines; made++) {
        boolean tag = !tagged.isEmpty() && (untagged.isEmpty() || random.nextDouble() < share);
        NomenclatureCode code = pick(tag ? tagged : untagged);
        Group group = null;
        if (tag) {
          group = groupOf.get(code);
          if (group == null) {
            ArgCategory category =
                INSTITUTIONALISATION_ACTIVITY.isAncestorOf(code)
                    ? ArgCategory.INSTITUTIONALISATION
                    : random.nextBoolean() ? ArgCategory.EQUALITY : ArgCategory.SPECIFIC_TARGET;
            group = group(holder.id(), code, category);
            groupOf.put(code, group);
          }
        }
        line(holder, made, code, group, used);
      }
      return used;
    }

    private Group group(AgencyId agency, NomenclatureCode code, ArgCategory category) {
      Group group = new Group(agency, code, category, year);
      groups.add(group);
      return group;
    }

    private void line(
        Holder holder,
        int index,
        NomenclatureCode code,
        @Nullable Group group,
        List<NomenclatureCode> used) {
      long amount = 1_000L * random.nextLong(5_000L, 2_000_000L);
      BudgetLine.Builder line =
          BudgetLine.builder()
              .id(
                  BudgetLineId.of(
                      holder.id().value()
                          + "-"
                          + year
                          + "-"
                          + String.format(Locale.ROOT, "%04d", index + 1)))
              .fiscalYear(year)
              .agency(holder.id())
              .subActivity(code)
              .name(version.nameOf(code).orElse("Sub kegiatan " + code))
              .amount(Rupiah.of(amount))
              .addLocation(location)
              .outputIndicator(indicator(code));
      if (group != null) {
        line.argTag(group.tag);
        group.total += amount;
      }
      budgetLines.add(line.build());
      if (!used.contains(code)) {
        used.add(code);
      }
    }

    /** The output indicator of a sub-kegiatan, shared by its lines and instruments. */
    private PerformanceIndicator indicator(NomenclatureCode code) {
      PerformanceIndicator indicator = indicators.get(code);
      if (indicator == null) {
        int female = random.nextInt(20, 400);
        int male = random.nextInt(20, 400);
        indicator =
            PerformanceIndicator.builder()
                .name(
                    "Contoh indikator: jumlah penerima manfaat "
                        + levelName(code)
                        + " "
                        + code
                        + " menurut jenis kelamin")
                .unit("Orang")
                .level(IndicatorLevel.OUTPUT)
                .sexDisaggregated(true)
                .baseline(bySex(year.minusYears(1), female, male))
                .addTarget(
                    bySex(year, female + random.nextInt(1, 100), male + random.nextInt(1, 100)))
                .build();
        indicators.put(code, indicator);
      }
      return indicator;
    }

    private static IndicatorValue bySex(Year year, int female, int male) {
      return IndicatorValue.builder()
          .year(year)
          .female(BigDecimal.valueOf(female))
          .male(BigDecimal.valueOf(male))
          .text(NOT_DATA)
          .build();
    }

    private String nameOf(NomenclatureCode code) {
      return version.nameOf(code).orElse(code.toString());
    }

    private String reformulated(NomenclatureCode code) {
      return "Contoh reformulasi tujuan: terlaksananya "
          + nameOf(code)
          + " yang menjangkau perempuan dan laki-laki secara setara";
    }

    /** The nine steps of the GAP on a code, shared by the agencies' GAPs on that code. */
    private ImmutableSortedMap<GapStep, String> steps(NomenclatureCode code) {
      ImmutableSortedMap<GapStep, String> cached = steps.get(code);
      if (cached != null) {
        return cached;
      }
      String name = nameOf(code);
      ImmutableSortedMap<GapStep, String> made =
          ImmutableSortedMap.<GapStep, String>naturalOrder()
              .put(
                  GapStep.POLICY_SELECTION,
                  titleCase(levelName(code))
                      + " "
                      + code
                      + " "
                      + name
                      + ". Tujuan semula (contoh): terlaksananya "
                      + name)
              .put(
                  GapStep.INSIGHT_DATA,
                  population
                      + ". Contoh: data peserta kegiatan tahun sebelumnya terpilah menurut jenis"
                      + " kelamin")
              .put(
                  GapStep.GAP_FACTORS,
                  "Contoh: kesenjangan pada akses, partisipasi, kontrol dan manfaat (lihat faktor"
                      + " kesenjangan)")
              .put(GapStep.INTERNAL_CAUSES, INTERNAL_CAUSES)
              .put(GapStep.EXTERNAL_CAUSES, EXTERNAL_CAUSES)
              .put(GapStep.REFORMULATED_OBJECTIVE, reformulated(code))
              .put(
                  GapStep.ACTION_PLAN,
                  "Contoh rencana aksi: pelibatan perempuan dan laki-laki secara setara dalam "
                      + name)
              .put(
                  GapStep.BASELINE,
                  "Contoh data dasar: jumlah penerima manfaat perempuan dan laki-laki tahun "
                      + year.minusYears(1)
                      + " ("
                      + NOT_DATA
                      + ")")
              .put(
                  GapStep.GENDER_INDICATORS,
                  "Contoh indikator gender: jumlah penerima manfaat perempuan dan laki-laki")
              .build();
      steps.put(code, made);
      return made;
    }

    private GenderAnalysisPathway.Builder gapOn(
        GapId id, AgencyId agency, NomenclatureCode code, @Nullable PlanningDocumentId document) {
      GenderAnalysisPathway.Builder gap =
          GenderAnalysisPathway.builder()
              .id(id)
              .agency(agency)
              .fiscalYear(year)
              .subject(code)
              .steps(steps(code))
              .gapFactors(GAP_FACTORS)
              .addGenderIndicator(indicator(code));
      if (document != null) {
        gap.planningDocument(document);
      }
      return gap;
    }

    private GenderAnalysisPathway gap(Group group) {
      return gapOn(group.gap, group.agency, group.code, renjaId(group.agency)).build();
    }

    private GenderBudgetStatement gbs(Group group) {
      NomenclatureCode activity = group.code.parent().orElseThrow();
      return GenderBudgetStatement.builder()
          .id(group.gbs)
          .agency(group.agency)
          .fiscalYear(year)
          .format(GbsFormat.REGIONAL)
          .gap(group.gap)
          .programme(activity.parent().orElseThrow())
          .activity(activity)
          .subActivity(group.code)
          .objective(reformulated(group.code))
          .situationAnalysis(
              SituationAnalysis.builder()
                  .addInsightData(population)
                  .addInsightData(
                      "Contoh: data peserta kegiatan tahun sebelumnya terpilah menurut jenis"
                          + " kelamin")
                  .gapFactors(GAP_FACTORS)
                  .internalCauses(INTERNAL_CAUSES)
                  .externalCauses(EXTERNAL_CAUSES)
                  .build())
          .addAchievementIndicator(indicator(group.code))
          .addActionPlan(
              GbsAction.builder()
                  .description(
                      "Contoh aksi: pelibatan perempuan dan laki-laki secara setara dalam "
                          + nameOf(group.code))
                  .input("Contoh masukan: anggaran sub kegiatan, narasumber dan data terpilah")
                  .output(
                      "Contoh keluaran: kegiatan terlaksana dengan peserta perempuan dan laki-laki")
                  .outcome(
                      "Contoh hasil: manfaat kegiatan diterima perempuan dan laki-laki secara setara")
                  .build())
          .budget(Rupiah.of(group.total))
          .expectedImpact(
              "Contoh dampak: berkurangnya kesenjangan gender pada penerima manfaat sub kegiatan "
                  + group.code)
          .build();
    }

    private TermsOfReference kak(Group group) {
      int start = random.nextInt(1, 7);
      int end = random.nextInt(start, 13);
      String beneficiaries =
          group.category == ArgCategory.SPECIFIC_TARGET
              ? "Contoh penerima manfaat: kelompok sasaran, dicatat terpilah menurut jenis kelamin"
              : "Contoh penerima manfaat: perempuan dan laki-laki di " + region.name();
      return TermsOfReference.builder()
          .id(group.kak)
          .agency(group.agency)
          .fiscalYear(year)
          .gbs(group.gbs)
          .subject(group.code)
          .addIndicator(indicator(group.code))
          .addAllLegalBasis(LEGAL_BASIS)
          .background(
              "Contoh latar belakang: analisis situasi GBS sub kegiatan "
                  + group.code
                  + " menunjukkan kesenjangan gender pada penerima manfaat")
          .beneficiaries(beneficiaries)
          .purpose(reformulated(group.code))
          .method("Contoh cara pelaksanaan: swakelola oleh " + shortName(group.agency))
          .location(region.name())
          .implementer(shortName(group.agency))
          .responsibleOfficial(head(group.agency))
          .limits("Contoh batasan: kegiatan di " + region.name() + " pada tahun anggaran " + year)
          .start(YearMonth.of(year.getValue(), start))
          .end(YearMonth.of(year.getValue(), end))
          .cost(Rupiah.of(group.total))
          .build();
    }

    // --------------------------------------------------------------------------------------------
    // Planning documents and the GAPs that analyse them
    // --------------------------------------------------------------------------------------------

    private static final PlanningDocumentId RPJMD = PlanningDocumentId.of("rpjmd");

    private PlanningDocumentId renstraId(AgencyId agency) {
      return PlanningDocumentId.of("renstra-" + agency.value());
    }

    private PlanningDocumentId renjaId(AgencyId agency) {
      return PlanningDocumentId.of("renja-" + agency.value() + "-" + year);
    }

    private List<PlanningDocument> documents(
        List<Holder> holders, Map<AgencyId, List<NomenclatureCode>> used) {
      List<PlanningDocument> documents = new ArrayList<>();
      List<NomenclatureCode> all = new ArrayList<>();
      used.values().forEach(all::addAll);
      documents.add(
          PlanningDocument.builder()
              .id(RPJMD)
              .kind(PlanningDocumentKind.RPJMD)
              .region(region.code())
              .period(period)
              .title("Contoh RPJMD " + region.name() + " " + period)
              .addAllProgrammes(structure(all, 1))
              .build());
      for (Holder holder : holders) {
        List<NomenclatureCode> codes = used.getOrDefault(holder.id(), List.of());
        documents.add(
            PlanningDocument.builder()
                .id(renstraId(holder.id()))
                .kind(PlanningDocumentKind.RENSTRA_PD)
                .region(region.code())
                .agency(holder.id())
                .period(period)
                .title("Contoh Renstra " + holder.agency().shortName() + " " + period)
                .addAllProgrammes(structure(codes, 2))
                .build());
        documents.add(
            PlanningDocument.builder()
                .id(renjaId(holder.id()))
                .kind(PlanningDocumentKind.RENJA_PD)
                .region(region.code())
                .agency(holder.id())
                .period(YearRange.of(year))
                .title("Contoh Renja " + holder.agency().shortName() + " " + year)
                .addAllProgrammes(structure(codes, 3))
                .build());
      }
      return documents;
    }

    /**
     * The programmes of some sub-kegiatan codes, down to a depth: 1 programmes, 2 with kegiatan, 3
     * with sub-kegiatan. Names come from the nomenclature where it holds them.
     */
    private List<Programme> structure(List<NomenclatureCode> codes, int depth) {
      Map<NomenclatureCode, Map<NomenclatureCode, List<NomenclatureCode>>> tree = new TreeMap<>();
      for (NomenclatureCode code : codes) {
        NomenclatureCode activity = code.parent().orElseThrow();
        NomenclatureCode programme = activity.parent().orElseThrow();
        List<NomenclatureCode> subs =
            tree.computeIfAbsent(programme, p -> new TreeMap<>())
                .computeIfAbsent(activity, a -> new ArrayList<>());
        if (!subs.contains(code)) {
          subs.add(code);
        }
      }
      List<Programme> programmes = new ArrayList<>();
      for (var p : tree.entrySet()) {
        Programme.Builder programme = Programme.builder().code(p.getKey());
        version.nameOf(p.getKey()).ifPresent(programme::name);
        if (depth >= 2) {
          for (var a : p.getValue().entrySet()) {
            Activity.Builder activity = Activity.builder().code(a.getKey());
            version.nameOf(a.getKey()).ifPresent(activity::name);
            if (depth >= 3) {
              for (NomenclatureCode sub : a.getValue().stream().sorted().toList()) {
                SubActivity.Builder subActivity = SubActivity.builder().code(sub);
                version.nameOf(sub).ifPresent(subActivity::name);
                activity.addSubActivity(subActivity.addIndicator(indicator(sub)).build());
              }
            }
            programme.addActivity(activity.build());
          }
        }
        programmes.add(programme.build());
      }
      return programmes;
    }

    /**
     * The GAPs beyond the tagged lines': the planning agency's on the RPJMD, each holder's on its
     * Renstra (and on its Renja when it tagged nothing), and a GAP on a policy for every other
     * agency, so that every agency made one.
     */
    private void otherGaps(List<Holder> holders, Map<AgencyId, List<NomenclatureCode>> used) {
      NomenclatureCode firstCode = Objects.requireNonNull(used.get(WOMEN_EMPOWERMENT)).get(0);
      NomenclatureCode womenProgramme = firstCode.parent().orElseThrow().parent().orElseThrow();
      otherGaps.add(
          gapOn(GapId.of("gap-" + PLANNING + "-rpjmd"), PLANNING, womenProgramme, RPJMD).build());
      for (Holder holder : holders) {
        List<NomenclatureCode> codes = Objects.requireNonNull(used.get(holder.id()));
        NomenclatureCode code = codes.get(0);
        NomenclatureCode programme = code.parent().orElseThrow().parent().orElseThrow();
        otherGaps.add(
            gapOn(
                    GapId.of("gap-" + holder.id() + "-renstra"),
                    holder.id(),
                    programme,
                    renstraId(holder.id()))
                .build());
        boolean tagged = groups.stream().anyMatch(g -> g.agency.equals(holder.id()));
        if (!tagged) {
          otherGaps.add(
              gapOn(
                      GapId.of("gap-" + holder.id() + "-renja"),
                      holder.id(),
                      code,
                      renjaId(holder.id()))
                  .build());
        }
      }
      for (AgencyId agency : agencies.keySet()) {
        boolean hasGap =
            agency.equals(PLANNING) || holders.stream().anyMatch(h -> h.id().equals(agency));
        if (!hasGap) {
          otherGaps.add(policyGap(agency));
        }
      }
    }

    /** A GAP on a policy of an agency that holds no coded lines: no document, no code. */
    private GenderAnalysisPathway policyGap(AgencyId agency) {
      String name = shortName(agency);
      int female = random.nextInt(5, 60);
      int male = random.nextInt(5, 60);
      PerformanceIndicator indicator =
          PerformanceIndicator.builder()
              .name(
                  "Contoh indikator: jumlah aparatur "
                      + name
                      + " yang mengikuti pelatihan PPRG menurut jenis kelamin")
              .unit("Orang")
              .level(IndicatorLevel.OUTPUT)
              .sexDisaggregated(true)
              .baseline(bySex(year.minusYears(1), female, male))
              .addTarget(bySex(year, female + random.nextInt(1, 20), male + random.nextInt(1, 20)))
              .build();
      String policy = "kebijakan internal " + name + " tentang pelaksanaan PPRG";
      return GenderAnalysisPathway.builder()
          .id(GapId.of("gap-" + agency + "-kebijakan"))
          .agency(agency)
          .fiscalYear(year)
          .steps(
              ImmutableSortedMap.<GapStep, String>naturalOrder()
                  .put(
                      GapStep.POLICY_SELECTION,
                      "Kebijakan: contoh "
                          + policy
                          + ". Tujuan semula (contoh): tertibnya "
                          + policy)
                  .put(
                      GapStep.INSIGHT_DATA,
                      "Contoh: data aparatur " + name + " terpilah menurut jenis kelamin")
                  .put(
                      GapStep.GAP_FACTORS,
                      "Contoh: kesenjangan pada akses, partisipasi, kontrol dan manfaat (lihat"
                          + " faktor kesenjangan)")
                  .put(GapStep.INTERNAL_CAUSES, INTERNAL_CAUSES)
                  .put(GapStep.EXTERNAL_CAUSES, EXTERNAL_CAUSES)
                  .put(
                      GapStep.REFORMULATED_OBJECTIVE,
                      "Contoh reformulasi tujuan: "
                          + policy
                          + " yang memberi kesempatan setara bagi aparatur perempuan dan laki-laki")
                  .put(
                      GapStep.ACTION_PLAN,
                      "Contoh rencana aksi: pelatihan PPRG bagi aparatur perempuan dan laki-laki")
                  .put(
                      GapStep.BASELINE,
                      "Contoh data dasar: jumlah aparatur perempuan dan laki-laki terlatih tahun "
                          + year.minusYears(1)
                          + " ("
                          + NOT_DATA
                          + ")")
                  .put(
                      GapStep.GENDER_INDICATORS,
                      "Contoh indikator gender: jumlah aparatur perempuan dan laki-laki terlatih")
                  .build())
          .gapFactors(GAP_FACTORS)
          .addGenderIndicator(indicator)
          .build();
    }

    // --------------------------------------------------------------------------------------------
    // Institutions, action plans, evidence
    // --------------------------------------------------------------------------------------------

    private String headOfRegion() {
      String name = region.name();
      if (region.level() == RegionLevel.CITY) {
        return "Wali Kota " + name.replaceFirst("^Kota ", "");
      }
      return "Bupati " + name.replaceFirst("^Kabupaten ", "");
    }

    private PokjaPug pokja() {
      PokjaPug.Builder pokja =
          PokjaPug.builder()
              .region(region.code())
              .decree(
                  Decree.builder()
                      .number("contoh/pokja-pug/" + year)
                      .issuer(Decree.Issuer.HEAD_OF_REGION)
                      .signer(headOfRegion())
                      .title(
                          "Contoh: Pembentukan Kelompok Kerja Pengarusutamaan Gender "
                              + region.name())
                      .build())
              .chair(head(PLANNING))
              .secretary(head(WOMEN_EMPOWERMENT));
      for (AgencyId agency : agencies.keySet()) {
        pokja.addMember(head(agency));
      }
      for (AgencyId agency : List.of(PLANNING, WOMEN_EMPOWERMENT, FINANCE)) {
        if (agencies.containsKey(agency)) {
          pokja.addTechnicalTeam(
              Official.ofPosition(
                  "Anggota tim teknis analisis anggaran responsif gender (contoh)", agency));
        }
      }
      return pokja.build();
    }

    private FocalPoint focalPoint(AgencyId agency) {
      return FocalPoint.builder()
          .official(Official.ofPosition("Focal Point PUG", agency))
          .decree(
              Decree.builder()
                  .number("contoh/focal-point/" + agency + "/" + year)
                  .issuer(Decree.Issuer.HEAD_OF_AGENCY)
                  .title("Contoh: Penunjukan Focal Point Pengarusutamaan Gender")
                  .build())
          .build();
    }

    private ForumPuspa forum() {
      ForumPuspa.Builder forum =
          ForumPuspa.builder()
              .region(region.code())
              .name("Contoh Forum PUSPA " + region.name())
              .term(YearRange.of(year.minusYears(1), year.plusYears(1)));
      for (ForumSector sector : ForumSector.values()) {
        if (sector != ForumSector.OTHER) {
          forum.addMember(ForumMember.of("Contoh anggota dari " + sector.indonesian(), sector));
        }
      }
      return forum.build();
    }

    private PlannedAction action(
        String description, ActionArea area, AgencyId agency, String indicator) {
      int start = random.nextInt(1, 10);
      int end = random.nextInt(start, 13);
      return PlannedAction.builder()
          .description("Contoh aksi: " + description)
          .area(area)
          .responsibleAgency(agency)
          .start(YearMonth.of(year.getValue(), start))
          .end(YearMonth.of(year.getValue(), end))
          .addIndicator(
              PerformanceIndicator.builder()
                  .name("Contoh indikator: " + indicator)
                  .unit("Perangkat Daerah")
                  .level(IndicatorLevel.OUTCOME)
                  .addTarget(
                      IndicatorValue.builder().year(year).text("meningkat (target contoh)").build())
                  .build())
          .build();
    }

    private ActionPlan radPug() {
      return ActionPlan.builder()
          .id(ActionPlanId.of("rad-pug-" + period.start() + "-" + period.end()))
          .kind(ActionPlanKind.RAD_PUG)
          .region(region.code())
          .period(period)
          .title("Contoh Rencana Aksi Daerah PUG " + region.name() + " " + period)
          .addActions(
              action(
                  "penyusunan kebijakan daerah tentang pelaksanaan PUG",
                  ActionArea.LEGISLATION,
                  WOMEN_EMPOWERMENT,
                  "perangkat daerah yang melaksanakan kebijakan PUG"),
              action(
                  "integrasi GAP dan GBS ke dalam Renja dan RKA perangkat daerah",
                  ActionArea.DEVELOPMENT_CYCLE,
                  PLANNING,
                  "perangkat daerah yang menyusun GAP dan GBS"),
              action(
                  "penetapan focal point PUG di setiap perangkat daerah",
                  ActionArea.INSTITUTIONS,
                  WOMEN_EMPOWERMENT,
                  "perangkat daerah dengan focal point PUG aktif"),
              action(
                  "sosialisasi PUG bersama Forum PUSPA",
                  ActionArea.PUBLIC_PARTICIPATION,
                  WOMEN_EMPOWERMENT,
                  "perangkat daerah yang melibatkan masyarakat dalam PUG"))
          .build();
    }

    private ActionPlan workPlan() {
      return ActionPlan.builder()
          .id(ActionPlanId.of("rencana-kerja-pokja-pug-" + year))
          .kind(ActionPlanKind.POKJA_WORK_PLAN)
          .region(region.code())
          .period(YearRange.of(year))
          .title("Contoh Rencana Kerja Pokja PUG " + region.name() + " " + year)
          .addActions(
              action(
                  "rapat koordinasi Pokja PUG",
                  ActionArea.DEVELOPMENT_CYCLE,
                  PLANNING,
                  "perangkat daerah yang hadir dalam koordinasi Pokja PUG"),
              action(
                  "pendampingan penyusunan GAP dan GBS bagi focal point",
                  ActionArea.INSTITUTIONS,
                  WOMEN_EMPOWERMENT,
                  "perangkat daerah yang didampingi menyusun GAP dan GBS"))
          .build();
    }

    private PrerequisiteAssessment assessment() {
      ImmutableMap<Prerequisite, String> evidence =
          ImmutableMap.<Prerequisite, String>builder()
              .put(Prerequisite.COMMITMENT, "SK Pokja PUG contoh/pokja-pug/" + year)
              .put(Prerequisite.POLICY, "kebijakan daerah tentang pelaksanaan PUG")
              .put(Prerequisite.INSTITUTIONS, "SK focal point PUG di setiap perangkat daerah")
              .put(Prerequisite.RESOURCES, "anggaran pelembagaan PUG pada kegiatan 2.08.02.2.01")
              .put(Prerequisite.SEX_DISAGGREGATED_DATA, "data terpilah perangkat daerah")
              .put(Prerequisite.ANALYSIS_TOOLS, "GAP dan GBS sub kegiatan bertanda ARG")
              .put(Prerequisite.PUBLIC_PARTICIPATION, "keanggotaan Forum PUSPA")
              .buildOrThrow();
      PrerequisiteAssessment.Builder assessment =
          PrerequisiteAssessment.builder().region(region.code()).year(year);
      evidence.forEach(
          (prerequisite, text) ->
              assessment.addEvidence(
                  Evidence.builder()
                      .prerequisite(prerequisite)
                      .description("Contoh bukti: " + text)
                      .year(year)
                      .build()));
      return assessment.build();
    }

    // --------------------------------------------------------------------------------------------
    // Randomness and small helpers
    // --------------------------------------------------------------------------------------------

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }

    private <T> void shuffle(List<T> list) {
      for (int i = list.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        T swap = list.get(i);
        list.set(i, list.get(j));
        list.set(j, swap);
      }
    }
  }

  /** Whether a sub-kegiatan belongs to a supporting programme (X.XX.01, program penunjang). */
  static boolean isSupporting(NomenclatureCode code) {
    Optional<NomenclatureCode> up = Optional.of(code);
    while (up.isPresent() && up.get().level() != NomenclatureLevel.PROGRAM) {
      up = up.get().parent();
    }
    return up.map(p -> p.format().endsWith(".01")).orElse(false);
  }

  /** The Indonesian name of a code's level: program, kegiatan or sub kegiatan. */
  static String levelName(NomenclatureCode code) {
    return switch (code.level()) {
      case PROGRAM -> "program";
      case KEGIATAN -> "kegiatan";
      case SUB_KEGIATAN -> "sub kegiatan";
      default -> code.level().label().replace('_', ' ');
    };
  }

  private static String grouped(long count) {
    return String.format(Locale.ROOT, "%,d", count).replace(',', '.');
  }
}
