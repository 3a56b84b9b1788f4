/**
 * Hostile input for pug-io's readers: seeded generators of malformed plan documents ({@link
 * id.pug.io.hostile.MalformedJson}) and SIPD exports ({@link id.pug.io.hostile.MalformedCsv}), and
 * the tests that run them.
 */
@NullMarked
package id.pug.io.hostile;

import org.jspecify.annotations.NullMarked;
