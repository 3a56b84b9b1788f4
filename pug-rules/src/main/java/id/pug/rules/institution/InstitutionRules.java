package id.pug.rules.institution;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyRole;
import id.pug.core.agency.Official;
import id.pug.core.law.Decree;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pokja.ActionArea;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.pokja.ForumPuspa;
import id.pug.core.pokja.ForumSector;
import id.pug.core.pokja.PokjaPug;
import id.pug.rules.engine.Check;
import id.pug.rules.engine.EffectivePeriod;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.engine.MessageBundle;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleContext;
import id.pug.rules.engine.RuleDefinition;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import id.pug.rules.wording.Wording;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PUG institutions (kelembagaan PUG): the Pokja PUG, focal points, the RAD PUG and the Pokja's
 * annual work plan, Forum PUSPA.
 *
 * <p>Legal basis: Permendagri 15/2008 as amended by Permendagri 67/2011 — the Pokja PUG is formed
 * by decree of the head of region, chaired by the head of the planning agency, with the head of the
 * women's empowerment agency as secretary and all agency heads as members; every agency has focal
 * points; the RAD PUG has four content areas ({@code domain.md} §2.2, §2.3, §7.1, quoted by
 * regional sources). DIY Perda 4/2023 Pasal 8 states the same composition and is cited as a mirror.
 * The article numbers of the Permendagri are not in pug's sources, so the Permendagri is cited as a
 * whole. The technical team and Forum PUSPA's membership and terms rest on practice, not on a
 * confirmed regulation: those rules are configurable policies.
 */
public final class InstitutionRules {
  private InstitutionRules() {}

  static final MessageBundle BUNDLE = MessageBundle.load(InstitutionRules.class);

  private static final String PERMENDAGRI_15 = "Permendagri 15/2008";
  private static final String PERMENDAGRI_67 = "Permendagri 67/2011";
  private static final String DIY_PASAL_8 = "Perda Daerah Istimewa Yogyakarta 4/2023 Pasal 8";
  private static final EffectivePeriod SINCE_67_2011 =
      EffectivePeriod.fromYearOf(2011, PERMENDAGRI_67);

  /** PPRG-INST-001: the region has a Pokja PUG. */
  public static final RuleId POKJA_EXISTS = RuleId.parse("PPRG-INST-001");

  /** PPRG-INST-002: the Pokja PUG is formed by decree of the head of region. */
  public static final RuleId POKJA_DECREE = RuleId.parse("PPRG-INST-002");

  /** PPRG-INST-003: the Pokja's chair is the head of the planning agency. */
  public static final RuleId POKJA_CHAIR = RuleId.parse("PPRG-INST-003");

  /** PPRG-INST-004: the Pokja's secretary is the head of the agency for urusan 2.08. */
  public static final RuleId POKJA_SECRETARY = RuleId.parse("PPRG-INST-004");

  /** PPRG-INST-005: every agency's head sits in the Pokja. */
  public static final RuleId POKJA_ALL_AGENCIES = RuleId.parse("PPRG-INST-005");

  /** PPRG-INST-006: the Pokja's members are heads of agencies. */
  public static final RuleId POKJA_MEMBERS_HEADS = RuleId.parse("PPRG-INST-006");

  /** PPRG-INST-007: every agency has a focal point. */
  public static final RuleId FOCAL_POINT_PER_AGENCY = RuleId.parse("PPRG-INST-007");

  /** PPRG-INST-008: every focal point is appointed by decree. */
  public static final RuleId FOCAL_POINT_DECREE = RuleId.parse("PPRG-INST-008");

  /** PPRG-INST-009 (policy): the Pokja has a technical team. */
  public static final RuleId TECHNICAL_TEAM = RuleId.parse("PPRG-INST-009");

  /** PPRG-INST-010: a RAD PUG covers the fiscal year. */
  public static final RuleId RAD_PUG_EXISTS = RuleId.parse("PPRG-INST-010");

  /** PPRG-INST-011: the RAD PUG covers its four content areas. */
  public static final RuleId RAD_PUG_AREAS = RuleId.parse("PPRG-INST-011");

  /** PPRG-INST-012: the Pokja has an annual work plan for the fiscal year. */
  public static final RuleId POKJA_WORK_PLAN = RuleId.parse("PPRG-INST-012");

  /** PPRG-INST-013 (policy): the plan records the region's Forum PUSPA. */
  public static final RuleId FORUM_EXISTS = RuleId.parse("PPRG-INST-013");

