/**
 * Gender-budget scorings that donors and neighbouring countries use, computed from a plan's PPRG
 * evidence: the Philippines' Harmonized Gender and Development Guidelines (HGDG) checklist with its
 * bands and the GAD budget attribution of Joint Circular 2012-01, the OECD DAC gender equality
 * policy marker and the UN Gender Equality Marker ({@code domain.md} §8).
 *
 * <p>Start with {@link id.pug.rules.international.InternationalScoring#of}. Scores an assessor
 * gives are checked against the published scales ({@link
 * id.pug.rules.international.HgdgAssessment}); everything pug derives from the plan is a
 * <em>suggestion</em> with its reasons, and every mapping that the sources do not confirm is
 * configurable ({@link id.pug.rules.international.MarkerCriteria}) and labelled as pug's reading.
 * Nothing here is Indonesian law.
 */
@NullMarked
package id.pug.rules.international;

import org.jspecify.annotations.NullMarked;
