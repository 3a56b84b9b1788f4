/**
 * Rules on the terms of reference of gender-responsive activities (KAK, Kerangka Acuan Kegiatan;
 * TOR): the link from ARG-tagged budget lines to a KAK and from a KAK to its GBS, and the contents
 * of the KAK ({@link id.pug.rules.kak.KakRules}).
 */
@NullMarked
package id.pug.rules.kak;

import org.jspecify.annotations.NullMarked;
