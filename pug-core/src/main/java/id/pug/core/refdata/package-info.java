/**
 * Reading pug's reference-data files: CSV ({@link id.pug.core.refdata.CsvReader}) and the record
 * format ({@link id.pug.core.refdata.RecordReader}), both documented in {@code
 * docs/reference-data.md}.
 *
 * <p>The shipped catalogues use these readers; users use them through the catalogues' {@code load}
 * methods to read their own files in the same format (for example a region list for all of
 * Indonesia). Every error is a {@link id.pug.core.refdata.ReferenceDataException} naming the file,
 * the line and the column or key; a file either loads completely or fails.
 */
@NullMarked
package id.pug.core.refdata;

import org.jspecify.annotations.NullMarked;
