package id.pug.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import id.pug.core.agency.AgencyId;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.BudgetLine;
import id.pug.core.law.Citation;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.testing.ApiClasses;
import id.pug.core.testing.NullContract;
import id.pug.core.testing.Samples;
import id.pug.core.testing.ValueContract;
import id.pug.rules.engine.Check;
import id.pug.rules.engine.EffectivePeriod;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.JsonWriter;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.engine.MessageBundle;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.Parameter;
import id.pug.rules.engine.ReferenceData;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleBasis;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleContext;
import id.pug.rules.engine.RuleDefinition;
import id.pug.rules.engine.RuleDescriptor;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.RuleRun;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.Severity;
import id.pug.rules.engine.SkippedRule;
import id.pug.rules.engine.Summary;
import id.pug.rules.engine.Trace;
import id.pug.rules.engine.TraceEntry;
import id.pug.rules.engine.TraceParameter;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.rules.international.ActivityScoring;
import id.pug.rules.international.CriterionResult;
import id.pug.rules.international.HgdgAssessment;
import id.pug.rules.international.HgdgEvidence;
import id.pug.rules.international.HgdgItem;
import id.pug.rules.international.HgdgSuggestion;
import id.pug.rules.international.InternationalScoring;
import id.pug.rules.international.MarkerCriteria;
import id.pug.rules.international.MarkerSuggestion;
import id.pug.rules.international.Markers;
import id.pug.rules.international.Reason;
import id.pug.rules.international.ScoringOptions;
import id.pug.rules.packs.PolicyPacks;
import id.pug.rules.testing.Plans;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of every public type of pug-rules, found in its bytecode so that a new type cannot
 * be forgotten: {@link NullPointerTester} over every public method, {@link EqualsTester} over every
 * value type (two samples that differ in every attribute, and one variant per attribute), no
 * mutable public state, collections handed out unmodifiable, and {@code toString} without
 * surprises.
 */
@SuppressWarnings("NullAway") // passes null on purpose
class RulesContractTest {
  private static final ApiClasses API = ApiClasses.of("id.pug.rules");

  /** Two reports that differ in everything a report holds. */
  private static final class Reports {
    static final RegionalPprgPlan OTHER_PLAN =
        RegionalPprgPlan.builder().from(Samples.plan()).fiscalYear(Year.of(2019)).build();
    static final ValidationReport KAPUAS =
        Validator.of(PprgCatalogue.ruleSet()).withTrace(true).validate(Plans.kapuas());
    static final ValidationReport OTHER =
        Validator.of(
                PprgCatalogue.ruleSet()
                    .plus(PolicyPacks.babel2016())
                    .enable(PolicyPacks.BABEL_CHAINS))
            .validate(OTHER_PLAN, LocalDate.of(2019, 6, 30));
    static final ImmutableList<ValidationReport> ALL = ImmutableList.of(KAPUAS, OTHER);

    /** Reports of hostile plans (missing and broken parts), with traces: many outcomes. */
    static final ImmutableList<ValidationReport> HOSTILE =
        HostilePlans.plans(0, 0).stream()
            .map(Validator.of(PprgCatalogue.ruleSet()).withTrace(true)::validate)
            .collect(ImmutableList.toImmutableList());

    static <T> List<T> all(Function<ValidationReport, List<T>> part) {
      List<T> all = new ArrayList<>();
      ALL.forEach(r -> all.addAll(part.apply(r)));
      HOSTILE.forEach(r -> all.addAll(part.apply(r)));
      return all;
    }
  }

  /** One equality sample per value type. */
  private record EqualitySample(Class<?> type, Runnable test, List<Object> instances) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  private static <T> EqualitySample pair(Class<T> type, Supplier<T> a, T b) {
    return new EqualitySample(type, () -> ValueContract.testEquality(a, b), List.of(a.get(), b));
  }

  private static <T> EqualitySample found(Class<T> type, List<T> candidates) {
    List<T> pair = ValueContract.differingPair(candidates);
    return pair(type, () -> pair.get(0), pair.get(1));
  }

