package id.pug.io.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import id.pug.core.law.Citation;
import id.pug.core.money.Rupiah;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.engine.RuleDescriptor;
import id.pug.rules.engine.RuleRun;
import id.pug.rules.engine.SkippedRule;
import id.pug.rules.engine.Summary;
import id.pug.rules.engine.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A validation report as JSON, in the documented and stable format {@value #FORMAT} ({@code
 * docs/report-format.md}): what was validated and by which rules, the summary, every rule run with
 * its outcome counts, the rules skipped and why, and every finding with its rule, severity, path,
 * message (in the chosen language), recommendation, citations and evidence.
 *
 * <p>Fields are only ever added within a format version; a change that removes or renames one gets
 * a new version. Written with Jackson's streaming generator. Stateless and thread-safe.
 */
public final class ReportJson {
  /** The format and version of the JSON. */
  public static final String FORMAT = "pug.report.v1";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private ReportJson() {}

  /**
   * Writes a report.
   *
   * @param report the report
   * @param language the language of messages, titles and recommendations
   * @return the JSON text, indented, ending with a newline
   */
  public static String write(ValidationReport report, Language language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(language, "language");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      write(json, report, language);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8) + "\n";
  }

  private static void write(JsonGenerator json, ValidationReport report, Language language)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("format", FORMAT);
    json.writeStringField("language", language.tag());
    json.writeObjectFieldStart("plan");
    json.writeStringField("id", report.planId());
    json.writeStringField("region", report.region().value());
    json.writeNumberField("fiscalYear", report.fiscalYear().getValue());
    json.writeEndObject();
    json.writeStringField("asOf", report.asOf().toString());
    json.writeObjectFieldStart("ruleSet");
    json.writeStringField("version", report.ruleSetVersion());
    json.writeStringField("fingerprint", report.fingerprint());
    json.writeEndObject();
    summary(json, report.summary());
    json.writeArrayFieldStart("rules");
    for (RuleRun run : report.rules()) {
      json.writeStartObject();
      rule(json, run.descriptor(), language);
      json.writeObjectFieldStart("outcomes");
      json.writeNumberField("passed", run.passed());
      json.writeNumberField("violated", run.violated());
      json.writeNumberField("notApplicable", run.notApplicable());
      json.writeNumberField("insufficientData", run.insufficientData());
      json.writeEndObject();
      json.writeObjectFieldStart("parameters");
      for (Map.Entry<String, Object> p : run.parameters().entrySet()) {
        json.writeFieldName(p.getKey());
        value(json, p.getValue(), language);
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("skipped");
    for (SkippedRule skipped : report.skipped()) {
      json.writeStartObject();
      rule(json, skipped.descriptor(), language);
      json.writeStringField("reason", skipped.reason().name());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("findings");
    for (Finding f : report.findings()) {
      finding(json, f, language);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void summary(JsonGenerator json, Summary s) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("rulesEvaluated", s.rulesEvaluated());
    json.writeNumberField("rulesSkipped", s.rulesSkipped());
    json.writeNumberField("passed", s.passed());
    json.writeNumberField("violated", s.violated());
    json.writeNumberField("notApplicable", s.notApplicable());
    json.writeNumberField("insufficientData", s.insufficientData());
    json.writeObjectFieldStart("violationsBySeverity");
    json.writeNumberField("ERROR", s.errors());
    json.writeNumberField("WARNING", s.warnings());
    json.writeNumberField("INFO", s.infos());
    json.writeEndObject();
    json.writeFieldName("passRate");
    decimalOrNull(json, s.passRate().orElse(null));
    json.writeFieldName("complianceScore");
    decimalOrNull(json, s.complianceScore().orElse(null));
    json.writeBooleanField("hasErrors", s.errors() > 0);
    json.writeEndObject();
  }

  private static void rule(JsonGenerator json, RuleDescriptor d, Language language)
      throws IOException {
    json.writeStringField("id", d.id().value());
    json.writeStringField("severity", d.severity().name());
    json.writeStringField("category", d.category().name());
    json.writeStringField("basis", d.basis().kind().name());
    json.writeStringField("title", d.title().in(language));
    citations(json, d.citations());
  }

  private static void finding(JsonGenerator json, Finding f, Language language) throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", f.ruleId().value());
    json.writeStringField("severity", f.severity().name());
    json.writeStringField("outcome", f.outcome().name());
    json.writeStringField("path", f.path().toString());
    json.writeStringField("subject", f.subjectId());
    json.writeFieldName("agency");
    if (f.agency().isPresent()) {
      json.writeString(f.agency().get().value());
    } else {
      json.writeNull();
    }
    json.writeStringField("messageKey", f.messageKey());
    json.writeStringField("message", f.message(language));
    json.writeStringField("title", f.title().in(language));
    json.writeStringField("recommendation", f.recommendation().in(language));
    json.writeStringField("basis", f.basis().name());
    citations(json, f.citations());
    json.writeObjectFieldStart("evidence");
    for (Map.Entry<String, Object> e : f.evidence().entrySet()) {
      json.writeFieldName(e.getKey());
      value(json, e.getValue(), language);
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void citations(JsonGenerator json, Collection<Citation> citations)
      throws IOException {
    json.writeArrayFieldStart("citations");
    for (Citation c : citations) {
      json.writeString(c.format());
    }
    json.writeEndArray();
  }

  private static void decimalOrNull(JsonGenerator json, @Nullable BigDecimal value)
      throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value);
    }
  }

  /** Evidence and parameter values: numbers as numbers, rupiah as whole numbers, texts as text. */
  private static void value(JsonGenerator json, Object value, Language language)
      throws IOException {
    if (value instanceof Long l) {
      json.writeNumber(l);
    } else if (value instanceof BigDecimal d) {
      json.writeNumber(d);
    } else if (value instanceof Rupiah r) {
      json.writeNumber(r.amount());
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof LocalizedText t) {
      json.writeString(t.in(language));
    } else if (value instanceof Collection<?> c) {
      json.writeStartArray();
      for (Object each : c) {
        value(json, each, language);
      }
      json.writeEndArray();
    } else {
      json.writeString(value.toString());
    }
  }
}
