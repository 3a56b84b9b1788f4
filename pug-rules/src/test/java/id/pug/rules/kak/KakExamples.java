package id.pug.rules.kak;

import static id.pug.rules.kak.KakRules.BASED_ON_GBS;
import static id.pug.rules.kak.KakRules.BENEFICIARIES;
import static id.pug.rules.kak.KakRules.CONTENTS;
import static id.pug.rules.kak.KakRules.COST;
import static id.pug.rules.kak.KakRules.LINE_HAS_KAK;
import static id.pug.rules.kak.KakRules.RESPONSIBLE_OFFICIAL;
import static id.pug.rules.kak.KakRules.SCHEDULE;
import static id.pug.rules.kak.KakRules.SUBJECT_MATCHES_GBS;
import static id.pug.rules.testing.RuleExample.failing;
import static id.pug.rules.testing.RuleExample.lacking;
import static id.pug.rules.testing.RuleExample.notApplicable;
import static id.pug.rules.testing.RuleExample.passing;

import com.google.common.collect.ImmutableList;
import id.pug.core.agency.Official;
import id.pug.core.budget.ArgTag;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.KakId;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleExample;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Passing and failing examples of the KAK rules, on the Kapuas fixture: termsOfReference[0] is the
 * KAK of sub-kegiatan 2.08.02.2.01.01 (PUG policy), named by budgetLines[0].
 */
public final class KakExamples {
  private KakExamples() {}

  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();

  /** Kapuas with its first KAK changed. */
  private static RegionalPprgPlan kak(UnaryOperator<TermsOfReference.Builder> change) {
    return Plans.kak(0, change);
  }

  /** Kapuas with the ARG tag of its first budget line changed. */
  private static RegionalPprgPlan firstTag(UnaryOperator<ArgTag.Builder> change) {
    return Plans.tag(0, change);
  }

  /** Kapuas with its first GBS changed. */
  private static RegionalPprgPlan gbs(UnaryOperator<GenderBudgetStatement.Builder> change) {
    return Plans.gbs(0, change);
  }

