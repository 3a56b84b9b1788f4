/**
 * The instruments of gender-responsive planning and budgeting (PPRG): the Gender Analysis Pathway
 * ({@link id.pug.core.pprg.GenderAnalysisPathway}, GAP, Alur Kerja Analisis Gender), the Gender
 * Budget Statement ({@link id.pug.core.pprg.GenderBudgetStatement}, GBS, Pernyataan Anggaran
 * Gender) and the terms of reference ({@link id.pug.core.pprg.TermsOfReference}, KAK, Kerangka
 * Acuan Kegiatan), linked by stable ids in the chain GAP → GBS → KAK → RKA ({@code domain.md} §4).
 *
 * <p>Instruments may be incomplete drafts: a GAP with missing steps is representable, because an
 * auditor validates drafts. Completeness is a rule's job (pug-rules); constructors reject only
 * meaningless values.
 */
@NullMarked
package id.pug.core.pprg;

import org.jspecify.annotations.NullMarked;
