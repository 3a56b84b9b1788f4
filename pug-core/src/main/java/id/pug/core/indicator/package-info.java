/**
 * Gender indicators as BPS computes them, explained: the Gender Inequality Index (IKG, Indeks
 * Ketimpangan Gender), the Human Development Index (IPM), the Gender Development Index (IPG), the
 * Gender Empowerment Index (IDG) and UNDP's Gender Inequality Index (GII) for comparison; published
 * values with the release they came from; targets, trajectories and gaps; and the levers that move
 * the IKG most.
 *
 * <p>Formulas, constants and their status are in {@code shared/reference/indicators.md}. Constants
 * that are inferred or recalled rather than read in a BPS text (the IKG floors on MTF and MHPK20,
 * the treatment of a zero female legislative share, the IPG goalposts, the IDG income goalposts)
 * are named, overridable parameters, and a result says when a policy choice changed it. Indices are
 * dimensionless measurements, so they are {@code double}s; published values keep their printed
 * decimals as {@link java.math.BigDecimal}.
 */
@NullMarked
package id.pug.core.indicator;

import org.jspecify.annotations.NullMarked;