  /**
   * The examples.
   *
   * @return every example of the family
   */
  public static ImmutableList<RuleExample> examples() {
    RegionalPprgPlan danglingGbs = kak(k -> k.gbs(GbsId.of("gbs-contoh-tidak-ada")));
    return ImmutableList.of(
        // PPRG-KAK-001
        passing(
            LINE_HAS_KAK, "the PUG policy line names its KAK", KAPUAS, "budgetLines[0].argTag.kak"),
        failing(
            LINE_HAS_KAK,
            "a tagged line names no KAK",
            firstTag(t -> t.kak(Optional.empty())),
            "budgetLines[0].argTag.kak"),
        failing(
            LINE_HAS_KAK,
            "a tagged line names a KAK the plan lacks",
            firstTag(t -> t.kak(KakId.of("kak-contoh-tidak-ada"))),
            "budgetLines[0].argTag.kak"),
        notApplicable(
            LINE_HAS_KAK,
            "no budget line is tagged",
            Plans.kapuas(p -> p.budgetLines(ImmutableList.of(KAPUAS.budgetLines().get(2))))),
        // PPRG-KAK-002
        passing(
            BASED_ON_GBS,
            "the KAK is based on the GBS its line names",
            KAPUAS,
            "termsOfReference[0].gbs"),
        failing(
            BASED_ON_GBS,
            "the KAK names no GBS",
            kak(k -> k.gbs(Optional.empty())),
            "termsOfReference[0].gbs"),
        failing(
            BASED_ON_GBS,
            "the KAK names a GBS the plan lacks",
            danglingGbs,
            "termsOfReference[0].gbs"),
        failing(
            BASED_ON_GBS,
            "the KAK names the violence-prevention GBS but its line the PUG policy GBS",
            kak(k -> k.gbs(PlanFixtures.VIOLENCE_PREVENTION_GBS)),
            "termsOfReference[0].gbs"),
        // PPRG-KAK-003
        passing(CONTENTS, "the KAK states all six parts", KAPUAS, "termsOfReference[0]"),
        failing(
            CONTENTS,
            "the KAK states no method",
            kak(k -> k.method(Optional.empty())),
            "termsOfReference[0].method"),
        failing(
            CONTENTS,
            "the KAK states neither background nor limits",
            kak(k -> k.background(Optional.empty()).limits(Optional.empty())),
            "termsOfReference[0].background"),
        // PPRG-KAK-004
        passing(
            BENEFICIARIES,
            "the beneficiaries are women and men",
            KAPUAS,
            "termsOfReference[0].beneficiaries"),
        passing(
            BENEFICIARIES,
            "the beneficiaries are counted by sex",
            kak(
                k ->
                    k.beneficiaries(
                        "Aparatur perangkat daerah, data terpilah menurut jenis kelamin")),
            "termsOfReference[0].beneficiaries"),
        passing(
            BENEFICIARIES,
            "the KAK of a category-1 line names the women it serves",
            Plans.change(
                Plans.tag(1, t -> t.category(id.pug.core.budget.ArgCategory.SPECIFIC_TARGET)),
                p ->
                    p.termsOfReference(
                        Plans.replace(
                            Plans.kapuas().termsOfReference(),
                            1,
                            k ->
                                id.pug.core.pprg.TermsOfReference.builder()
                                    .from(k)
                                    .beneficiaries("Perempuan korban kekerasan dalam rumah tangga")
                                    .build()))),
            "termsOfReference[1].beneficiaries"),
        failing(
            BENEFICIARIES,
            "the KAK names no beneficiaries",
            kak(k -> k.beneficiaries(Optional.empty())),
            "termsOfReference[0].beneficiaries"),
        failing(
            BENEFICIARIES,
            "the beneficiaries are not stated by sex",
            kak(k -> k.beneficiaries("Aparatur perangkat daerah")),
            "termsOfReference[0].beneficiaries"),
        // PPRG-KAK-005
        passing(
            SCHEDULE, "the KAK runs from February to November 2025", KAPUAS, "termsOfReference[0]"),
        failing(
            SCHEDULE,
            "the KAK has no start month",
            kak(k -> k.start(Optional.empty())),
            "termsOfReference[0].start"),
        failing(
            SCHEDULE,
            "the KAK has no end month",
            kak(k -> k.end(Optional.empty())),
            "termsOfReference[0].end"),
        failing(
            SCHEDULE,
            "the KAK starts in December 2024",
            kak(k -> k.start(YearMonth.of(2024, 12))),
            "termsOfReference[0].start"),
        failing(
            SCHEDULE,
            "the KAK ends in January 2026",
            kak(k -> k.end(YearMonth.of(2026, 1))),
            "termsOfReference[0].end"),
        // PPRG-KAK-006
        passing(
            COST, "the KAK costs what its line's ceiling is", KAPUAS, "termsOfReference[0].cost"),
        passing(
            COST,
            "the KAK states its cost and no tagged line names it",
            firstTag(t -> t.kak(Optional.empty())),
            "termsOfReference[0].cost"),
        failing(
            COST,
            "the KAK states no cost",
            kak(k -> k.cost(Optional.empty())),
            "termsOfReference[0].cost"),
        failing(
            COST,
            "the KAK costs Rp50.000.000 against a ceiling of Rp70.590.400",
            kak(k -> k.cost(Rupiah.of(50_000_000))),
            "termsOfReference[0].cost"),
        // PPRG-KAK-007
        passing(
            RESPONSIBLE_OFFICIAL,
            "the head of the DP3APPKB is in charge",
            KAPUAS,
            "termsOfReference[0].responsibleOfficial"),
        failing(
            RESPONSIBLE_OFFICIAL,
            "the KAK names nobody in charge",
            kak(k -> k.responsibleOfficial(Optional.empty())),
            "termsOfReference[0].responsibleOfficial"),
        failing(
            RESPONSIBLE_OFFICIAL,
            "the head of Bappeda is in charge of a DP3APPKB activity",
            kak(
                k ->
                    k.responsibleOfficial(
                        Official.ofPosition("Kepala Bappeda", PlanFixtures.BAPPEDA))),
            "termsOfReference[0].responsibleOfficial.agency"),
        // PPRG-KAK-008
        passing(
            SUBJECT_MATCHES_GBS,
            "KAK and GBS share the sub-kegiatan",
            KAPUAS,
            "termsOfReference[0].subject"),
        passing(
            SUBJECT_MATCHES_GBS,
            "a KAK of the kegiatan covers the GBS's sub-kegiatan",
            kak(k -> k.subject(NomenclatureCode.parse("2.08.02.2.01"))),
            "termsOfReference[0].subject"),
        failing(
            SUBJECT_MATCHES_GBS,
            "the KAK describes violence prevention but its GBS PUG policy",
            kak(k -> k.subject(PlanFixtures.VIOLENCE_PREVENTION)),
            "termsOfReference[0].subject"),
        lacking(
            SUBJECT_MATCHES_GBS,
            "the KAK's GBS is not in the plan",
            danglingGbs,
            "termsOfReference[0].gbs"),
        lacking(
            SUBJECT_MATCHES_GBS,
            "the KAK records no subject",
            kak(k -> k.subject(Optional.empty())),
            "termsOfReference[0].subject"),
        lacking(
            SUBJECT_MATCHES_GBS,
            "the KAK's GBS records no code",
            gbs(
                g ->
                    g.programme(Optional.empty())
                        .activity(Optional.empty())
                        .subActivity(Optional.empty())),
            "budgetStatements[0].subActivity"));
  }
}
