package id.pug.core.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimaps;
import id.pug.core.Identifier;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.Official;
import id.pug.core.assessment.PrerequisiteAssessment;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.money.Rupiah;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.ActionPlanId;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.pokja.ForumPuspa;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.KakId;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.region.RegionCode;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One region's gender-responsive planning and budgeting (PPRG) for a fiscal year: the aggregate
 * pug-rules validates.
 *
 * <p>It bundles the agencies (by the ids the plan's elements use), the Pokja PUG, focal points and
 * Forum PUSPA, the planning documents, the budget lines with their ARG tags, the GAP, GBS and KAK
 * instruments, region-level indicators with their targets, action plans and evidence for the seven
 * prerequisites. Elements refer to each other by id: a tagged budget line to its GAP, GBS and KAK,
 * a GBS to its GAP, a KAK to its GBS, everything to its agency. References that point nowhere are
 * allowed (an export may be incomplete) and listed by {@link #danglingReferences()}; ids must be
 * unique within each kind of element.
 *
 * <p>Immutable and thread-safe; lookups are indexed on first use.
 */
@Value.Immutable
@PugStyle
public abstract class RegionalPprgPlan {
  RegionalPprgPlan() {}

  /**
   * A builder for a plan.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegionalPprgPlan}; required: region and fiscal year. */
  public static final class Builder extends ImmutableRegionalPprgPlan.Builder {
    Builder() {}

    /**
     * Builds the plan.
     *
     * @return the plan
     * @throws InvalidValueException if an id repeats within a kind of element, including an agency
     *     id put twice
     */
    @Override
    public RegionalPprgPlan build() {
      try {
        return super.build();
      } catch (IllegalArgumentException e) {
        throw InvalidValueException.ofDuplicateKey(RegionalPprgPlan.class, "agencies", e);
      }
    }
  }

  /**
   * The region.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * The fiscal year (tahun anggaran).
   *
   * @return the year
   */
  public abstract Year fiscalYear();

  /**
   * The agencies, by the id the plan's elements use.
   *
   * @return the agencies
   */
  public abstract ImmutableMap<AgencyId, Agency> agencies();

  /**
   * The Pokja PUG.
   *
   * @return the Pokja
   */
  public abstract Optional<PokjaPug> pokja();

  /**
   * The focal points.
   *
   * @return the focal points
   */
  public abstract ImmutableList<FocalPoint> focalPoints();

  /**
   * The Forum PUSPA.
   *
   * @return the forum
   */
  public abstract Optional<ForumPuspa> forumPuspa();

  /**
   * The planning documents.
   *
   * @return the documents, ids unique
   */
  public abstract ImmutableList<PlanningDocument> planningDocuments();

  /**
   * The budget lines.
   *
   * @return the lines, ids unique
   */
  public abstract ImmutableList<BudgetLine> budgetLines();

  /**
   * The Gender Analysis Pathways.
   *
   * @return the GAPs, ids unique
   */
  public abstract ImmutableList<GenderAnalysisPathway> genderAnalyses();

  /**
   * The Gender Budget Statements.
   *
   * @return the GBSs, ids unique
   */
  public abstract ImmutableList<GenderBudgetStatement> budgetStatements();

  /**
   * The terms of reference (KAK).
   *
   * @return the KAKs, ids unique
   */
  public abstract ImmutableList<TermsOfReference> termsOfReference();

  /**
   * Region-level indicators with their baselines and targets, such as the IKG, IPG or IDG targets
   * of the RPJMD.
   *
   * @return the indicators
   */
  public abstract ImmutableList<PerformanceIndicator> regionalIndicators();

  /**
   * The action plans (RAD PUG, Pokja work plans).
   *
   * @return the action plans, ids unique
   */
  public abstract ImmutableList<ActionPlan> actionPlans();

  /**
   * Evidence for the seven PUG prerequisites.
   *
   * @return the assessment
   */
  public abstract Optional<PrerequisiteAssessment> assessment();

  @Value.Check
  void check() {
    checkUnique("planningDocuments", planningDocuments(), PlanningDocument::id);
    checkUnique("budgetLines", budgetLines(), BudgetLine::id);
    checkUnique("genderAnalyses", genderAnalyses(), GenderAnalysisPathway::id);
    checkUnique("budgetStatements", budgetStatements(), GenderBudgetStatement::id);
    checkUnique("termsOfReference", termsOfReference(), TermsOfReference::id);
    checkUnique("actionPlans", actionPlans(), ActionPlan::id);
  }

  private static <T> void checkUnique(
      String field, List<T> elements, Function<T, ? extends Identifier<?>> id) {
    Set<Identifier<?>> seen = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      Identifier<?> each = id.apply(elements.get(i));
      InvalidValueException.check(
          seen.add(each),
          RegionalPprgPlan.class,
          field + "[" + i + "].id",
          each.value(),
          "be unique among " + field);
    }
  }

  @Value.Lazy
  ImmutableMap<BudgetLineId, BudgetLine> budgetLineIndex() {
    return Maps.uniqueIndex(budgetLines(), BudgetLine::id);
  }

  @Value.Lazy
  ImmutableMap<GapId, GenderAnalysisPathway> gapIndex() {
    return Maps.uniqueIndex(genderAnalyses(), GenderAnalysisPathway::id);
  }

  @Value.Lazy
  ImmutableMap<GbsId, GenderBudgetStatement> gbsIndex() {
    return Maps.uniqueIndex(budgetStatements(), GenderBudgetStatement::id);
  }

  @Value.Lazy
  ImmutableMap<KakId, TermsOfReference> kakIndex() {
    return Maps.uniqueIndex(termsOfReference(), TermsOfReference::id);
  }

  @Value.Lazy
  ImmutableMap<PlanningDocumentId, PlanningDocument> documentIndex() {
    return Maps.uniqueIndex(planningDocuments(), PlanningDocument::id);
  }

  @Value.Lazy
  ImmutableMap<ActionPlanId, ActionPlan> actionPlanIndex() {
    return Maps.uniqueIndex(actionPlans(), ActionPlan::id);
  }

  @Value.Lazy
  ImmutableListMultimap<GbsId, BudgetLine> linesByGbs() {
    ImmutableListMultimap.Builder<GbsId, BudgetLine> index = ImmutableListMultimap.builder();
    for (BudgetLine line : budgetLines()) {
      line.argTag().flatMap(ArgTag::gbs).ifPresent(gbs -> index.put(gbs, line));
    }
    return index.build();
  }

  @Value.Lazy
  ImmutableListMultimap<AgencyId, BudgetLine> linesByAgency() {
    return Multimaps.index(budgetLines(), BudgetLine::agency);
  }

  /**
   * An agency by id.
   *
   * @param id the id
   * @return the agency, or empty
   */
  public Optional<Agency> agency(AgencyId id) {
    java.util.Objects.requireNonNull(id, "id");
    return Optional.ofNullable(agencies().get(id));
  }

  /**
   * A budget line by id.
   *
   * @param id the id
   * @return the line, or empty
   */
  public Optional<BudgetLine> budgetLine(BudgetLineId id) {
    java.util.Objects.requireNonNull(id, "id");
    return Optional.ofNullable(budgetLineIndex().get(id));
  }

  /**
   * A GAP by id.
   *
   * @param id the id
   * @return the GAP, or empty
   */
  public Optional<GenderAnalysisPathway> genderAnalysis(GapId id) {
    java.util.Objects.requireNonNull(id, "id");
    return Optional.ofNullable(gapIndex().get(id));
  }

  /**
   * A GBS by id.
   *
   * @param id the id
   * @return the GBS, or empty
   */
  public Optional<GenderBudgetStatement> budgetStatement(GbsId id) {
    java.util.Objects.requireNonNull(id, "id");
    return Optional.ofNullable(gbsIndex().get(id));
  }

  /**
   * A KAK by id.
   *
   * @param id the id
   * @return the KAK, or empty
   */
  public Optional<TermsOfReference> termsOfReference(KakId id) {
    java.util.Objects.requireNonNull(id, "id");
    return Optional.ofNullable(kakIndex().get(id));
  }

  /**
   * A planning document by id.
   *
   * @param id the id
   * @return the document, or empty
   */
  public Optional<PlanningDocument> planningDocument(PlanningDocumentId id) {
    java.util.Objects.requireNonNull(id, "id");
    return Optional.ofNullable(documentIndex().get(id));
  }

  /**
   * An action plan by id.
   *
   * @param id the id
   * @return the action plan, or empty
   */
  public Optional<ActionPlan> actionPlan(ActionPlanId id) {
    java.util.Objects.requireNonNull(id, "id");
    return Optional.ofNullable(actionPlanIndex().get(id));
  }

  /**
   * The GAP a budget line's ARG tag names.
   *
   * @param line a budget line
   * @return the GAP, or empty if the line is untagged, names no GAP, or names one the plan lacks
   */
  public Optional<GenderAnalysisPathway> gapOf(BudgetLine line) {
    java.util.Objects.requireNonNull(line, "line");
    // Without flatMap's lambdas: rules call this for every tagged line, and this form allocates
    // nothing once inlined.
    Optional<ArgTag> tag = line.argTag();
    if (tag.isEmpty()) {
      return Optional.empty();
    }
    var id = tag.get().gap();
    return id.isEmpty() ? Optional.empty() : genderAnalysis(id.get());
  }

  /**
   * The GBS a budget line's ARG tag names.
   *
   * @param line a budget line
   * @return the GBS, or empty if the line is untagged, names no GBS, or names one the plan lacks
   */
  public Optional<GenderBudgetStatement> gbsOf(BudgetLine line) {
    java.util.Objects.requireNonNull(line, "line");
    // Without flatMap's lambdas: rules call this for every tagged line, and this form allocates
    // nothing once inlined.
    Optional<ArgTag> tag = line.argTag();
    if (tag.isEmpty()) {
      return Optional.empty();
    }
    var id = tag.get().gbs();
    return id.isEmpty() ? Optional.empty() : budgetStatement(id.get());
  }

  /**
   * The KAK a budget line's ARG tag names.
   *
   * @param line a budget line
   * @return the KAK, or empty if the line is untagged, names no KAK, or names one the plan lacks
   */
  public Optional<TermsOfReference> kakOf(BudgetLine line) {
    java.util.Objects.requireNonNull(line, "line");
    // Without flatMap's lambdas: rules call this for every tagged line, and this form allocates
    // nothing once inlined.
    Optional<ArgTag> tag = line.argTag();
    if (tag.isEmpty()) {
      return Optional.empty();
    }
    var id = tag.get().kak();
    return id.isEmpty() ? Optional.empty() : termsOfReference(id.get());
  }

  /**
   * The budget lines whose ARG tag names a GBS.
   *
   * @param gbs the GBS's id
   * @return the lines, in plan order
   */
  public ImmutableList<BudgetLine> linesOf(GbsId gbs) {
    java.util.Objects.requireNonNull(gbs, "gbs");
    return linesByGbs().get(gbs);
  }

  /**
   * The KAKs based on a GBS.
   *
   * @param gbs the GBS's id
   * @return the KAKs, in plan order
   */
  public ImmutableList<TermsOfReference> termsOfReferenceOf(GbsId gbs) {
    java.util.Objects.requireNonNull(gbs, "gbs");
    return termsOfReference().stream()
        .filter(k -> k.gbs().equals(Optional.of(gbs)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The budget lines of an agency.
   *
   * @param agency the agency's id
   * @return the lines, in plan order
   */
  public ImmutableList<BudgetLine> linesOf(AgencyId agency) {
    java.util.Objects.requireNonNull(agency, "agency");
    return linesByAgency().get(agency);
  }

  /**
   * The focal points of an agency.
   *
   * @param agency the agency's id
   * @return the focal points
   */
  public ImmutableList<FocalPoint> focalPointsOf(AgencyId agency) {
    java.util.Objects.requireNonNull(agency, "agency");
    return focalPoints().stream()
        .filter(f -> f.agency().equals(agency))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The budget lines tagged as gender-responsive.
   *
   * @return the tagged lines, in plan order
   */
  public ImmutableList<BudgetLine> taggedLines() {
    return budgetLines().stream()
        .filter(BudgetLine::isTagged)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The total of all budget lines.
   *
   * @return the total ceiling
   * @throws InvalidValueException if the total overflows
   */
  public Rupiah totalBudget() {
    return Rupiah.sum(budgetLines().stream().map(BudgetLine::amount).toList());
  }

  /**
   * The total of the lines tagged as gender-responsive.
   *
   * @return the tagged total
   * @throws InvalidValueException if the total overflows
   */
  public Rupiah taggedBudget() {
    return Rupiah.sum(taggedLines().stream().map(BudgetLine::amount).toList());
  }

  /**
   * Every cross-reference that points to an element the plan does not hold, in plan order: agencies
   * of lines, instruments, documents, focal points, Pokja members and actions; the GAP, GBS and KAK
   * of ARG tags; the GAP of a GBS, the GBS of a KAK, the planning document of a GAP.
   *
   * @return the dangling references; empty for a consistent plan
   */
  @Value.Lazy
  public ImmutableList<DanglingReference> danglingReferences() {
    List<DanglingReference> out = new ArrayList<>();
    Map<AgencyId, Agency> agencies = agencies();
    for (int i = 0; i < planningDocuments().size(); i++) {
      PlanningDocument d = planningDocuments().get(i);
      String at = "planningDocuments[" + i + "]";
      d.agency().ifPresent(a -> agency(out, at + ".agency", a, agencies));
    }
    for (int i = 0; i < budgetLines().size(); i++) {
      BudgetLine line = budgetLines().get(i);
      String at = "budgetLines[" + i + "]";
      agency(out, at + ".agency", line.agency(), agencies);
      line.argTag()
          .ifPresent(
              tag -> {
                tag.gap()
                    .ifPresent(
                        g -> ref(out, at + ".argTag.gap", "GenderAnalysisPathway", g, gapIndex()));
                tag.gbs()
                    .ifPresent(
                        g -> ref(out, at + ".argTag.gbs", "GenderBudgetStatement", g, gbsIndex()));
                tag.kak()
                    .ifPresent(
                        k -> ref(out, at + ".argTag.kak", "TermsOfReference", k, kakIndex()));
              });
    }
    for (int i = 0; i < genderAnalyses().size(); i++) {
      GenderAnalysisPathway gap = genderAnalyses().get(i);
      String at = "genderAnalyses[" + i + "]";
      agency(out, at + ".agency", gap.agency(), agencies);
      gap.planningDocument()
          .ifPresent(
              d -> ref(out, at + ".planningDocument", "PlanningDocument", d, documentIndex()));
    }
    for (int i = 0; i < budgetStatements().size(); i++) {
      GenderBudgetStatement gbs = budgetStatements().get(i);
      String at = "budgetStatements[" + i + "]";
      agency(out, at + ".agency", gbs.agency(), agencies);
      gbs.gap().ifPresent(g -> ref(out, at + ".gap", "GenderAnalysisPathway", g, gapIndex()));
    }
    for (int i = 0; i < termsOfReference().size(); i++) {
      TermsOfReference kak = termsOfReference().get(i);
      String at = "termsOfReference[" + i + "]";
      agency(out, at + ".agency", kak.agency(), agencies);
      kak.gbs().ifPresent(g -> ref(out, at + ".gbs", "GenderBudgetStatement", g, gbsIndex()));
      kak.responsibleOfficial()
          .ifPresent(o -> agency(out, at + ".responsibleOfficial.agency", o.agency(), agencies));
    }
    for (int i = 0; i < focalPoints().size(); i++) {
      agency(
          out, "focalPoints[" + i + "].official.agency", focalPoints().get(i).agency(), agencies);
    }
    pokja()
        .ifPresent(
            p -> {
              p.chair().ifPresent(o -> agency(out, "pokja.chair.agency", o.agency(), agencies));
              p.secretary()
                  .ifPresent(o -> agency(out, "pokja.secretary.agency", o.agency(), agencies));
              officials(out, "pokja.members", p.members(), agencies);
              officials(out, "pokja.technicalTeam", p.technicalTeam(), agencies);
            });
    for (int i = 0; i < actionPlans().size(); i++) {
      ActionPlan plan = actionPlans().get(i);
      for (int j = 0; j < plan.actions().size(); j++) {
        String at = "actionPlans[" + i + "].actions[" + j + "].responsibleAgency";
        plan.actions().get(j).responsibleAgency().ifPresent(a -> agency(out, at, a, agencies));
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static void officials(
      List<DanglingReference> out,
      String at,
      List<Official> officials,
      Map<AgencyId, Agency> agencies) {
    for (int i = 0; i < officials.size(); i++) {
      agency(out, at + "[" + i + "].agency", officials.get(i).agency(), agencies);
    }
  }

  private static void agency(
      List<DanglingReference> out, String path, AgencyId id, Map<AgencyId, Agency> agencies) {
    ref(out, path, "Agency", id, agencies);
  }

  private static void ref(
      List<DanglingReference> out, String path, String type, Identifier<?> id, Map<?, ?> index) {
    if (!index.containsKey(id)) {
      out.add(DanglingReference.of(path, type, id.value()));
    }
  }

  /**
   * The region, year and size.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "RegionalPprgPlan["
        + region()
        + " "
        + fiscalYear()
        + ": "
        + agencies().size()
        + " agencies, "
        + budgetLines().size()
        + " budget lines, "
        + genderAnalyses().size()
        + " GAP, "
        + budgetStatements().size()
        + " GBS, "
        + termsOfReference().size()
        + " KAK]";
  }
}
