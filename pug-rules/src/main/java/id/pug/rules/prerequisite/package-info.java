/**
 * Rules on the seven prerequisites of PUG and the APE levels ({@link
 * id.pug.rules.prerequisite.PrerequisiteRules}, {@link id.pug.rules.prerequisite.Readiness}).
 */
@NullMarked
package id.pug.rules.prerequisite;

import org.jspecify.annotations.NullMarked;
