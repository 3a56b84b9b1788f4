package id.pug.examples.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyRole;
import id.pug.core.agency.Official;
import id.pug.core.law.Decree;
import id.pug.core.law.LegalStatus;
import id.pug.core.law.Regulation;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.YearRange;
import id.pug.core.pokja.ActionArea;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanId;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.pokja.PlannedAction;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.ReportText;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.rules.institution.InstitutionRules;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scenario 2 — Kalimantan Tengah, Rakor pembangunan kesetaraan gender 2025: the coordination
 * meeting on gender equality for the province's kabupaten/kota, held at the DP3APPKB's office in
 * Palangka Raya on 19 November 2025, opened by the acting provincial secretary; the head of the
 * DP3APPKB set out its legal basis and aims (seed 001, {@code SEED-001}).
 *
 * <p>What it shows: the legal basis the meeting cited, as pug's regulation catalogue knows it on
 * that day; the 14 kab/kota whose agencies took part; the province's agencies known to pug; and
 * what the national rule catalogue says of a province whose Pokja PUG is in order but where some
 * agencies have no focal point — the gap the secretary pointed at when he asked to activate the
 * Pokja PUG and the focal points in every agency.
 *
 * <p>What comes from sources:
 *
 * <ul>
 *   <li>the date, place, the 14 kab/kota, the legal basis (Inpres 9/2000, Perda Kalteng 4/2014),
 *       the call for Pokja PUG and focal points in every agency, and the aims of the meeting (align
 *       policies across government levels, strengthen the Pokja PUG, PPRG indicators, drafting a
 *       RAD Kesetaraan Gender): seed 001;
 *   <li>both instruments, their titles, dates, status and unconfirmed attributes: {@link
 *       RegulationCatalog#shipped()} (the Perda's exact title is unconfirmed: the seed cites it as
 *       "tentang Pengarusutamaan Gender", {@code domain.md} suggests a longer title);
 *   <li>the province, its code 62 and its kab/kota: {@link RegionCatalog#kalimantan()} (Kepmendagri
 *       300.2.2-2138/2025, source S4 of {@code SOURCES.md});
 *   <li>the DP3APPKB and Bapperida of the province: {@link AgencyCatalog#kalimantan()} (seed 001,
 *       P2, P3, P19–P21);
 *   <li>the Pokja's composition (decree of the head of region, the head of the planning agency as
 *       chair, the head of the women's empowerment agency as secretary, all agency heads as
 *       members) and focal points in every agency: Permendagri 15/2008 as amended by 67/2011, as
 *       quoted in {@code domain.md} §7 — the rules PPRG-INST-001..008 that check it.
 * </ul>
 *
 * <p>What is illustrative: the finance and inspectorate agencies (generic names, as in pug-core's
 * test fixture; the province's own names for them are not in pug's sources, so they are marked
 * unconfirmed); the plan of the province for 2025; the Pokja's decree number ({@code contoh/...});
 * which agencies have a focal point; the RAD PUG 2025–2029 and the RAD Kesetaraan Gender 2026–2029,
 * their actions, months and targets (targets derived from counts above: all 14 kab/kota, every
 * agency).
 */
public final class Scenario2KaltengRakor2025 {
  /** The day of the Rakor, the as-of date of the validation. */
  public static final LocalDate DATE = LocalDate.of(2025, 11, 19);

  /** Kalimantan Tengah. */
  public static final RegionCode KALTENG = RegionCode.parse("62");

  /** The fiscal year of the illustrative plan. */
  public static final Year FISCAL_YEAR = Year.of(2025);

  /** The women's empowerment, child protection, population and family planning agency. */
  public static final AgencyId DP3APPKB = AgencyId.of("dp3appkb");

  /** The planning, research and innovation agency. */
  public static final AgencyId BAPPERIDA = AgencyId.of("bapperida");

  /** The finance agency (generic name). */
  public static final AgencyId BPKAD = AgencyId.of("bpkad");

