/**
 * JMH benchmarks of pug ({@code BENCHMARKS.md} at the project root): a seeded generator of
 * synthetic regional plans ({@link id.pug.benchmarks.SyntheticPlans}), pug's per-line rules side by
 * side with the same constraints in Hibernate Validator ({@link
 * id.pug.benchmarks.PerLineBenchmark}), the full catalogue on one region and on the national set
 * ({@link id.pug.benchmarks.CatalogueBenchmark}, {@link id.pug.benchmarks.NationalBenchmark}), the
 * JSON load of a region ({@link id.pug.benchmarks.JsonLoadBenchmark}), IKG calculations ({@link
 * id.pug.benchmarks.IkgBenchmark}) and the heap the national set needs ({@link
 * id.pug.benchmarks.NationalHeap}). Run with {@code java -jar
 * pug-benchmarks/target/benchmarks.jar}; {@code mvn verify} builds them but never runs them.
 */
@NullMarked
package id.pug.benchmarks;

import org.jspecify.annotations.NullMarked;
