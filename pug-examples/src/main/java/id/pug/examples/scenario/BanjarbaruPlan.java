package id.pug.examples.scenario;

import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyRole;
import id.pug.core.agency.Official;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.budget.Location;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureVersion;
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
import id.pug.core.pokja.FocalPoint;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.pprg.GapFactor;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GapStep;
import id.pug.core.pprg.GbsAction;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.KakId;
import id.pug.core.pprg.SituationAnalysis;
import id.pug.core.pprg.TermsOfReference;
import id.pug.core.region.Population;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

/**
 * A small, illustrative PPRG plan for Kota Banjarbaru, fiscal year 2025: one sub-kegiatan of PUG
 * institutionalisation in the Renja of the city's DP2KBPMP2A, its budget line tagged as ARG, and
 * the GAP → GBS → KAK chain that justifies the tag; and one untagged line for the maintenance of
 * equipment.
 *
 * <p>What comes from sources: the agencies (DP2KBPMP2A and BAPPERIDA, seed 002 and pug-core's
 * agency data), the Pokja PUG's meeting of 9 December 2024 on making every agency's Renja
 * gender-responsive and its six aims (seed 002), the population by sex (Kepmendagri
 * 300.2.2-2138/2025, source S4), the sub-kegiatan codes and names (the 1317/2023-era list, source
 * S2), the amounts (Rp70.590.400 and Rp59.243.241, the ceilings of the same-named sub-kegiatan in
 * sample S9, a PPPA agency whose region is not known) and the output indicator (sample S10; target
 * "2 Dokumen" as in the SIPD field dictionary). The wording of the GAP, GBS and KAK fields is
 * example text showing what each field holds — it is not Kota Banjarbaru's actual GAP, GBS or KAK.
 */
public final class BanjarbaruPlan {
  /** The fiscal year of the plan. */
  public static final Year YEAR = Year.of(2025);

  private static final AgencyId DINAS = AgencyId.of("dp2kbpmp2a");
  private static final AgencyId BAPPERIDA = AgencyId.of("bapperida");
  private static final GapId GAP = GapId.of("gap-2025-dp2kbpmp2a-01");
  private static final GbsId GBS = GbsId.of("gbs-2025-dp2kbpmp2a-01");
  private static final KakId KAK = KakId.of("kak-2025-dp2kbpmp2a-01");
  private static final NomenclatureCode SUB = NomenclatureCode.parse("2.08.02.2.01.0001");
  private static final Rupiah AMOUNT = Rupiah.parse("Rp70.590.400");
  private static final NomenclatureCode MAINTENANCE = NomenclatureCode.parse("2.08.01.2.09.0006");
  private static final Rupiah MAINTENANCE_AMOUNT = Rupiah.parse("Rp59.243.241");

  private BanjarbaruPlan() {}

