/**
 * Rules on the plan's gender indicators (IKG, IPG, IDG) and their targets ({@link
 * id.pug.rules.indicator.IndicatorRules}).
 */
@NullMarked
package id.pug.rules.indicator;

import org.jspecify.annotations.NullMarked;
