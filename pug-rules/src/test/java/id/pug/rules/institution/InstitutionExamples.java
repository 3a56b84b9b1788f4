package id.pug.rules.institution;

import static id.pug.rules.institution.InstitutionRules.FOCAL_POINT_DECREE;
import static id.pug.rules.institution.InstitutionRules.FOCAL_POINT_PER_AGENCY;
import static id.pug.rules.institution.InstitutionRules.FORUM_EXISTS;
import static id.pug.rules.institution.InstitutionRules.FORUM_SECTORS;
import static id.pug.rules.institution.InstitutionRules.FORUM_TERM;
import static id.pug.rules.institution.InstitutionRules.POKJA_ALL_AGENCIES;
import static id.pug.rules.institution.InstitutionRules.POKJA_CHAIR;
import static id.pug.rules.institution.InstitutionRules.POKJA_DECREE;
import static id.pug.rules.institution.InstitutionRules.POKJA_EXISTS;
import static id.pug.rules.institution.InstitutionRules.POKJA_MEMBERS_HEADS;
import static id.pug.rules.institution.InstitutionRules.POKJA_SECRETARY;
import static id.pug.rules.institution.InstitutionRules.POKJA_WORK_PLAN;
import static id.pug.rules.institution.InstitutionRules.RAD_PUG_AREAS;
import static id.pug.rules.institution.InstitutionRules.RAD_PUG_EXISTS;
import static id.pug.rules.institution.InstitutionRules.TECHNICAL_TEAM;
import static id.pug.rules.testing.RuleExample.failing;
import static id.pug.rules.testing.RuleExample.lacking;
import static id.pug.rules.testing.RuleExample.notApplicable;
import static id.pug.rules.testing.RuleExample.passing;

import com.google.common.collect.ImmutableList;
import id.pug.core.agency.Official;
import id.pug.core.law.Decree;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.PerformanceIndicator;
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
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleExample;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.function.UnaryOperator;

/** Passing and failing examples of the institution rules, on the Kapuas fixture. */
public final class InstitutionExamples {
  private InstitutionExamples() {}

  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();
  private static final PokjaPug POKJA = KAPUAS.pokja().orElseThrow();

  private static RegionalPprgPlan pokja(UnaryOperator<PokjaPug.Builder> change) {
    return Plans.kapuas(p -> p.pokja(change.apply(PokjaPug.builder().from(POKJA)).build()));
  }

  private static Decree decree(Decree.Issuer issuer) {
    return Decree.builder().number("contoh/2025").issuer(issuer).build();
  }

  /** A Pokja work plan for 2025 with one action, illustrative. */
  static ActionPlan workPlan() {
    return ActionPlan.builder()
        .id(ActionPlanId.of("renja-pokja-2025"))
        .kind(ActionPlanKind.POKJA_WORK_PLAN)
        .region(PlanFixtures.KAPUAS)
        .period(YearRange.of(Year.of(2025)))
        .title("Rencana Kerja Pokja PUG Kabupaten Kapuas 2025")
        .addAction(
            PlannedAction.builder()
                .description("Rapat koordinasi Pokja PUG triwulanan")
                .area(ActionArea.INSTITUTIONS)
                .responsibleAgency(PlanFixtures.BAPPEDA)
                .start(YearMonth.of(2025, 3))
                .end(YearMonth.of(2025, 12))
                .addIndicator(
                    PerformanceIndicator.builder()
                        .name("Jumlah rapat koordinasi Pokja PUG")
                        .unit("Kali")
                        .level(IndicatorLevel.OUTPUT)
                        .build())
                .build())
        .build();
  }

  /** A Forum PUSPA with one member from each minimum sector, term 2025–2027, illustrative. */
  static ForumPuspa forum() {
    ForumPuspa.Builder forum =
        ForumPuspa.builder()
            .region(PlanFixtures.KAPUAS)
            .name("Forum PUSPA Kabupaten Kapuas")
            .term(YearRange.of(Year.of(2025), Year.of(2027)));
    for (ForumSector sector : ForumSector.values()) {
      if (sector != ForumSector.OTHER) {
        forum.addMember(ForumMember.of("Anggota contoh " + sector.indonesian(), sector));
      }
    }
    return forum.build();
  }

