package id.pug.rules.packs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.InvalidValueException;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyId;
import id.pug.core.budget.BudgetLine;
import id.pug.core.law.Decree;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.rules.arg.ArgShare;
import id.pug.rules.engine.Check;
import id.pug.rules.engine.EffectivePeriod;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.MessageBundle;
import id.pug.rules.engine.Parameter;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleContext;
import id.pug.rules.engine.RuleDefinition;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Optional policy packs: thresholds that some regions (or another country) adopted, which are not
 * national law. Add one to the national catalogue with {@code
 * PprgCatalogue.ruleSet().plus(PolicyPacks.named("babel-2016"))}.
 *
 * <ul>
 *   <li>{@code babel-2016} — Kepulauan Bangka Belitung's 2016 Pokja revitalisation: every agency
 *       prepares PPRG documents, complete with GAP, GBS, KAK and RKA, for at least three activities
 *       a fiscal year ({@code domain.md} §3 [S]).
 *   <li>{@code murung-raya-2025} — Kabupaten Murung Raya's 2025 practice: every agency assigns at
 *       least two liaison officers by decree of the Bupati ({@code domain.md} §7.2 [S]).
 *   <li>{@code philippines-gad} — the Philippines' rule that gender and development budgets be at
 *       least 5% of total budgets (PCW-NEDA-DBM Joint Circular 2012-01 §2.3, {@code domain.md} §8.1
 *       [C]), applied to the ARG share as a comparison, not as Indonesian law.
 * </ul>
 *
 * <p>Every pack rule is a WARNING and a configurable policy. Immutable and thread-safe.
 */
public final class PolicyPacks {
  private PolicyPacks() {}

  static final MessageBundle BUNDLE = MessageBundle.load(PolicyPacks.class);

  /** BABEL-PPRG-001: every agency has at least three complete GAP–GBS–KAK–RKA chains a year. */
  public static final RuleId BABEL_CHAINS = RuleId.parse("BABEL-PPRG-001");

  /** MURA-INST-001: every agency has at least two focal points appointed by the Bupati. */
  public static final RuleId MURUNG_RAYA_FOCAL_POINTS = RuleId.parse("MURA-INST-001");

  /** PHGAD-ARG-001: the ARG share of spending is at least 5%. */
  public static final RuleId PHILIPPINES_SHARE = RuleId.parse("PHGAD-ARG-001");

  private static final Map<String, Supplier<RuleSet>> PACKS =
      ImmutableMap.of(
          "babel-2016", PolicyPacks::babel2016,
          "murung-raya-2025", PolicyPacks::murungRaya2025,
          "philippines-gad", PolicyPacks::philippinesGad);

  /**
   * The names of the packs.
   *
   * @return {@code babel-2016}, {@code murung-raya-2025}, {@code philippines-gad}
   */
  public static ImmutableList<String> names() {
    return ImmutableList.copyOf(PACKS.keySet());
  }

  /**
   * A pack by name.
   *
   * @param name the pack's name
   * @return the pack's rule set
   * @throws InvalidValueException for an unknown name
   */
  public static RuleSet named(String name) {
    Objects.requireNonNull(name, "name");
    Supplier<RuleSet> pack = PACKS.get(name);
    if (pack == null) {
      throw InvalidValueException.of(PolicyPacks.class, "name", name, "be one of " + names());
    }
    return pack.get();
  }

  /**
   * Every pack's rules, for listings and tests.
   *
   * @return the rules of all packs
   */
  public static ImmutableList<Rule> allRules() {
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    PACKS.values().forEach(p -> rules.addAll(p.get().rules()));
    return rules.build();
  }

  /**
   * Bangka Belitung 2016: at least three complete PPRG chains per agency per year.
   *
   * @return the pack {@code babel-2016 1}
   */
  public static RuleSet babel2016() {
    return RuleSet.of("babel-2016", "1", ImmutableList.of(Holder.BABEL));
  }

  /**
   * Murung Raya 2025: at least two focal points per agency appointed by the Bupati.
   *
   * @return the pack {@code murung-raya-2025 1}
   */
  public static RuleSet murungRaya2025() {
    return RuleSet.of("murung-raya-2025", "1", ImmutableList.of(Holder.MURUNG_RAYA));
  }

  /**
   * The Philippines' 5% GAD budget rule, as a comparison for the ARG share.
   *
   * @return the pack {@code philippines-gad 1}
   */
  public static RuleSet philippinesGad() {
    return RuleSet.of("philippines-gad", "1", ImmutableList.of(Holder.PHILIPPINES));
  }

