/**
 * Assessment of a region's PUG maturity against the seven prerequisites of PUG (tujuh prasyarat
 * PUG; {@code domain.md} §6.1), with the evidence items regions collect, for example for the
 * Anugerah Parahita Ekapraya (APE). APE bands and cut-offs are not confirmed by pug's sources and
 * are not modelled as rules here.
 */
@NullMarked
package id.pug.core.assessment;

import org.jspecify.annotations.NullMarked;
