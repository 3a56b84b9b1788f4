package id.pug.examples;

import com.google.common.collect.ImmutableList;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyNameCatalog;
import id.pug.core.agency.AgencyRecognition;
import id.pug.core.agency.AgencyRole;
import id.pug.core.agency.Official;
import id.pug.core.budget.BudgetLine;
import id.pug.core.indicator.GenderIndex;
import id.pug.core.indicator.IkgCalculator;
import id.pug.core.indicator.IkgComponent;
import id.pug.core.indicator.IkgComponents;
import id.pug.core.indicator.IkgLever;
import id.pug.core.indicator.IkgResult;
import id.pug.core.indicator.IkgTargetSolution;
import id.pug.core.indicator.IndicatorGap;
import id.pug.core.indicator.IndicatorTarget;
import id.pug.core.indicator.PublishedValue;
import id.pug.core.indicator.PublishedValues;
import id.pug.core.indicator.TargetStatus;
import id.pug.core.law.Citation;
import id.pug.core.law.LegalState;
import id.pug.core.law.LegalStatus;
import id.pug.core.law.Regulation;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureEntry;
import id.pug.core.nomenclature.NomenclatureVersion;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.Activity;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.Programme;
import id.pug.core.planning.SubActivity;
import id.pug.core.pprg.GapFactor;
import id.pug.core.pprg.GapStep;
import id.pug.core.region.GovernmentLevel;
import id.pug.core.region.Population;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import id.pug.examples.scenario.BanjarbaruPlan;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A tour of pug's catalogues for the Kalimantan regions, run by the demo with {@code --tour}.
 *
 * <ol>
 *   <li>the legal basis of PUG and PPRG in force on a date (default: today in Jakarta), with the
 *       amendment history of the regional PUG guideline and a parsed citation;
 *   <li>the 5 Kalimantan provinces with their kabupaten/kota, population by sex and the PPPA agency
 *       the sources name;
 *   <li>agency-name recognition (DP3AP2KB = DP3APPKB, Bapperida is planning);
 *   <li>the nomenclature of PUG institutionalisation (kegiatan 2.08.02.2.01) in two eras;
 *   <li>a small PPRG plan for Kota Banjarbaru: a tagged budget line and its GAP → GBS → KAK chain
 *       ({@link BanjarbaruPlan}).
 * </ol>
 *
 * <p>Run it with {@code ./mvnw -q -B -ntp -pl pug-examples -am compile exec:java
 * -Dexec.args=--tour}; pass a date for the legal-basis section with {@code -Dexec.args="--tour
 * 2012-06-01"}.
 */
public final class CatalogueTour {
  private static final java.util.Set<IkgComponent> MEN =
      java.util.EnumSet.of(
          IkgComponent.PARLIAMENT_MALE, IkgComponent.EDUCATION_MALE, IkgComponent.LABOUR_MALE);

  private final PrintStream out;

  private CatalogueTour(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the tour.
   *
   * @param args optionally one ISO date ({@code 2026-02-10}) for the legal-basis section
   */
  public static void main(String[] args) {
    LocalDate date;
    try {
      date = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.now(ZoneId.of("Asia/Jakarta"));
    } catch (DateTimeParseException e) {
      System.err.println("Expected a date such as 2026-02-10, was \"" + args[0] + "\"");
      System.exit(2);
      return;
    }
    run(System.out, date);
  }

  /**
   * Prints the tour.
   *
   * @param out where to print
   * @param date the day for which the legal basis is shown
   */
  public static void run(PrintStream out, LocalDate date) {
    CatalogueTour demo = new CatalogueTour(out);
    out.println("pug — Indonesia's gender-mainstreaming (PUG) and PPRG rules as a Java library");
    out.println("Catalogue tour. Every fact below carries a source in pug-core's reference data.");
    demo.legalBasis(date);
    demo.regions();
    demo.agencyNames();
    demo.nomenclature();
    demo.plan(date);
    demo.indicators();
    demo.validation();
  }

  private void heading(String title) {
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
  }

  private void legalBasis(LocalDate date) {
    RegulationCatalog law = RegulationCatalog.shipped();
    heading(
        "1. Legal basis of PUG/PPRG in force on "
            + date
            + " ("
            + law.size()
            + " instruments catalogued)");
    ImmutableList<Regulation> inForce = law.inForceOn(date);
    List<Regulation> national = inForce.stream().filter(r -> !r.type().isRegional()).toList();
    List<Regulation> kalimantan =
        inForce.stream().filter(r -> r.type().isRegional() && r.region().isPresent()).toList();
    long otherRegional =
        inForce.stream().filter(r -> r.type().isRegional() && r.region().isEmpty()).count();
    List<Regulation> confirmed =
        national.stream().filter(r -> law.statusOn(r.id(), date).confirmed()).toList();
    out.println("National, status confirmed by the sources (" + confirmed.size() + "):");
    confirmed.forEach(r -> out.println("  " + describe(law, r, date)));
    out.println(
        "National, in force as far as the sources tell but not confirmed ("
            + (national.size() - confirmed.size())
            + "):");
    out.println(
        "  "
            + national.stream()
                .filter(r -> !confirmed.contains(r))
                .map(Regulation::shortName)
                .collect(Collectors.joining(", ")));
    out.println("Kalimantan regional instruments (" + kalimantan.size() + "):");
    kalimantan.forEach(r -> out.println("  " + describe(law, r, date)));
    out.println("Regional instruments of other regions in force: " + otherRegional);
    List<LegalStatus> undetermined =
        law.all().stream()
            .map(r -> law.statusOn(r.id(), date))
            .filter(s -> s.state() == LegalState.UNDETERMINED)
            .toList();
    out.println(
        "Status not determinable from the sources on this date: "
            + undetermined.size()
            + (undetermined.isEmpty()
                ? ""
                : " (e.g. "
                    + law.get(undetermined.get(0).regulation()).shortName()
                    + ": "
                    + undetermined.get(0).reason()
                    + ")"));

    Regulation guideline = law.get("permendagri-15-2008");
    out.println();
    out.println("History of the regional PUG guideline:");
    for (Regulation r : law.lineage(guideline.id())) {
      LegalStatus status = law.statusOn(r.id(), date);
      out.println(
          "  "
              + r.year()
              + "  "
              + r.shortName()
              + " — "
              + r.title().orElse("(title not in sources)"));
      out.println(
          "        "
              + status.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + ": "
              + status.reason());
    }
    String written = "Permendagri No. 67 Tahun 2011 pasal 4 ayat 1";
    Citation citation = law.parseCitation(written);
    out.println();
    out.println("Citation \"" + written + "\" reads as: " + citation.format());
    out.println("  = " + citation.regulation().formalDesignation());
  }

  private static String describe(RegulationCatalog law, Regulation r, LocalDate date) {
    LegalStatus status = law.statusOn(r.id(), date);
    StringBuilder line = new StringBuilder(String.format("%-32s ", r.shortName()));
    line.append(r.title().orElse("(" + r.scope() + ")"));
    if (!r.unconfirmed().isEmpty()) {
      line.append("  [unconfirmed: ")
          .append(
              r.unconfirmed().stream()
                  .map(a -> a.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", ")))
          .append(']');
    }
    if (!status.amendedBy().isEmpty()) {
      line.append("  [as amended by ")
          .append(
              status.amendedBy().stream()
                  .map(id -> law.get(id).shortName())
                  .collect(Collectors.joining(", ")))
          .append(']');
    }
    return line.toString();
  }

  private void regions() {
    RegionCatalog regions = RegionCatalog.kalimantan();
    AgencyCatalog agencies = AgencyCatalog.kalimantan();
    List<Region> provinces = regions.provinces();
    heading(
        "2. Kalimantan: "
            + provinces.size()
            + " provinces, "
            + (regions.size() - provinces.size())
            + " kabupaten/kota ("
            + regions.name()
            + ")");
    for (Region province : provinces) {
      List<Region> children = regions.childrenOf(province.code());
      out.println(
          String.format(
              "%-3s %-20s %2d kab/kota  %s",
              province.code(), province.name(), children.size(), population(province)));
      out.println("    PPPA agency: " + pppaAgency(agencies, province.code()));
      for (Region child : children) {
        List<Agency> known =
            agencies.in(child.code(), AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION);
        if (!known.isEmpty()) {
          out.println(
              "    "
                  + child.code()
                  + " "
                  + child.name()
                  + ": "
                  + pppaAgency(agencies, child.code()));
        }
      }
    }
    long withAgency =
        regions.all().stream()
            .filter(
                r ->
                    !agencies.in(r.code(), AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION).isEmpty())
            .count();
    out.println(
        "Regions whose PPPA agency the sources name: "
            + withAgency
            + " of "
            + regions.size()
            + " (the others are not in pug's sources, not absent)");
    for (String name : List.of("KAB. SAMBAS", "Palangka Raya", "Kalteng")) {
      Region found = regions.findByName(name).orElseThrow();
      out.println("Name lookup \"" + name + "\" → " + found.code() + " " + found.name());
    }
  }

  private static String population(Region region) {
    return region
        .population()
        .map(
            (Population p) ->
                String.format(
                    Locale.ROOT,
                    "population %,d (men %,d, women %,d)",
                    p.total(),
                    p.male(),
                    p.female()))
        .orElse("population not listed");
  }

  private static String pppaAgency(AgencyCatalog agencies, RegionCode region) {
    List<Agency> known = agencies.in(region, AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION);
    if (known.isEmpty()) {
      return "not named in pug's sources";
    }
    return known.stream()
        .map(
            a ->
                a.shortName()
                    + " — "
                    + a.name()
                    + (a.nameConfirmed() ? "" : " (name expanded from acronym)")
                    + a.lastSeen().map(y -> ", seen " + y).orElse(""))
        .collect(Collectors.joining("; "));
  }

  private void agencyNames() {
    AgencyNameCatalog names = AgencyNameCatalog.shipped();
    heading("3. Agency names → PUG roles (" + names.variants().size() + " known variants)");
    for (String name :
        List.of(
            "DP3AP2KB",
            "DPPPAPPKB",
            "DP3A-KB",
            "Bapperida",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Pontianak",
            "Inspektorat Daerah Kabupaten Paser")) {
      AgencyRecognition r = names.recognize(name).orElseThrow();
      out.println(
          String.format(
              "  %-66s %-9s %s%s",
              "\"" + name + "\"",
              r.matchKind(),
              r.roles().stream().map(Enum::name).collect(Collectors.joining(", ")),
              r.variant().map(v -> "  (variant " + v.id() + ")").orElse("  (heuristic)")));
    }
  }

  private void nomenclature() {
    NomenclatureCatalog nomenclature = NomenclatureCatalog.shipped();
    heading(
        "4. Nomenclature: PUG institutionalisation ("
            + nomenclature.versions().size()
            + " versions shipped)");
    NomenclatureCode kegiatan = NomenclatureCode.parse("2.08.02.2.01");
    for (Year year : List.of(Year.of(2022), Year.of(2025))) {
      NomenclatureVersion version =
          nomenclature.inEffect(year, GovernmentLevel.REGENCY_CITY).orElseThrow();
      out.println(
          "Kab/kota, budget year "
              + year
              + ": "
              + version.name()
              + " ("
              + version.coverage()
              + ", "
              + version.entries().size()
              + " codes)");
      for (NomenclatureEntry parent : version.ancestorsOf(kegiatan)) {
        out.println("  " + parent);
      }
      version.find(kegiatan).ifPresent(e -> out.println("  " + e));
      for (NomenclatureEntry sub : version.childrenOf(kegiatan)) {
        out.println("    " + sub);
      }
    }
    String written = "2.08.02.02.01.0001";
    NomenclatureCode code = NomenclatureCode.parse(written);
    out.println(
        "A code written \""
            + written
            + "\" (level digit as 02) normalises to "
            + code
            + ", a "
            + code.level().label()
            + " of "
            + code.governmentLevel().orElseThrow());
  }

  private void plan(LocalDate date) {
    RegionalPprgPlan plan = BanjarbaruPlan.build();
    Region region = RegionCatalog.kalimantan().get(plan.region());
    heading(
        "5. A small PPRG plan: "
            + region.name()
            + ", fiscal year "
            + plan.fiscalYear()
            + " (illustrative; see BanjarbaruPlan)");
    plan.agencies()
        .forEach(
            (id, agency) ->
                out.println(
                    "Agency "
                        + id
                        + ": "
                        + agency.shortName()
                        + " — "
                        + agency.name()
                        + " "
                        + agency.roles()));
    plan.pokja()
        .ifPresent(
            pokja ->
                out.println(
                    "Pokja PUG: chair "
                        + pokja.chair().map(Official::displayName).orElse("(none)")
                        + ", secretary "
                        + pokja.secretary().map(Official::displayName).orElse("(none)")
                        + ", "
                        + pokja.members().size()
                        + " members; decree "
                        + pokja.decree().map(Object::toString).orElse("not recorded")));
    for (PlanningDocument document : plan.planningDocuments()) {
      out.println(
          document.kind().indonesian()
              + " "
              + document.period()
              + " ("
              + document.agency().map(Object::toString).orElse("region")
              + "):");
      for (Programme programme : document.programmes()) {
        out.println("  " + programme.code() + " " + programme.name().orElse(""));
        for (Activity activity : programme.activities()) {
          out.println("    " + activity.code() + " " + activity.name().orElse(""));
          for (SubActivity sub : activity.subActivities()) {
            out.println(
                "      "
                    + sub.code()
                    + " "
                    + sub.name().orElse("")
                    + sub.indicativeCeiling().map(c -> " (pagu indikatif " + c + ")").orElse("")
                    + sub.indicators().stream()
                        .map(
                            i ->
                                " — "
                                    + i.name()
                                    + ": "
                                    + i.targetFor(plan.fiscalYear())
                                        .flatMap(IndicatorValue::text)
                                        .orElse("?"))
                        .collect(Collectors.joining()));
          }
        }
      }
    }
    RegulationCatalog law = RegulationCatalog.shipped();
    for (BudgetLine line : plan.budgetLines()) {
      out.println(
          "Budget line "
              + line.id()
              + ": "
              + line.subActivity()
              + " "
              + line.name().orElse("")
              + " — "
              + line.amount());
      line.argTag().ifPresent(tag -> out.println("  ARG tag: " + tag.category().indonesian()));
      plan.gapOf(line)
          .ifPresent(
              gap -> {
                out.println(
                    "  GAP "
                        + gap.id()
                        + ": "
                        + (GapStep.values().length - gap.missingSteps().size())
                        + " of "
                        + GapStep.values().length
                        + " steps filled");
                for (GapStep step : GapStep.values()) {
                  String text =
                      step == GapStep.GAP_FACTORS
                          ? gap.gapFactors().keySet().stream()
                              .map(GapFactor::indonesian)
                              .collect(Collectors.joining(", "))
                          : gap.step(step).orElse("(missing)");
                  out.println("    " + step.number() + ". " + step.indonesian() + ": " + text);
                }
              });
      plan.gbsOf(line)
          .ifPresent(
              gbs ->
                  out.println(
                      "  → GBS "
                          + gbs.id()
                          + ": objective \""
                          + gbs.objective().orElse("")
                          + "\", "
                          + gbs.actionPlan().size()
                          + " actions, budget "
                          + gbs.budget().map(Rupiah::format).orElse("(none)")));
      plan.kakOf(line)
          .ifPresent(
              kak -> {
                out.println(
                    "  → KAK "
                        + kak.id()
                        + ": cost "
                        + kak.cost().map(Rupiah::format).orElse("(none)")
                        + ", responsible "
                        + kak.responsibleOfficial().map(Official::displayName).orElse("(none)"));
                for (String basis : kak.legalBasis()) {
                  out.println(
                      "      legal basis "
                          + basis
                          + ": "
                          + law.findByDesignation(basis)
                              .map(
                                  r ->
                                      law.statusOn(r.id(), date)
                                              .state()
                                              .name()
                                              .toLowerCase(Locale.ROOT)
                                              .replace('_', ' ')
                                          + " on "
                                          + date)
                              .orElse("not in pug's regulation catalogue"));
                }
              });
    }
    Rupiah total = plan.totalBudget();
    Rupiah tagged = plan.taggedBudget();
    out.println(
        "ARG-tagged budget: "
            + tagged
            + " of "
            + total
            + " ("
            + (total.isZero()
                ? "-"
                : tagged
                        .toBigDecimal()
                        .multiply(BigDecimal.valueOf(100))
                        .divide(total.toBigDecimal(), 1, RoundingMode.HALF_UP)
                    + "%")
            + ")");
    out.println(
        "Cross-references that point nowhere: "
            + (plan.danglingReferences().isEmpty()
                ? "none"
                : plan.danglingReferences().toString()));
  }

  private void indicators() {
    PublishedValues published = PublishedValues.shipped();
    heading(
        "6. Gender indicators: Kalimantan Barat's IKG (Indeks Ketimpangan Gender; lower is better)");
    Year year = Year.of(2024);
    PublishedValue kalbar = published.find(GenderIndex.IKG, "Kalimantan Barat", year).orElseThrow();
    PublishedValue national = published.national(GenderIndex.IKG, year).orElseThrow();
    IndicatorGap gap =
        GenderIndex.IKG.compare(kalbar.value().doubleValue(), national.value().doubleValue());
    out.println(
        String.format(
            Locale.ROOT,
            "%s: Kalimantan Barat %s, Indonesia %s — %+.3f (%+.1f%%), %s",
            year,
            kalbar.value(),
            national.value(),
            gap.difference(),
            gap.relativePercent(),
            gap.isWorse() ? "worse than the national value" : "not worse than the national value"));
    out.println(
        "  sources: "
            + kalbar.sources().stream()
                .map(src -> src.id().orElse(src.title()))
                .collect(Collectors.joining(", "))
            + " (Kalbar); "
            + national.sources().stream()
                .map(src -> src.id().orElse(src.title()))
                .collect(Collectors.joining(", "))
            + " (national)");
    out.println(
        "  published series: "
            + published.series(GenderIndex.IKG, "Kalimantan Barat").stream()
                .map(v -> v.year() + " " + v.value() + (v.isDerived() ? "*" : ""))
                .collect(Collectors.joining(", "))
            + "   (* derived from published changes)");
    PublishedValue baseline =
        published.find(GenderIndex.IKG, "Kalimantan Barat", Year.of(2023)).orElseThrow();
    IndicatorTarget target =
        IndicatorTarget.builder()
            .index(GenderIndex.IKG)
            .region("Kalimantan Barat")
            .baselineYear(baseline.year())
            .baselineValue(baseline.value().doubleValue())
            .targetYear(Year.of(2029))
            .targetValue(national.value().doubleValue())
            .build();
    TargetStatus status = target.status(year, kalbar.value().doubleValue());
    out.println(
        String.format(
            Locale.ROOT,
            "Hypothetical target (not an adopted one): from %.3f in %s to the 2024 national level %.3f by %s.",
            target.baselineValue(),
            target.baselineYear(),
            target.targetValue(),
            target.targetYear()));
    out.println(
        String.format(
            Locale.ROOT,
            "  %s: observed %.3f, trajectory expects %.4f → %s (%+.4f ahead), %.3f still to go",
            year,
            status.observed(),
            status.expected(),
            status.state(),
            status.aheadOfTrajectory(),
            status.remainingToTarget()));

    IkgCalculator calculator = IkgCalculator.standard();
    IkgComponents westJava =
        IkgComponents.ofPublished(0.155, 0.295, 79.17, 20.83, 40.59, 32.48, 81.90, 46.79);
    IkgResult result = calculator.compute(westJava);
    out.println(
        "Levers of the IKG (women's and reproductive-health components) — Kalimantan Barat's components are");
    out.println(
        String.format(
            Locale.ROOT,
            "not in pug's sources, so they are shown for Jawa Barat 2020 (BPS, source S1): IKG %.4f (published 0.489)",
            result.ikg()));
    out.println(
        String.format(
            Locale.ROOT,
            "  RH_F %.4f  E_F %.4f  E_M %.4f  G_F %.4f  G_M %.4f  HARM %.4f  G_FM %.4f",
            result.reproductiveHealthFemale(),
            result.empowermentFemale(),
            result.empowermentMale(),
            result.achievementFemale(),
            result.achievementMale(),
            result.harmonicMean(),
            result.reference()));
    for (IkgLever lever : calculator.levers(westJava)) {
      if (lever.lowersIkgBy() == IkgLever.Direction.NONE || MEN.contains(lever.component())) {
        continue; // lowering men's attainment is not a policy lever
      }
      out.println(
          String.format(
              Locale.ROOT,
              "  %-52s %s by 1 point → IKG %+.4f",
              lever.component().description(),
              lever.lowersIkgBy().name().toLowerCase(Locale.ROOT),
              lever.effectOfOnePoint()));
    }
    IkgTargetSolution mtf = calculator.solve(westJava, IkgComponent.MTF, 0.45);
    out.println(
        String.format(
            Locale.ROOT,
            "  IKG 0.45 by MTF alone: %s",
            mtf.requiredValue()
                .map(
                    v ->
                        String.format(
                            Locale.ROOT,
                            "MTF from %.3f to %.3f",
                            mtf.currentValue().proportion(),
                            v.proportion()))
                .orElse(
                    String.format(
                        Locale.ROOT,
                        "not reachable; the best MTF alone can do is %.4f",
                        mtf.bestIkg()))));
    IkgTargetSolution labour = calculator.solve(westJava, IkgComponent.LABOUR_FEMALE, 0.45);
    out.println(
        String.format(
            Locale.ROOT,
            "  IKG 0.45 by women's labour-force participation alone: %s",
            labour
                .requiredValue()
                .map(
                    v ->
                        String.format(
                            Locale.ROOT,
                            "TPAK_F from %.2f%% to %.2f%%",
                            labour.currentValue().percent(),
                            v.percent()))
                .orElse(
                    String.format(
                        Locale.ROOT,
                        "not reachable; the best it can do is %.4f",
                        labour.bestIkg()))));
  }

  private void validation() {
    heading(
        "7. Validating the Banjarbaru plan against the PPRG rule catalogue ("
            + id.pug.rules.PprgCatalogue.rules().size()
            + " rules, RULES.md)");
    ValidationExample.print(out);
  }
}