  private static EqualitySample groups(Class<?> type, Object[]... groups) {
    return new EqualitySample(
        type,
        () -> {
          EqualsTester tester = new EqualsTester();
          for (Object[] group : groups) {
            tester.addEqualityGroup(group);
          }
          tester.testEquals();
        },
        Arrays.stream(groups).map(g -> g[0]).toList());
  }

  static Citation citation(String text) {
    return RegulationCatalog.shipped().parseCitation(text);
  }

  static RuleBasis legalBasis() {
    return RuleBasis.builder()
        .kind(RuleBasis.Kind.LEGAL)
        .addCitation(citation("Permendagri 67/2011"))
        .addSource(SourceRegistry.shipped().resolve("S1"))
        .note("catatan a")
        .build();
  }

  static RuleBasis policyBasis() {
    return RuleBasis.builder()
        .kind(RuleBasis.Kind.POLICY)
        .addCitation(citation("Inpres 9/2000"))
        .addSource(SourceRegistry.shipped().resolve("SEED-002"))
        .note("catatan b")
        .build();
  }

  static Finding violation() {
    return Finding.builder()
        .ruleId(RuleId.parse("PPRG-GBS-003"))
        .severity(Severity.ERROR)
        .outcome(Outcome.VIOLATED)
        .path(ElementPath.parse("budgetStatements[0].gap"))
        .subjectId("gbs-1")
        .agency(AgencyId.of("dp3appkb"))
        .messageKey("missing")
        .template(LocalizedText.of("{gbs} tanpa GAP", "{gbs} has no GAP"))
        .putEvidence("gbs", "gbs-1")
        .title(LocalizedText.of("GBS wajib merujuk GAP", "A GBS must refer to its GAP"))
        .recommendation(LocalizedText.of("Tautkan GAP", "Link the GAP"))
        .addCitation(citation("Permendagri 67/2011"))
        .basis(RuleBasis.Kind.LEGAL)
        .build();
  }

  static Finding lackOfData() {
    return Finding.builder()
        .ruleId(RuleId.parse("PPRG-INST-014"))
        .severity(Severity.WARNING)
        .outcome(Outcome.INSUFFICIENT_DATA)
        .path(ElementPath.parse("forumPuspa.members"))
        .subjectId("forum")
        .messageKey("noMembers")
        .template(LocalizedText.of("Forum tanpa anggota", "The forum has no members"))
        .putEvidence("members", 0L)
        .title(LocalizedText.of("Forum sebaiknya lengkap", "The forum should be complete"))
        .recommendation(LocalizedText.of("Catat anggota", "Record its members"))
        .addCitation(citation("Inpres 9/2000"))
        .basis(RuleBasis.Kind.POLICY)
        .build();
  }

  private static ImmutableList<Rule> allRules() {
    return ImmutableList.<Rule>builder()
        .addAll(PprgCatalogue.rules())
        .addAll(PolicyPacks.allRules())
        .build();
  }

  static Stream<EqualitySample> equalitySamples() {
    return EqualitySamples.ALL.stream();
  }

  /** Computed once: finding pairs among the reports' parts takes a while. */
  private static final class EqualitySamples {
    static final ImmutableList<EqualitySample> ALL = ImmutableList.copyOf(compute());
  }

