/** Test fixtures of pug-rules: rule examples and plan changes, shipped in its test jar. */
@NullMarked
package id.pug.rules.testing;

import org.jspecify.annotations.NullMarked;
