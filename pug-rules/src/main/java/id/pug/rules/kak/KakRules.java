package id.pug.rules.kak;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import com.google.common.primitives.ImmutableIntArray;
import id.pug.core.agency.Official;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.KakId;
import id.pug.core.pprg.TermsOfReference;
import id.pug.rules.engine.Check;
import id.pug.rules.engine.EffectivePeriod;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.engine.MessageBundle;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.PlanDerived;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleContext;
import id.pug.rules.engine.RuleDefinition;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.Values;
import id.pug.rules.wording.Wording;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The terms of reference of a gender-responsive activity (KAK, Kerangka Acuan Kegiatan; TOR):
 * whether every ARG-tagged budget line names a KAK the plan holds, whether each KAK is based on a
 * GBS that agrees with the budget lines and with the KAK's subject, and whether the KAK states its
 * contents, beneficiaries by sex, schedule, cost and responsible official.
 *
 * <p>Legal basis of the chain: Permendagri 15/2008 as amended by Permendagri 67/2011 — the results
 * of the gender analysis are set out in a GBS, which is the basis of the agency's KAK, and both are
 * an inseparable part of the RKA/DPA ({@code domain.md} §2.1, quoted by the Inspektorat of Kota
 * Magelang [S]; the chain GAP → GBS → KAK → RKA). For ministries and agencies, Permen PPN 1/2021
 * requires the ARG tag to be supported by a KAK accompanied by a GBS ({@code domain.md} §5.2); it
 * is cited as a parallel, not as a rule binding regions. The contents of a KAK have no binding
 * regional format ("belum ada format KAK yang baku dalam regulasi", {@code domain.md} §4.5): those
 * rules follow the regional "Tabel 8" format and the K/L KAK guide and are configurable policies.
 */
public final class KakRules {
  private KakRules() {}

  static final MessageBundle BUNDLE = MessageBundle.load(KakRules.class);

  private static final String PERMENDAGRI_15 = "Permendagri 15/2008";
  private static final String PERMENDAGRI_67 = "Permendagri 67/2011";
  private static final String PERMEN_PPN_1 = "Permen PPN 1/2021";
  private static final EffectivePeriod SINCE_67_2011 =
      EffectivePeriod.fromYearOf(2011, PERMENDAGRI_67);

  /** The regional KAK format "Tabel 8" and the chain GAP → GBS → TOR/KAK → RKA. */
  private static final String REGIONAL_FORMAT =
      "https://text-id.123dok.com/document/4zpkknd4y-relasi-gap-gbs-tor-rka.html";

  /** The K/L KAK/TOR guide (PPRG bidang perdagangan). */
  private static final String KL_GUIDE =
      "https://text-id.123dok.com/document/nzwm7o1gq-petunjuk-pengisian-kak-tor-panduan-perencanaan-dan-penganggaran-responsif-gender-bidang-perdagangan.html";

  /** The Inspektorat of Kota Magelang summarising the Permendagri: GBS → KAK → RKA/DPA. */
  private static final String MAGELANG = "https://inspektorat.magelangkota.go.id/?p=1549";

  private static final String NO_FORMAT =
      "No binding regional KAK format exists ('belum ada format KAK yang baku dalam regulasi',"
          + " domain.md §4.5); ";

  /** PPRG-KAK-001: every ARG-tagged budget line names a KAK the plan holds. */
  public static final RuleId LINE_HAS_KAK = RuleId.parse("PPRG-KAK-001");

  /** PPRG-KAK-002: each KAK is based on a GBS the plan holds, the one its budget lines name. */
  public static final RuleId BASED_ON_GBS = RuleId.parse("PPRG-KAK-002");

  /** PPRG-KAK-003 (policy): the KAK states its background, purpose, method and scope. */
  public static final RuleId CONTENTS = RuleId.parse("PPRG-KAK-003");

  /** PPRG-KAK-004 (policy): the KAK states its beneficiaries by sex. */
  public static final RuleId BENEFICIARIES = RuleId.parse("PPRG-KAK-004");

  /** PPRG-KAK-005 (policy): the KAK's schedule lies within its fiscal year. */
  public static final RuleId SCHEDULE = RuleId.parse("PPRG-KAK-005");

