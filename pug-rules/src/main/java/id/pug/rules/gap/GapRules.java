package id.pug.rules.gap;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.Activity;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.planning.Programme;
import id.pug.core.planning.SubActivity;
import id.pug.core.pprg.GapFactor;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.rules.engine.Check;
import id.pug.rules.engine.EffectivePeriod;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.engine.MessageBundle;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleContext;
import id.pug.rules.engine.RuleDefinition;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import id.pug.rules.wording.Wording;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Gender Analysis Pathway (GAP; Alur Kerja Analisis Gender): the nine steps of a gender
 * analysis, in three phases — policy analysis (steps 1–5: the policy and its objective, insight
 * data, gap factors, internal and external causes), formulation (6–7: reformulated objective,
 * action plan) and measurement (8–9: baseline, gender indicators).
 *
 * <p>This family checks that every step is filled, that the insight data is sex-disaggregated, that
 * step 3 names at least one gap factor (akses, partisipasi, kontrol, manfaat — APKM), that internal
 * and external causes are told apart, that the objective is actually reformulated, that baselines
 * and gender indicators are measurable by sex, and that the analysed code lies in the planning
 * document the GAP names.
 *
 * <p>Legal basis: Permendagri 15/2008 as amended by Permendagri 67/2011 — gender analysis, by GAP
 * or another method, for the RPJMD, Renstra and Renja ({@code domain.md} §2.1); the Juklak PPRG for
 * regional governments (Lampiran 2 of the 2012 joint circular on the national PPRG strategy). The
 * nine steps, the three phases and APKM are read from Lampiran III of a Peraturan Bupati Tulang
 * Bawang (2020) and the Surabaya SIGAS GAP print ({@code domain.md} §4.1, §4.2); the Permendagri's
 * article numbers are not in pug's sources, so it is cited as a whole. Checks on free text (sex
 * disaggregation, sameness) are wording heuristics and say so in their notes.
 */
public final class GapRules {
  private GapRules() {}

  static final MessageBundle BUNDLE = MessageBundle.load(GapRules.class);

  private static final String PERMENDAGRI_15 = "Permendagri 15/2008";
  private static final String PERMENDAGRI_67 = "Permendagri 67/2011";
  private static final String JUKLAK_PPRG = "SE Bersama 270/M.PPN/11/2012 Lampiran 2";
  private static final String TULANG_BAWANG =
      "https://pdfcoffee.com/download/pedoman-pembuatan-gap-dan-gbs-sesuai-perbup-pdf-free.html";
  private static final String SURABAYA_SIGAS =
      "https://dp3appkb.surabaya.go.id/sigas/pprg/printgap/2464";
  private static final EffectivePeriod SINCE_67_2011 =
      EffectivePeriod.fromYearOf(2011, PERMENDAGRI_67);

  /** PPRG-GAP-001: a GAP fills in all nine steps. */
  public static final RuleId ALL_STEPS = RuleId.parse("PPRG-GAP-001");

  /** PPRG-GAP-002: the insight data (step 2) is sex-disaggregated. */
  public static final RuleId INSIGHT_DATA_BY_SEX = RuleId.parse("PPRG-GAP-002");

  /** PPRG-GAP-003: step 3 names at least one gap factor (APKM). */
  public static final RuleId GAP_FACTOR = RuleId.parse("PPRG-GAP-003");

  /** PPRG-GAP-004: internal (step 4) and external (step 5) causes are distinguished. */
  public static final RuleId CAUSES_DISTINGUISHED = RuleId.parse("PPRG-GAP-004");

  /** PPRG-GAP-005: the reformulated objective (step 6) differs from step 1. */
  public static final RuleId OBJECTIVE_REFORMULATED = RuleId.parse("PPRG-GAP-005");

  /** PPRG-GAP-006: the baseline (step 8) is numeric, dated and by sex. */
  public static final RuleId BASELINE_BY_SEX = RuleId.parse("PPRG-GAP-006");

  /** PPRG-GAP-007: the gender indicators (step 9) are measurable: targeted and by sex. */
  public static final RuleId INDICATOR_MEASURABLE = RuleId.parse("PPRG-GAP-007");

  /** PPRG-GAP-008: the analysed code appears in the planning document the GAP names. */
  public static final RuleId SUBJECT_IN_DOCUMENT = RuleId.parse("PPRG-GAP-008");

