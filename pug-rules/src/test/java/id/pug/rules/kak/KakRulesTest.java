package id.pug.rules.kak;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.budget.ArgCategory;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.pprg.TermsOfReference;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.Finding;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.engine.Outcome;
import id.pug.rules.engine.TraceEntry;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleRun;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The evidence of the KAK rules, on the Kapuas plan. */
class KakRulesTest {

  @Test
  void contents_listsExactlyTheMissingParts() {
    TraceEntry complete =
        RuleRun.of(KakRules.CONTENTS, Plans.kapuas()).passed().stream()
            .filter(e -> e.path().equals(ElementPath.parse("termsOfReference[0]")))
            .findFirst()
            .orElseThrow();
    assertThat(complete.inputs()).containsEntry("missing", List.of());

    RegionalPprgPlan noLimits = Plans.kak(0, k -> k.limits(Optional.empty()));
    Finding f = RuleRun.of(KakRules.CONTENTS, noLimits).finding();
    assertThat(f.path()).isEqualTo(ElementPath.parse("termsOfReference[0].limits"));
    assertThat(f.evidence())
        .containsEntry(
            "missing", List.of(LocalizedText.of("batasan kegiatan", "limits of the activity")));
  }

  @Test
  void beneficiaries_aCategory1LineOfAnotherKak_doesNotExcuseNamingOneSex() {
    // Line 0 (KAK 0) becomes category 1; KAK 1 belongs to line 1, category 3, and names women
    // only: it must still name women and men.
    RegionalPprgPlan plan =
        Plans.change(
            Plans.tag(0, t -> t.category(ArgCategory.SPECIFIC_TARGET)),
            p ->
                p.termsOfReference(
                    Plans.replace(
                        Plans.kapuas().termsOfReference(),
                        1,
                        k ->
                            TermsOfReference.builder()
                                .from(k)
                                .beneficiaries("Perempuan korban kekerasan dalam rumah tangga")
                                .build())));
    Finding f = RuleRun.of(KakRules.BENEFICIARIES, plan).finding();
    assertThat(f.outcome()).isEqualTo(Outcome.VIOLATED);
    assertThat(f.path()).isEqualTo(ElementPath.parse("termsOfReference[1].beneficiaries"));
    assertThat(f.evidence()).containsEntry("specificTarget", false);
  }
}
