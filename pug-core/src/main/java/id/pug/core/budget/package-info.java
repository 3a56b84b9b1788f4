/**
 * Regional budget lines and gender-responsive budget tagging: {@link id.pug.core.budget.BudgetLine}
 * (a sub-kegiatan's ceiling with its funding sources, location and output indicator, as SIPD
 * records it), {@link id.pug.core.budget.ArgCategory} (the three categories of Anggaran Responsif
 * Gender) and {@link id.pug.core.budget.ArgTag} (a line's ARG category with the GAP, GBS and KAK
 * that justify it).
 *
 * <p>How ARG is flagged inside SIPD-RI is not confirmed by pug's sources ({@code budget-notes.md}
 * §4): pug models the tag as a category plus references to the justifying documents and an optional
 * free label, and hard-codes no SIPD label id.
 */
@NullMarked
package id.pug.core.budget;

import org.jspecify.annotations.NullMarked;
