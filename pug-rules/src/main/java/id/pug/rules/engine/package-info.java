/**
 * The rules engine of pug-rules: how a validation rule is identified ({@link
 * id.pug.rules.engine.RuleId}) and how serious its findings are ({@link
 * id.pug.rules.engine.Severity}).
 *
 * <p>pug-rules depends on pug-core, never the reverse. The engine itself and the PPRG rule
 * catalogue arrive with their own issue.
 */
@NullMarked
package id.pug.rules.engine;

import org.jspecify.annotations.NullMarked;
