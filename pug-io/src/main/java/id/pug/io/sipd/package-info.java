/**
 * Import of SIPD-style sub-kegiatan budget exports (CSV) onto pug-core budget lines ({@link
 * id.pug.io.sipd.SipdBudgetImport}).
 */
@NullMarked
package id.pug.io.sipd;

import org.jspecify.annotations.NullMarked;
