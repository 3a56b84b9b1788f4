/**
 * Heuristics for reading the free text of plans (whether a text speaks of women and men, whether a
 * position heads an agency), shared by the rule families. Structured data always wins over these.
 */
@NullMarked
package id.pug.rules.wording;

import org.jspecify.annotations.NullMarked;