  /** PPRG-KAK-006 (policy): the KAK states its cost, equal to its budget lines' total. */
  public static final RuleId COST = RuleId.parse("PPRG-KAK-006");

  /** PPRG-KAK-007 (policy): the KAK names a responsible official of its agency. */
  public static final RuleId RESPONSIBLE_OFFICIAL = RuleId.parse("PPRG-KAK-007");

  /** PPRG-KAK-008: the KAK's subject code matches its GBS's code. */
  public static final RuleId SUBJECT_MATCHES_GBS = RuleId.parse("PPRG-KAK-008");

  /**
   * The rules of this family, in id order.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> rules() {
    return ImmutableList.of(
        define(LINE_HAS_KAK, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, PERMEN_PPN_1)
            .source(REGIONAL_FORMAT, MAGELANG, "P24")
            .note(
                "The GBS is the basis of the KAK and both belong to the RKA/DPA (Permendagri as"
                    + " summarised by Inspektorat Kota Magelang [S]; chain GAP → GBS → KAK → RKA"
                    + " [C, 123dok]). Permen PPN 1/2021 (KAK accompanied by GBS as the support of"
                    + " an ARG tag) is the K/L rule, cited as a parallel.")
            .logic(KakRules::lineHasKak),
        define(BASED_ON_GBS, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, PERMEN_PPN_1)
            .source(REGIONAL_FORMAT, MAGELANG, "P24")
            .note(
                "The GBS is the basis of the KAK (Permendagri as summarised by Inspektorat Kota"
                    + " Magelang [S]); a KAK and the budget line it supports name the same GBS."
                    + " Permen PPN 1/2021 is the K/L rule, cited as a parallel.")
            .logic(KakRules::basedOnGbs),
        define(CONTENTS, Severity.WARNING)
            .policy(
                NO_FORMAT
                    + "the regional 'Tabel 8' format lists background, purpose, method, location,"
                    + " implementer and limits, so their presence is a configurable policy.")
            .cite(PERMENDAGRI_15, PERMENDAGRI_67)
            .source(REGIONAL_FORMAT, KL_GUIDE)
            .logic(KakRules::contents),
        define(BENEFICIARIES, Severity.WARNING)
            .policy(
                NO_FORMAT
                    + "both the regional 'Tabel 8' format and the K/L guide list the beneficiaries"
                    + " (penerima manfaat). Whether they are stated by sex is read from the wording"
                    + " (Wording.speaksOfWomenAndMen: names women and men, or says 'terpilah'). For"
                    + " the KAK of a category-1 line (anggaran khusus target gender), naming the one"
                    + " sex it serves is also enough (Wording.namesASex).")
            .cite(PERMENDAGRI_15, PERMENDAGRI_67)
            .source(REGIONAL_FORMAT, KL_GUIDE)
            .logic(KakRules::beneficiaries),
        define(SCHEDULE, Severity.WARNING)
            .policy(
                NO_FORMAT
                    + "both formats list a schedule (jadwal, kurun waktu). Keeping it within the"
                    + " KAK's fiscal year follows from the KAK supporting that year's RKA.")
            .cite(PERMENDAGRI_15, PERMENDAGRI_67)
            .source(REGIONAL_FORMAT, KL_GUIDE)
            .logic(KakRules::schedule),
        define(COST, Severity.WARNING)
            .policy(
                NO_FORMAT
                    + "both formats list the cost (biaya, RAB). Comparing it with the ceilings of"
                    + " the ARG-tagged budget lines that name the KAK is pug's reading of the KAK"
                    + " being attached to the RKA.")
            .cite(PERMENDAGRI_15, PERMENDAGRI_67)
            .source(REGIONAL_FORMAT, KL_GUIDE)
            .logic(KakRules::cost),
        define(RESPONSIBLE_OFFICIAL, Severity.WARNING)
            .policy(
                NO_FORMAT
                    + "both formats name a penanggung jawab (the K/L guide with NIP). The NIP is"
                    + " not required; the official is expected to belong to the KAK's agency.")
            .cite(PERMENDAGRI_15, PERMENDAGRI_67)
            .source(REGIONAL_FORMAT, KL_GUIDE)
            .logic(KakRules::responsibleOfficial),
        define(SUBJECT_MATCHES_GBS, Severity.WARNING)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67)
            .source(REGIONAL_FORMAT, MAGELANG)
            .note(
                "The KAK describes the activity whose GBS is its basis. Codes agree when equal or"
                    + " when one lies above the other (a KAK of a kegiatan covers its"
                    + " sub-kegiatan). A missing or dangling GBS is reported by PPRG-KAK-002.")
            .logic(KakRules::subjectMatchesGbs));
  }

  private static RuleDefinition define(RuleId id, Severity severity) {
    return RuleDefinition.of(id.value(), BUNDLE)
        .severity(severity)
        .category(RuleCategory.KAK)
        .effective(SINCE_67_2011);
  }

  // ----------------------------------------------------------------------------------------------
  // Helpers
  // ----------------------------------------------------------------------------------------------

  private static ElementPath pathOf(int index) {
    return ElementPath.of("termsOfReference", index);
  }

  private static Check open(RuleContext ctx, ElementPath path, TermsOfReference kak) {
    return ctx.check(path, kak.id().value(), kak.agency()).read("kak", kak.id());
  }

  /**
   * The ARG-tagged budget lines by the KAK their tag names, each in plan order: one pass over the
   * lines per validation, shared by the rules over every KAK, so that none scans every line for
   * each KAK.
   */
  private static final PlanDerived<ImmutableListMultimap<KakId, BudgetLine>> LINES_BY_KAK =
      PlanDerived.of("ARG-tagged lines by KAK", KakRules::linesByKak);

