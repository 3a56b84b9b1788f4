package id.pug.rules.packs;

import static id.pug.rules.packs.PolicyPacks.BABEL_CHAINS;
import static id.pug.rules.packs.PolicyPacks.MURUNG_RAYA_FOCAL_POINTS;
import static id.pug.rules.packs.PolicyPacks.PHILIPPINES_SHARE;
import static id.pug.rules.testing.RuleExample.failing;
import static id.pug.rules.testing.RuleExample.lacking;
import static id.pug.rules.testing.RuleExample.passing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.agency.Official;
import id.pug.core.budget.BudgetLine;
import id.pug.core.law.Decree;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.testing.PlanFixtures;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleExample;
import java.util.Optional;

/** Passing and failing examples of the policy packs' rules. */
public final class PackExamples {
  private PackExamples() {}

  private static final RegionalPprgPlan KAPUAS = Plans.kapuas();

  /** Kapuas with the DP3APPKB as its only agency. */
  static RegionalPprgPlan dp3appkbOnly(RegionalPprgPlan plan) {
    return Plans.change(
        plan,
        p ->
            p.agencies(
                ImmutableMap.of(
                    PlanFixtures.DP3APPKB, plan.agency(PlanFixtures.DP3APPKB).orElseThrow())));
  }

  static FocalPoint appointedByBupati(String name) {
    return FocalPoint.builder()
        .official(
            Official.builder()
                .name(name)
                .position("Focal Point PUG")
                .agency(PlanFixtures.DP3APPKB)
                .build())
        .decree(
            Decree.builder()
                .number("contoh/focal-point/2025")
                .issuer(Decree.Issuer.HEAD_OF_REGION)
                .build())
        .build();
  }

  /**
   * The examples.
   *
   * @return every example of the packs
   */
  public static ImmutableList<RuleExample> examples() {
    return ImmutableList.of(
        passing(
                BABEL_CHAINS,
                "the DP3APPKB's two complete chains meet a minimum of two",
                dp3appkbOnly(KAPUAS),
                "agencies['dp3appkb']")
            .configured(s -> s.configure(BABEL_CHAINS, "minimumPerAgency", 2)),
        failing(
            BABEL_CHAINS,
            "two complete chains are fewer than Bangka Belitung's three",
            KAPUAS,
            "agencies['dp3appkb']"),
        passing(
            MURUNG_RAYA_FOCAL_POINTS,
            "two focal points appointed by the Bupati",
            Plans.change(
                dp3appkbOnly(KAPUAS),
                p ->
                    p.focalPoints(
                        ImmutableList.of(
                            appointedByBupati("Contoh Satu"), appointedByBupati("Contoh Dua")))),
            "focalPoints"),
        failing(
            MURUNG_RAYA_FOCAL_POINTS,
            "Kapuas's focal points are appointed by heads of agencies",
            KAPUAS,
            "focalPoints"),
        passing(PHILIPPINES_SHARE, "a 74.40% ARG share is above 5%", KAPUAS, "budgetLines"),
        failing(
            PHILIPPINES_SHARE,
            "no tagged line: a 0% share",
            Plans.kapuas(
                p ->
                    p.budgetLines(
                        KAPUAS.budgetLines().stream()
                            .map(l -> BudgetLine.builder().from(l).argTag(Optional.empty()).build())
                            .toList())),
            "budgetLines"),
        lacking(
            PHILIPPINES_SHARE,
            "every line is zero, so no share",
            Plans.kapuas(
                p ->
                    p.budgetLines(
                        KAPUAS.budgetLines().stream()
                            .map(
                                l ->
                                    BudgetLine.builder()
                                        .from(l)
                                        .amount(id.pug.core.money.Rupiah.ZERO)
                                        .build())
                            .toList())),
            "budgetLines"));
  }
}