  private static final class Holder {
    static final Rule BABEL =
        RuleDefinition.of(BABEL_CHAINS.value(), BUNDLE)
            .severity(Severity.WARNING)
            .category(RuleCategory.ARG)
            .policy(
                "Agreed at Bangka Belitung's Pokja PUG revitalisation in 2016 (\"lengkap dengan GAP,"
                    + " GBS, KAK dan RKA minimal 3 kegiatan dalam satu tahun anggaran\"); a regional"
                    + " agreement, not national law.")
            .cite("Perda Provinsi Kepulauan Bangka Belitung 9/2016")
            .source(
                "http://dp3acskb.babelprov.go.id/content/dinas-pemberdayaan-perempuan-provinsi-kepulauan-bangka-belitung-lakukan-revitalisasi-pokja")
            .effective(EffectivePeriod.fromYearOf(2016, "the Bangka Belitung Pokja revitalisation"))
            .parameter(
                Parameter.integer(
                    "minimumPerAgency", 3, 1, "Bangka Belitung, 2016: at least three activities"))
            .logic(PolicyPacks::chainsPerAgency);

    static final Rule MURUNG_RAYA =
        RuleDefinition.of(MURUNG_RAYA_FOCAL_POINTS.value(), BUNDLE)
            .severity(Severity.WARNING)
            .category(RuleCategory.INSTITUTIONS)
            .policy(
                "Murung Raya's 2025 practice: each agency assigns at least two liaison officers"
                    + " by decree of the Bupati (domain.md §7.2 [S]); local practice, not law.")
            .source("REF-DOMAIN")
            .effective(EffectivePeriod.fromYearOf(2025, "Murung Raya's practice"))
            .parameter(
                Parameter.integer("minimumPerAgency", 2, 1, "Murung Raya, 2025: at least two"))
            .logic(PolicyPacks::focalPointsByHeadOfRegion);

    static final Rule PHILIPPINES =
        RuleDefinition.of(PHILIPPINES_SHARE.value(), BUNDLE)
            .severity(Severity.WARNING)
            .category(RuleCategory.ARG)
            .policy(
                "The Philippines' Magna Carta of Women and PCW-NEDA-DBM Joint Circular 2012-01 §2.3:"
                    + " GAD plans and budgets cost at least 5% of total budgets [C]. Applied to the"
                    + " ARG share as an international comparison; not Indonesian law.")
            .source(
                "https://www.scribd.com/document/477423679/jc-2012-01-gad-plan-budget-ar-preparation-mcw-pdf")
            .effective(
                EffectivePeriod.from(
                    LocalDate.of(2012, 1, 1), "from 2012, the year of Joint Circular 2012-01"))
            .parameter(
                Parameter.decimal(
                    "minimumSharePercent",
                    BigDecimal.valueOf(5),
                    BigDecimal.ZERO,
                    BigDecimal.valueOf(100),
                    "Joint Circular 2012-01 §2.3: at least 5% of total budgets"))
            .logic(PolicyPacks::minimumShare);
  }

  static void chainsPerAgency(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    long minimum = ctx.integer("minimumPerAgency");
    for (Map.Entry<AgencyId, Agency> entry : plan.agencies().entrySet()) {
      AgencyId id = entry.getKey();
      long complete = 0;
      for (BudgetLine line : plan.linesOf(id)) {
        if (line.isTagged()
            && line.amount().isPositive()
            && plan.gapOf(line).isPresent()
            && plan.gbsOf(line).isPresent()
            && plan.kakOf(line).isPresent()) {
          complete++;
        }
      }
      ctx.check(ElementPath.of("agencies").key(id.value()), id.value(), id)
          .read("agencyName", entry.getValue().shortName())
          .read("complete", complete)
          .read("minimum", minimum)
          .passedIf(complete >= minimum, "tooFew");
    }
  }

  static void focalPointsByHeadOfRegion(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    long minimum = ctx.integer("minimumPerAgency");
    for (Map.Entry<AgencyId, Agency> entry : plan.agencies().entrySet()) {
      AgencyId id = entry.getKey();
      long appointed =
          plan.focalPointsOf(id).stream()
              .filter(
                  f ->
                      f.decree().map(d -> d.issuer() == Decree.Issuer.HEAD_OF_REGION).orElse(false))
              .count();
      ctx.check(ElementPath.of("focalPoints"), id.value(), id)
          .read("agencyName", entry.getValue().shortName())
          .read("appointed", appointed)
          .read("minimum", minimum)
          .passedIf(appointed >= minimum, "tooFew");
    }
  }

  static void minimumShare(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    BigDecimal minimum = ctx.decimal("minimumSharePercent");
    BigDecimal tagged = ArgShare.tagged(plan);
    BigDecimal total = ArgShare.total(plan);
    Check check =
        ctx.checkPlan()
            .at(ElementPath.of("budgetLines"))
            .read("minimum", minimum)
            .read("tagged", tagged)
            .read("total", total);
    Optional<BigDecimal> share = ArgShare.percent(tagged, total);
    if (share.isEmpty()) {
      check.insufficientData("noSpending");
      return;
    }
    check.read("share", share.get()).passedIf(share.get().compareTo(minimum) >= 0, "belowMinimum");
  }
}
