/**
 * Validation reports as files: JSON in the stable format {@code pug.report.v1} ({@link
 * id.pug.io.report.ReportJson}), and audit reports in Markdown or HTML ({@link
 * id.pug.io.report.AuditReport}), optionally with a section on the plan's international scorings;
 * those scorings (HGDG, OECD DAC marker, UN GEM) as JSON in the format {@code pug.scoring.v1}
 * ({@link id.pug.io.report.ScoringJson}).
 */
@NullMarked
package id.pug.io.report;

import org.jspecify.annotations.NullMarked;
