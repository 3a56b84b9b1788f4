/**
 * The rules engine: rules described as data ({@link id.pug.rules.engine.RuleDescriptor} with a
 * stable {@link id.pug.rules.engine.RuleId}, a {@link id.pug.rules.engine.Severity}, citations, an
 * effective period, parameters and message templates in Indonesian and English), rule sets that
 * compose catalogues, policy packs and a user's rules ({@link id.pug.rules.engine.RuleSet}), the
 * thread-safe {@link id.pug.rules.engine.Validator}, and its {@link
 * id.pug.rules.engine.ValidationReport} of {@link id.pug.rules.engine.Finding}s, with an optional
 * {@link id.pug.rules.engine.Trace}.
 *
 * <p>Every evaluation of a rule on a subject ends in exactly one {@link
 * id.pug.rules.engine.Outcome}; a missing input is never a pass. pug-rules depends on pug-core,
 * never the reverse.
 */
@NullMarked
package id.pug.rules.engine;

import org.jspecify.annotations.NullMarked;
