/**
 * Validation reports as files: JSON in the stable format {@code pug.report.v1} ({@link
 * id.pug.io.report.ReportJson}), and audit reports in Markdown or HTML ({@link
 * id.pug.io.report.AuditReport}).
 */
@NullMarked
package id.pug.io.report;

import org.jspecify.annotations.NullMarked;