  /**
   * The rules of this family, in id order.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> rules() {
    return ImmutableList.of(
        define(ALL_STEPS, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, JUKLAK_PPRG)
            .note(
                "A step counts as filled when its text is given, or for step 3 a gap factor, or"
                    + " for step 9 a structured indicator (GenderAnalysisPathway.isFilled).")
            .source(TULANG_BAWANG, SURABAYA_SIGAS)
            .logic(GapRules::allSteps),
        define(INSIGHT_DATA_BY_SEX, Severity.WARNING)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, JUKLAK_PPRG)
            .note(
                "Heuristic on free text: the step-2 text must name women and men or say it is"
                    + " disaggregated by sex (Wording.speaksOfWomenAndMen). Sex-specific data that"
                    + " cannot be compared between sexes (maternal mortality, KDRT victims) is"
                    + " allowed by the Tulang Bawang guide and may be flagged wrongly; hence a"
                    + " warning.")
            .source(TULANG_BAWANG, SURABAYA_SIGAS)
            .logic(GapRules::insightDataBySex),
        define(GAP_FACTOR, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, JUKLAK_PPRG)
            .note(
                "Structured gap factors pass; otherwise the step-3 text must name akses,"
                    + " partisipasi, kontrol or manfaat (or access, participation, control,"
                    + " benefit) as whole words after Wording.normalise.")
            .source(TULANG_BAWANG, SURABAYA_SIGAS, "P24")
            .logic(GapRules::gapFactor),
        define(CAUSES_DISTINGUISHED, Severity.WARNING)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, JUKLAK_PPRG)
            .note(
                "Compares the texts of steps 4 and 5 with Wording.same (case, accents,"
                    + " punctuation and spacing ignored); it cannot judge whether a cause is"
                    + " really internal or external.")
            .source(TULANG_BAWANG, SURABAYA_SIGAS)
            .logic(GapRules::causesDistinguished),
        define(OBJECTIVE_REFORMULATED, Severity.ERROR)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, JUKLAK_PPRG)
            .note(
                "Step 6 is not a reformulation when it equals step 1 or is contained in it"
                    + " after Wording.normalise; a reworded but gender-blind objective is not"
                    + " detected.")
            .source(TULANG_BAWANG, SURABAYA_SIGAS)
            .logic(GapRules::objectiveReformulated),
        define(BASELINE_BY_SEX, Severity.WARNING)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, JUKLAK_PPRG)
            .note(
                "That the baseline should be sex-disaggregated is pug's design reading of the"
                    + " GAP form (domain.md §9), hence a warning. Checked on the structured"
                    + " indicators; a step-8 text alone cannot be checked.")
            .source(TULANG_BAWANG, SURABAYA_SIGAS, "REF-DOMAIN")
            .logic(GapRules::baselineBySex),
        define(INDICATOR_MEASURABLE, Severity.WARNING)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, JUKLAK_PPRG)
            .note(
                "Measurable is read as: at least one target, and declared sex-disaggregated."
                    + " Checked on the structured indicators; a step-9 text alone cannot be"
                    + " checked.")
            .source(TULANG_BAWANG, SURABAYA_SIGAS)
            .logic(GapRules::indicatorMeasurable),
        define(SUBJECT_IN_DOCUMENT, Severity.WARNING)
            .legal(PERMENDAGRI_15, PERMENDAGRI_67, JUKLAK_PPRG)
            .note(
                "The code must equal one of the document's programme, kegiatan or sub-kegiatan"
                    + " codes. A document recorded without programmes cannot be matched.")
            .source(TULANG_BAWANG, SURABAYA_SIGAS)
            .logic(GapRules::subjectInDocument));
  }

  private static RuleDefinition define(RuleId id, Severity severity) {
    return RuleDefinition.of(id.value(), BUNDLE)
        .severity(severity)
        .category(RuleCategory.GAP)
        .effective(SINCE_67_2011);
  }

  // ----------------------------------------------------------------------------------------------
  // Paths, names and checks shared by the rules
  // ----------------------------------------------------------------------------------------------

  private static ElementPath gapPath(int index) {
    return ElementPath.of("genderAnalyses", index);
  }

  private static ElementPath stepPath(int index, GapStep step) {
    return gapPath(index).field("steps").key(step.name());
  }

  /**
   * A step's name in messages: {@code "langkah 2 (Data Pembuka Wawasan)"}.
   *
   * @param step the step
   * @return the name in both languages
   */
  static LocalizedText stepName(GapStep step) {
    return java.util.Objects.requireNonNull(STEP_NAMES.get(step), "step");
  }

