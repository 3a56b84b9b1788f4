package id.pug.rules.engine;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/** One ended check, as a trace keeps it. */
record Evaluation(
    ElementPath path,
    String subjectId,
    Outcome outcome,
    Optional<String> messageKey,
    ImmutableMap<String, Object> evidence) {}