  /** PPRG-INST-014 (policy): Forum PUSPA has members from its minimum sectors. */
  public static final RuleId FORUM_SECTORS = RuleId.parse("PPRG-INST-014");

  /** PPRG-INST-015 (policy): Forum PUSPA's term is current on the as-of date. */
  public static final RuleId FORUM_TERM = RuleId.parse("PPRG-INST-015");

  /**
   * The rules of this family, in id order.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> rules() {
    return ImmutableList.of(
        define(POKJA_EXISTS, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, DIY_PASAL_8)
            .logic(InstitutionRules::pokjaExists),
        define(POKJA_DECREE, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, DIY_PASAL_8)
            .logic(InstitutionRules::pokjaDecree),
        define(POKJA_CHAIR, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, DIY_PASAL_8)
            .note(
                "Whether the official heads the agency is read from the position as written"
                    + " (Kepala …); see Wording.isHeadOfAgency.")
            .logic(
                ctx -> officer(ctx, "chair", PokjaPug::chair, AgencyRole.PLANNING, "notPlanning")),
        define(POKJA_SECRETARY, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, DIY_PASAL_8)
            .note(
                "The agency for women's empowerment is recognised by urusan 2.08, whatever its"
                    + " name (DP3APPKB, DKP3A, DP2KBP3A…).")
            .logic(
                ctx ->
                    officer(
                        ctx,
                        "secretary",
                        PokjaPug::secretary,
                        AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION,
                        "notWomenEmpowerment")),
        define(POKJA_ALL_AGENCIES, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, DIY_PASAL_8)
            .logic(InstitutionRules::allAgenciesInPokja),
        define(POKJA_MEMBERS_HEADS, Severity.WARNING)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, DIY_PASAL_8)
            .note(
                "A warning, not an error: regions may add members from outside government"
                    + " (Bengkayang proposal, 2026 [S]); the position is read as written.")
            .logic(InstitutionRules::membersAreHeads),
        define(FOCAL_POINT_PER_AGENCY, Severity.ERROR)
            .legal(PERMENDAGRI_67, PERMENDAGRI_15)
            .logic(InstitutionRules::focalPointPerAgency),
        define(FOCAL_POINT_DECREE, Severity.ERROR)
            .legal(PERMENDAGRI_67, PERMENDAGRI_15)
            .note(
                "Appointment by decree (SK) [S]: signed by the head of the agency in Parepare's"
                    + " APE preparation (2023), by the Bupati in Murung Raya (2025); the signer is"
                    + " not checked.")
            .source(
                "https://paddennuang.com/2023/09/19/pemkot-parepare-persiapan-serius-jelang-penilaian-anugerah-parahita-ekapraya/2")
            .logic(InstitutionRules::focalPointDecree),
        define(TECHNICAL_TEAM, Severity.WARNING)
            .policy(
                "The technical team (tim teknis) that analyses the regional budget is commonly"
                    + " listed among the Pokja's duties, but the text is UNCONFIRMED in pug's"
                    + " sources (domain.md §2.4).")
            .cite(PERMENDAGRI_67)
            .source("REF-DOMAIN")
            .logic(InstitutionRules::technicalTeam),
        define(RAD_PUG_EXISTS, Severity.ERROR)
            .legal(PERMENDAGRI_67, PERMENDAGRI_15)
            .note(
                "The RAD PUG and its content are quoted from Permendagri 67/2011 by a regional"
                    + " indicator book [S] (domain.md §2.2).")
            .source("https://fliphtml5.com/nzuai/wcfu/metadata_05072023/3")
            .logic(InstitutionRules::radPugExists),
        define(RAD_PUG_AREAS, Severity.ERROR)
            .legal(PERMENDAGRI_67, PERMENDAGRI_15)
            .source("https://fliphtml5.com/nzuai/wcfu/metadata_05072023/3")
            .logic(InstitutionRules::radPugAreas),
        define(POKJA_WORK_PLAN, Severity.WARNING)
            .legal(PERMENDAGRI_67, PERMENDAGRI_15)
            .note(
                "The annual PUG work plan is defined (made by the Pokja, elaborating the RAD PUG)"
                    + " in the quoted definitions [S]; a warning because the obligation's wording"
                    + " is not in pug's sources.")
            .source("https://fliphtml5.com/nzuai/wcfu/metadata_05072023/3", "SEED-003")
            .logic(InstitutionRules::pokjaWorkPlan),
        define(FORUM_EXISTS, Severity.INFO)
            .policy(
                "Forum PUSPA is a KemenPPPA initiative (2016) formed by regional PPPA agencies;"
                    + " no regulation in pug's sources makes it mandatory.")
            .source(
                "https://kemenpppa.go.id/index.php/page/read/31/1461/partisipasi-publik-untuk-kesejahteraan-perempuan-dan-anak-indonesia",
                "SEED-000")
            .logic(InstitutionRules::forumExists),
        define(FORUM_SECTORS, Severity.WARNING)
            .policy(
                "The minimum membership was named by KemenPPPA's Asdep in 2019 [S]; it is not a"
                    + " regulation in pug's sources.")
            .source("https://dkp3a.kaltimprov.go.id/berita/detail/1167")
            .logic(InstitutionRules::forumSectors),
        define(FORUM_TERM, Severity.WARNING)
            .policy(
                "Forum boards serve fixed terms by decree (Kalimantan Barat 2026–2028, seed 000;"
                    + " Sumatera Utara needed an extension after expiry in 2025 [S]); the length of"
                    + " a term is not a rule.")
            .source("SEED-000")
            .logic(InstitutionRules::forumTerm));
  }

  private static RuleDefinition define(RuleId id, Severity severity) {
    return RuleDefinition.of(id.value(), BUNDLE)
        .severity(severity)
        .category(RuleCategory.INSTITUTIONS)
        .effective(SINCE_67_2011);
  }

  // ----------------------------------------------------------------------------------------------
  // Pokja PUG
  // ----------------------------------------------------------------------------------------------

  static void pokjaExists(RuleContext ctx) {
    Check check = ctx.checkPlan().at(ElementPath.of("pokja"));
    check.read("region", ctx.plan().region());
    check.passedIf(ctx.plan().pokja().isPresent(), "missing");
  }

  static void pokjaDecree(RuleContext ctx) {
    Check check = ctx.check(ElementPath.of("pokja", "decree"), "pokja");
    Optional<PokjaPug> pokja = ctx.plan().pokja();
    if (pokja.isEmpty()) {
      check.at(ElementPath.of("pokja")).insufficientData("common.noPokja");
      return;
    }
    Optional<Decree> decree = pokja.get().decree();
    if (decree.isEmpty()) {
      check.violated("noDecree");
      return;
    }
    check.read("decree", decree.get().number()).read("issuer", issuer(decree.get().issuer()));
    check
        .at(ElementPath.of("pokja", "decree", "issuer"))
        .passedIf(decree.get().issuer() == Decree.Issuer.HEAD_OF_REGION, "wrongIssuer");
  }

  private static LocalizedText issuer(Decree.Issuer issuer) {
    String english =
        switch (issuer) {
          case HEAD_OF_REGION -> "head of region";
          case HEAD_OF_AGENCY -> "head of an agency";
          case REGIONAL_SECRETARY -> "regional secretary";
          case OTHER -> "other";
        };
    return LocalizedText.of(issuer.indonesian(), english);
  }

  private static void officer(
      RuleContext ctx,
      String field,
      java.util.function.Function<PokjaPug, Optional<Official>> office,
      AgencyRole role,
      String wrongAgencyKey) {
    Check check = ctx.check(ElementPath.of("pokja", field), "pokja");
    Optional<PokjaPug> pokja = ctx.plan().pokja();
    if (pokja.isEmpty()) {
      check.at(ElementPath.of("pokja")).insufficientData("common.noPokja");
      return;
    }
    Optional<Official> official = office.apply(pokja.get());
    if (official.isEmpty()) {
      check.violated("missing");
      return;
    }
    AgencyId agencyId = official.get().agency();
    check.read("official", official.get().displayName()).read("agency", agencyId);
    Optional<Agency> agency = ctx.plan().agency(agencyId);
    if (agency.isEmpty()) {
      check.at(ElementPath.of("pokja", field, "agency")).insufficientData("common.unknownAgency");
      return;
    }
    check.read("agencyName", agency.get().shortName());
    if (!agency.get().hasRole(role)) {
      check.at(ElementPath.of("pokja", field, "agency")).violated(wrongAgencyKey);
      return;
    }
    Optional<String> position = official.get().position();
    if (position.isEmpty()) {
      check.insufficientData("noPosition");
      return;
    }
    check.read("position", position.get());
    check
        .at(ElementPath.of("pokja", field, "position"))
        .passedIf(Wording.isHeadOfAgency(position.get()), "notHead");
  }

  static void allAgenciesInPokja(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    for (Map.Entry<AgencyId, Agency> entry : plan.agencies().entrySet()) {
      AgencyId id = entry.getKey();
      Check check =
          ctx.check(ElementPath.of("pokja", "members"), id.value(), id)
              .read("agency", id)
              .read("agencyName", entry.getValue().shortName());
      if (plan.pokja().isEmpty()) {
        check.at(ElementPath.of("pokja")).insufficientData("common.noPokja");
        continue;
      }
      PokjaPug pokja = plan.pokja().get();
      boolean sits =
          pokja.members().stream().anyMatch(m -> m.agency().equals(id))
              || pokja.chair().map(o -> o.agency().equals(id)).orElse(false)
              || pokja.secretary().map(o -> o.agency().equals(id)).orElse(false);
      check.passedIf(sits, "notMember");
    }
  }

  static void membersAreHeads(RuleContext ctx) {
    Optional<PokjaPug> pokja = ctx.plan().pokja();
    if (pokja.isEmpty()) {
      ctx.check(ElementPath.of("pokja"), "pokja").insufficientData("common.noPokja");
      return;
    }
    List<Official> members = pokja.get().members();
    for (int i = 0; i < members.size(); i++) {
      Official member = members.get(i);
      Check check =
          ctx.check(
                  ElementPath.of("pokja", "members").index(i),
                  "pokja.members: " + member.displayName(),
                  member.agency())
              .read("member", member.displayName())
              .read("agency", member.agency());
      if (member.position().isEmpty()) {
        check.insufficientData("noPosition");
        continue;
      }
      check.read("position", member.position().get());
      check.passedIf(Wording.isHeadOfAgency(member.position().get()), "notHead");
    }
  }

  static void technicalTeam(RuleContext ctx) {
    Check check = ctx.check(ElementPath.of("pokja", "technicalTeam"), "pokja");
    Optional<PokjaPug> pokja = ctx.plan().pokja();
    if (pokja.isEmpty()) {
      check.at(ElementPath.of("pokja")).insufficientData("common.noPokja");
      return;
    }
    check.read("members", (long) pokja.get().technicalTeam().size());
    check.passedIf(!pokja.get().technicalTeam().isEmpty(), "missing");
  }

  // ----------------------------------------------------------------------------------------------
  // Focal points
  // ----------------------------------------------------------------------------------------------

  static void focalPointPerAgency(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    for (Map.Entry<AgencyId, Agency> entry : plan.agencies().entrySet()) {
      AgencyId id = entry.getKey();
      int count = plan.focalPointsOf(id).size();
      ctx.check(ElementPath.of("focalPoints"), id.value(), id)
          .read("agency", id)
          .read("agencyName", entry.getValue().shortName())
          .read("focalPoints", (long) count)
          .passedIf(count > 0, "none");
    }
  }

  static void focalPointDecree(RuleContext ctx) {
    List<FocalPoint> focalPoints = ctx.plan().focalPoints();
    for (int i = 0; i < focalPoints.size(); i++) {
      FocalPoint focalPoint = focalPoints.get(i);
      ctx.check(
              ElementPath.of("focalPoints", i).field("decree"),
              focalPoint.agency().value() + ": " + focalPoint.official().displayName(),
              focalPoint.agency())
          .read("official", focalPoint.official().displayName())
          .read("agency", focalPoint.agency())
          .read(
              "agencyName",
              ctx.plan()
                  .agency(focalPoint.agency())
                  .map(Agency::shortName)
                  .orElse(focalPoint.agency().value()))
          .passedIf(focalPoint.decree().isPresent(), "noDecree");
    }
  }

  // ----------------------------------------------------------------------------------------------
  // RAD PUG and the Pokja's work plan
  // ----------------------------------------------------------------------------------------------

  private static ImmutableList<ActionPlan> plansOf(
      RegionalPprgPlan plan, ActionPlanKind kind, Year year) {
    return plan.actionPlans().stream()
        .filter(p -> p.kind() == kind && p.period().contains(year))
        .collect(ImmutableList.toImmutableList());
  }

  static void radPugExists(RuleContext ctx) {
    Year year = ctx.plan().fiscalYear();
    ctx.checkPlan()
        .at(ElementPath.of("actionPlans"))
        .read("fiscalYear", year)
        .passedIf(!plansOf(ctx.plan(), ActionPlanKind.RAD_PUG, year).isEmpty(), "missing");
  }

  private static final ImmutableMap<ActionArea, LocalizedText> AREAS =
      ImmutableMap.of(
          ActionArea.LEGISLATION,
          LocalizedText.of(
              "a. " + ActionArea.LEGISLATION.indonesian(), "a. PUG in regional legislation"),
          ActionArea.DEVELOPMENT_CYCLE,
          LocalizedText.of(
              "b. " + ActionArea.DEVELOPMENT_CYCLE.indonesian(),
              "b. PUG in the regional development cycle"),
          ActionArea.INSTITUTIONS,
          LocalizedText.of(
              "c. " + ActionArea.INSTITUTIONS.indonesian(), "c. strengthening PUG institutions"),
          ActionArea.PUBLIC_PARTICIPATION,
          LocalizedText.of(
              "d. " + ActionArea.PUBLIC_PARTICIPATION.indonesian(),
              "d. strengthening public participation"));

  static void radPugAreas(RuleContext ctx) {
    List<ActionPlan> plans = ctx.plan().actionPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan rad = plans.get(i);
      if (rad.kind() != ActionPlanKind.RAD_PUG) {
        continue;
      }
      ImmutableList<LocalizedText> missing =
          rad.areasWithoutActions().stream()
              .map(AREAS::get)
              .collect(ImmutableList.toImmutableList());
      ctx.check(ElementPath.of("actionPlans", i).field("actions"), rad.id().value())
          .read("actionPlan", rad.id())
          .read("missingAreas", missing)
          .passedIf(missing.isEmpty(), "missingAreas");
    }
  }

  static void pokjaWorkPlan(RuleContext ctx) {
    Year year = ctx.plan().fiscalYear();
    ctx.checkPlan()
        .at(ElementPath.of("actionPlans"))
        .read("fiscalYear", year)
        .passedIf(!plansOf(ctx.plan(), ActionPlanKind.POKJA_WORK_PLAN, year).isEmpty(), "missing");
  }

  // ----------------------------------------------------------------------------------------------
  // Forum PUSPA
  // ----------------------------------------------------------------------------------------------

  private static final ImmutableMap<ForumSector, LocalizedText> SECTORS =
      ImmutableMap.of(
          ForumSector.PROFESSIONAL_BODY,
          LocalizedText.of(ForumSector.PROFESSIONAL_BODY.indonesian(), "professional bodies"),
          ForumSector.BUSINESS,
          LocalizedText.of(ForumSector.BUSINESS.indonesian(), "business"),
          ForumSector.MEDIA,
          LocalizedText.of(ForumSector.MEDIA.indonesian(), "print and electronic media"),
          ForumSector.MASS_ORGANISATION,
          LocalizedText.of(ForumSector.MASS_ORGANISATION.indonesian(), "community organisations"),
          ForumSector.RELIGIOUS_ORGANISATION,
          LocalizedText.of(
              ForumSector.RELIGIOUS_ORGANISATION.indonesian(), "religious organisations"),
          ForumSector.ACADEMIA,
          LocalizedText.of(ForumSector.ACADEMIA.indonesian(), "academia"));

  static void forumExists(RuleContext ctx) {
    ctx.checkPlan()
        .at(ElementPath.of("forumPuspa"))
        .read("region", ctx.plan().region())
        .passedIf(ctx.plan().forumPuspa().isPresent(), "missing");
  }

  static void forumSectors(RuleContext ctx) {
    Optional<ForumPuspa> forum = ctx.plan().forumPuspa();
    if (forum.isEmpty()) {
      return;
    }
    Check check =
        ctx.check(ElementPath.of("forumPuspa", "members"), "forumPuspa")
            .read("members", (long) forum.get().members().size());
    if (forum.get().members().isEmpty()) {
      // No member recorded at all: the plan does not say who the members are.
      check.insufficientData("noMembers");
      return;
    }
    ImmutableList<LocalizedText> missing =
        forum.get().sectorsWithoutMembers().stream()
            .map(SECTORS::get)
            .collect(ImmutableList.toImmutableList());
    check.read("missingSectors", missing).passedIf(missing.isEmpty(), "missingSectors");
  }

  static void forumTerm(RuleContext ctx) {
    Optional<ForumPuspa> forum = ctx.plan().forumPuspa();
    if (forum.isEmpty()) {
      return;
    }
    LocalDate asOf = ctx.asOf();
    Check check = ctx.check(ElementPath.of("forumPuspa", "term"), "forumPuspa").read("asOf", asOf);
    if (forum.get().term().isEmpty()) {
      check.insufficientData("noTerm");
      return;
    }
    check.read("term", forum.get().term().get().toString());
    check.passedIf(forum.get().term().get().contains(Year.from(asOf)), "notCurrent");
  }
}