  /** The inspectorate (generic name). */
  public static final AgencyId INSPEKTORAT = AgencyId.of("inspektorat");

  /** The illustrative RAD PUG. */
  public static final ActionPlanId RAD_PUG = ActionPlanId.of("rad-pug-2025-2029");

  /** The illustrative RAD Kesetaraan Gender. */
  public static final ActionPlanId RAD_KG = ActionPlanId.of("rad-kg-2026-2029");

  private Scenario2KaltengRakor2025() {}

  /**
   * Perda Kalteng 4/2014 on PUG, as the catalogue holds it.
   *
   * @return the regulation
   */
  public static Regulation perda() {
    return RegulationCatalog.shipped().parseCitation("Perda Kalteng 4/2014").regulation();
  }

  /**
   * Inpres 9/2000 on PUG in national development, as the catalogue holds it.
   *
   * @return the regulation
   */
  public static Regulation inpres() {
    return RegulationCatalog.shipped().findByDesignation("Inpres 9/2000").orElseThrow();
  }

  /**
   * The status of a regulation on the day of the Rakor.
   *
   * @param regulation the regulation
   * @return its status on 19 November 2025
   */
  public static LegalStatus statusOnRakor(Regulation regulation) {
    return RegulationCatalog.shipped().statusOn(regulation.id(), DATE);
  }

  /**
   * The kabupaten/kota of Kalimantan Tengah.
   *
   * @return the 14 kab/kota
   */
  public static ImmutableList<Region> kabKota() {
    return RegionCatalog.kalimantan().childrenOf(KALTENG);
  }

  /**
   * The province's agencies that pug's agency catalogue knows.
   *
   * @return the DP3APPKB and Bapperida
   */
  public static ImmutableList<Agency> knownAgencies() {
    return AgencyCatalog.kalimantan().in(KALTENG);
  }

  private static Agency known(AgencyRole role) {
    return AgencyCatalog.kalimantan().in(KALTENG, role).get(0);
  }

  private static Agency bpkad() {
    return Agency.builder()
        .name("Badan Pengelolaan Keuangan dan Aset Daerah")
        .acronym("BPKAD")
        .region(KALTENG)
        .addDeclaredRole(AgencyRole.FINANCE)
        .nameConfirmed(false)
        .addNote(
            "generic name of the finance agency (agency-name variant bpkad); the province's own"
                + " name for it is not in pug's sources")
        .build();
  }

  private static Agency inspektorat() {
    return Agency.builder()
        .name("Inspektorat")
        .region(KALTENG)
        .addDeclaredRole(AgencyRole.INSPECTORATE)
        .nameConfirmed(false)
        .addNote("generic name of the inspectorate (agency-name variant inspektorat)")
        .build();
  }

  /**
   * The agencies of the illustrative plan: the two the catalogue knows, then the generic finance
   * agency and inspectorate.
   *
   * @return the agencies by id, in that order
   */
  public static ImmutableMap<AgencyId, Agency> agencies() {
    return ImmutableMap.of(
        DP3APPKB,
        known(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION),
        BAPPERIDA,
        known(AgencyRole.PLANNING),
        BPKAD,
        bpkad(),
        INSPEKTORAT,
        inspektorat());
  }

  /** The head of an agency, by position. */
  private static Official head(AgencyId id, Agency agency) {
    return Official.ofPosition(
        id.equals(INSPEKTORAT) ? "Inspektur" : "Kepala " + agency.shortName(), id);
  }

  /**
   * The agencies with a focal point in the illustrative plan.
   *
   * @return the DP3APPKB and Bapperida
   */
  public static ImmutableList<AgencyId> withFocalPoint() {
    return ImmutableList.of(DP3APPKB, BAPPERIDA);
  }

  private static PerformanceIndicator indicator(
      String name, String unit, IndicatorLevel level, Year year, long total, String text) {
    return PerformanceIndicator.builder()
        .name(name)
        .unit(unit)
        .level(level)
        .addTarget(
            IndicatorValue.builder().year(year).total(BigDecimal.valueOf(total)).text(text).build())
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
        .addIndicators(indicator)
        .build();
  }

