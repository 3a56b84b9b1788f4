/**
 * The plan JSON format {@code pug.plan.v1}: {@link id.pug.io.json.PlanJson} reads and writes a
 * whole {@link id.pug.core.plan.RegionalPprgPlan} and its parts, losslessly, with jackson-core's
 * streaming parser and generator only. The format is described in {@code docs/plan-format.md} and
 * by the JSON Schema shipped as {@code id/pug/io/json/pug-plan-v1.schema.json}.
 */
@NullMarked
package id.pug.io.json;

import org.jspecify.annotations.NullMarked;
