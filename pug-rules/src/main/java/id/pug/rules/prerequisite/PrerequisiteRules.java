package id.pug.rules.prerequisite;

import com.google.common.collect.ImmutableList;
import id.pug.core.assessment.Prerequisite;
import id.pug.core.assessment.PrerequisiteAssessment;
import id.pug.rules.engine.Check;
import id.pug.rules.engine.EffectivePeriod;
import id.pug.rules.engine.ElementPath;
import id.pug.rules.engine.LocalizedText;
import id.pug.rules.engine.MessageBundle;
import id.pug.rules.engine.Parameter;
import id.pug.rules.engine.Rule;
import id.pug.rules.engine.RuleCategory;
import id.pug.rules.engine.RuleContext;
import id.pug.rules.engine.RuleDefinition;
import id.pug.rules.engine.RuleId;
import id.pug.rules.engine.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The seven prerequisites of PUG (tujuh prasyarat PUG) and the APE (Anugerah Parahita Ekapraya)
 * levels.
 *
 * <p>The seven prerequisites are named by the Sekda of Kalimantan Tengah (2019) and a journal
 * abstract [S] ({@code domain.md} §6.1); regions gather evidence per prerequisite for the APE
 * (§6.2). The APE's categories Pratama, Madya, Utama and Mentor are confirmed, but its scoring
 * bands and legal basis are UNCONFIRMED (§6.3): the band rule is off by default and has no default
 * cut-offs — a user who knows them configures them.
 */
public final class PrerequisiteRules {
  private PrerequisiteRules() {}

  static final MessageBundle BUNDLE = MessageBundle.load(PrerequisiteRules.class);

  /** PPRG-PRQ-001 (policy): each of the seven prerequisites has evidence. */
  public static final RuleId EVIDENCE = RuleId.parse("PPRG-PRQ-001");

  /** PPRG-PRQ-002 (policy, off by default): the readiness score reaches a configured APE band. */
  public static final RuleId APE_BAND = RuleId.parse("PPRG-PRQ-002");

  /** The APE levels, lowest first ({@code domain.md} §6.3 [C]). */
  enum Band {
    PRATAMA,
    MADYA,
    UTAMA,
    MENTOR
  }

  private static final String BANDS_UNCONFIRMED =
      "no default: the APE score bands are UNCONFIRMED (domain.md §6.3)";

  /**
   * The rules of this family, in id order.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> rules() {
    return ImmutableList.of(
        define(EVIDENCE, Severity.WARNING)
            .policy(
                "The seven prerequisites are named by secondary sources [S]; no regulation in pug's"
                    + " sources requires evidence for each.")
            .source(
                "http://www.kabarkalteng.com/2019/08/buka-rakor-pokja-pug-ini-pesan-sekda.html",
                "https://garuda.kemdiktisaintek.go.id/documents/detail/3350103")
            .logic(PrerequisiteRules::evidence),
        define(APE_BAND, Severity.INFO)
            .policy(
                "APE levels Pratama < Madya < Utama (< Mentor, UNCONFIRMED) are confirmed; their"
                    + " cut-offs and the APE's legal basis are not (domain.md §6.3). Off by default;"
                    + " the bands are parameters without defaults, applied to pug's readiness score"
                    + " (share of prerequisites with evidence), not to the APE's own score.")
            .source(
                "https://news.detik.com/berita-jawa-barat/d-4351181/kota-sukabumi-dan-cianjur-raih-anugerah-parahita-ekapraya-utama",
                "https://www.batamnews.co.id/berita-82040-kepri-raih-anugerah-parahita-ekapraya-11-kali-berturut-turut.html")
            .parameter(band("pratamaFrom"))
            .parameter(band("madyaFrom"))
            .parameter(band("utamaFrom"))
            .parameter(band("mentorFrom"))
            .parameter(
                Parameter.choice(
                    "requiredBand",
                    "PRATAMA",
                    "the lowest APE level; set MADYA, UTAMA or MENTOR to aim higher",
                    "PRATAMA",
                    "MADYA",
                    "UTAMA",
                    "MENTOR"))
            .disabledByDefault()
            .logic(PrerequisiteRules::apeBand));
  }

  private static Parameter band(String name) {
    return Parameter.decimal(
        name, null, BigDecimal.ZERO, BigDecimal.valueOf(100), BANDS_UNCONFIRMED);
  }

  private static RuleDefinition define(RuleId id, Severity severity) {
    return RuleDefinition.of(id.value(), BUNDLE)
        .severity(severity)
        .category(RuleCategory.PREREQUISITES)
        .effective(
            EffectivePeriod.from(
                java.time.LocalDate.of(2000, 12, 19),
                "from Inpres 9/2000 (19 December 2000), which makes PUG national policy"));
  }

  private static LocalizedText name(Prerequisite prerequisite) {
    String english =
        switch (prerequisite) {
          case COMMITMENT -> "commitment";
          case POLICY -> "policy";
          case INSTITUTIONS -> "PUG institutions";
          case RESOURCES -> "resources (people and budget)";
          case SEX_DISAGGREGATED_DATA -> "sex-disaggregated data";
          case ANALYSIS_TOOLS -> "analysis tools";
          case PUBLIC_PARTICIPATION -> "networks and public participation";
        };
    return LocalizedText.of(prerequisite.indonesian(), english);
  }

  static void evidence(RuleContext ctx) {
    Optional<PrerequisiteAssessment> assessment = ctx.plan().assessment();
    if (assessment.isEmpty()) {
      ctx.check(ElementPath.of("assessment"), "assessment").insufficientData("noAssessment");
      return;
    }
    for (Prerequisite prerequisite : Prerequisite.values()) {
      int items = assessment.get().evidenceFor(prerequisite).size();
      ctx.check(ElementPath.of("assessment", "evidence"), prerequisite.name())
          .read("prerequisite", name(prerequisite))
          .read("evidenceItems", (long) items)
          .passedIf(items > 0, "noEvidence");
    }
  }

  static void apeBand(RuleContext ctx) {
    Check check = ctx.check(ElementPath.of("assessment"), "assessment");
    Optional<PrerequisiteAssessment> assessment = ctx.plan().assessment();
    if (assessment.isEmpty()) {
      check.insufficientData("noAssessment");
      return;
    }
    Map<Band, BigDecimal> bands = new LinkedHashMap<>();
    for (Band band : Band.values()) {
      ctx.optionalDecimal(band.name().toLowerCase(Locale.ROOT) + "From")
          .ifPresent(from -> bands.put(band, from));
    }
    Band required = Band.valueOf(ctx.text("requiredBand"));
    BigDecimal score = Readiness.score(assessment.get());
    check.read("score", score).read("requiredBand", required);
    if (!bands.containsKey(required)) {
      check.insufficientData("bandsNotSet");
      return;
    }
    Band reached = null;
    for (Map.Entry<Band, BigDecimal> band : bands.entrySet()) {
      if (score.compareTo(band.getValue()) >= 0) {
        reached = band.getKey();
      }
    }
    check.read("band", reached == null ? "—" : reached.name());
    check.passedIf(reached != null && reached.compareTo(required) >= 0, "belowBand");
  }
}
