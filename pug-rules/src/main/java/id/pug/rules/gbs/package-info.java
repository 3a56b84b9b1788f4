/**
 * Rules on the Gender Budget Statement (GBS; Pernyataan Anggaran Gender): its identification,
 * situation analysis, indicators, action plan and budget, and its place in the chain GAP → GBS →
 * KAK → RKA ({@link id.pug.rules.gbs.GbsRules}).
 */
@NullMarked
package id.pug.rules.gbs;

import org.jspecify.annotations.NullMarked;
