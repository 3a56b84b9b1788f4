/**
 * The aggregate that pug-rules validates: {@link id.pug.core.plan.RegionalPprgPlan}, one region's
 * PPRG plan for a fiscal year — its agencies, Pokja PUG, focal points, Forum PUSPA, planning
 * documents, budget lines, GAP/GBS/KAK, indicators, action plans and prerequisite evidence — with
 * lookups by id and a list of cross-references that point nowhere.
 */
@NullMarked
package id.pug.core.plan;

import org.jspecify.annotations.NullMarked;