  private static final ImmutableMap<GapStep, LocalizedText> STEP_NAMES =
      Maps.immutableEnumMap(
          Maps.toMap(
              Arrays.asList(GapStep.values()),
              step ->
                  LocalizedText.of(
                      "langkah " + step.number() + " (" + step.indonesian() + ")",
                      "step " + step.number() + " (" + step.indonesian() + ")")));

  private static final ImmutableMap<GapFactor, LocalizedText> FACTOR_NAMES =
      ImmutableMap.of(
          GapFactor.ACCESS, LocalizedText.of(GapFactor.ACCESS.indonesian(), "access"),
          GapFactor.PARTICIPATION,
              LocalizedText.of(GapFactor.PARTICIPATION.indonesian(), "participation"),
          GapFactor.CONTROL, LocalizedText.of(GapFactor.CONTROL.indonesian(), "control"),
          GapFactor.BENEFIT, LocalizedText.of(GapFactor.BENEFIT.indonesian(), "benefit"));

  /** The words that name a gap factor in a normalised step-3 text. */
  private static final ImmutableMap<GapFactor, Pattern> FACTOR_WORDS =
      ImmutableMap.of(
          GapFactor.ACCESS, Pattern.compile("\\b(akses|access)\\b"),
          GapFactor.PARTICIPATION, Pattern.compile("\\b(partisipasi|participation)\\b"),
          GapFactor.CONTROL, Pattern.compile("\\b(kontrol|control)\\b"),
          GapFactor.BENEFIT, Pattern.compile("\\b(manfaat|benefits?)\\b"));

  /** Opens the check of a GAP at an element of it, with the GAP's id and agency. */
  private static Check check(RuleContext ctx, GenderAnalysisPathway gap, ElementPath path) {
    return ctx.check(path, gap.id().value(), gap.agency());
  }

  // ----------------------------------------------------------------------------------------------
  // PPRG-GAP-001 .. 005: the steps of the analysis
  // ----------------------------------------------------------------------------------------------

  static void allSteps(RuleContext ctx) {
    List<GenderAnalysisPathway> gaps = ctx.plan().genderAnalyses();
    for (int i = 0; i < gaps.size(); i++) {
      GenderAnalysisPathway gap = gaps.get(i);
      ImmutableList<LocalizedText> missing =
          gap.missingSteps().stream()
              .map(GapRules::stepName)
              .collect(ImmutableList.toImmutableList());
      check(ctx, gap, gapPath(i).field("steps"))
          .read("filledSteps", (long) (GapStep.values().length - missing.size()))
          .read("missingSteps", missing)
          .passedIf(missing.isEmpty(), "missingSteps");
    }
  }

  static void insightDataBySex(RuleContext ctx) {
    List<GenderAnalysisPathway> gaps = ctx.plan().genderAnalyses();
    for (int i = 0; i < gaps.size(); i++) {
      GenderAnalysisPathway gap = gaps.get(i);
      Check check =
          check(ctx, gap, stepPath(i, GapStep.INSIGHT_DATA))
              .read("step", stepName(GapStep.INSIGHT_DATA));
      Optional<String> text = gap.step(GapStep.INSIGHT_DATA);
      if (text.isEmpty()) {
        check.insufficientData("noStep");
        continue;
      }
      check.read("insightData", text.get());
      check.passedIf(Wording.speaksOfWomenAndMen(text.get()), "notBySex");
    }
  }

  static void gapFactor(RuleContext ctx) {
    List<GenderAnalysisPathway> gaps = ctx.plan().genderAnalyses();
    for (int i = 0; i < gaps.size(); i++) {
      GenderAnalysisPathway gap = gaps.get(i);
      Check check =
          check(ctx, gap, stepPath(i, GapStep.GAP_FACTORS))
              .read("step", stepName(GapStep.GAP_FACTORS));
      if (!gap.gapFactors().isEmpty()) {
        check
            .at(gapPath(i).field("gapFactors"))
            .read("factors", factorNames(gap.gapFactors().keySet()))
            .passed();
        continue;
      }
      Optional<String> text = gap.step(GapStep.GAP_FACTORS);
      if (text.isEmpty()) {
        check.insufficientData("noStep");
        continue;
      }
      String normalised = Wording.normalise(text.get());
      Set<GapFactor> named = new HashSet<>();
      FACTOR_WORDS.forEach(
          (factor, words) -> {
            if (words.matcher(normalised).find()) {
              named.add(factor);
            }
          });
      check.read("gapFactorText", text.get()).read("factors", factorNames(named));
      check.passedIf(!named.isEmpty(), "noFactor");
    }
  }

