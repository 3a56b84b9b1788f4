/**
 * Regional government agencies (perangkat daerah): their names, the urusan they carry and the PUG
 * roles that follow from those urusan — planning (Bappeda, which chairs the Pokja PUG), women's
 * empowerment and child protection (urusan 2.08, the Pokja's secretary), population and family
 * planning (2.14), finance and the inspectorate.
 *
 * <p>Agency names vary across regions and years (DP3APPKB = DP3AP2KB = DPPPAPPKB; Bappeda,
 * Bapperida, Bappedalitbang …). pug matches roles by the urusan an agency carries, not by its
 * acronym ({@code budget-notes.md} §5), and {@link id.pug.core.agency.AgencyNameCatalog} recognises
 * the name variants seen in the sources.
 */
@NullMarked
package id.pug.core.agency;

import org.jspecify.annotations.NullMarked;
