/**
 * Where pug's facts come from: every reference-data entry carries at least one {@link
 * id.pug.core.provenance.Source}, a URL or an id in the shipped {@link
 * id.pug.core.provenance.SourceRegistry} ({@code S1}…, {@code P1}…, {@code SEED-000}…), as listed
 * in {@code shared/reference/data/SOURCES.md}.
 */
@NullMarked
package id.pug.core.provenance;

import org.jspecify.annotations.NullMarked;
