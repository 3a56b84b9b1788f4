package id.pug.rules;

import com.google.common.collect.ImmutableList;
import id.pug.rules.action.ActionRules;
import id.pug.rules.arg.ArgRules;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.gap.GapRules;
import id.pug.rules.gbs.GbsRules;
import id.pug.rules.indicator.IndicatorRules;
import id.pug.rules.institution.InstitutionRules;
import id.pug.rules.kak.KakRules;
import id.pug.rules.planning.PlanningRules;
import id.pug.rules.prerequisite.PrerequisiteRules;

/**
 * The national PPRG rule catalogue: every rule pug derives from Indonesia's gender-mainstreaming
 * regulations (Inpres 9/2000; Permendagri 15/2008 jo. 67/2011; the 2012 joint circular on the
 * national PPRG strategy; Permen PPPA 4/2014; Permendagri 90/2019), family by family, plus the
 * configurable policies that practice suggests but no confirmed regulation requires.
 *
 * <p>{@link #ruleSet()} is the starting point of a validation; add {@link id.pug.rules.packs policy
 * packs} and rules of one's own to it. {@code RULES.md} lists every rule and is generated from this
 * class. Immutable and thread-safe.
 */
public final class PprgCatalogue {
  /** The catalogue's name in rule-set versions. */
  public static final String NAME = "pprg-national";

  /**
   * The catalogue's version: year and month of its content. It changes whenever a rule, severity,
   * citation, period or default changes; rule ids are never reused.
   */
  public static final String VERSION = "2026.12";

  private PprgCatalogue() {}

  /**
   * Every rule of the catalogue, family by family, in id order within a family.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> rules() {
    return Holder.RULES;
  }

  /**
   * The catalogue as a rule set, with every rule at its default switch and parameters.
   *
   * @return the rule set {@code pprg-national 2026.12}
   */
  public static RuleSet ruleSet() {
    return Holder.SET;
  }

  private static final class Holder {
    static final ImmutableList<Rule> RULES =
        ImmutableList.<Rule>builder()
            .addAll(InstitutionRules.rules())
            .addAll(PlanningRules.rules())
            .addAll(GapRules.rules())
            .addAll(GbsRules.rules())
            .addAll(KakRules.rules())
            .addAll(ArgRules.rules())
            .addAll(IndicatorRules.rules())
            .addAll(ActionRules.rules())
            .addAll(PrerequisiteRules.rules())
            .build();
    static final RuleSet SET = RuleSet.of(NAME, VERSION, RULES);
  }
}
