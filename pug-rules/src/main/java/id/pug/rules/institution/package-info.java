/**
 * Rules on PUG institutions: Pokja PUG, focal points, RAD PUG, the Pokja's work plan and Forum
 * PUSPA ({@link id.pug.rules.institution.InstitutionRules}).
 */
@NullMarked
package id.pug.rules.institution;

import org.jspecify.annotations.NullMarked;