  /**
   * The illustrative RAD PUG 2025–2029, one action in each of its four content areas.
   *
   * @return the RAD PUG
   */
  public static ActionPlan radPug() {
    int kabKota = kabKota().size();
    int agencies = agencies().size();
    Year year = Year.of(2026);
    return ActionPlan.builder()
        .id(RAD_PUG)
        .kind(ActionPlanKind.RAD_PUG)
        .region(KALTENG)
        .period(YearRange.of(FISCAL_YEAR, Year.of(2029)))
        .title("RAD PUG Provinsi Kalimantan Tengah 2025–2029 (contoh ilustratif)")
        .addActions(
            action(
                "Penyelarasan kebijakan kesetaraan gender antarlevel pemerintahan",
                ActionArea.LEGISLATION,
                BAPPERIDA,
                YearMonth.of(2026, 1),
                YearMonth.of(2026, 12),
                indicator(
                    "Jumlah kabupaten/kota yang menyelaraskan kebijakan kesetaraan gender",
                    "Kabupaten/Kota",
                    IndicatorLevel.OUTCOME,
                    year,
                    kabKota,
                    kabKota + " Kabupaten/Kota")),
            action(
                "Pendampingan teknis indikator PPRG bagi kabupaten/kota",
                ActionArea.DEVELOPMENT_CYCLE,
                DP3APPKB,
                YearMonth.of(2026, 1),
                YearMonth.of(2026, 12),
                indicator(
                    "Jumlah kabupaten/kota yang menyusun indikator PPRG",
                    "Kabupaten/Kota",
                    IndicatorLevel.OUTCOME,
                    year,
                    kabKota,
                    kabKota + " Kabupaten/Kota")),
            action(
                "Aktivasi Pokja PUG dan focal point PUG di setiap perangkat daerah",
                ActionArea.INSTITUTIONS,
                DP3APPKB,
                YearMonth.of(2026, 1),
                YearMonth.of(2026, 6),
                indicator(
                    "Jumlah perangkat daerah provinsi yang memiliki focal point PUG",
                    "Perangkat Daerah",
                    IndicatorLevel.OUTCOME,
                    year,
                    agencies,
                    agencies + " Perangkat Daerah")),
            action(
                "Penguatan koordinasi lintas sektor bersama Fasilitator PUG",
                ActionArea.PUBLIC_PARTICIPATION,
                DP3APPKB,
                YearMonth.of(2026, 1),
                YearMonth.of(2026, 12),
                indicator(
                    "Jumlah kabupaten/kota yang menyusun agenda aksi tindak lanjut rakor",
                    "Kabupaten/Kota",
                    IndicatorLevel.OUTCOME,
                    year,
                    kabKota,
                    kabKota + " Kabupaten/Kota")))
        .build();
  }

  /**
   * The illustrative RAD Kesetaraan Gender 2026–2029, a thematic plan.
   *
   * @return the RAD Kesetaraan Gender
   */
  public static ActionPlan radKesetaraanGender() {
    int kabKota = kabKota().size();
    return ActionPlan.builder()
        .id(RAD_KG)
        .kind(ActionPlanKind.THEMATIC)
        .region(KALTENG)
        .period(YearRange.of(Year.of(2026), Year.of(2029)))
        .title("RAD Kesetaraan Gender Provinsi Kalimantan Tengah 2026–2029 (contoh ilustratif)")
        .addActions(
            action(
                "Pendampingan penyusunan RAD Kesetaraan Gender kabupaten/kota",
                ActionArea.DEVELOPMENT_CYCLE,
                DP3APPKB,
                YearMonth.of(2026, 2),
                YearMonth.of(2026, 11),
                indicator(
                    "Jumlah kabupaten/kota yang memiliki RAD Kesetaraan Gender",
                    "Kabupaten/Kota",
                    IndicatorLevel.OUTCOME,
                    Year.of(2026),
                    kabKota,
                    kabKota + " Kabupaten/Kota")))
        .build();
  }

