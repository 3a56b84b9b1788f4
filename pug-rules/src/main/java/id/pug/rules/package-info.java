/**
 * pug-rules: the validation engine and the PPRG rule catalogue, built on pug-core's vocabulary.
 *
 * <p>This module is part of the build from the start so that its place in the dependency graph
 * (pug-rules depends on pug-core, never the reverse) is fixed and tested. The engine and rule
 * catalogue arrive with their own issue.
 */
@NullMarked
package id.pug.rules;

import org.jspecify.annotations.NullMarked;
