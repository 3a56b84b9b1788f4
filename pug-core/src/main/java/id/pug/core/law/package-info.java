/**
 * Law (peraturan perundang-undangan and related instruments): {@link id.pug.core.law.Regulation}s
 * with their amendment history, {@link id.pug.core.law.Citation}s down to article, paragraph and
 * letter ({@code Pasal 4 ayat (1) huruf b}), and the shipped {@link
 * id.pug.core.law.RegulationCatalog} of every instrument in pug's reference notes ({@code
 * shared/reference/domain.md} §1), from Inpres 9/2000 to regional Perda such as Perda Kalteng
 * 4/2014.
 *
 * <p>What the sources do not confirm — a title, a number, a date, a status — is marked as such
 * ({@link id.pug.core.law.RegulationAttribute}), never presented as settled law.
 */
@NullMarked
package id.pug.core.law;

import org.jspecify.annotations.NullMarked;
