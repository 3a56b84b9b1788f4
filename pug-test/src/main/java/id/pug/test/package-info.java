/**
 * Test support for auditors and pug's own tests: AssertJ assertions on validation reports, plan
 * loaders and seeded generators of plans.
 */
@NullMarked
package id.pug.test;

import org.jspecify.annotations.NullMarked;
