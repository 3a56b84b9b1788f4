package id.pug.io.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import id.pug.core.budget.ArgCategory;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.international.ActivityScoring;
import id.pug.rules.international.CriterionResult;
import id.pug.rules.international.DacMarker;
import id.pug.rules.international.GenderEqualityMarker;
import id.pug.rules.international.GenderMarker;
import id.pug.rules.international.HgdgAssessment;
import id.pug.rules.international.HgdgBand;
import id.pug.rules.international.HgdgItem;
import id.pug.rules.international.HgdgSuggestion;
import id.pug.rules.international.InternationalScoring;
import id.pug.rules.international.MarkerCriteria;
import id.pug.rules.international.MarkerSuggestion;
import id.pug.rules.international.Reason;
import id.pug.rules.international.ScoringSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan's international scorings ({@link InternationalScoring}) as JSON, in the documented and
 * stable format {@value #FORMAT} ({@code docs/scoring-format.md}): the plan, the notice that these
 * are suggestions, the sources, the marker criteria used, the plan-level summary (spending, ARG and
 * HGDG-attributed GAD shares, the 5% comparison of {@code PHGAD-ARG-001}, counts and amounts per
 * band and marker value) and one entry per budget line with its HGDG items, band and attribution,
 * and its suggested DAC and GEM values with reasons and criteria.
 *
 * <p>Texts (reasons, the notice) are written in both languages, as {@code {"id": …, "en": …}};
 * amounts in whole rupiah as JSON numbers. Fields are only ever added within a format version.
 * Written with Jackson's streaming generator. Stateless and thread-safe.
 */
public final class ScoringJson {
  /** The format and version of the JSON. */
  public static final String FORMAT = "pug.scoring.v1";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private ScoringJson() {}

  /**
   * Writes a scoring.
   *
   * @param scoring the scoring
   * @return the JSON text, indented, ending with a newline
   */
  public static String write(InternationalScoring scoring) {
    Objects.requireNonNull(scoring, "scoring");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      write(json, scoring);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8) + "\n";
  }

  private static void write(JsonGenerator json, InternationalScoring s) throws IOException {
    json.writeStartObject();
    json.writeStringField("format", FORMAT);
    json.writeObjectFieldStart("plan");
    json.writeStringField("id", s.planId());
    json.writeStringField("region", s.region().value());
    json.writeNumberField("fiscalYear", s.fiscalYear().getValue());
    json.writeEndObject();
    json.writeFieldName("notice");
    text(json, InternationalScoring.notice());
    json.writeArrayFieldStart("sources");
    for (ScoringSource source : ScoringSource.values()) {
      json.writeStartObject();
      json.writeStringField("id", source.name());
      json.writeStringField("title", source.title());
      json.writeArrayFieldStart("urls");
      for (String url : source.urls()) {
        json.writeString(url);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    criteria(json, s.options().criteria());
    summary(json, s);
    json.writeArrayFieldStart("activities");
    for (ActivityScoring a : s.activities()) {
      activity(json, a);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void criteria(JsonGenerator json, MarkerCriteria c) throws IOException {
    json.writeObjectFieldStart("criteria");
    json.writeBooleanField("confirmed", c.confirmed());
    json.writeArrayFieldStart("significantCategories");
    for (ArgCategory category : ArgCategory.values()) {
      if (c.significantCategories().contains(category)) {
        json.writeString(category.name());
      }
    }
    json.writeEndArray();
    json.writeBooleanField("requireCompleteGap", c.requireCompleteGap());
    json.writeBooleanField("requireGenderObjective", c.requireGenderObjective());
    json.writeBooleanField(
        "requireSexDisaggregatedIndicator", c.requireSexDisaggregatedIndicator());
    json.writeArrayFieldStart("principalCategories");
    for (ArgCategory category : ArgCategory.values()) {
      if (c.principalCategories().contains(category)) {
        json.writeString(category.name());
      }
    }
    json.writeEndArray();
    json.writeArrayFieldStart("principalProgrammes");
    for (NomenclatureCode code : c.principalProgrammes()) {
      json.writeString(code.format());
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void summary(JsonGenerator json, InternationalScoring s) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("activities", s.activities().size());
    json.writeNumberField("totalSpending", s.totalSpending());
    json.writeNumberField("argTagged", s.argTagged());
    decimalField(json, "argSharePercent", s.argSharePercent());
    json.writeNumberField("hgdgAttributedGad", s.attributedGad());
    decimalField(json, "hgdgAttributedSharePercent", s.attributedSharePercent());
    json.writeObjectFieldStart("gadMinimum");
    json.writeStringField("rule", s.gadMinimumRule());
    json.writeNumberField("sharePercent", s.gadMinimumSharePercent());
    booleanField(json, "attributedShareMeets", s.attributedShareMeetsMinimum());
    booleanField(json, "argShareMeets", s.argShareMeetsMinimum());
    json.writeEndObject();
    json.writeArrayFieldStart("hgdgBands");
    for (HgdgBand band : HgdgBand.values()) {
      json.writeStartObject();
      json.writeStringField("band", band.name());
      json.writeNumberField("from", band.from());
      json.writeNumberField("to", band.to());
      json.writeNumberField("attributionPercent", band.attributionPercent());
      json.writeNumberField("count", s.bandCounts().getOrDefault(band, 0L));
      json.writeNumberField("amount", s.bandAmounts().getOrDefault(band, BigDecimal.ZERO));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("dac");
    for (DacMarker m : DacMarker.values()) {
      markerCount(
          json,
          m,
          s.dacCounts().getOrDefault(m, 0L),
          s.dacAmounts().getOrDefault(m, BigDecimal.ZERO));
    }
    json.writeEndArray();
    json.writeArrayFieldStart("gem");
    for (GenderEqualityMarker m : GenderEqualityMarker.values()) {
      markerCount(
          json,
          m,
          s.gemCounts().getOrDefault(m, 0L),
          s.gemAmounts().getOrDefault(m, BigDecimal.ZERO));
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void markerCount(JsonGenerator json, GenderMarker m, long count, BigDecimal amount)
      throws IOException {
    json.writeStartObject();
    markerValue(json, m);
    json.writeNumberField("count", count);
    json.writeNumberField("amount", amount);
    json.writeEndObject();
  }

  private static void markerValue(JsonGenerator json, GenderMarker m) throws IOException {
    json.writeNumberField("value", m.score());
    if (m instanceof GenderEqualityMarker gem) {
      json.writeStringField("lettered", gem.format(GenderEqualityMarker.Notation.LETTERED));
    }
    json.writeStringField("name", ((Enum<?>) m).name());
    json.writeStringField("meaning", m.meaning());
  }

  private static void activity(JsonGenerator json, ActivityScoring a) throws IOException {
    json.writeStartObject();
    json.writeStringField("budgetLine", a.line().value());
    json.writeStringField("agency", a.agency().value());
    json.writeStringField("subActivity", a.subActivity().format());
    stringField(json, "name", a.name());
    json.writeNumberField("amount", a.amount().amount());
    stringField(json, "argCategory", a.argCategory().map(ArgCategory::name));
    json.writeObjectFieldStart("hgdg");
    json.writeStringField("basis", a.hgdgBasis().name());
    json.writeBooleanField("lowerBound", a.hgdgBasis().isLowerBound());
    json.writeNumberField("score", a.hgdgScore());
    json.writeStringField("band", a.hgdgBand().name());
    json.writeNumberField("attributionPercent", a.hgdgBand().attributionPercent());
    json.writeNumberField("attributedAmount", a.attributedAmount().amount());
    suggestion(json, a.hgdgSuggestion());
    json.writeFieldName("assessment");
    if (a.hgdgAssessment().isPresent()) {
      assessment(json, a.hgdgAssessment().get());
    } else {
      json.writeNull();
    }
    json.writeEndObject();
    marker(json, "dac", a.dac());
    marker(json, "gem", a.gem());
    json.writeEndObject();
  }

  private static void suggestion(JsonGenerator json, HgdgSuggestion s) throws IOException {
    json.writeObjectFieldStart("suggestion");
    json.writeNumberField("minimumTotal", s.minimumTotal());
    json.writeStringField("minimumBand", s.minimumBand().name());
    json.writeArrayFieldStart("items");
    for (HgdgItem item : HgdgItem.values()) {
      json.writeStartObject();
      json.writeStringField("item", item.code());
      json.writeNumberField("element", item.element().number());
      json.writeStringField("title", item.title());
      json.writeArrayFieldStart("allowed");
      for (BigDecimal v : item.allowedScores()) {
        json.writeNumber(v);
      }
      json.writeEndArray();
      json.writeBooleanField("titleConfirmed", item.titleConfirmed());
      json.writeBooleanField("scaleConfirmed", item.scaleConfirmed());
      decimalField(json, "score", s.scores().score(item));
      json.writeFieldName("reason");
      reason(json, s.reason(item));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void assessment(JsonGenerator json, HgdgAssessment a) throws IOException {
    json.writeStartObject();
    json.writeBooleanField("complete", a.isComplete());
    decimalField(json, "total", a.total());
    json.writeNumberField("minimumTotal", a.minimumTotal());
    json.writeObjectFieldStart("scores");
    for (Map.Entry<HgdgItem, BigDecimal> e : a.scores().entrySet()) {
      json.writeNumberField(e.getKey().code(), e.getValue());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("missingItems");
    for (HgdgItem item : a.missingItems()) {
      json.writeString(item.code());
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static <M extends Enum<M> & GenderMarker> void marker(
      JsonGenerator json, String field, MarkerSuggestion<M> m) throws IOException {
    json.writeObjectFieldStart(field);
    markerValue(json, m.value());
    json.writeBooleanField("criteriaConfirmed", m.criteriaConfirmed());
    json.writeArrayFieldStart("reasons");
    for (Reason r : m.reasons()) {
      reason(json, r);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("criteria");
    for (CriterionResult c : m.criteria()) {
      json.writeStartObject();
      json.writeStringField("criterion", c.criterion().name());
      json.writeStringField("level", c.criterion().level().name());
      json.writeBooleanField("required", c.required());
      json.writeBooleanField("met", c.met());
      json.writeFieldName("reason");
      reason(json, c.reason());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void reason(JsonGenerator json, Reason r) throws IOException {
    json.writeStartObject();
    json.writeStringField("key", r.key());
    json.writeStringField("id", r.text().indonesian());
    json.writeStringField("en", r.text().english());
    json.writeEndObject();
  }

  private static void text(JsonGenerator json, LocalizedText t) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", t.indonesian());
    json.writeStringField("en", t.english());
    json.writeEndObject();
  }

  private static void stringField(JsonGenerator json, String name, Optional<String> value)
      throws IOException {
    json.writeFieldName(name);
    if (value.isPresent()) {
      json.writeString(value.get());
    } else {
      json.writeNull();
    }
  }

  private static void decimalField(JsonGenerator json, String name, Optional<BigDecimal> value)
      throws IOException {
    json.writeFieldName(name);
    if (value.isPresent()) {
      json.writeNumber(value.get());
    } else {
      json.writeNull();
    }
  }

  private static void booleanField(JsonGenerator json, String name, Optional<Boolean> value)
      throws IOException {
    json.writeFieldName(name);
    if (value.isPresent()) {
      json.writeBoolean(value.get());
    } else {
      json.writeNull();
    }
  }
}