  /** The positions of the GBSs in the plan's list, by id: made once per validation. */
  private static final PlanDerived<ImmutableMap<GbsId, Integer>> GBS_POSITIONS =
      PlanDerived.positions(
          "GBS positions by id", RegionalPprgPlan::budgetStatements, GenderBudgetStatement::id);

  private static ImmutableListMultimap<KakId, BudgetLine> linesByKak(RegionalPprgPlan plan) {
    ImmutableListMultimap.Builder<KakId, BudgetLine> index = ImmutableListMultimap.builder();
    for (BudgetLine line : plan.budgetLines()) {
      Optional<ArgTag> tag = line.argTag();
      if (tag.isPresent() && tag.get().kak().isPresent()) {
        index.put(tag.get().kak().get(), line);
      }
    }
    return index.build();
  }

  /** The position of a GBS in the plan's list, if the plan holds it. */
  private static Optional<Integer> gbsIndex(RuleContext ctx, Optional<GbsId> id) {
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(ctx.derived(GBS_POSITIONS).get(id.get()));
  }

  // ----------------------------------------------------------------------------------------------
  // The chain: budget line → KAK → GBS
  // ----------------------------------------------------------------------------------------------

  static void lineHasKak(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    List<BudgetLine> lines = plan.budgetLines();
    ImmutableIntArray tagged = ctx.taggedLinePositions();
    for (int k = 0; k < tagged.length(); k++) {
      int i = tagged.get(k);
      BudgetLine line = lines.get(i);
      if (plan.kakOf(line).isPresent() && ctx.endedWithoutCheck(Outcome.PASSED)) {
        continue; // the fast path of a passing line: nothing of its check would be kept
      }
      Optional<KakId> kak = line.argTag().get().kak();
      Check check =
          ctx.check(
                  ElementPath.of("budgetLines", i).field("argTag").field("kak"),
                  line.id().value(),
                  line.agency())
              .read("line", line.id())
              .read("subActivity", line.subActivity());
      if (kak.isEmpty()) {
        check.violated("noKak");
        continue;
      }
      check
          .read("kak", kak.get())
          .passedIf(plan.termsOfReference(kak.get()).isPresent(), "unknownKak");
    }
  }

