/**
 * pug-rules: the validation engine ({@link id.pug.rules.engine}) and the national PPRG rule
 * catalogue ({@link id.pug.rules.PprgCatalogue}), one package per rule family, plus optional policy
 * packs ({@link id.pug.rules.packs}).
 */
@NullMarked
package id.pug.rules;

import org.jspecify.annotations.NullMarked;