  /**
   * The illustrative plan of the province for 2025: four agencies; a Pokja PUG formed by decree of
   * the Gubernur, chaired by the head of Bapperida with the head of the DP3APPKB as secretary and
   * all four heads as members; focal points for the DP3APPKB and Bapperida only; the RAD PUG and
   * the RAD Kesetaraan Gender.
   *
   * @return the plan
   */
  public static RegionalPprgPlan plan() {
    Map<AgencyId, Agency> agencies = agencies();
    RegionalPprgPlan.Builder plan =
        RegionalPprgPlan.builder().region(KALTENG).fiscalYear(FISCAL_YEAR).putAllAgencies(agencies);
    PokjaPug.Builder pokja =
        PokjaPug.builder()
            .region(KALTENG)
            .decree(
                Decree.builder()
                    .number("contoh/pokja-pug/2025")
                    .issuer(Decree.Issuer.HEAD_OF_REGION)
                    .signer("Gubernur Kalimantan Tengah")
                    .title(
                        "Pembentukan Kelompok Kerja Pengarusutamaan Gender Provinsi Kalimantan"
                            + " Tengah (contoh ilustratif)")
                    .build())
            .chair(head(BAPPERIDA, known(AgencyRole.PLANNING)))
            .secretary(head(DP3APPKB, known(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION)));
    agencies.forEach((id, agency) -> pokja.addMembers(head(id, agency)));
    for (AgencyId id : withFocalPoint()) {
      plan.addFocalPoints(
          FocalPoint.builder()
              .official(Official.ofPosition("Focal Point PUG", id))
              .decree(
                  Decree.builder()
                      .number("contoh/focal-point/" + id + "/2025")
                      .issuer(Decree.Issuer.HEAD_OF_AGENCY)
                      .title("Penunjukan Focal Point Pengarusutamaan Gender (contoh ilustratif)")
                      .build())
              .build());
    }
    return plan.pokja(pokja.build()).addActionPlans(radPug(), radKesetaraanGender()).build();
  }

  /**
   * The plan validated against the national catalogue on the day of the Rakor.
   *
   * @return the report
   */
  public static ValidationReport report() {
    return Validator.of(PprgCatalogue.ruleSet()).validate(plan(), DATE);
  }

  /**
   * The findings of PPRG-INST-007: one per agency without a focal point.
   *
   * @return the findings for BPKAD and Inspektorat
   */
  public static ImmutableList<Finding> focalPointFindings() {
    return report().findingsOf(InstitutionRules.FOCAL_POINT_PER_AGENCY);
  }

