/**
 * Regions (daerah): provinces (provinsi), regencies (kabupaten) and cities (kota), identified by
 * the Kemendagri region code ({@code PP} or {@code PP.KK}), with their population by sex.
 *
 * <p>The shipped {@link id.pug.core.region.RegionCatalog#kalimantan() catalogue} holds the 5
 * Kalimantan provinces and their 56 kabupaten/kota as listed in Kepmendagri 300.2.2-2138/2025
 * (source S4); the same format holds all of Indonesia.
 */
@NullMarked
package id.pug.core.region;

import org.jspecify.annotations.NullMarked;
