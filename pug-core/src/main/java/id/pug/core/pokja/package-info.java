/**
 * The institutions of PUG in a region: the Pokja PUG (working group) with its chair, secretary,
 * members and technical team, the focal points in each agency, the Forum PUSPA (public
 * participation), and action plans — the regional PUG action plan (RAD PUG) and a Pokja's work plan
 * ({@code domain.md} §2.2, §7).
 */
@NullMarked
package id.pug.core.pokja;

import org.jspecify.annotations.NullMarked;
