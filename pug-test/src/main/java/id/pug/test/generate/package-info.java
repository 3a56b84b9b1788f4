/**
 * Seeded generators of PPRG plans for tests and benchmarks: {@link
 * id.pug.test.generate.PlanGenerator} builds random, realistic and valid plans of Kalimantan's
 * kabupaten and kota, and {@link id.pug.test.generate.Mutation} breaks one rule of such a plan at a
 * known place. The plans are illustrative: their texts say so ("contoh"), their decree numbers are
 * placeholders and their figures are random, never presented as facts.
 */
@NullMarked
package id.pug.test.generate;

import org.jspecify.annotations.NullMarked;
