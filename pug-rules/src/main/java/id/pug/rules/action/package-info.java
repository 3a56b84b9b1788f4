/**
 * Rules on action plans — RAD PUG, the Pokja's work plans, thematic plans ({@link
 * id.pug.rules.action.ActionRules}).
 */
@NullMarked
package id.pug.rules.action;

import org.jspecify.annotations.NullMarked;
