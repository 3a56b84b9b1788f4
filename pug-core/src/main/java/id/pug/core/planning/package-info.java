/**
 * Regional planning (perencanaan pembangunan daerah): the planning documents that PPRG requires to
 * be gender-responsive (RPJMD, Renstra PD, RKPD, Renja PD, RKA, DPA; Permendagri 15/2008 jo.
 * 67/2011 as summarised in {@code domain.md} §2.1), their programmes, kegiatan and sub-kegiatan by
 * nomenclature code, and the performance indicators SIPD records at output (keluaran), result
 * (hasil) and programme-outcome (capaian) level ({@code data/sipd_field_dictionary.csv}).
 */
@NullMarked
package id.pug.core.planning;

import org.jspecify.annotations.NullMarked;
