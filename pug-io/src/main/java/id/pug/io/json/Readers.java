package id.pug.io.json;

import com.fasterxml.jackson.core.JsonToken;
import id.pug.core.InvalidValueException;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyRole;
import id.pug.core.agency.Official;
import id.pug.core.assessment.Evidence;
import id.pug.core.assessment.Prerequisite;
import id.pug.core.assessment.PrerequisiteAssessment;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.budget.FundingSource;
import id.pug.core.budget.Location;
import id.pug.core.indicator.GenderIndex;
import id.pug.core.law.Decree;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.Activity;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.planning.PlanningDocumentKind;
import id.pug.core.planning.Programme;
import id.pug.core.planning.SubActivity;
import id.pug.core.planning.YearRange;
import id.pug.core.pokja.ActionArea;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanId;
import id.pug.core.pokja.ActionPlanKind;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.pokja.ForumMember;
import id.pug.core.pokja.ForumPuspa;
import id.pug.core.pokja.ForumSector;
import id.pug.core.pokja.PlannedAction;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.pprg.GapFactor;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GbsAction;
import id.pug.core.pprg.GbsFormat;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.KakId;
import id.pug.core.pprg.SituationAnalysis;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.provenance.Source;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.region.RegionCode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The readers of format {@value PlanJson#FORMAT}: one {@link ObjectShape} per element type, its
 * fields in the order {@link Writers} writes them.
 */
final class Readers {
  private Readers() {}

  // ---------------------------------------------------------------------------------------------
  // Scalars
  // ---------------------------------------------------------------------------------------------

  static final ValueReader<String> TEXT = JsonIn::text;
  static final ValueReader<Boolean> BOOLEAN = JsonIn::bool;
  static final ValueReader<Year> YEAR = JsonIn::year;
  static final ValueReader<YearMonth> YEAR_MONTH = JsonIn::yearMonth;
  static final ValueReader<LocalDate> DATE = JsonIn::date;
  static final ValueReader<Rupiah> RUPIAH = JsonIn::rupiah;
  static final ValueReader<BigDecimal> DECIMAL = JsonIn::decimal;
  static final ValueReader<RegionCode> REGION = JsonIn.parsed(RegionCode::parse);
  static final ValueReader<NomenclatureCode> CODE = JsonIn.parsed(NomenclatureCode::parse);
  static final ValueReader<AgencyId> AGENCY_ID = JsonIn.parsed(AgencyId::of);
  static final ValueReader<BudgetLineId> BUDGET_LINE_ID = JsonIn.parsed(BudgetLineId::of);
  static final ValueReader<GapId> GAP_ID = JsonIn.parsed(GapId::of);
  static final ValueReader<GbsId> GBS_ID = JsonIn.parsed(GbsId::of);
  static final ValueReader<KakId> KAK_ID = JsonIn.parsed(KakId::of);
  static final ValueReader<PlanningDocumentId> DOCUMENT_ID = JsonIn.parsed(PlanningDocumentId::of);
  static final ValueReader<ActionPlanId> ACTION_PLAN_ID = JsonIn.parsed(ActionPlanId::of);

  static <T> ValueReader<com.google.common.collect.ImmutableList<T>> listOf(ValueReader<T> item) {
    return in -> in.list(item);
  }

  static <T> ValueReader<com.google.common.collect.ImmutableList<T>> distinctListOf(
      ValueReader<T> item) {
    return in -> in.distinctList(item);
  }

  static <B, T> ValueReader<T> objectOf(ObjectShape<B, T> shape) {
    return in -> in.object(shape);
  }

  // ---------------------------------------------------------------------------------------------
  // Sources, officials, decrees, years
  // ---------------------------------------------------------------------------------------------

  /** Holds the parts of a source written as an object. */
  private static final class SourceParts {
    @Nullable String id;
    @Nullable String title;
    @Nullable URI url;
  }

  private static final ValueReader<URI> URL =
      in -> {
        String text = in.text();
        if (text == null) {
          return null;
        }
        try {
          return new URI(text);
        } catch (URISyntaxException e) {
          in.problemHere("expected a URL, was " + JsonIn.quote(text) + " (" + e.getReason() + ")");
          return null;
        }
      };

  static final ObjectShape<SourceParts, Source> SOURCE_OBJECT =
      ObjectShape.<SourceParts, Source>of(
              "source",
              SourceParts::new,
              p ->
                  Source.of(
                      Objects.requireNonNull(p.id),
                      Objects.requireNonNull(p.title),
                      Optional.ofNullable(p.url)))
          .required("id", TEXT, (p, v) -> p.id = v)
          .required("title", TEXT, (p, v) -> p.title = v)
          .optional("url", URL, (p, v) -> p.url = v)
          .build();

  /**
   * A source: a registry id or a URL as a string, resolved by the shipped {@link SourceRegistry};
   * or, for a source that is not the registry's entry, an object with its id, title and URL.
   */
  static final ValueReader<Source> SOURCE =
      in -> {
        if (in.parser.currentToken() == JsonToken.START_OBJECT) {
          return in.object(SOURCE_OBJECT);
        }
        if (in.parser.currentToken() != JsonToken.VALUE_STRING) {
          return in.wrongType("a source: a registry id such as \"S4\" or an http(s) URL");
        }
        String text = in.parser.getText();
        try {
          return SourceRegistry.shipped().resolve(text);
        } catch (InvalidValueException e) {
          in.problemHere(JsonIn.message(e));
          return null;
        }
      };

  /** Holds the two years of a range. */
  private static final class YearRangeParts {
    @Nullable Year start;
    @Nullable Year end;
  }

  static final ObjectShape<YearRangeParts, YearRange> YEAR_RANGE_SHAPE =
      ObjectShape.<YearRangeParts, YearRange>of(
              "year range",
              YearRangeParts::new,
              p -> YearRange.of(Objects.requireNonNull(p.start), Objects.requireNonNull(p.end)))
          .required("start", YEAR, (p, v) -> p.start = v)
          .required("end", YEAR, (p, v) -> p.end = v)
          .build();

  static final ValueReader<YearRange> YEAR_RANGE = objectOf(YEAR_RANGE_SHAPE);

  static final ObjectShape<Official.Builder, Official> OFFICIAL_SHAPE =
      ObjectShape.of("official", Official::builder, Official.Builder::build)
          .optional("name", TEXT, (b, v) -> b.name(v))
          .optional("position", TEXT, (b, v) -> b.position(v))
          .required("agency", AGENCY_ID, (b, v) -> b.agency(v))
          .optional("nip", TEXT, (b, v) -> b.nip(v))
          .build();

  static final ValueReader<Official> OFFICIAL = objectOf(OFFICIAL_SHAPE);

  static final ObjectShape<Decree.Builder, Decree> DECREE_SHAPE =
      ObjectShape.of("decree", Decree::builder, Decree.Builder::build)
          .required("number", TEXT, (b, v) -> b.number(v))
          .optional("date", DATE, (b, v) -> b.date(v))
          .required("issuer", JsonIn.constant(Decree.Issuer.class), (b, v) -> b.issuer(v))
          .optional("signer", TEXT, (b, v) -> b.signer(v))
          .optional("title", TEXT, (b, v) -> b.title(v))
          .build();

  static final ValueReader<Decree> DECREE = objectOf(DECREE_SHAPE);

  // ---------------------------------------------------------------------------------------------
  // Agencies and institutions
  // ---------------------------------------------------------------------------------------------

  static final ObjectShape<Agency.Builder, Agency> AGENCY_SHAPE =
      ObjectShape.of("agency", Agency::builder, Agency.Builder::build)
          .required("name", TEXT, (b, v) -> b.name(v))
          .optional("acronym", TEXT, (b, v) -> b.acronym(v))
          .required("region", REGION, (b, v) -> b.region(v))
          .optional("urusan", distinctListOf(CODE), (b, v) -> b.addAllUrusan(v))
          .optional(
              "declaredRoles",
              distinctListOf(JsonIn.constant(AgencyRole.class)),
              (b, v) -> b.addAllDeclaredRoles(v))
          .optional("nameConfirmed", BOOLEAN, (b, v) -> b.nameConfirmed(v))
          .optional("lastSeen", YEAR, (b, v) -> b.lastSeen(v))
          .optional("notes", listOf(TEXT), (b, v) -> b.addAllNotes(v))
          .optional("sources", listOf(SOURCE), (b, v) -> b.addAllSources(v))
          .derived("roles", "an agency's roles are derived from urusan and declaredRoles")
          .build();

  static final ValueReader<Agency> AGENCY = objectOf(AGENCY_SHAPE);

  static final ObjectShape<PokjaPug.Builder, PokjaPug> POKJA_SHAPE =
      ObjectShape.of("Pokja PUG", PokjaPug::builder, PokjaPug.Builder::build)
          .required("region", REGION, (b, v) -> b.region(v))
          .optional("decree", DECREE, (b, v) -> b.decree(v))
          .optional("chair", OFFICIAL, (b, v) -> b.chair(v))
          .optional("secretary", OFFICIAL, (b, v) -> b.secretary(v))
          .optional("members", listOf(OFFICIAL), (b, v) -> b.addAllMembers(v))
          .optional("technicalTeam", listOf(OFFICIAL), (b, v) -> b.addAllTechnicalTeam(v))
          .build();

  static final ObjectShape<FocalPoint.Builder, FocalPoint> FOCAL_POINT_SHAPE =
      ObjectShape.of("focal point", FocalPoint::builder, FocalPoint.Builder::build)
          .required("official", OFFICIAL, (b, v) -> b.official(v))
          .optional("decree", DECREE, (b, v) -> b.decree(v))
          .derived("agency", "a focal point's agency is its official's agency")
          .build();

  /** Holds the two parts of a forum member. */
  private static final class ForumMemberParts {
    @Nullable String name;
    @Nullable ForumSector sector;
  }

  static final ObjectShape<ForumMemberParts, ForumMember> FORUM_MEMBER_SHAPE =
      ObjectShape.<ForumMemberParts, ForumMember>of(
              "forum member",
              ForumMemberParts::new,
              p -> ForumMember.of(Objects.requireNonNull(p.name), Objects.requireNonNull(p.sector)))
          .required("name", TEXT, (p, v) -> p.name = v)
          .required("sector", JsonIn.constant(ForumSector.class), (p, v) -> p.sector = v)
          .build();

  static final ObjectShape<ForumPuspa.Builder, ForumPuspa> FORUM_PUSPA_SHAPE =
      ObjectShape.of("Forum PUSPA", ForumPuspa::builder, ForumPuspa.Builder::build)
          .required("region", REGION, (b, v) -> b.region(v))
          .optional("name", TEXT, (b, v) -> b.name(v))
          .optional("term", YEAR_RANGE, (b, v) -> b.term(v))
          .optional("decree", DECREE, (b, v) -> b.decree(v))
          .optional("members", listOf(objectOf(FORUM_MEMBER_SHAPE)), (b, v) -> b.addAllMembers(v))
          .build();

  // ---------------------------------------------------------------------------------------------
  // Indicators and planning documents
  // ---------------------------------------------------------------------------------------------

  static final ObjectShape<IndicatorValue.Builder, IndicatorValue> INDICATOR_VALUE_SHAPE =
      ObjectShape.of("indicator value", IndicatorValue::builder, IndicatorValue.Builder::build)
          .required("year", YEAR, (b, v) -> b.year(v))
          .optional("total", DECIMAL, (b, v) -> b.total(v))
          .optional("female", DECIMAL, (b, v) -> b.female(v))
          .optional("male", DECIMAL, (b, v) -> b.male(v))
          .optional("text", TEXT, (b, v) -> b.text(v))
          .build();

  static final ValueReader<IndicatorValue> INDICATOR_VALUE = objectOf(INDICATOR_VALUE_SHAPE);

  static final ObjectShape<PerformanceIndicator.Builder, PerformanceIndicator> INDICATOR_SHAPE =
      ObjectShape.of(
              "performance indicator",
              PerformanceIndicator::builder,
              PerformanceIndicator.Builder::build)
          .required("name", TEXT, (b, v) -> b.name(v))
          .required("unit", TEXT, (b, v) -> b.unit(v))
          .required("level", JsonIn.constant(IndicatorLevel.class), (b, v) -> b.level(v))
          .optional("code", TEXT, (b, v) -> b.code(v))
          .optional(
              "direction", JsonIn.constant(GenderIndex.Direction.class), (b, v) -> b.direction(v))
          .optional("sexDisaggregated", BOOLEAN, (b, v) -> b.sexDisaggregated(v))
          .optional("baseline", INDICATOR_VALUE, (b, v) -> b.baseline(v))
          .optional("targets", listOf(INDICATOR_VALUE), (b, v) -> b.addAllTargets(v))
          .optional("actuals", listOf(INDICATOR_VALUE), (b, v) -> b.addAllActuals(v))
          .build();

  static final ValueReader<PerformanceIndicator> INDICATOR = objectOf(INDICATOR_SHAPE);

  static final ObjectShape<SubActivity.Builder, SubActivity> SUB_ACTIVITY_SHAPE =
      ObjectShape.of("sub-kegiatan", SubActivity::builder, SubActivity.Builder::build)
          .required("code", CODE, (b, v) -> b.code(v))
          .optional("name", TEXT, (b, v) -> b.name(v))
          .optional("indicators", listOf(INDICATOR), (b, v) -> b.addAllIndicators(v))
          .optional("indicativeCeiling", RUPIAH, (b, v) -> b.indicativeCeiling(v))
          .build();

  static final ObjectShape<Activity.Builder, Activity> ACTIVITY_SHAPE =
      ObjectShape.of("kegiatan", Activity::builder, Activity.Builder::build)
          .required("code", CODE, (b, v) -> b.code(v))
          .optional("name", TEXT, (b, v) -> b.name(v))
          .optional("indicators", listOf(INDICATOR), (b, v) -> b.addAllIndicators(v))
          .optional(
              "subActivities",
              listOf(objectOf(SUB_ACTIVITY_SHAPE)),
              (b, v) -> b.addAllSubActivities(v))
          .build();

  static final ObjectShape<Programme.Builder, Programme> PROGRAMME_SHAPE =
      ObjectShape.of("programme", Programme::builder, Programme.Builder::build)
          .required("code", CODE, (b, v) -> b.code(v))
          .optional("name", TEXT, (b, v) -> b.name(v))
          .optional("indicators", listOf(INDICATOR), (b, v) -> b.addAllIndicators(v))
          .optional("activities", listOf(objectOf(ACTIVITY_SHAPE)), (b, v) -> b.addAllActivities(v))
          .build();

  static final ObjectShape<PlanningDocument.Builder, PlanningDocument> PLANNING_DOCUMENT_SHAPE =
      ObjectShape.of(
              "planning document", PlanningDocument::builder, PlanningDocument.Builder::build)
          .required("id", DOCUMENT_ID, (b, v) -> b.id(v))
          .required("kind", JsonIn.constant(PlanningDocumentKind.class), (b, v) -> b.kind(v))
          .required("region", REGION, (b, v) -> b.region(v))
          .optional("agency", AGENCY_ID, (b, v) -> b.agency(v))
          .required("period", YEAR_RANGE, (b, v) -> b.period(v))
          .optional("title", TEXT, (b, v) -> b.title(v))
          .optional(
              "programmes", listOf(objectOf(PROGRAMME_SHAPE)), (b, v) -> b.addAllProgrammes(v))
          .build();

  // ---------------------------------------------------------------------------------------------
  // Budget
  // ---------------------------------------------------------------------------------------------

  static final ObjectShape<FundingSource.Builder, FundingSource> FUNDING_SOURCE_SHAPE =
      ObjectShape.of("funding source", FundingSource::builder, FundingSource.Builder::build)
          .optional("code", TEXT, (b, v) -> b.code(v))
          .required("name", TEXT, (b, v) -> b.name(v))
          .required("amount", RUPIAH, (b, v) -> b.amount(v))
          .build();

  static final ObjectShape<Location.Builder, Location> LOCATION_SHAPE =
      ObjectShape.of("location", Location::builder, Location.Builder::build)
          .optional("region", REGION, (b, v) -> b.region(v))
          .optional("district", TEXT, (b, v) -> b.district(v))
          .optional("village", TEXT, (b, v) -> b.village(v))
          .optional("description", TEXT, (b, v) -> b.description(v))
          .build();

  static final ObjectShape<ArgTag.Builder, ArgTag> ARG_TAG_SHAPE =
      ObjectShape.of("ARG tag", ArgTag::builder, ArgTag.Builder::build)
          .required("category", JsonIn.constant(ArgCategory.class), (b, v) -> b.category(v))
          .optional("gap", GAP_ID, (b, v) -> b.gap(v))
          .optional("gbs", GBS_ID, (b, v) -> b.gbs(v))
          .optional("kak", KAK_ID, (b, v) -> b.kak(v))
          .optional("label", TEXT, (b, v) -> b.label(v))
          .optional("targetGroup", TEXT, (b, v) -> b.targetGroup(v))
          .optional("genderGap", TEXT, (b, v) -> b.genderGap(v))
          .build();

  static final ObjectShape<BudgetLine.Builder, BudgetLine> BUDGET_LINE_SHAPE =
      ObjectShape.of("budget line", BudgetLine::builder, BudgetLine.Builder::build)
          .required("id", BUDGET_LINE_ID, (b, v) -> b.id(v))
          .required("fiscalYear", YEAR, (b, v) -> b.fiscalYear(v))
          .required("agency", AGENCY_ID, (b, v) -> b.agency(v))
          .required("subActivity", CODE, (b, v) -> b.subActivity(v))
          .optional("name", TEXT, (b, v) -> b.name(v))
          .required("amount", RUPIAH, (b, v) -> b.amount(v))
          .optional(
              "fundingSources",
              listOf(objectOf(FUNDING_SOURCE_SHAPE)),
              (b, v) -> b.addAllFundingSources(v))
          .optional("locations", listOf(objectOf(LOCATION_SHAPE)), (b, v) -> b.addAllLocations(v))
          .optional("outputIndicator", INDICATOR, (b, v) -> b.outputIndicator(v))
          .optional("argTag", objectOf(ARG_TAG_SHAPE), (b, v) -> b.argTag(v))
          .build();

  // ---------------------------------------------------------------------------------------------
  // GAP, GBS, KAK
  // ---------------------------------------------------------------------------------------------

  static final ObjectShape<GenderAnalysisPathway.Builder, GenderAnalysisPathway> GAP_SHAPE =
      ObjectShape.of(
              "Gender Analysis Pathway (GAP)",
              GenderAnalysisPathway::builder,
              GenderAnalysisPathway.Builder::build)
          .required("id", GAP_ID, (b, v) -> b.id(v))
          .required("agency", AGENCY_ID, (b, v) -> b.agency(v))
          .optional("fiscalYear", YEAR, (b, v) -> b.fiscalYear(v))
          .optional("planningDocument", DOCUMENT_ID, (b, v) -> b.planningDocument(v))
          .optional("subject", CODE, (b, v) -> b.subject(v))
          .optional(
              "steps", in -> in.map(JsonIn.keyOf(GapStep.class), TEXT), (b, v) -> b.putAllSteps(v))
          .optional(
              "gapFactors",
              in -> in.map(JsonIn.keyOf(GapFactor.class), TEXT),
              (b, v) -> b.putAllGapFactors(v))
          .optional("genderIndicators", listOf(INDICATOR), (b, v) -> b.addAllGenderIndicators(v))
          .build();

  static final ObjectShape<SituationAnalysis.Builder, SituationAnalysis> SITUATION_SHAPE =
      ObjectShape.of(
              "situation analysis", SituationAnalysis::builder, SituationAnalysis.Builder::build)
          .optional("insightData", listOf(TEXT), (b, v) -> b.addAllInsightData(v))
          .optional(
              "gapFactors",
              in -> in.map(JsonIn.keyOf(GapFactor.class), TEXT),
              (b, v) -> b.putAllGapFactors(v))
          .optional("internalCauses", TEXT, (b, v) -> b.internalCauses(v))
          .optional("externalCauses", TEXT, (b, v) -> b.externalCauses(v))
          .build();

  static final ObjectShape<GbsAction.Builder, GbsAction> GBS_ACTION_SHAPE =
      ObjectShape.of("GBS action", GbsAction::builder, GbsAction.Builder::build)
          .required("description", TEXT, (b, v) -> b.description(v))
          .optional("input", TEXT, (b, v) -> b.input(v))
          .optional("output", TEXT, (b, v) -> b.output(v))
          .optional("outcome", TEXT, (b, v) -> b.outcome(v))
          .optional("budget", RUPIAH, (b, v) -> b.budget(v))
          .build();

  static final ObjectShape<GenderBudgetStatement.Builder, GenderBudgetStatement> GBS_SHAPE =
      ObjectShape.of(
              "Gender Budget Statement (GBS)",
              GenderBudgetStatement::builder,
              GenderBudgetStatement.Builder::build)
          .required("id", GBS_ID, (b, v) -> b.id(v))
          .required("agency", AGENCY_ID, (b, v) -> b.agency(v))
          .required("fiscalYear", YEAR, (b, v) -> b.fiscalYear(v))
          .optional("format", JsonIn.constant(GbsFormat.class), (b, v) -> b.format(v))
          .optional("gap", GAP_ID, (b, v) -> b.gap(v))
          .optional("programme", CODE, (b, v) -> b.programme(v))
          .optional("activity", CODE, (b, v) -> b.activity(v))
          .optional("subActivity", CODE, (b, v) -> b.subActivity(v))
          .optional("objective", TEXT, (b, v) -> b.objective(v))
          .optional(
              "situationAnalysis", objectOf(SITUATION_SHAPE), (b, v) -> b.situationAnalysis(v))
          .optional("activityIndicator", TEXT, (b, v) -> b.activityIndicator(v))
          .optional("output", TEXT, (b, v) -> b.output(v))
          .optional(
              "achievementIndicators",
              listOf(INDICATOR),
              (b, v) -> b.addAllAchievementIndicators(v))
          .optional(
              "actionPlan", listOf(objectOf(GBS_ACTION_SHAPE)), (b, v) -> b.addAllActionPlan(v))
          .optional("budget", RUPIAH, (b, v) -> b.budget(v))
          .optional("expectedImpact", TEXT, (b, v) -> b.expectedImpact(v))
          .build();

  static final ObjectShape<TermsOfReference.Builder, TermsOfReference> KAK_SHAPE =
      ObjectShape.of(
              "terms of reference (KAK)",
              TermsOfReference::builder,
              TermsOfReference.Builder::build)
          .required("id", KAK_ID, (b, v) -> b.id(v))
          .required("agency", AGENCY_ID, (b, v) -> b.agency(v))
          .required("fiscalYear", YEAR, (b, v) -> b.fiscalYear(v))
          .optional("gbs", GBS_ID, (b, v) -> b.gbs(v))
          .optional("subject", CODE, (b, v) -> b.subject(v))
          .optional("indicators", listOf(INDICATOR), (b, v) -> b.addAllIndicators(v))
          .optional("legalBasis", listOf(TEXT), (b, v) -> b.addAllLegalBasis(v))
          .optional("background", TEXT, (b, v) -> b.background(v))
          .optional("beneficiaries", TEXT, (b, v) -> b.beneficiaries(v))
          .optional("purpose", TEXT, (b, v) -> b.purpose(v))
          .optional("method", TEXT, (b, v) -> b.method(v))
          .optional("location", TEXT, (b, v) -> b.location(v))
          .optional("implementer", TEXT, (b, v) -> b.implementer(v))
          .optional("responsibleOfficial", OFFICIAL, (b, v) -> b.responsibleOfficial(v))
          .optional("limits", TEXT, (b, v) -> b.limits(v))
          .optional("start", YEAR_MONTH, (b, v) -> b.start(v))
          .optional("end", YEAR_MONTH, (b, v) -> b.end(v))
          .optional("cost", RUPIAH, (b, v) -> b.cost(v))
          .build();

  // ---------------------------------------------------------------------------------------------
  // Action plans and assessment
  // ---------------------------------------------------------------------------------------------

  static final ObjectShape<PlannedAction.Builder, PlannedAction> PLANNED_ACTION_SHAPE =
      ObjectShape.of("planned action", PlannedAction::builder, PlannedAction.Builder::build)
          .required("description", TEXT, (b, v) -> b.description(v))
          .optional("area", JsonIn.constant(ActionArea.class), (b, v) -> b.area(v))
          .optional("responsibleAgency", AGENCY_ID, (b, v) -> b.responsibleAgency(v))
          .optional("start", YEAR_MONTH, (b, v) -> b.start(v))
          .optional("end", YEAR_MONTH, (b, v) -> b.end(v))
          .optional("indicators", listOf(INDICATOR), (b, v) -> b.addAllIndicators(v))
          .optional("budget", RUPIAH, (b, v) -> b.budget(v))
          .build();

  static final ObjectShape<ActionPlan.Builder, ActionPlan> ACTION_PLAN_SHAPE =
      ObjectShape.of("action plan", ActionPlan::builder, ActionPlan.Builder::build)
          .required("id", ACTION_PLAN_ID, (b, v) -> b.id(v))
          .required("kind", JsonIn.constant(ActionPlanKind.class), (b, v) -> b.kind(v))
          .required("region", REGION, (b, v) -> b.region(v))
          .required("period", YEAR_RANGE, (b, v) -> b.period(v))
          .optional("title", TEXT, (b, v) -> b.title(v))
          .optional("decree", DECREE, (b, v) -> b.decree(v))
          .optional("actions", listOf(objectOf(PLANNED_ACTION_SHAPE)), (b, v) -> b.addAllActions(v))
          .build();

  static final ObjectShape<Evidence.Builder, Evidence> EVIDENCE_SHAPE =
      ObjectShape.of("evidence item", Evidence::builder, Evidence.Builder::build)
          .required(
              "prerequisite", JsonIn.constant(Prerequisite.class), (b, v) -> b.prerequisite(v))
          .required("description", TEXT, (b, v) -> b.description(v))
          .optional("reference", TEXT, (b, v) -> b.reference(v))
          .optional("year", YEAR, (b, v) -> b.year(v))
          .build();

  static final ObjectShape<PrerequisiteAssessment.Builder, PrerequisiteAssessment>
      ASSESSMENT_SHAPE =
          ObjectShape.of(
                  "prerequisite assessment",
                  PrerequisiteAssessment::builder,
                  PrerequisiteAssessment.Builder::build)
              .required("region", REGION, (b, v) -> b.region(v))
              .required("year", YEAR, (b, v) -> b.year(v))
              .optional("evidence", listOf(objectOf(EVIDENCE_SHAPE)), (b, v) -> b.addAllEvidence(v))
              .build();

  // ---------------------------------------------------------------------------------------------
  // The plan
  // ---------------------------------------------------------------------------------------------

  /** The {@code format} field: it must name {@value PlanJson#FORMAT}. */
  private static final ValueReader<String> FORMAT =
      in -> {
        String text = in.text();
        if (text != null && !text.equals(PlanJson.FORMAT)) {
          in.problemHere(
              "expected " + JsonIn.quote(PlanJson.FORMAT) + ", was " + JsonIn.quote(text));
          return null;
        }
        return text;
      };

  static final ObjectShape<RegionalPprgPlan.Builder, RegionalPprgPlan> PLAN_SHAPE =
      ObjectShape.of(
              "plan (" + PlanJson.FORMAT + ")",
              RegionalPprgPlan::builder,
              RegionalPprgPlan.Builder::build)
          .required("format", FORMAT, (b, v) -> {})
          .required("region", REGION, (b, v) -> b.region(v))
          .required("fiscalYear", YEAR, (b, v) -> b.fiscalYear(v))
          .optional(
              "agencies",
              in -> in.map(JsonIn.keyOf(AgencyId::of), AGENCY),
              (b, v) -> b.putAllAgencies(v))
          .optional("pokja", objectOf(POKJA_SHAPE), (b, v) -> b.pokja(v))
          .optional(
              "focalPoints", listOf(objectOf(FOCAL_POINT_SHAPE)), (b, v) -> b.addAllFocalPoints(v))
          .optional("forumPuspa", objectOf(FORUM_PUSPA_SHAPE), (b, v) -> b.forumPuspa(v))
          .optional(
              "planningDocuments",
              in ->
                  in.uniqueList(
                      "planningDocuments", objectOf(PLANNING_DOCUMENT_SHAPE), PlanningDocument::id),
              (b, v) -> b.addAllPlanningDocuments(v))
          .optional(
              "budgetLines",
              in -> in.uniqueList("budgetLines", objectOf(BUDGET_LINE_SHAPE), BudgetLine::id),
              (b, v) -> b.addAllBudgetLines(v))
          .optional(
              "genderAnalyses",
              in -> in.uniqueList("genderAnalyses", objectOf(GAP_SHAPE), GenderAnalysisPathway::id),
              (b, v) -> b.addAllGenderAnalyses(v))
          .optional(
              "budgetStatements",
              in ->
                  in.uniqueList("budgetStatements", objectOf(GBS_SHAPE), GenderBudgetStatement::id),
              (b, v) -> b.addAllBudgetStatements(v))
          .optional(
              "termsOfReference",
              in -> in.uniqueList("termsOfReference", objectOf(KAK_SHAPE), TermsOfReference::id),
              (b, v) -> b.addAllTermsOfReference(v))
          .optional(
              "regionalIndicators", listOf(INDICATOR), (b, v) -> b.addAllRegionalIndicators(v))
          .optional(
              "actionPlans",
              in -> in.uniqueList("actionPlans", objectOf(ACTION_PLAN_SHAPE), ActionPlan::id),
              (b, v) -> b.addAllActionPlans(v))
          .optional("assessment", objectOf(ASSESSMENT_SHAPE), (b, v) -> b.assessment(v))
          .build();
}
