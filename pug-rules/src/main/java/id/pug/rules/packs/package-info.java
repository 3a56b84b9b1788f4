/**
 * Optional policy packs — regional or foreign thresholds that are not Indonesian national law
 * ({@link id.pug.rules.packs.PolicyPacks}).
 */
@NullMarked
package id.pug.rules.packs;

import org.jspecify.annotations.NullMarked;