  /**
   * Builds the plan.
   *
   * @return the plan
   */
  public static RegionalPprgPlan build() {
    RegionCode code = RegionCatalog.kalimantan().parseCode("63.72");
    Region city = RegionCatalog.kalimantan().get(code);
    List<Agency> known = AgencyCatalog.kalimantan().in(code);
    Agency dinas = only(known, AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION);
    Agency bapperida = only(known, AgencyRole.PLANNING);
    NomenclatureVersion nomenclature =
        NomenclatureCatalog.shipped().version("kabkota-1317-partial");
    Official head = Official.ofPosition("Kepala " + dinas.shortName(), DINAS);
    Official planningHead = Official.ofPosition("Kepala " + bapperida.shortName(), BAPPERIDA);

    PerformanceIndicator output =
        PerformanceIndicator.builder()
            .name(
                "Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi Perumusan Kebijakan"
                    + " Pengarusutamaan Gender (PUG)")
            .unit("Dokumen")
            .level(IndicatorLevel.OUTPUT)
            .addTarget(
                IndicatorValue.builder()
                    .year(YEAR)
                    .total(BigDecimal.valueOf(2))
                    .text("2 Dokumen")
                    .build())
            .build();

    return RegionalPprgPlan.builder()
        .region(code)
        .fiscalYear(YEAR)
        .putAgency(DINAS, dinas)
        .putAgency(BAPPERIDA, bapperida)
        .pokja(
            PokjaPug.builder()
                .region(code)
                .chair(planningHead)
                .secretary(head)
                .addMembers(planningHead, head)
                .build())
        .addFocalPoints(
            FocalPoint.builder().official(Official.ofPosition("Focal point PUG", DINAS)).build(),
            FocalPoint.builder()
                .official(Official.ofPosition("Focal point PUG", BAPPERIDA))
                .build())
        .addPlanningDocument(renja(nomenclature, output))
        .addBudgetLine(
            BudgetLine.builder()
                .id(BudgetLineId.of("bl-2025-0001"))
                .fiscalYear(YEAR)
                .agency(DINAS)
                .subActivity(SUB)
                .name(nomenclature.nameOf(SUB).orElseThrow())
                .amount(AMOUNT)
                .addLocation(Location.builder().region(code).build())
                .outputIndicator(output)
                .argTag(ArgTag.of(ArgCategory.INSTITUTIONALISATION, GAP, GBS, KAK))
                .build())
        .addBudgetLine(
            BudgetLine.builder()
                .id(BudgetLineId.of("bl-2025-0002"))
                .fiscalYear(YEAR)
                .agency(DINAS)
                .subActivity(MAINTENANCE)
                .name(nomenclature.nameOf(MAINTENANCE).orElseThrow())
                .amount(MAINTENANCE_AMOUNT)
                .build())
        .addGenderAnalysis(gap(city))
        .addBudgetStatement(gbs(city))
        .addTermsOfReference(kak(head))
        .build();
  }

  private static Agency only(List<Agency> agencies, AgencyRole role) {
    return agencies.stream().filter(a -> a.hasRole(role)).findFirst().orElseThrow();
  }

  private static PlanningDocument renja(
      NomenclatureVersion nomenclature, PerformanceIndicator output) {
    return PlanningDocument.builder()
        .id(PlanningDocumentId.of("renja-2025-dp2kbpmp2a"))
        .kind(PlanningDocumentKind.RENJA_PD)
        .region(RegionCatalog.kalimantan().parseCode("63.72"))
        .agency(DINAS)
        .period(YearRange.of(YEAR))
        .addProgramme(
            programme(
                nomenclature,
                SubActivity.builder()
                    .code(MAINTENANCE)
                    .name(nomenclature.nameOf(MAINTENANCE).orElseThrow())
                    .indicativeCeiling(MAINTENANCE_AMOUNT)
                    .build()))
        .addProgramme(
            programme(
                nomenclature,
                SubActivity.builder()
                    .code(SUB)
                    .name(nomenclature.nameOf(SUB).orElseThrow())
                    .addIndicator(output)
                    .indicativeCeiling(AMOUNT)
                    .build()))
        .build();
  }

  /**
   * The programme → kegiatan → sub-kegiatan branch of one sub-activity, named from the
   * nomenclature.
   */
  private static Programme programme(NomenclatureVersion nomenclature, SubActivity sub) {
    NomenclatureCode kegiatan = sub.code().parent().orElseThrow();
    NomenclatureCode program = kegiatan.parent().orElseThrow();
    return Programme.builder()
        .code(program)
        .name(nomenclature.nameOf(program).orElseThrow())
        .addActivity(
            Activity.builder()
                .code(kegiatan)
                .name(nomenclature.nameOf(kegiatan).orElseThrow())
                .addSubActivity(sub)
                .build())
        .build();
  }

  private static String populationData(Region city) {
    Population p = city.population().orElseThrow();
    return String.format(
            "Penduduk %s: %,d laki-laki dan %,d perempuan (Kepmendagri 300.2.2-2138/2025)",
            city.name(), p.male(), p.female())
        .replace(',', '.');
  }