  private static ImmutableList<LocalizedText> factorNames(Set<GapFactor> factors) {
    // In APKM order, whatever the order of the set.
    ImmutableList.Builder<LocalizedText> names = ImmutableList.builder();
    for (Map.Entry<GapFactor, LocalizedText> factor : FACTOR_NAMES.entrySet()) {
      if (factors.contains(factor.getKey())) {
        names.add(factor.getValue());
      }
    }
    return names.build();
  }

  static void causesDistinguished(RuleContext ctx) {
    List<GenderAnalysisPathway> gaps = ctx.plan().genderAnalyses();
    for (int i = 0; i < gaps.size(); i++) {
      GenderAnalysisPathway gap = gaps.get(i);
      Check check = check(ctx, gap, stepPath(i, GapStep.EXTERNAL_CAUSES));
      Optional<String> internal = gap.step(GapStep.INTERNAL_CAUSES);
      Optional<String> external = gap.step(GapStep.EXTERNAL_CAUSES);
      internal.ifPresent(t -> check.read("internalCauses", t));
      external.ifPresent(t -> check.read("externalCauses", t));
      // PPRG-GAP-001 reports a missing step as a violation; here it leaves nothing to compare.
      if (internal.isEmpty() || external.isEmpty()) {
        GapStep missing = internal.isEmpty() ? GapStep.INTERNAL_CAUSES : GapStep.EXTERNAL_CAUSES;
        check.at(stepPath(i, missing)).read("step", stepName(missing)).insufficientData("noCauses");
        continue;
      }
      check.passedIf(!Wording.same(internal.get(), external.get()), "same");
    }
  }

  static void objectiveReformulated(RuleContext ctx) {
    List<GenderAnalysisPathway> gaps = ctx.plan().genderAnalyses();
    for (int i = 0; i < gaps.size(); i++) {
      GenderAnalysisPathway gap = gaps.get(i);
      Check check = check(ctx, gap, stepPath(i, GapStep.REFORMULATED_OBJECTIVE));
      Optional<String> original = gap.step(GapStep.POLICY_SELECTION);
      Optional<String> reformulated = gap.step(GapStep.REFORMULATED_OBJECTIVE);
      original.ifPresent(t -> check.read("originalObjective", t));
      reformulated.ifPresent(t -> check.read("reformulatedObjective", t));
      if (original.isEmpty() || reformulated.isEmpty()) {
        GapStep missing =
            original.isEmpty() ? GapStep.POLICY_SELECTION : GapStep.REFORMULATED_OBJECTIVE;
        check.at(stepPath(i, missing)).read("step", stepName(missing)).insufficientData("noStep");
        continue;
      }
      String before = Wording.normalise(original.get());
      String after = Wording.normalise(reformulated.get());
      // Wording.same(original, reformulated) is before.equals(after): each text normalised once.
      boolean unchanged = before.equals(after) || (!after.isEmpty() && before.contains(after));
      check.passedIf(!unchanged, "notReformulated");
    }
  }

  // ----------------------------------------------------------------------------------------------
  // PPRG-GAP-006, 007: measurement (baseline and gender indicators)
  // ----------------------------------------------------------------------------------------------

  static void baselineBySex(RuleContext ctx) {
    List<GenderAnalysisPathway> gaps = ctx.plan().genderAnalyses();
    for (int i = 0; i < gaps.size(); i++) {
      GenderAnalysisPathway gap = gaps.get(i);
      List<PerformanceIndicator> indicators = gap.genderIndicators();
      if (indicators.isEmpty()) {
        textOnly(ctx, gap, i, GapStep.BASELINE);
        continue;
      }
      for (int j = 0; j < indicators.size(); j++) {
        PerformanceIndicator indicator = indicators.get(j);
        Check check =
            check(ctx, gap, indicatorPath(i, j).field("baseline"))
                .read("indicator", indicator.name())
                .read("unit", indicator.unit());
        Optional<IndicatorValue> baseline = indicator.baseline();
        if (baseline.isEmpty()) {
          check.violated("noBaseline");
          continue;
        }
        IndicatorValue value = baseline.get();
        check.read("year", value.year());
        value.female().ifPresent(v -> check.read("female", v));
        value.male().ifPresent(v -> check.read("male", v));
        value.total().ifPresent(v -> check.read("total", v));
        value.text().ifPresent(v -> check.read("text", v));
        check.passedIf(value.isSexDisaggregated(), "notBySex");
      }
    }
  }