  /**
   * The summary line of the report, in Indonesian.
   *
   * @param report the report
   * @return the line starting {@code "Ringkasan: "}
   */
  public static String summaryLine(ValidationReport report) {
    return ReportText.render(report, Language.INDONESIAN)
        .lines()
        .filter(l -> l.startsWith("Ringkasan: "))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Prints the scenario.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    String heading =
        "Scenario 2 — Kalimantan Tengah, Rakor pembangunan kesetaraan gender 2025 (" + DATE + ")";
    out.println(heading);
    out.println("-".repeat(heading.length()));
    out.println(
        "Palangka Raya: agencies of the 14 kab/kota met at the DP3APPKB. The acting provincial"
            + " secretary called for active");
    out.println(
        "Pokja PUG and focal points in every agency; the meeting worked on PPRG indicators and a RAD"
            + " Kesetaraan Gender (seed 001).");
    out.println("Legal basis cited, as pug's regulation catalogue knows it on " + DATE + ":");
    for (Regulation r : List.of(inpres(), perda())) {
      LegalStatus status = statusOnRakor(r);
      out.println(
          "  "
              + r.shortName()
              + " — "
              + r.title().orElse("exact title unconfirmed")
              + "; "
              + r.issuer()
              + r.issued().map(d -> ", " + d).orElse(""));
      out.println(
          "      status: "
              + status.reason()
              + (status.confirmed() ? "" : " (status not confirmed)")
              + "; unconfirmed attributes: "
              + (r.unconfirmed().isEmpty()
                  ? "none"
                  : r.unconfirmed().stream()
                      .map(x -> x.name().toLowerCase(Locale.ROOT))
                      .collect(Collectors.joining(", "))));
    }
    out.println(
        "  The seed cites the Perda as \"tentang Pengarusutamaan Gender\"; the catalogue records its"
            + " scope:");
    out.println("  \"" + perda().scope() + "\".");

    List<Region> kabKota = kabKota();
    out.println(
        "The "
            + kabKota.size()
            + " kab/kota of "
            + RegionCatalog.kalimantan().get(KALTENG).name()
            + " (Kepmendagri 300.2.2-2138/2025):");
    for (int i = 0; i < kabKota.size(); i += 4) {
      out.println(
          "  "
              + kabKota.subList(i, Math.min(i + 4, kabKota.size())).stream()
                  .map(r -> r.code() + " " + r.name().replace("Kabupaten ", "Kab. "))
                  .collect(Collectors.joining(", ")));
    }
    out.println("The province's agencies known to pug (agency catalogue):");
    for (Agency a : knownAgencies()) {
      out.println(
          "  "
              + a.shortName()
              + " — "
              + a.name()
              + a.lastSeen().map(y -> ", seen " + y).orElse(""));
    }

    RegionalPprgPlan plan = plan();
    PokjaPug pokja = plan.pokja().orElseThrow();
    out.println(
        "An illustrative plan adds BPKAD and Inspektorat (generic names, unconfirmed); Pokja PUG by"
            + " decree of the");
    out.println(
        "  Gubernur ("
            + pokja.decree().orElseThrow().number()
            + "), chair "
            + pokja.chair().orElseThrow().displayName()
            + ", secretary "
            + pokja.secretary().orElseThrow().displayName()
            + ", "
            + pokja.members().size()
            + " heads as members;");
    out.println(
        "  focal points for "
            + withFocalPoint().stream()
                .map(id -> plan.agency(id).orElseThrow().shortName())
                .collect(Collectors.joining(" and "))
            + " only; "
            + plan.actionPlans().stream()
                .map(
                    p ->
                        (p.kind() == ActionPlanKind.RAD_PUG ? "RAD PUG " : "RAD Kesetaraan Gender ")
                            + p.period())
                .collect(Collectors.joining(" and "))
            + ".");
    ValidationReport report = report();
    out.println(
        "Validated against the national catalogue ("
            + report.ruleSetVersion()
            + ") as of "
            + DATE
            + ":");
    for (Finding f : focalPointFindings()) {
      out.println(
          "  ["
              + f.severity().indonesian().toUpperCase(Locale.ROOT)
              + "] "
              + f.ruleId()
              + " "
              + f.path()
              + " ("
              + f.subjectId()
              + ")");
      out.println("      " + f.message(Language.INDONESIAN));
    }
    out.println("  " + summaryLine(report));
    out.println("  Other findings, from what this small plan leaves out:");
    Map<String, Long> others =
        report.findings().stream()
            .filter(f -> !f.ruleId().equals(InstitutionRules.FOCAL_POINT_PER_AGENCY))
            .collect(
                Collectors.groupingBy(
                    f ->
                        f.ruleId()
                            + " "
                            + (f.outcome() == Outcome.INSUFFICIENT_DATA
                                ? "insufficient data"
                                : f.severity().name().toLowerCase(Locale.ROOT)),
                    LinkedHashMap::new,
                    Collectors.counting()));
    out.println(
        "    "
            + others.entrySet().stream()
                .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : ""))
                .collect(Collectors.joining(", ")));
  }

  /**
   * Prints the scenario on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }
}