  /**
   * The examples.
   *
   * @return every example of the family
   */
  public static ImmutableList<RuleExample> examples() {
    RegionalPprgPlan noPokja = Plans.kapuas(p -> p.pokja(java.util.Optional.empty()));
    return ImmutableList.of(
        passing(POKJA_EXISTS, "Kapuas records its Pokja PUG", KAPUAS, "pokja"),
        failing(POKJA_EXISTS, "a plan without a Pokja PUG", noPokja, "pokja"),
        passing(POKJA_DECREE, "the Pokja is formed by SK Bupati", KAPUAS, "pokja.decree.issuer"),
        failing(
            POKJA_DECREE,
            "the Pokja's decree is signed by the head of an agency",
            pokja(p -> p.decree(decree(Decree.Issuer.HEAD_OF_AGENCY))),
            "pokja.decree.issuer"),
        failing(
            POKJA_DECREE,
            "the Pokja records no decree",
            pokja(p -> p.decree(java.util.Optional.empty())),
            "pokja.decree"),
        lacking(POKJA_DECREE, "no Pokja to check", noPokja, "pokja"),
        passing(
            POKJA_CHAIR, "the head of Bappeda chairs the Pokja", KAPUAS, "pokja.chair.position"),
        failing(
            POKJA_CHAIR,
            "the head of the DP3APPKB chairs the Pokja",
            pokja(p -> p.chair(POKJA.secretary().orElseThrow())),
            "pokja.chair.agency"),
        failing(
            POKJA_CHAIR,
            "a division head of Bappeda chairs the Pokja",
            pokja(
                p ->
                    p.chair(
                        Official.ofPosition(
                            "Kepala Bidang Pemerintahan dan Pembangunan Manusia",
                            PlanFixtures.BAPPEDA))),
            "pokja.chair.position"),
        lacking(
            POKJA_CHAIR,
            "the chair is named without a position",
            pokja(
                p ->
                    p.chair(
                        Official.builder()
                            .name("Contoh Nama")
                            .agency(PlanFixtures.BAPPEDA)
                            .build())),
            "pokja.chair"),
        lacking(POKJA_CHAIR, "no Pokja whose chair to check", noPokja, "pokja"),
        lacking(
            POKJA_CHAIR,
            "the chair belongs to an agency the plan does not hold",
            pokja(
                p ->
                    p.chair(
                        Official.ofPosition(
                            "Kepala Badan", id.pug.core.agency.AgencyId.of("badan-tidak-ada")))),
            "pokja.chair.agency"),
        passing(
            POKJA_SECRETARY,
            "the head of the DP3APPKB is secretary",
            KAPUAS,
            "pokja.secretary.position"),
        failing(
            POKJA_SECRETARY,
            "the head of the finance agency is secretary",
            pokja(p -> p.secretary(Official.ofPosition("Kepala BPKAD", PlanFixtures.BPKAD))),
            "pokja.secretary.agency"),
        failing(
            POKJA_SECRETARY,
            "the Pokja has no secretary",
            pokja(p -> p.secretary(java.util.Optional.empty())),
            "pokja.secretary"),
        passing(POKJA_ALL_AGENCIES, "all four agencies sit in the Pokja", KAPUAS, "pokja.members"),
        failing(
            POKJA_ALL_AGENCIES,
            "the inspectorate has no member in the Pokja",
            pokja(p -> p.members(Plans.without(POKJA.members(), 3))),
            "pokja.members"),
        lacking(POKJA_ALL_AGENCIES, "no Pokja whose members to check", noPokja, "pokja"),
        passing(POKJA_MEMBERS_HEADS, "every member heads an agency", KAPUAS, "pokja.members[3]"),
        lacking(POKJA_MEMBERS_HEADS, "no Pokja whose members are heads", noPokja, "pokja"),
        lacking(
            POKJA_MEMBERS_HEADS,
            "a member is named without a position",
            pokja(
                p ->
                    p.members(
                        Plans.replace(
                            POKJA.members(),
                            3,
                            m ->
                                Official.builder()
                                    .name("Contoh Nama")
                                    .agency(m.agency())
                                    .build()))),
            "pokja.members[3]"),
        failing(
            POKJA_MEMBERS_HEADS,
            "a section head sits in the Pokja",
            pokja(
                p ->
                    p.members(
                        Plans.replace(
                            POKJA.members(),
                            3,
                            m -> Official.ofPosition("Kepala Seksi Pengawasan", m.agency())))),
            "pokja.members[3]"),
        passing(FOCAL_POINT_PER_AGENCY, "every agency has a focal point", KAPUAS, "focalPoints"),
        failing(
            FOCAL_POINT_PER_AGENCY,
            "the inspectorate has no focal point",
            Plans.kapuas(p -> p.focalPoints(Plans.without(KAPUAS.focalPoints(), 3))),
            "focalPoints"),
        passing(
            FOCAL_POINT_DECREE,
            "each focal point is appointed by decree",
            KAPUAS,
            "focalPoints[0].decree"),
        failing(
            FOCAL_POINT_DECREE,
            "the second focal point has no decree",
            Plans.kapuas(
                p ->
                    p.focalPoints(
                        Plans.replace(
                            KAPUAS.focalPoints(),
                            1,
                            f -> FocalPoint.builder().official(f.official()).build()))),
            "focalPoints[1].decree"),
        lacking(TECHNICAL_TEAM, "no Pokja whose technical team to check", noPokja, "pokja"),
        passing(
            TECHNICAL_TEAM,
            "the Pokja has a technical team",
            pokja(
                p ->
                    p.addTechnicalTeam(
                        Official.ofPosition("Kepala Bidang Anggaran", PlanFixtures.BPKAD))),
            "pokja.technicalTeam"),
        failing(TECHNICAL_TEAM, "Kapuas records no technical team", KAPUAS, "pokja.technicalTeam"),
        passing(RAD_PUG_EXISTS, "the RAD PUG 2025–2029 covers 2025", KAPUAS, "actionPlans"),
        failing(
            RAD_PUG_EXISTS,
            "the plan has no RAD PUG",
            Plans.kapuas(p -> p.actionPlans(ImmutableList.of())),
            "actionPlans"),
        failing(
            RAD_PUG_EXISTS,
            "the only RAD PUG ended in 2024",
            Plans.kapuas(
                p ->
                    p.actionPlans(
                        ImmutableList.of(
                            ActionPlan.builder()
                                .from(KAPUAS.actionPlans().get(0))
                                .period(YearRange.of(Year.of(2020), Year.of(2024)))
                                .build()))),
            "actionPlans"),
        passing(
            RAD_PUG_AREAS, "the RAD PUG covers all four areas", KAPUAS, "actionPlans[0].actions"),
        failing(
            RAD_PUG_AREAS,
            "the RAD PUG has no action on public participation",
            Plans.kapuas(
                p ->
                    p.actionPlans(
                        ImmutableList.of(
                            ActionPlan.builder()
                                .from(KAPUAS.actionPlans().get(0))
                                .actions(Plans.without(KAPUAS.actionPlans().get(0).actions(), 5))
                                .build()))),
            "actionPlans[0].actions"),
        passing(
            POKJA_WORK_PLAN,
            "a Pokja work plan for 2025",
            Plans.kapuas(p -> p.addActionPlan(workPlan())),
            "actionPlans"),
        failing(POKJA_WORK_PLAN, "Kapuas records no Pokja work plan", KAPUAS, "actionPlans"),
        passing(
            FORUM_EXISTS,
            "the plan records a Forum PUSPA",
            Plans.kapuas(p -> p.forumPuspa(forum())),
            "forumPuspa"),
        failing(FORUM_EXISTS, "Kapuas records no Forum PUSPA", KAPUAS, "forumPuspa"),
        passing(
            FORUM_SECTORS,
            "the forum has members from all six sectors",
            Plans.kapuas(p -> p.forumPuspa(forum())),
            "forumPuspa.members"),
        failing(
            FORUM_SECTORS,
            "the forum has no academics",
            Plans.kapuas(
                p ->
                    p.forumPuspa(
                        ForumPuspa.builder()
                            .from(forum())
                            .members(
                                forum().members().stream()
                                    .filter(m -> m.sector() != ForumSector.ACADEMIA)
                                    .toList())
                            .build())),
            "forumPuspa.members"),
        notApplicable(FORUM_SECTORS, "no forum recorded", KAPUAS),
        lacking(
            FORUM_SECTORS,
            "a forum recorded without its members",
            Plans.kapuas(
                p ->
                    p.forumPuspa(
                        ForumPuspa.builder().from(forum()).members(ImmutableList.of()).build())),
            "forumPuspa.members"),
        passing(
            FORUM_TERM,
            "the 2025–2027 term covers 1 January 2025",
            Plans.kapuas(p -> p.forumPuspa(forum())),
            "forumPuspa.term"),
        failing(
                FORUM_TERM,
                "the 2025–2027 term has ended by 2028",
                Plans.kapuas(p -> p.forumPuspa(forum())),
                "forumPuspa.term")
            .asOf(LocalDate.of(2028, 3, 1)),
        lacking(
            FORUM_TERM,
            "the forum's term is not recorded",
            Plans.kapuas(
                p ->
                    p.forumPuspa(
                        ForumPuspa.builder()
                            .from(forum())
                            .term(java.util.Optional.empty())
                            .build())),
            "forumPuspa.term"));
  }
}