  static void basedOnGbs(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    List<TermsOfReference> all = plan.termsOfReference();
    ImmutableListMultimap<KakId, BudgetLine> byKak = ctx.derived(LINES_BY_KAK);
    for (int i = 0; i < all.size(); i++) {
      TermsOfReference kak = all.get(i);
      Check check = open(ctx, pathOf(i).field("gbs"), kak);
      if (kak.gbs().isEmpty()) {
        check.violated("noGbs");
        continue;
      }
      GbsId gbs = kak.gbs().get();
      check.read("gbs", gbs);
      if (plan.budgetStatement(gbs).isEmpty()) {
        check.violated("unknownGbs");
        continue;
      }
      Optional<BudgetLine> conflicting =
          byKak.get(kak.id()).stream()
              .filter(l -> l.argTag().flatMap(ArgTag::gbs).map(g -> !g.equals(gbs)).orElse(false))
              .findFirst();
      if (conflicting.isPresent()) {
        check
            .read("kakGbs", gbs)
            .read("lineGbs", conflicting.get().argTag().flatMap(ArgTag::gbs).orElseThrow())
            .read("line", conflicting.get().id())
            .violated("otherGbs");
      } else {
        check.passed();
      }
    }
  }

  // ----------------------------------------------------------------------------------------------
  // Contents (policy: no binding regional format)
  // ----------------------------------------------------------------------------------------------

  /** A part of the KAK that should be filled in: its field, its name and whether it is there. */
  private record Part(String field, LocalizedText name, boolean present) {}

  private static final LocalizedText BACKGROUND = LocalizedText.of("latar belakang", "background");
  private static final LocalizedText PURPOSE = LocalizedText.of("maksud dan tujuan", "purpose");
  private static final LocalizedText METHOD = LocalizedText.of("cara pelaksanaan", "method");
  private static final LocalizedText LOCATION = LocalizedText.of("lokasi", "location");
  private static final LocalizedText IMPLEMENTER = LocalizedText.of("pelaksana", "implementer");
  private static final LocalizedText LIMITS =
      LocalizedText.of("batasan kegiatan", "limits of the activity");

  static void contents(RuleContext ctx) {
    List<TermsOfReference> all = ctx.plan().termsOfReference();
    for (int i = 0; i < all.size(); i++) {
      TermsOfReference kak = all.get(i);
      ImmutableList<Part> parts =
          ImmutableList.of(
              new Part("background", BACKGROUND, kak.background().isPresent()),
              new Part("purpose", PURPOSE, kak.purpose().isPresent()),
              new Part("method", METHOD, kak.method().isPresent()),
              new Part("location", LOCATION, kak.location().isPresent()),
              new Part("implementer", IMPLEMENTER, kak.implementer().isPresent()),
              new Part("limits", LIMITS, kak.limits().isPresent()));
      ImmutableList.Builder<LocalizedText> missing = ImmutableList.builder();
      Part first = null;
      for (Part part : parts) {
        if (!part.present()) {
          missing.add(part.name());
          if (first == null) {
            first = part;
          }
        }
      }
      Check check = open(ctx, pathOf(i), kak).read("missing", missing.build());
      if (first != null) {
        check.at(pathOf(i).field(first.field())).violated("missing");
      } else {
        check.passed();
      }
    }
  }

  static void beneficiaries(RuleContext ctx) {
    List<TermsOfReference> all = ctx.plan().termsOfReference();
    ImmutableListMultimap<KakId, BudgetLine> byKak = ctx.derived(LINES_BY_KAK);
    for (int i = 0; i < all.size(); i++) {
      TermsOfReference kak = all.get(i);
      Check check = open(ctx, pathOf(i).field("beneficiaries"), kak);
      if (kak.beneficiaries().isEmpty()) {
        check.violated("noBeneficiaries");
        continue;
      }
      String beneficiaries = kak.beneficiaries().get();
      boolean specificTarget =
          byKak.get(kak.id()).stream()
              .anyMatch(l -> l.argTag().get().category() == ArgCategory.SPECIFIC_TARGET);
      check
          .read("beneficiaries", beneficiaries)
          .read("specificTarget", specificTarget)
          .passedIf(
              Wording.speaksOfWomenAndMen(beneficiaries)
                  || (specificTarget && Wording.namesASex(beneficiaries)),
              "notBySex");
    }
  }

