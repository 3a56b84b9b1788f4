/**
 * Rules on gender-responsive planning: gender analysis of the RPJMD, Renstra PD and Renja PD,
 * gender-responsive programmes in every agency, nomenclature codes, and the baselines, targets and
 * sex disaggregation of the indicators of gender-responsive spending ({@link
 * id.pug.rules.planning.PlanningRules}).
 */
@NullMarked
package id.pug.rules.planning;

import org.jspecify.annotations.NullMarked;
