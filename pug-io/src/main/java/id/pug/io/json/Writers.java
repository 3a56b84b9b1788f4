package id.pug.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import id.pug.core.Identifier;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.Official;
import id.pug.core.assessment.Evidence;
import id.pug.core.assessment.PrerequisiteAssessment;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.FundingSource;
import id.pug.core.budget.Location;
import id.pug.core.law.Decree;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.Activity;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.Programme;
import id.pug.core.planning.SubActivity;
import id.pug.core.planning.YearRange;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.pokja.ForumMember;
import id.pug.core.pokja.ForumPuspa;
import id.pug.core.pokja.PlannedAction;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.pprg.GbsAction;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.SituationAnalysis;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.provenance.Source;
import id.pug.core.provenance.SourceRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The writers of format {@value PlanJson#FORMAT}: every field in the order of pug-core's accessors
 * (the order {@link Readers} declares); absent optionals, empty lists and empty maps left out;
 * defaults written.
 */
final class Writers {
  private Writers() {}

  /** Writes one value as JSON. */
  @FunctionalInterface
  interface ValueWriter<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private static void text(JsonGenerator g, String name, String value) throws IOException {
    g.writeStringField(name, value);
  }

  private static void text(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void id(JsonGenerator g, String name, Identifier<?> value) throws IOException {
    g.writeStringField(name, value.value());
  }

  private static void id(JsonGenerator g, String name, Optional<? extends Identifier<?>> value)
      throws IOException {
    if (value.isPresent()) {
      id(g, name, value.get());
    }
  }

  private static void code(JsonGenerator g, String name, NomenclatureCode value)
      throws IOException {
    g.writeStringField(name, value.format());
  }

  private static void code(JsonGenerator g, String name, Optional<NomenclatureCode> value)
      throws IOException {
    if (value.isPresent()) {
      code(g, name, value.get());
    }
  }

  private static void year(JsonGenerator g, String name, Year value) throws IOException {
    g.writeNumberField(name, value.getValue());
  }

  private static void year(JsonGenerator g, String name, Optional<Year> value) throws IOException {
    if (value.isPresent()) {
      year(g, name, value.get());
    }
  }

  private static void rupiah(JsonGenerator g, String name, Rupiah value) throws IOException {
    g.writeNumberField(name, value.amount());
  }

  private static void rupiah(JsonGenerator g, String name, Optional<Rupiah> value)
      throws IOException {
    if (value.isPresent()) {
      rupiah(g, name, value.get());
    }
  }

  private static void decimal(JsonGenerator g, String name, Optional<BigDecimal> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      g.writeNumber(number(value.get()));
    }
  }

  /**
   * A decimal as the text of a JSON number that reads back to an equal {@link BigDecimal} (the same
   * digits and scale) within the reader's limit of {@value PlanJson#MAX_NUMBER_LENGTH} digits:
   * {@link BigDecimal#toString()}, or, where that form is longer (leading zeros such as {@code
   * 0.0000099…}, or a long exponent), the shorter of {@code 9.99…E-100} and {@code 999…E-102}.
   */
  static String number(BigDecimal value) {
    String text = value.toString();
    if (digits(text) <= PlanJson.MAX_NUMBER_LENGTH) {
      return text;
    }
    String unscaled = value.unscaledValue().toString();
    String compact = value.scale() == 0 ? unscaled : unscaled + "E" + -(long) value.scale();
    String sign = unscaled.startsWith("-") ? "-" : "";
    String digits = unscaled.substring(sign.length());
    long adjusted = digits.length() - 1L - value.scale();
    String scientific =
        sign
            + digits.charAt(0)
            + (digits.length() > 1 ? "." + digits.substring(1) : "")
            + "E"
            + adjusted;
    return digits(scientific) <= digits(compact) ? scientific : compact;
  }

  /** How many digits a number's text has, its exponent's included: what the reader counts. */
  private static int digits(String number) {
    int count = 0;
    for (int i = 0; i < number.length(); i++) {
      count += Character.isDigit(number.charAt(i)) ? 1 : 0;
    }
    return count;
  }

  private static void constant(JsonGenerator g, String name, Enum<?> value) throws IOException {
    g.writeStringField(name, value.name());
  }

  private static void constant(JsonGenerator g, String name, Optional<? extends Enum<?>> value)
      throws IOException {
    if (value.isPresent()) {
      constant(g, name, value.get());
    }
  }

  private static <T> void object(
      JsonGenerator g, String name, Optional<T> value, ValueWriter<T> writer) throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      writer.write(g, value.get());
    }
  }

  private static <T> void object(JsonGenerator g, String name, T value, ValueWriter<T> writer)
      throws IOException {
    g.writeFieldName(name);
    writer.write(g, value);
  }

  private static <T> void list(
      JsonGenerator g, String name, Collection<T> values, ValueWriter<T> writer)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (T value : values) {
      writer.write(g, value);
    }
    g.writeEndArray();
  }

  private static void texts(JsonGenerator g, String name, Collection<String> values)
      throws IOException {
    list(g, name, values, JsonGenerator::writeString);
  }

  private static void textMap(JsonGenerator g, String name, Map<? extends Enum<?>, String> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    for (Map.Entry<? extends Enum<?>, String> entry : values.entrySet()) {
      g.writeStringField(entry.getKey().name(), entry.getValue());
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------------------
  // Sources, officials, decrees, years
  // ---------------------------------------------------------------------------------------------

  /**
   * A source as the registry id when it is the shipped registry's entry, as its URL when it is
   * known by URL only, and otherwise as an object with its id, title and URL, so nothing is lost.
   */
  static void source(JsonGenerator g, Source source) throws IOException {
    Optional<String> id = source.id();
    if (id.isPresent()) {
      if (SourceRegistry.shipped().find(id.get()).equals(Optional.of(source))) {
        g.writeString(id.get());
        return;
      }
      g.writeStartObject();
      text(g, "id", id.get());
      text(g, "title", source.title());
      text(g, "url", source.url().map(Object::toString));
      g.writeEndObject();
      return;
    }
    // Without an id a source is built from its URL only (Source.ofUrl), its title being the URL.
    g.writeString(source.url().map(Object::toString).orElse(source.title()));
  }

  static void yearRange(JsonGenerator g, YearRange range) throws IOException {
    g.writeStartObject();
    year(g, "start", range.start());
    year(g, "end", range.end());
    g.writeEndObject();
  }

  static void official(JsonGenerator g, Official official) throws IOException {
    g.writeStartObject();
    text(g, "name", official.name());
    text(g, "position", official.position());
    id(g, "agency", official.agency());
    text(g, "nip", official.nip());
    g.writeEndObject();
  }

  static void decree(JsonGenerator g, Decree decree) throws IOException {
    g.writeStartObject();
    text(g, "number", decree.number());
    if (decree.date().isPresent()) {
      g.writeStringField("date", decree.date().get().toString());
    }
    constant(g, "issuer", decree.issuer());
    text(g, "signer", decree.signer());
    text(g, "title", decree.title());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------------------
  // Agencies and institutions
  // ---------------------------------------------------------------------------------------------

  static void agency(JsonGenerator g, Agency agency) throws IOException {
    g.writeStartObject();
    text(g, "name", agency.name());
    text(g, "acronym", agency.acronym());
    id(g, "region", agency.region());
    list(g, "urusan", agency.urusan(), (out, c) -> out.writeString(c.format()));
    list(g, "declaredRoles", agency.declaredRoles(), (out, r) -> out.writeString(r.name()));
    g.writeBooleanField("nameConfirmed", agency.nameConfirmed());
    year(g, "lastSeen", agency.lastSeen());
    texts(g, "notes", agency.notes());
    list(g, "sources", agency.sources(), Writers::source);
    g.writeEndObject();
  }

  static void pokja(JsonGenerator g, PokjaPug pokja) throws IOException {
    g.writeStartObject();
    id(g, "region", pokja.region());
    object(g, "decree", pokja.decree(), Writers::decree);
    object(g, "chair", pokja.chair(), Writers::official);
    object(g, "secretary", pokja.secretary(), Writers::official);
    list(g, "members", pokja.members(), Writers::official);
    list(g, "technicalTeam", pokja.technicalTeam(), Writers::official);
    g.writeEndObject();
  }

  static void focalPoint(JsonGenerator g, FocalPoint focalPoint) throws IOException {
    g.writeStartObject();
    object(g, "official", focalPoint.official(), Writers::official);
    object(g, "decree", focalPoint.decree(), Writers::decree);
    g.writeEndObject();
  }

  static void forumMember(JsonGenerator g, ForumMember member) throws IOException {
    g.writeStartObject();
    text(g, "name", member.name());
    constant(g, "sector", member.sector());
    g.writeEndObject();
  }

  static void forumPuspa(JsonGenerator g, ForumPuspa forum) throws IOException {
    g.writeStartObject();
    id(g, "region", forum.region());
    text(g, "name", forum.name());
    object(g, "term", forum.term(), Writers::yearRange);
    object(g, "decree", forum.decree(), Writers::decree);
    list(g, "members", forum.members(), Writers::forumMember);
    g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------------------
  // Indicators and planning documents
  // ---------------------------------------------------------------------------------------------

  static void indicatorValue(JsonGenerator g, IndicatorValue value) throws IOException {
    g.writeStartObject();
    year(g, "year", value.year());
    decimal(g, "total", value.total());
    decimal(g, "female", value.female());
    decimal(g, "male", value.male());
    text(g, "text", value.text());
    g.writeEndObject();
  }

  static void indicator(JsonGenerator g, PerformanceIndicator indicator) throws IOException {
    g.writeStartObject();
    text(g, "name", indicator.name());
    text(g, "unit", indicator.unit());
    constant(g, "level", indicator.level());
    text(g, "code", indicator.code());
    constant(g, "direction", indicator.direction());
    g.writeBooleanField("sexDisaggregated", indicator.sexDisaggregated());
    object(g, "baseline", indicator.baseline(), Writers::indicatorValue);
    list(g, "targets", indicator.targets(), Writers::indicatorValue);
    list(g, "actuals", indicator.actuals(), Writers::indicatorValue);
    g.writeEndObject();
  }

  static void subActivity(JsonGenerator g, SubActivity sub) throws IOException {
    g.writeStartObject();
    code(g, "code", sub.code());
    text(g, "name", sub.name());
    list(g, "indicators", sub.indicators(), Writers::indicator);
    rupiah(g, "indicativeCeiling", sub.indicativeCeiling());
    g.writeEndObject();
  }

  static void activity(JsonGenerator g, Activity activity) throws IOException {
    g.writeStartObject();
    code(g, "code", activity.code());
    text(g, "name", activity.name());
    list(g, "indicators", activity.indicators(), Writers::indicator);
    list(g, "subActivities", activity.subActivities(), Writers::subActivity);
    g.writeEndObject();
  }

  static void programme(JsonGenerator g, Programme programme) throws IOException {
    g.writeStartObject();
    code(g, "code", programme.code());
    text(g, "name", programme.name());
    list(g, "indicators", programme.indicators(), Writers::indicator);
    list(g, "activities", programme.activities(), Writers::activity);
    g.writeEndObject();
  }

  static void planningDocument(JsonGenerator g, PlanningDocument document) throws IOException {
    g.writeStartObject();
    id(g, "id", document.id());
    constant(g, "kind", document.kind());
    id(g, "region", document.region());
    id(g, "agency", document.agency());
    object(g, "period", document.period(), Writers::yearRange);
    text(g, "title", document.title());
    list(g, "programmes", document.programmes(), Writers::programme);
    g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------------------
  // Budget
  // ---------------------------------------------------------------------------------------------

  static void fundingSource(JsonGenerator g, FundingSource source) throws IOException {
    g.writeStartObject();
    text(g, "code", source.code());
    text(g, "name", source.name());
    rupiah(g, "amount", source.amount());
    g.writeEndObject();
  }

  static void location(JsonGenerator g, Location location) throws IOException {
    g.writeStartObject();
    id(g, "region", location.region());
    text(g, "district", location.district());
    text(g, "village", location.village());
    text(g, "description", location.description());
    g.writeEndObject();
  }

  static void argTag(JsonGenerator g, ArgTag tag) throws IOException {
    g.writeStartObject();
    constant(g, "category", tag.category());
    id(g, "gap", tag.gap());
    id(g, "gbs", tag.gbs());
    id(g, "kak", tag.kak());
    text(g, "label", tag.label());
    text(g, "targetGroup", tag.targetGroup());
    text(g, "genderGap", tag.genderGap());
    g.writeEndObject();
  }

  static void budgetLine(JsonGenerator g, BudgetLine line) throws IOException {
    g.writeStartObject();
    id(g, "id", line.id());
    year(g, "fiscalYear", line.fiscalYear());
    id(g, "agency", line.agency());
    code(g, "subActivity", line.subActivity());
    text(g, "name", line.name());
    rupiah(g, "amount", line.amount());
    list(g, "fundingSources", line.fundingSources(), Writers::fundingSource);
    list(g, "locations", line.locations(), Writers::location);
    object(g, "outputIndicator", line.outputIndicator(), Writers::indicator);
    object(g, "argTag", line.argTag(), Writers::argTag);
    g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------------------
  // GAP, GBS, KAK
  // ---------------------------------------------------------------------------------------------

  static void gap(JsonGenerator g, GenderAnalysisPathway gap) throws IOException {
    g.writeStartObject();
    id(g, "id", gap.id());
    id(g, "agency", gap.agency());
    year(g, "fiscalYear", gap.fiscalYear());
    id(g, "planningDocument", gap.planningDocument());
    code(g, "subject", gap.subject());
    textMap(g, "steps", gap.steps());
    textMap(g, "gapFactors", gap.gapFactors());
    list(g, "genderIndicators", gap.genderIndicators(), Writers::indicator);
    g.writeEndObject();
  }

  static void situationAnalysis(JsonGenerator g, SituationAnalysis analysis) throws IOException {
    g.writeStartObject();
    texts(g, "insightData", analysis.insightData());
    textMap(g, "gapFactors", analysis.gapFactors());
    text(g, "internalCauses", analysis.internalCauses());
    text(g, "externalCauses", analysis.externalCauses());
    g.writeEndObject();
  }

  static void gbsAction(JsonGenerator g, GbsAction action) throws IOException {
    g.writeStartObject();
    text(g, "description", action.description());
    text(g, "input", action.input());
    text(g, "output", action.output());
    text(g, "outcome", action.outcome());
    rupiah(g, "budget", action.budget());
    g.writeEndObject();
  }

  static void gbs(JsonGenerator g, GenderBudgetStatement gbs) throws IOException {
    g.writeStartObject();
    id(g, "id", gbs.id());
    id(g, "agency", gbs.agency());
    year(g, "fiscalYear", gbs.fiscalYear());
    constant(g, "format", gbs.format());
    id(g, "gap", gbs.gap());
    code(g, "programme", gbs.programme());
    code(g, "activity", gbs.activity());
    code(g, "subActivity", gbs.subActivity());
    text(g, "objective", gbs.objective());
    object(g, "situationAnalysis", gbs.situationAnalysis(), Writers::situationAnalysis);
    text(g, "activityIndicator", gbs.activityIndicator());
    text(g, "output", gbs.output());
    list(g, "achievementIndicators", gbs.achievementIndicators(), Writers::indicator);
    list(g, "actionPlan", gbs.actionPlan(), Writers::gbsAction);
    rupiah(g, "budget", gbs.budget());
    text(g, "expectedImpact", gbs.expectedImpact());
    g.writeEndObject();
  }

  static void kak(JsonGenerator g, TermsOfReference kak) throws IOException {
    g.writeStartObject();
    id(g, "id", kak.id());
    id(g, "agency", kak.agency());
    year(g, "fiscalYear", kak.fiscalYear());
    id(g, "gbs", kak.gbs());
    code(g, "subject", kak.subject());
    list(g, "indicators", kak.indicators(), Writers::indicator);
    texts(g, "legalBasis", kak.legalBasis());
    text(g, "background", kak.background());
    text(g, "beneficiaries", kak.beneficiaries());
    text(g, "purpose", kak.purpose());
    text(g, "method", kak.method());
    text(g, "location", kak.location());
    text(g, "implementer", kak.implementer());
    object(g, "responsibleOfficial", kak.responsibleOfficial(), Writers::official);
    text(g, "limits", kak.limits());
    text(g, "start", kak.start().map(Object::toString));
    text(g, "end", kak.end().map(Object::toString));
    rupiah(g, "cost", kak.cost());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------------------
  // Action plans and assessment
  // ---------------------------------------------------------------------------------------------

  static void plannedAction(JsonGenerator g, PlannedAction action) throws IOException {
    g.writeStartObject();
    text(g, "description", action.description());
    constant(g, "area", action.area());
    id(g, "responsibleAgency", action.responsibleAgency());
    text(g, "start", action.start().map(Object::toString));
    text(g, "end", action.end().map(Object::toString));
    list(g, "indicators", action.indicators(), Writers::indicator);
    rupiah(g, "budget", action.budget());
    g.writeEndObject();
  }

  static void actionPlan(JsonGenerator g, ActionPlan plan) throws IOException {
    g.writeStartObject();
    id(g, "id", plan.id());
    constant(g, "kind", plan.kind());
    id(g, "region", plan.region());
    object(g, "period", plan.period(), Writers::yearRange);
    text(g, "title", plan.title());
    object(g, "decree", plan.decree(), Writers::decree);
    list(g, "actions", plan.actions(), Writers::plannedAction);
    g.writeEndObject();
  }

  static void evidence(JsonGenerator g, Evidence evidence) throws IOException {
    g.writeStartObject();
    constant(g, "prerequisite", evidence.prerequisite());
    text(g, "description", evidence.description());
    text(g, "reference", evidence.reference());
    year(g, "year", evidence.year());
    g.writeEndObject();
  }

  static void assessment(JsonGenerator g, PrerequisiteAssessment assessment) throws IOException {
    g.writeStartObject();
    id(g, "region", assessment.region());
    year(g, "year", assessment.year());
    list(g, "evidence", assessment.evidence(), Writers::evidence);
    g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------------------
  // The plan
  // ---------------------------------------------------------------------------------------------

  static void plan(JsonGenerator g, RegionalPprgPlan plan) throws IOException {
    g.writeStartObject();
    text(g, "format", PlanJson.FORMAT);
    id(g, "region", plan.region());
    year(g, "fiscalYear", plan.fiscalYear());
    if (!plan.agencies().isEmpty()) {
      g.writeObjectFieldStart("agencies");
      for (Map.Entry<AgencyId, Agency> entry : plan.agencies().entrySet()) {
        object(g, entry.getKey().value(), entry.getValue(), Writers::agency);
      }
      g.writeEndObject();
    }
    object(g, "pokja", plan.pokja(), Writers::pokja);
    list(g, "focalPoints", plan.focalPoints(), Writers::focalPoint);
    object(g, "forumPuspa", plan.forumPuspa(), Writers::forumPuspa);
    list(g, "planningDocuments", plan.planningDocuments(), Writers::planningDocument);
    list(g, "budgetLines", plan.budgetLines(), Writers::budgetLine);
    list(g, "genderAnalyses", plan.genderAnalyses(), Writers::gap);
    list(g, "budgetStatements", plan.budgetStatements(), Writers::gbs);
    list(g, "termsOfReference", plan.termsOfReference(), Writers::kak);
    list(g, "regionalIndicators", plan.regionalIndicators(), Writers::indicator);
    list(g, "actionPlans", plan.actionPlans(), Writers::actionPlan);
    object(g, "assessment", plan.assessment(), Writers::assessment);
    g.writeEndObject();
  }
}
