package id.pug.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.pug.rules.action.ActionExamples;
import id.pug.rules.arg.ArgExamples;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.Language;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.RuleSet;
import id.pug.rules.engine.TraceEntry;
import id.pug.rules.engine.ValidationReport;
import id.pug.rules.engine.Validator;
import id.pug.rules.gap.GapExamples;
import id.pug.rules.gbs.GbsExamples;
import id.pug.rules.indicator.IndicatorExamples;
import id.pug.rules.institution.InstitutionExamples;
import id.pug.rules.kak.KakExamples;
import id.pug.rules.packs.PackExamples;
import id.pug.rules.packs.PolicyPacks;
import id.pug.rules.planning.PlanningExamples;
import id.pug.rules.prerequisite.PrerequisiteExamples;
import id.pug.rules.testing.RuleExample;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every rule's passing and failing examples, and checks that every rule of the catalogue and
 * the policy packs has both.
 */
class RuleExamplesTest {
  static ImmutableList<RuleExample> examples() {
    return ImmutableList.<RuleExample>builder()
        .addAll(InstitutionExamples.examples())
        .addAll(PlanningExamples.examples())
        .addAll(GapExamples.examples())
        .addAll(GbsExamples.examples())
        .addAll(KakExamples.examples())
        .addAll(ArgExamples.examples())
        .addAll(IndicatorExamples.examples())
        .addAll(ActionExamples.examples())
        .addAll(PrerequisiteExamples.examples())
        .addAll(PackExamples.examples())
        .build();
  }

  static ImmutableList<Rule> allRules() {
    return ImmutableList.<Rule>builder()
        .addAll(PprgCatalogue.rules())
        .addAll(PolicyPacks.allRules())
        .build();
  }

  private static Rule rule(RuleId id) {
    return allRules().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no rule " + id));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_reachesItsOutcomeAtItsPath(RuleExample example) {
    Rule rule = rule(example.rule());
    RuleSet set =
        example.configure().apply(RuleSet.of("example", "1", List.of(rule)).enable(rule.id()));
    ValidationReport report =
        Validator.of(set)
            .withTrace(true)
            .validate(example.plan(), example.asOf().orElse(Validator.defaultAsOf(example.plan())));
    List<TraceEntry> entries = report.trace().orElseThrow().entries();
    // Without a trace, rules may count a passing line without opening a check (the fast path of
    // RuleContext.endedWithoutCheck): it must give the same runs, findings and summary.
    ValidationReport untraced =
        Validator.of(set)
            .validate(example.plan(), example.asOf().orElse(Validator.defaultAsOf(example.plan())));
    assertThat(untraced.findings()).as("findings without a trace").isEqualTo(report.findings());
    assertThat(untraced.rules()).as("rule runs without a trace").isEqualTo(report.rules());
    assertThat(untraced.summary()).as("summary without a trace").isEqualTo(report.summary());

    assertThat(report.rules()).as("rule ran").hasSize(1);
    switch (example.expected()) {
      case PASSED -> {
        assertThat(report.findings()).as("findings of a passing example").isEmpty();
        assertThat(entries)
            .as("evaluations")
            .anyMatch(e -> e.outcome() == Outcome.PASSED && e.path().equals(example.path()));
      }
      case NOT_APPLICABLE ->
          assertThat(entries).extracting(TraceEntry::outcome).containsOnly(Outcome.NOT_APPLICABLE);
      case VIOLATED, INSUFFICIENT_DATA -> {
        assertThat(report.findings())
            .as("findings")
            .anyMatch(f -> f.outcome() == example.expected() && f.path().equals(example.path()));
        for (Finding finding : report.findings()) {
          for (Language language : Language.values()) {
            assertThat(finding.message(language))
                .as("%s message in %s", finding.messageKey(), language)
                .doesNotContain("{")
                .doesNotContain("}");
          }
          assertThat(finding.ruleId()).isEqualTo(example.rule());
          assertThat(finding.subjectId()).isNotBlank();
        }
      }
    }
  }

  @Test
  void everyRule_hasAPassingAndAFailingExample() {
    for (Rule rule : allRules()) {
      Set<Outcome> outcomes =
          examples().stream()
              .filter(e -> e.rule().equals(rule.id()))
              .map(RuleExample::expected)
              .collect(Collectors.toCollection(() -> EnumSet.noneOf(Outcome.class)));
      assertThat(outcomes)
          .as("examples of %s", rule.id())
          .contains(Outcome.PASSED, Outcome.VIOLATED);
    }
  }

  @Test
  void everyExample_namesARuleOfTheCatalogueOrAPack() {
    Set<RuleId> ids = allRules().stream().map(Rule::id).collect(Collectors.toSet());
    assertThat(examples().stream().map(RuleExample::rule)).allMatch(ids::contains);
    assertThat(Stream.of(examples().stream().map(RuleExample::toString).toArray()))
        .doesNotHaveDuplicates();
  }
}
