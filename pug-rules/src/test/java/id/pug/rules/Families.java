package id.pug.rules;

import com.google.common.collect.ImmutableList;
import id.pug.rules.action.ActionRules;
import id.pug.rules.arg.ArgRules;
import id.pug.rules.gap.GapRules;
import id.pug.rules.gbs.GbsRules;
import id.pug.rules.indicator.IndicatorRules;
import id.pug.rules.institution.InstitutionRules;
import id.pug.rules.kak.KakRules;
import id.pug.rules.packs.PolicyPacks;
import id.pug.rules.planning.PlanningRules;
import id.pug.rules.prerequisite.PrerequisiteRules;

/** The classes beside each family's message bundle. */
final class Families {
  private Families() {}

  static final ImmutableList<Class<?>> ANCHORS =
      ImmutableList.of(
          InstitutionRules.class,
          PlanningRules.class,
          GapRules.class,
          GbsRules.class,
          KakRules.class,
          ArgRules.class,
          IndicatorRules.class,
          ActionRules.class,
          PrerequisiteRules.class,
          PolicyPacks.class);
}