  private static List<EqualitySample> compute() {
    List<EqualitySample> all = new ArrayList<>();
    all.add(
        pair(LocalizedText.class, () -> LocalizedText.of("a", "b"), LocalizedText.of("c", "d")));
    all.add(
        pair(
            EffectivePeriod.class,
            () ->
                EffectivePeriod.between(LocalDate.of(2011, 1, 1), LocalDate.of(2020, 12, 31), "a"),
            EffectivePeriod.from(LocalDate.of(2012, 1, 1), "b")));
    all.add(pair(RuleBasis.class, RulesContractTest::legalBasis, policyBasis()));
    all.add(pair(Finding.class, RulesContractTest::violation, lackOfData()));
    all.add(found(RuleDescriptor.class, allRules().stream().map(Rule::descriptor).toList()));
    all.add(found(RuleRun.class, Reports.all(ValidationReport::rules)));
    all.add(found(SkippedRule.class, Reports.all(ValidationReport::skipped)));
    all.add(found(Summary.class, Reports.all(r -> List.of(r.summary()))));
    all.add(found(ValidationReport.class, Reports.ALL));
    List<Trace> traces = Reports.all(r -> r.trace().stream().toList());
    List<TraceEntry> entries = new ArrayList<>();
    traces.forEach(t -> entries.addAll(t.entries()));
    List<TraceParameter> parameters = new ArrayList<>();
    entries.forEach(e -> parameters.addAll(e.parameters()));
    all.add(found(TraceEntry.class, entries));
    all.add(found(TraceParameter.class, parameters));
    Trace trace = traces.get(0);
    all.add(
        pair(
            Trace.class,
            () -> trace,
            Validator.of(PolicyPacks.babel2016())
                .withTrace(true)
                .validate(Reports.OTHER_PLAN, LocalDate.of(2019, 6, 30))
                .trace()
                .orElseThrow()));
    addInternational(all);
    all.add(
        groups(
            RuleId.class,
            new Object[] {RuleId.parse("PPRG-GBS-003"), RuleId.of("PPRG", "GBS", 3)},
            new Object[] {RuleId.parse("PPRG-GBS-004")},
            new Object[] {RuleId.parse("PPRG-GAP-003")},
            new Object[] {RuleId.parse("BABEL-GBS-003")}));
    all.add(
        groups(
            ElementPath.class,
            new Object[] {
              ElementPath.parse("budgetLines[1].argTag"),
              ElementPath.of("budgetLines", 1).field("argTag")
            },
            new Object[] {ElementPath.parse("budgetLines[2].argTag")},
            new Object[] {ElementPath.parse("budgetLines[1].amount")},
            new Object[] {
              ElementPath.parse("agencies['a'].name"),
              ElementPath.of("agencies").key("a").field("name")
            },
            new Object[] {ElementPath.root(), ElementPath.root()}));
    all.add(
        groups(
            Parameter.class,
            new Object[] {
              Parameter.integer("min", 1, 0, "basis"), Parameter.integer("min", 1, 0, "basis")
            },
            new Object[] {Parameter.integer("max", 1, 0, "basis")},
            new Object[] {Parameter.integer("min", 2, 0, "basis")},
            new Object[] {Parameter.integer("min", 1, 1, "basis")},
            new Object[] {Parameter.integer("min", 1, 0, "other basis")},
            new Object[] {Parameter.bool("min", true, "basis")},
            new Object[] {Parameter.text("min", "1", "basis")},
            new Object[] {Parameter.textList("min", List.of("1"), "basis")},
            new Object[] {Parameter.choice("min", "a", "basis", "a", "b")},
            new Object[] {Parameter.choice("min", "a", "basis", "a", "c")},
            new Object[] {
              Parameter.decimal(
                  "min", new BigDecimal("1"), BigDecimal.ZERO, BigDecimal.TEN, "basis")
            }));
    return all;
  }

  /** The international scorings: two plans' scorings and the parts they are made of. */
  private static final class Scorings {
    static final ScoringOptions OTHER_OPTIONS =
        ScoringOptions.builder()
            .criteria(otherCriteria())
            .putAssessment(Samples.budgetLineId(), assessment("1"))
            .gadMinimumSharePercent(new BigDecimal("7"))
            .build();
    static final InternationalScoring KAPUAS = InternationalScoring.of(Plans.kapuas());
    static final InternationalScoring OTHER =
        InternationalScoring.of(Reports.OTHER_PLAN, OTHER_OPTIONS);
  }

  static MarkerCriteria otherCriteria() {
    return MarkerCriteria.builder()
        .significantCategories(List.of(ArgCategory.SPECIFIC_TARGET))
        .requireCompleteGap(false)
        .requireGenderObjective(false)
        .requireSexDisaggregatedIndicator(false)
        .principalCategories(List.of(ArgCategory.INSTITUTIONALISATION))
        .principalProgrammes(List.of(NomenclatureCode.parse("2.14.02")))
        .build();
  }

  static HgdgAssessment assessment(String score) {
    return HgdgAssessment.builder().score(HgdgItem.values()[0], score).build();
  }

