/**
 * The regional planning and budgeting nomenclature (klasifikasi, kodefikasi dan nomenklatur;
 * Permendagri 90/2019 and its Kepmendagri updates): codes {@code U.BB.PP.L.KK.SS} from urusan down
 * to sub-kegiatan, and versioned lists of their names.
 *
 * <p>The shipped {@link id.pug.core.nomenclature.NomenclatureCatalog} holds the lists for bidang
 * urusan 2.08 (women's empowerment and child protection) and 2.14 (population control and family
 * planning) in {@code shared/reference/data}: the complete kab/kota list of the 050-5889/2021 era
 * (331 rows), a partial kab/kota list with the 4-digit sub-kegiatan codes of the 1317/2023 era, and
 * a partial province kegiatan list.
 */
@NullMarked
package id.pug.core.nomenclature;

import org.jspecify.annotations.NullMarked;
