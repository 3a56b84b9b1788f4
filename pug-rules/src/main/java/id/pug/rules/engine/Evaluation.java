package id.pug.rules.engine;

import com.google.common.collect.ImmutableMap;
import id.pug.core.agency.AgencyId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One ended check, as the engine collects it. */
record Evaluation(
    ElementPath path,
    String subjectId,
    Optional<AgencyId> agency,
    Outcome outcome,
    Optional<String> messageKey,
    ImmutableMap<String, Object> evidence,
    @Nullable Finding finding) {}