  static void indicatorMeasurable(RuleContext ctx) {
    List<GenderAnalysisPathway> gaps = ctx.plan().genderAnalyses();
    for (int i = 0; i < gaps.size(); i++) {
      GenderAnalysisPathway gap = gaps.get(i);
      List<PerformanceIndicator> indicators = gap.genderIndicators();
      if (indicators.isEmpty()) {
        textOnly(ctx, gap, i, GapStep.GENDER_INDICATORS);
        continue;
      }
      for (int j = 0; j < indicators.size(); j++) {
        PerformanceIndicator indicator = indicators.get(j);
        ElementPath path = indicatorPath(i, j);
        Check check =
            check(ctx, gap, path)
                .read("indicator", indicator.name())
                .read("unit", indicator.unit())
                .read("targets", (long) indicator.targets().size())
                .read("sexDisaggregated", indicator.sexDisaggregated());
        if (indicator.targets().isEmpty()) {
          check.at(path.field("targets")).violated("noTarget");
          continue;
        }
        if (!indicator.sexDisaggregated()) {
          check.at(path.field("sexDisaggregated")).violated("notBySex");
          continue;
        }
        check.passed();
      }
    }
  }

  private static ElementPath indicatorPath(int gap, int indicator) {
    return gapPath(gap).field("genderIndicators").index(indicator);
  }

  /**
   * A GAP without structured indicators: its step text, if any, cannot be checked; without it, the
   * step is missing (PPRG-GAP-001 reports that as a violation).
   */
  private static void textOnly(
      RuleContext ctx, GenderAnalysisPathway gap, int index, GapStep step) {
    Check check = check(ctx, gap, stepPath(index, step)).read("step", stepName(step));
    Optional<String> text = gap.step(step);
    if (text.isPresent()) {
      check.read("text", text.get()).insufficientData("textOnly");
    } else {
      check.insufficientData("noStep");
    }
  }

  // ----------------------------------------------------------------------------------------------
  // PPRG-GAP-008: the analysed code and its planning document
  // ----------------------------------------------------------------------------------------------

  static void subjectInDocument(RuleContext ctx) {
    RegionalPprgPlan plan = ctx.plan();
    List<GenderAnalysisPathway> gaps = plan.genderAnalyses();
    // Several GAPs analyse codes of the same document: its codes are collected once.
    Map<Integer, Set<NomenclatureCode>> codes = new HashMap<>();
    for (int i = 0; i < gaps.size(); i++) {
      GenderAnalysisPathway gap = gaps.get(i);
      ElementPath documentPath = gapPath(i).field("planningDocument");
      Check check = check(ctx, gap, documentPath);
      Optional<PlanningDocumentId> documentId = gap.planningDocument();
      if (documentId.isEmpty()) {
        check.notApplicable();
        continue;
      }
      check.read("document", documentId.get());
      int documentIndex = indexOf(plan.planningDocuments(), documentId.get());
      if (documentIndex < 0) {
        check.violated("unknownDocument");
        continue;
      }
      PlanningDocument document = plan.planningDocuments().get(documentIndex);
      check.read("documentKind", document.kind());
      document.title().ifPresent(t -> check.read("documentTitle", t));
      Optional<NomenclatureCode> subject = gap.subject();
      if (subject.isEmpty()) {
        check.at(gapPath(i).field("subject")).insufficientData("noSubject");
        continue;
      }
      check.read("subject", subject.get());
      if (document.programmes().isEmpty()) {
        check
            .at(ElementPath.of("planningDocuments", documentIndex).field("programmes"))
            .insufficientData("emptyDocument");
        continue;
      }
      check
          .at(gapPath(i).field("subject"))
          .passedIf(
              codes.computeIfAbsent(documentIndex, k -> codesOf(document)).contains(subject.get()),
              "notInDocument");
    }
  }

  private static int indexOf(List<PlanningDocument> documents, PlanningDocumentId id) {
    for (int k = 0; k < documents.size(); k++) {
      if (documents.get(k).id().equals(id)) {
        return k;
      }
    }
    return -1;
  }

  private static Set<NomenclatureCode> codesOf(PlanningDocument document) {
    Set<NomenclatureCode> codes = new HashSet<>();
    for (Programme programme : document.programmes()) {
      codes.add(programme.code());
      for (Activity activity : programme.activities()) {
        codes.add(activity.code());
        for (SubActivity subActivity : activity.subActivities()) {
          codes.add(subActivity.code());
        }
      }
    }
    return codes;
  }
}
