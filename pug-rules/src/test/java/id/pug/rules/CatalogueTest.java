package id.pug.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.pug.core.law.Citation;
import id.pug.core.law.LegalState;
import id.pug.core.law.RegulationCatalog;
import id.pug.rules.engine.MessageBundle;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleDescriptor;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import id.pug.rules.packs.PolicyPacks;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the catalogue's metadata: ids, severities, wording, citations, periods and texts. */
class CatalogueTest {
  private static final Map<RuleCategory, String> FAMILY =
      Map.of(
          RuleCategory.INSTITUTIONS, "INST",
          RuleCategory.PLANNING, "PLAN",
          RuleCategory.GAP, "GAP",
          RuleCategory.GBS, "GBS",
          RuleCategory.KAK, "KAK",
          RuleCategory.ARG, "ARG",
          RuleCategory.INDICATORS, "IND",
          RuleCategory.ACTION_PLANS, "ACT",
          RuleCategory.PREREQUISITES, "PRQ");

  static Stream<Rule> allRules() {
    return Stream.concat(PprgCatalogue.rules().stream(), PolicyPacks.allRules().stream());
  }

  @Test
  void catalogue_hasAtLeastFortyRules_withUniqueIdsInTheNationalNamespace() {
    ImmutableList<Rule> rules = PprgCatalogue.rules();
    assertThat(rules).hasSizeGreaterThanOrEqualTo(40);
    Set<RuleId> ids = new HashSet<>();
    for (Rule rule : rules) {
      assertThat(ids.add(rule.id())).as("unique %s", rule.id()).isTrue();
      assertThat(rule.id().namespace()).isEqualTo("PPRG");
      assertThat(rule.id().family())
          .as("family of %s", rule.id())
          .isEqualTo(FAMILY.get(rule.descriptor().category()));
    }
    assertThat(PolicyPacks.allRules()).extracting(Rule::id).doesNotContainAnyElementsOf(ids);
    assertThat(PprgCatalogue.ruleSet().rules()).isEqualTo(rules);
    assertThat(PprgCatalogue.ruleSet().version())
        .isEqualTo("pprg-national " + PprgCatalogue.VERSION);
  }

  @Test
  void everyFamily_isInIdOrder() {
    ImmutableList<RuleId> ids =
        PprgCatalogue.rules().stream().map(Rule::id).collect(ImmutableList.toImmutableList());
    for (int i = 1; i < ids.size(); i++) {
      if (ids.get(i).family().equals(ids.get(i - 1).family())) {
        assertThat(ids.get(i).number()).isEqualTo(ids.get(i - 1).number() + 1);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allRules")
  void rule_citesItsBasis_andIsWordedByItsSeverity(Rule rule) {
    RuleDescriptor d = rule.descriptor();
    if (!d.basis().isPolicy()) {
      assertThat(d.citations()).as("a legal rule cites a regulation").isNotEmpty();
    } else {
      assertThat(d.basis().note()).as("a policy says why it is one").isPresent();
      assertThat(d.title().indonesian())
          .as("policy title")
          .containsAnyOf("kebijakan lokal", "pembanding");
      assertThat(d.title().english()).containsAnyOf("local policy", "comparison");
    }
    if (d.severity() == Severity.ERROR) {
      assertThat(d.basis().isPolicy()).as("an ERROR is never a policy").isFalse();
      assertThat(d.title().indonesian()).contains("wajib");
      assertThat(d.title().english()).contains("must");
    } else {
      assertThat(d.title().indonesian()).contains("sebaiknya");
      assertThat(d.title().english()).contains("should");
    }
    assertThat(d.messages()).isNotEmpty();
    assertThat(d.title().indonesian()).endsWith(".");
    assertThat(d.title().english()).endsWith(".");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allRules")
  void citations_resolveInTheRegulationCatalogue_andAreInForceWhenTheRuleStarts(Rule rule) {
    RegulationCatalog catalog = RegulationCatalog.shipped();
    RuleDescriptor d = rule.descriptor();
    for (Citation citation : d.citations()) {
      assertThat(catalog.find(citation.regulation().id()))
          .as("%s in catalogue", citation)
          .isPresent();
      assertThat(
              catalog
                  .statusOn(citation.regulation().id(), java.time.LocalDate.of(2026, 12, 1))
                  .state())
          .as("%s not repealed", citation)
          .isNotEqualTo(LegalState.NO_LONGER_IN_FORCE);
    }
    if (!d.basis().isPolicy()) {
      int earliest =
          d.citations().stream()
              .mapToInt(c -> c.regulation().year().getValue())
              .min()
              .orElseThrow();
      assertThat(d.period().start().getYear())
          .as("%s starts no earlier than the law it enforces", rule.id())
          .isGreaterThanOrEqualTo(earliest);
    }
  }

  @Test
  void everyBundleKey_belongsToARule_andEveryRuleHasItsTexts() {
    Set<String> ids = allRules().map(r -> r.id().value()).collect(Collectors.toSet());
    for (Class<?> anchor : Families.ANCHORS) {
      MessageBundle bundle = MessageBundle.load(anchor);
      for (String key : bundle.texts().keySet()) {
        String id = key.substring(0, key.indexOf('.'));
        assertThat(ids).as("rule of key %s in %s", key, bundle.name()).contains(id);
      }
    }
  }

  @Test
  void bothLanguageFiles_ofEveryFamily_holdTheSameKeys() throws java.io.IOException {
    for (Class<?> anchor : Families.ANCHORS) {
      String base = anchor.getPackageName().replace('.', '/') + "/messages_";
      Set<String> keys = null;
      for (String language : java.util.List.of("id", "en")) {
        java.util.Properties properties = new java.util.Properties();
        try (var in = anchor.getClassLoader().getResourceAsStream(base + language + ".properties");
            var reader =
                new java.io.InputStreamReader(
                    java.util.Objects.requireNonNull(in, base + language),
                    java.nio.charset.StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
        if (keys == null) {
          keys = properties.stringPropertyNames();
        } else {
          assertThat(properties.stringPropertyNames()).as("keys of %s", base).isEqualTo(keys);
        }
      }
    }
  }

  @Test
  void policyPacks_areNamed() {
    assertThat(PolicyPacks.names())
        .containsExactly("babel-2016", "murung-raya-2025", "philippines-gad");
    assertThat(PolicyPacks.named("babel-2016").version()).isEqualTo("babel-2016 1");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PolicyPacks.named("jakarta"))
        .hasMessageContaining("babel-2016");
    assertThat(PprgCatalogue.ruleSet().plus(PolicyPacks.named("philippines-gad")).rules())
        .hasSize(PprgCatalogue.rules().size() + 1);
  }
}
