package id.pug.rules.international;

import com.google.common.collect.ImmutableList;
import id.pug.core.PugStyle;
import id.pug.core.budget.BudgetLine;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.TermsOfReference;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What pug holds about one activity that bears on the HGDG checklist: the budget line and the GAP,
 * GBS and KAK its ARG tag names. {@link #suggest()} pre-fills the items this evidence supports.
 *
 * <p>{@link #of(RegionalPprgPlan, BudgetLine)} follows the line's ARG tag; where the tag names a
 * GBS but no GAP (or no KAK), it follows the GBS's own GAP (or takes the first KAK based on the
 * GBS). References the plan cannot resolve are simply absent. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class HgdgEvidence {
  HgdgEvidence() {}

  /**
   * A builder for evidence assembled by hand.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link HgdgEvidence}; every part is optional. */
  public static final class Builder extends ImmutableHgdgEvidence.Builder {
    Builder() {}
  }

  /**
   * The evidence a plan holds for one of its budget lines.
   *
   * @param plan the plan
   * @param line a budget line of the plan
   * @return the evidence; for an untagged line, the line alone
   */
  public static HgdgEvidence of(RegionalPprgPlan plan, BudgetLine line) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(line, "line");
    Optional<GenderBudgetStatement> gbs = plan.gbsOf(line);
    Optional<GenderAnalysisPathway> gap =
        plan.gapOf(line)
            .or(() -> gbs.flatMap(GenderBudgetStatement::gap).flatMap(plan::genderAnalysis));
    Optional<TermsOfReference> kak =
        plan.kakOf(line)
            .or(() -> gbs.flatMap(g -> plan.termsOfReferenceOf(g.id()).stream().findFirst()));
    return builder().line(line).gap(gap).gbs(gbs).kak(kak).build();
  }

  /**
   * The budget line.
   *
   * @return the line
   */
  public abstract Optional<BudgetLine> line();

  /**
   * The Gender Analysis Pathway of the activity.
   *
   * @return the GAP
   */
  public abstract Optional<GenderAnalysisPathway> gap();

  /**
   * The Gender Budget Statement of the activity.
   *
   * @return the GBS
   */
  public abstract Optional<GenderBudgetStatement> gbs();

  /**
   * The terms of reference (KAK) of the activity.
   *
   * @return the KAK
   */
  public abstract Optional<TermsOfReference> kak();

  /**
   * Whether any PPRG document (GAP, GBS or KAK) is at hand.
   *
   * @return false for an untagged line or one whose references all dangle
   */
  public boolean hasDocuments() {
    return gap().isPresent() || gbs().isPresent() || kak().isPresent();
  }

  /**
   * Every performance indicator of the evidence: the GAP's gender indicators, the GBS's achievement
   * indicators, the line's output indicator and the KAK's indicators, in that order.
   *
   * @return the indicators
   */
  public ImmutableList<PerformanceIndicator> indicators() {
    ImmutableList.Builder<PerformanceIndicator> out = ImmutableList.builder();
    gap().ifPresent(g -> out.addAll(g.genderIndicators()));
    gbs().ifPresent(g -> out.addAll(g.achievementIndicators()));
    line().flatMap(BudgetLine::outputIndicator).ifPresent(out::add);
    kak().ifPresent(k -> out.addAll(k.indicators()));
    return out.build();
  }

  /**
   * The HGDG items this evidence supports, pre-filled conservatively, and the others left unscored;
   * every item with its reason.
   *
   * @return the suggestion
   */
  public HgdgSuggestion suggest() {
    return HgdgSuggester.suggest(this);
  }
}