  private static void addInternational(List<EqualitySample> all) {
    RegionalPprgPlan kapuas = Plans.kapuas();
    List<HgdgEvidence> evidence = new ArrayList<>();
    List<HgdgSuggestion> suggestions = new ArrayList<>();
    List<MarkerSuggestion<?>> markers = new ArrayList<>();
    for (BudgetLine line : kapuas.budgetLines()) {
      evidence.add(HgdgEvidence.of(kapuas, line));
      suggestions.add(HgdgSuggestion.of(kapuas, line));
      markers.add(Markers.dac(kapuas, line, MarkerCriteria.defaults()));
      markers.add(Markers.gem(kapuas, line, MarkerCriteria.defaults()));
      markers.add(Markers.dac(kapuas, line, otherCriteria()));
    }
    List<CriterionResult> criteria = new ArrayList<>();
    markers.forEach(m -> criteria.addAll(m.criteria()));
    all.add(
        pair(
            Reason.class,
            () -> Reason.of("a", LocalizedText.of("a", "a")),
            Reason.of("b", LocalizedText.of("b", "b"))));
    all.add(pair(HgdgAssessment.class, () -> assessment("0"), assessment("0.5")));
    all.add(pair(MarkerCriteria.class, MarkerCriteria::defaults, otherCriteria()));
    all.add(pair(ScoringOptions.class, ScoringOptions::defaults, Scorings.OTHER_OPTIONS));
    all.add(found(HgdgEvidence.class, evidence));
    all.add(found(HgdgSuggestion.class, suggestions));
    all.add(foundRaw(MarkerSuggestion.class, markers));
    all.add(found(CriterionResult.class, criteria));
    List<ActivityScoring> activities = new ArrayList<>(Scorings.KAPUAS.activities());
    // Every Kapuas line and the other plan's line belong to one agency: move the latter.
    Scorings.OTHER
        .activities()
        .forEach(a -> activities.add(Samples.with(a, "agency", AgencyId.of("bappeda"))));
    all.add(found(ActivityScoring.class, activities));
    all.add(pair(InternationalScoring.class, () -> Scorings.KAPUAS, Scorings.OTHER));
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // a generic value type's samples
  private static EqualitySample foundRaw(Class type, List candidates) {
    return found(type, candidates);
  }

  @Test
  void everyValueType_hasAnEqualitySample() {
    Set<String> sampled = new TreeSet<>();
    equalitySamples().forEach(s -> sampled.add(s.type().getName()));
    Set<String> discovered = new TreeSet<>();
    API.valueTypes().forEach(c -> discovered.add(c.getName()));
    assertThat(discovered).contains(Finding.class.getName(), RuleId.class.getName());
    assertThat(sampled)
        .as("equalitySamples() must cover every public value type of pug-rules")
        .isEqualTo(discovered);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("equalitySamples")
  void equality_followsEveryAttribute(EqualitySample sample) {
    sample.test().run();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("equalitySamples")
  void values_haveFinalFields_unmodifiableCollections_andPlainToString(EqualitySample sample) {
    List<String> problems = new ArrayList<>();
    for (Object value : sample.instances()) {
      problems.addAll(ValueContract.instanceProblems(value));
      if (!value.equals(ElementPath.root())) { // the root path prints as "", like a JSON pointer
        problems.addAll(ValueContract.toStringProblems(value, value));
      }
    }
    assertThat(problems).isEmpty();
  }

  static Stream<Class<?>> publicClasses() {
    return API.publicTypes().stream();
  }

  @Test
  void publicClasses_areFoundInTheBytecode() {
    assertThat(publicClasses().map(Class::getSimpleName))
        .contains("Validator", "RuleSet", "PprgCatalogue", "GbsRules", "Wording", "Builder");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicClasses")
  void publicClasses_haveNoMutablePublicState_andNoSetters(Class<?> type) {
    assertThat(ValueContract.structureProblems(type)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Null contract
  // ---------------------------------------------------------------------------------------------

  private static NullPointerTester tester() {
    return Tester.TESTER;
  }

  private static final class Tester {
    static final NullPointerTester TESTER = create();
  }

  private static NullPointerTester create() {
    Rule rule = PprgCatalogue.rules().get(0);
    return Samples.nullPointerTester()
        .setDefault(RegionalPprgPlan.class, Plans.kapuas())
        .setDefault(RuleId.class, rule.id())
        .setDefault(ElementPath.class, ElementPath.parse("budgetLines[0]"))
        .setDefault(LocalizedText.class, LocalizedText.of("a", "b"))
        .setDefault(Language.class, Language.INDONESIAN)
        .setDefault(Parameter.class, Parameter.integer("n", 1, 0, "basis"))
        .setDefault(EffectivePeriod.class, EffectivePeriod.fromYearOf(2011, "Permendagri 67/2011"))
        .setDefault(RuleBasis.class, legalBasis())
        .setDefault(RuleDescriptor.class, rule.descriptor())
        .setDefault(Rule.class, rule)
        .setDefault(Rule.Logic.class, context -> {})
        .setDefault(RuleSet.class, PprgCatalogue.ruleSet())
        .setDefault(Validator.class, Validator.of(PprgCatalogue.ruleSet()))
        .setDefault(ValidationReport.class, Reports.KAPUAS)
        .setDefault(Finding.class, violation())
        .setDefault(
            MessageBundle.class,
            MessageBundle.of("t", ImmutableMap.of("k", LocalizedText.of("a", "b"))))
        .setDefault(ReferenceData.class, ReferenceData.shipped())
        .setDefault(NomenclatureCatalog.class, NomenclatureCatalog.shipped())
        .setDefault(JsonWriter.class, JsonWriter.compact())
        .setDefault(Severity.class, Severity.ERROR)
        .setDefault(RuleCategory.class, RuleCategory.OTHER)
        .setDefault(Object.class, "value")
        .setDefault(Class.class, InstitutionRulesAnchor.class)
        .setDefault(Iterable.class, List.of(rule))
        .setDefault(MarkerCriteria.class, MarkerCriteria.defaults())
        .setDefault(ScoringOptions.class, ScoringOptions.defaults())
        .setDefault(Reason.class, Reason.of("a", LocalizedText.of("a", "b")))
        .setDefault(HgdgAssessment.class, assessment("1"))
        .setDefault(BudgetLine.class, Plans.kapuas().budgetLines().get(0));
  }

  /** A class beside a message bundle, for {@code MessageBundle.load(Class)}. */
  private static final class InstitutionRulesAnchor {}

  /** Instances of every public class with public instance methods that take arguments. */
  private static final ImmutableMap<Class<?>, Supplier<List<?>>> INSTANCES =
      ImmutableMap.<Class<?>, Supplier<List<?>>>builder()
          .put(
              ElementPath.class,
              () -> List.of(ElementPath.parse("budgetLines[0].argTag"), ElementPath.root()))
          .put(
              Parameter.class,
              () ->
                  List.of(
                      Parameter.integer("n", 1, 0, "b"), Parameter.textList("t", List.of(), "b")))
          .put(RuleDefinition.class, () -> List.of(RuleDefinition.of("TEST-X-001")))
          .put(LocalizedText.class, () -> List.of(LocalizedText.of("a", "b")))
          .put(Validator.class, () -> List.of(Validator.of(PprgCatalogue.ruleSet())))
          .put(
              MessageBundle.class,
              () ->
                  List.of(MessageBundle.of("t", ImmutableMap.of("k", LocalizedText.of("a", "b")))))
          .put(Rule.class, () -> List.of(PprgCatalogue.rules().get(0)))
          .put(RuleDescriptor.class, () -> List.of(PprgCatalogue.rules().get(0).descriptor()))
          .put(RuleDescriptor.Builder.class, () -> List.of(RuleDescriptor.builder()))
          .put(Finding.class, () -> List.of(violation()))
          .put(Finding.Builder.class, () -> List.of(Finding.builder()))
          .put(RuleBasis.class, () -> List.of(legalBasis()))
          .put(RuleBasis.Builder.class, () -> List.of(RuleBasis.builder()))
          .put(RuleBasis.Kind.class, () -> List.of(RuleBasis.Kind.values()))
          .put(RuleId.class, () -> List.of(RuleId.parse("PPRG-GBS-003")))
          .put(Language.class, () -> List.of(Language.values()))
          .put(JsonWriter.class, () -> List.of(JsonWriter.compact().beginObject()))
          .put(ValidationReport.class, () -> List.copyOf(Reports.ALL))
          .put(RuleSet.class, () -> List.of(PprgCatalogue.ruleSet(), RuleSet.empty()))
          .put(EffectivePeriod.class, () -> List.of(EffectivePeriod.fromYearOf(2011, "x")))
          .put(Trace.class, () -> List.of(Reports.KAPUAS.trace().orElseThrow()))
          .put(RuleRun.class, () -> List.of(Reports.KAPUAS.rules().get(0)))
          .put(HgdgAssessment.class, () -> List.of(assessment("1"), HgdgAssessment.empty()))
          .put(HgdgAssessment.Builder.class, () -> List.of(HgdgAssessment.builder()))
          .put(
              HgdgSuggestion.class,
              () -> List.of(HgdgSuggestion.of(Plans.kapuas(), Plans.kapuas().budgetLines().get(0))))
          .put(InternationalScoring.class, () -> List.of(Scorings.KAPUAS))
          .put(MarkerCriteria.class, () -> List.of(MarkerCriteria.defaults(), otherCriteria()))
          .put(Reason.class, () -> List.of(Reason.of("a", LocalizedText.of("a", "b"))))
          .put(Summary.class, () -> List.of(Reports.KAPUAS.summary()))
          .put(Severity.class, () -> List.of(Severity.values()))
          .put(Outcome.class, () -> List.of(Outcome.values()))
          .put(RuleCategory.class, () -> List.of(RuleCategory.values()))
          .buildOrThrow();

  // Classes with instance methods the generic test cannot reach with a plain instance: RuleContext
  // and Check are covered by ruleContextAndCheck_rejectNull, which runs the tester inside a rule;
  // Rule.Logic is implemented by rule authors, and the engine never passes it null.
  private static final Set<Class<?>> NOT_TESTED_HERE =
      Set.of(RuleContext.class, Check.class, Rule.Logic.class);

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicClasses")
  void publicStaticMethods_rejectNull(Class<?> type) {
    assertThat(NullContract.failures(tester(), type, null, s -> true)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicClasses")
  void publicInstanceMethods_rejectNull(Class<?> type) {
    if (NOT_TESTED_HERE.contains(type)) {
      return;
    }
    List<?> instances =
        type.isEnum()
            ? Arrays.asList(type.getEnumConstants())
            : INSTANCES.getOrDefault(type, List::of).get();
    if (instances.isEmpty()) {
      assertThat(NullContract.publicInstanceMethodsWithParameters(type))
          .as("%s has public instance methods with parameters: add an instance to INSTANCES", type)
          .isEmpty();
      return;
    }
    List<String> failures = new ArrayList<>();
    for (Object instance : instances) {
      failures.addAll(NullContract.failures(tester(), type, instance, s -> true));
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void ruleContextAndCheck_rejectNull() {
    Map<String, List<String>> failures = new LinkedHashMap<>();
    Rule probe =
        RuleDefinition.of("TEST-NULL-001")
            .title("Uji", "Test")
            .recommendation("Perbaiki", "Fix")
            .message("bad", "Salah", "Wrong")
            .severity(Severity.INFO)
            .category(RuleCategory.OTHER)
            .legal("Inpres 9/2000")
            .effective(EffectivePeriod.fromYearOf(2000, "Inpres 9/2000"))
            .parameter(Parameter.integer("n", 1, 0, "basis"))
            .logic(
                context -> {
                  failures.put(
                      "RuleContext",
                      NullContract.failures(tester(), RuleContext.class, context, s -> true));
                  Check check = context.checkPlan();
                  failures.put(
                      "Check",
                      NullContract.failures(
                          tester(), Check.class, check, s -> !s.contains("passedIf")));
                  check.passed();
                });
    ValidationReport report =
        Validator.of(RuleSet.of("probe", "1", List.of(probe))).validate(Plans.kapuas());
    assertThat(report.rules()).hasSize(1);
    assertThat(failures).containsOnlyKeys("RuleContext", "Check");
    assertThat(failures.values()).allSatisfy(f -> assertThat(f).isEmpty());
  }
}