  static void schedule(RuleContext ctx) {
    List<TermsOfReference> all = ctx.plan().termsOfReference();
    for (int i = 0; i < all.size(); i++) {
      TermsOfReference kak = all.get(i);
      ElementPath at = pathOf(i);
      Year year = kak.fiscalYear();
      Check check =
          open(ctx, at, kak)
              .read("fiscalYear", year)
              .readIfPresent("start", kak.start())
              .readIfPresent("end", kak.end());
      if (kak.start().isEmpty() || kak.end().isEmpty()) {
        check.at(at.field(kak.start().isEmpty() ? "start" : "end")).violated("noSchedule");
        continue;
      }
      YearMonth start = kak.start().get();
      YearMonth end = kak.end().get();
      if (start.getYear() != year.getValue()) {
        check.at(at.field("start")).violated("outsideYear");
      } else if (end.getYear() != year.getValue()) {
        check.at(at.field("end")).violated("outsideYear");
      } else {
        check.passed();
      }
    }
  }

  static void cost(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    List<TermsOfReference> all = plan.termsOfReference();
    ImmutableListMultimap<KakId, BudgetLine> byKak = ctx.derived(LINES_BY_KAK);
    for (int i = 0; i < all.size(); i++) {
      TermsOfReference kak = all.get(i);
      Check check = open(ctx, pathOf(i).field("cost"), kak);
      if (kak.cost().isEmpty()) {
        check.violated("noCost");
        continue;
      }
      Rupiah cost = kak.cost().get();
      ImmutableList<BudgetLine> lines = byKak.get(kak.id());
      check.read("cost", cost).readLazily("lines", () -> Lists.transform(lines, BudgetLine::id));
      if (lines.isEmpty()) {
        // The cost is stated; no tagged line names the KAK, so there is no ceiling to compare.
        check.passed();
        continue;
      }
      BigDecimal total = Values.total(Lists.transform(lines, BudgetLine::amount));
      check
          .read("linesTotal", Values.amount(total))
          .passedIf(cost.toBigDecimal().compareTo(total) == 0, "mismatch");
    }
  }

  static void responsibleOfficial(RuleContext ctx) {
    List<TermsOfReference> all = ctx.plan().termsOfReference();
    for (int i = 0; i < all.size(); i++) {
      TermsOfReference kak = all.get(i);
      ElementPath at = pathOf(i).field("responsibleOfficial");
      Check check = open(ctx, at, kak).read("agency", kak.agency());
      if (kak.responsibleOfficial().isEmpty()) {
        check.violated("noOfficial");
        continue;
      }
      Official official = kak.responsibleOfficial().get();
      check.readLazily("official", official::displayName).read("officialAgency", official.agency());
      if (official.agency().equals(kak.agency())) {
        check.passed();
      } else {
        check.at(at.field("agency")).violated("otherAgency");
      }
    }
  }

  // ----------------------------------------------------------------------------------------------
  // The KAK and its GBS
  // ----------------------------------------------------------------------------------------------

  static void subjectMatchesGbs(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    List<TermsOfReference> all = plan.termsOfReference();
    for (int i = 0; i < all.size(); i++) {
      TermsOfReference kak = all.get(i);
      ElementPath at = pathOf(i);
      Check check = open(ctx, at.field("subject"), kak).readIfPresent("gbs", kak.gbs());
      Optional<Integer> j = gbsIndex(ctx, kak.gbs());
      if (j.isEmpty()) {
        // PPRG-KAK-002 reports the missing or dangling GBS; the codes cannot be compared.
        check.at(at.field("gbs")).insufficientData("noGbsFound");
        continue;
      }
      GenderBudgetStatement gbs = plan.budgetStatements().get(j.get());
      if (kak.subject().isEmpty()) {
        check.insufficientData("noSubject");
        continue;
      }
      NomenclatureCode kakSubject = kak.subject().get();
      check.read("kakSubject", kakSubject);
      Optional<NomenclatureCode> gbsSubject =
          gbs.subActivity().or(gbs::activity).or(gbs::programme);
      if (gbsSubject.isEmpty()) {
        // PPRG-GBS-001 reports the GBS's missing codes.
        check
            .at(ElementPath.of("budgetStatements", j.get()).field("subActivity"))
            .insufficientData("noSubject");
        continue;
      }
      check.read("gbsSubject", gbsSubject.get());
      boolean related =
          kakSubject.equals(gbsSubject.get())
              || kakSubject.isAncestorOf(gbsSubject.get())
              || gbsSubject.get().isAncestorOf(kakSubject);
      check.passedIf(related, "otherSubject");
    }
  }
}
