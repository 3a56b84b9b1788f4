/**
 * Money in regional budgets: {@link id.pug.core.money.Rupiah}, whole rupiah in a {@code long},
 * exact and overflow-checked.
 */
@NullMarked
package id.pug.core.money;

import org.jspecify.annotations.NullMarked;
