/**
 * Rules on the Gender Analysis Pathway (GAP, Alur Kerja Analisis Gender): its nine steps, sex-
 * disaggregated insight data, gap factors, causes, reformulated objective, baseline, gender
 * indicators and the planning document it analyses ({@link id.pug.rules.gap.GapRules}).
 */
@NullMarked
package id.pug.rules.gap;

import org.jspecify.annotations.NullMarked;
