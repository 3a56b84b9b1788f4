/**
 * pug-core: the vocabulary of Indonesia's gender mainstreaming (Pengarusutamaan Gender, PUG; Inpres
 * 9/2000) and gender-responsive planning and budgeting (Perencanaan dan Penganggaran yang Responsif
 * Gender, PPRG).
 *
 * <p>Every type in pug-core is immutable and thread-safe, rejects {@code null}, and checks its
 * invariants once, at construction. Invalid input is reported with {@link id.pug.core.PugException}
 * (unchecked) or its subtypes, whose messages name the type, the field and the rejected value.
 *
 * <p>Packages follow domain concepts: {@link id.pug.core.law} (regulations and citations), {@link
 * id.pug.core.region} (provinces, kabupaten and kota), {@link id.pug.core.agency} (perangkat
 * daerah), {@link id.pug.core.nomenclature} (planning and budgeting codes), {@link
 * id.pug.core.provenance} (where every fact comes from) and {@link id.pug.core.refdata} (the
 * plain-text files the catalogues are read from).
 */
@NullMarked
package id.pug.core;

import org.jspecify.annotations.NullMarked;