  private static GenderAnalysisPathway gap(Region city) {
    return GenderAnalysisPathway.builder()
        .id(GAP)
        .agency(DINAS)
        .fiscalYear(YEAR)
        .planningDocument(PlanningDocumentId.of("renja-2025-dp2kbpmp2a"))
        .subject(SUB)
        .putStep(
            GapStep.POLICY_SELECTION,
            "Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG: memastikan setiap kebijakan,"
                + " program dan kegiatan berperspektif gender")
        .putStep(GapStep.INSIGHT_DATA, populationData(city))
        .putGapFactor(
            GapFactor.ACCESS, "Contoh isian: akses SKPD pada data terpilah untuk menyusun Renja")
        .putGapFactor(
            GapFactor.PARTICIPATION,
            "Contoh isian: partisipasi perempuan dan laki-laki dalam forum perencanaan")
        .putGapFactor(
            GapFactor.CONTROL, "Contoh isian: kendali atas penetapan prioritas anggaran SKPD")
        .putGapFactor(
            GapFactor.BENEFIT,
            "Contoh isian: manfaat program yang adil bagi perempuan dan laki-laki")
        .putStep(
            GapStep.INTERNAL_CAUSES,
            "Contoh isian: kapasitas aparatur dalam analisis gender belum merata")
        .putStep(
            GapStep.EXTERNAL_CAUSES,
            "Contoh isian: data terpilah dari luar SKPD belum tersedia lengkap")
        .putStep(
            GapStep.REFORMULATED_OBJECTIVE,
            "Renja SKPD dan RPJMD disusun berbasis gender melalui sinergi antar-SKPD")
        .putStep(
            GapStep.ACTION_PLAN,
            "Penyusunan langkah strategis Renja/RPJMD berbasis gender; peningkatan kapasitas aparatur;"
                + " kolaborasi lintas sektor")
        .putStep(GapStep.BASELINE, populationData(city))
        .putStep(GapStep.GENDER_INDICATORS, "Jumlah SKPD yang menyusun Renja dengan GAP dan GBS")
        .build();
  }

  private static GenderBudgetStatement gbs(Region city) {
    return GenderBudgetStatement.builder()
        .id(GBS)
        .agency(DINAS)
        .fiscalYear(YEAR)
        .gap(GAP)
        .programme(SUB.parent().orElseThrow().parent().orElseThrow())
        .activity(SUB.parent().orElseThrow())
        .subActivity(SUB)
        .objective("Renja SKPD dan RPJMD disusun berbasis gender melalui sinergi antar-SKPD")
        .situationAnalysis(
            SituationAnalysis.builder()
                .addInsightData(populationData(city))
                .putGapFactor(GapFactor.ACCESS, "Contoh isian: akses SKPD pada data terpilah")
                .putGapFactor(
                    GapFactor.PARTICIPATION, "Contoh isian: partisipasi dalam forum perencanaan")
                .putGapFactor(GapFactor.CONTROL, "Contoh isian: kendali atas prioritas anggaran")
                .putGapFactor(GapFactor.BENEFIT, "Contoh isian: manfaat yang adil")
                .internalCauses("Contoh isian: kapasitas aparatur belum merata")
                .externalCauses("Contoh isian: data terpilah belum lengkap")
                .build())
        .addActionPlan(
            GbsAction.builder()
                .description(
                    "Sinergi antar-SKPD untuk kesetaraan gender dalam perencanaan pembangunan")
                .output("Langkah strategis penyusunan Renja SKPD dan RPJMD berbasis gender")
                .outcome("Renja SKPD berperspektif gender")
                .build(),
            GbsAction.builder()
                .description("Peningkatan kapasitas aparatur dalam perspektif gender")
                .output("Aparatur yang memahami dan menerapkan perspektif gender")
                .build())
        .budget(AMOUNT)
        .build();
  }

  private static TermsOfReference kak(Official head) {
    return TermsOfReference.builder()
        .id(KAK)
        .agency(DINAS)
        .fiscalYear(YEAR)
        .gbs(GBS)
        .subject(SUB)
        .addLegalBasis(
            "Inpres 9/2000",
            "Permendagri 15/2008",
            "Permendagri 67/2011",
            "Perda Kota Banjarbaru 4/2010")
        .background("Analisis situasi sesuai GBS " + GBS)
        .beneficiaries("Aparatur SKPD Kota Banjarbaru, perempuan dan laki-laki")
        .purpose(
            "Setiap kebijakan, program dan kegiatan Pemerintah Kota Banjarbaru berperspektif gender")
        .method("Rapat koordinasi Pokja PUG dan pendampingan penyusunan Renja SKPD")
        .responsibleOfficial(head)
        .cost(AMOUNT)
        .build();
  }
}
