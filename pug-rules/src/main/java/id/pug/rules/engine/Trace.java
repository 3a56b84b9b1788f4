package id.pug.rules.engine;

import com.google.common.collect.ImmutableList;
import id.pug.core.PugStyle;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The record of every evaluation of a validation — rule → inputs read → parameters used with their
 * basis → outcome — in the versioned format {@value #FORMAT}. Off by default ({@link
 * Validator#withTrace(boolean)}); it lets an auditor see why a rule did or did not fire, which rule
 * engines usually cannot say.
 *
 * <p>The JSON form ({@link #toJson()}) is an object with {@code format}, {@code asOf}, {@code
 * plan}, {@code ruleSet} and {@code entries}; each entry has {@code rule}, {@code path}, {@code
 * subject}, {@code inputs} (an object), {@code parameters} (an array of {@code name}, {@code
 * value}, {@code basis}), {@code outcome} and, for findings, {@code messageKey}. Fields are only
 * ever added within a format version. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Trace {
  /** The format and version of the JSON form. */
  public static final String FORMAT = "pug.trace.v1";

  Trace() {}

  static ImmutableTrace.Builder builder() {
    return ImmutableTrace.builder();
  }

  /**
   * The format.
   *
   * @return {@value #FORMAT}
   */
  @Value.Derived
  public String format() {
    return FORMAT;
  }

  /**
   * The as-of date of the validation.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The plan's id.
   *
   * @return region and fiscal year, such as {@code "62.03/2025"}
   */
  public abstract String plan();

  /**
   * The rule set's version.
   *
   * @return the version
   */
  public abstract String ruleSet();

  /**
   * Every evaluation, in the order the validator made them.
   *
   * @return the entries
   */
  public abstract ImmutableList<TraceEntry> entries();

  /**
   * The trace as JSON, indented.
   *
   * @return the JSON text
   */
  public String toJson() {
    JsonWriter json = JsonWriter.pretty();
    json.beginObject()
        .name("format")
        .value(format())
        .name("asOf")
        .value(asOf().toString())
        .name("plan")
        .value(plan())
        .name("ruleSet")
        .value(ruleSet())
        .name("entries")
        .beginArray();
    for (TraceEntry entry : entries()) {
      json.beginObject()
          .name("rule")
          .value(entry.ruleId().value())
          .name("path")
          .value(entry.path().toString())
          .name("subject")
          .value(entry.subjectId())
          .name("inputs")
          .beginObject();
      for (Map.Entry<String, Object> input : entry.inputs().entrySet()) {
        json.name(input.getKey());
        Values.writeJson(input.getValue(), json);
      }
      json.endObject().name("parameters").beginArray();
      for (TraceParameter parameter : entry.parameters()) {
        json.beginObject().name("name").value(parameter.name()).name("value");
        Values.writeJson(parameter.value(), json);
        json.name("basis").value(parameter.basis()).endObject();
      }
      json.endArray().name("outcome").value(entry.outcome().name());
      if (entry.messageKey().isPresent()) {
        json.name("messageKey").value(entry.messageKey().get());
      }
      json.endObject();
    }
    return json.endArray().endObject().toJson();
  }
}
