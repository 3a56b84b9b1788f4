/**
 * AssertJ assertions on pug's validation reports, for auditors and for pug's own tests: {@link
 * id.pug.test.PugAssertions#assertThat(id.pug.rules.engine.ValidationReport)} and its soft ({@link
 * id.pug.test.PugSoftAssertions}) and BDD ({@link id.pug.test.PugBddAssertions}, {@link
 * id.pug.test.PugBddSoftAssertions}) variants. Failure messages list every finding examined, in
 * Indonesian or English. {@link id.pug.test.PugPlans} loads and validates exported plan files.
 * Seeded generators of plans are in {@link id.pug.test.generate}.
 */
@NullMarked
package id.pug.test;

import org.jspecify.annotations.NullMarked;
