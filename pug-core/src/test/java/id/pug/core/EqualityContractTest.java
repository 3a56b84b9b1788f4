package id.pug.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import id.pug.core.agency.AgencyId;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.law.RegulationId;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.planning.PlanningDocumentId;
import id.pug.core.pokja.ActionPlanId;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.KakId;
import id.pug.core.region.RegionCode;
import id.pug.core.testing.MainClasses;
import id.pug.core.testing.Samples;
import id.pug.core.testing.Samples.Base;
import id.pug.core.testing.Samples.ValueSample;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The equality contract of every value type: equal copies built twice are equal (with equal hash
 * codes), and changing any one attribute makes them unequal.
 *
 * <p>The value types are found in the bytecode, so a new type, or a new attribute of an existing
 * type, fails this test until {@link Samples#valueSamples()} covers it.
 */
class EqualityContractTest {

  static Stream<ValueSample<?>> valueSamples() {
    return Samples.valueSamples().values().stream();
  }

  @Test
  void valueTypes_areFoundInTheBytecode() {
    // Guards the discovery itself: if it found nothing, the coverage test below would pass
    // vacuously.
    assertThat(MainClasses.valueTypes())
        .extracting(c -> c.getSimpleName())
        .contains("Regulation", "Region", "Pinpoint", "Citation", "Source", "NomenclatureVersion");
  }

  @Test
  void everyPublicValueType_hasASample() {
    Set<String> discovered = new TreeSet<>();
    MainClasses.valueTypes().forEach(c -> discovered.add(c.getName()));
    Set<String> sampled = new TreeSet<>();
    Samples.valueSamples().keySet().forEach(c -> sampled.add(c.getName()));
    assertThat(sampled)
        .as("Samples.valueSamples() must cover every public value type of pug-core")
        .isEqualTo(discovered);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueSamples")
  void equalsAndHashCode_holdForCopiesAndBreakForEachChangedAttribute(ValueSample<?> sample) {
    EqualsTester tester = new EqualsTester();
    for (Base<?> base : sample.bases()) {
      tester.addEqualityGroup(base.create(), base.create());
      for (String attribute : base.otherValues().keySet()) {
        tester.addEqualityGroup(base.variant(attribute));
      }
    }
    tester.testEquals();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueSamples")
  void samples_varyEveryAttributeExactlyOnce(ValueSample<?> sample) {
    Set<String> attributes = new TreeSet<>();
    for (Base<?> base : sample.bases()) {
      Object value = base.create();
      assertThat(value).isInstanceOf(sample.type());
      ImmutableSet<String> all = Samples.attributesOf(value);
      attributes.addAll(all);
      for (String attribute : base.otherValues().keySet()) {
        assertThat(all).as("attributes of %s", sample).contains(attribute);
        Object variant = base.variant(attribute);
        for (String each : all) {
          boolean same = Objects.equals(Samples.get(value, each), Samples.get(variant, each));
          assertThat(same)
              .as("%s variant for %s: attribute %s unchanged?", sample, attribute, each)
              .isEqualTo(!each.equals(attribute));
        }
      }
    }
    assertThat(sample.variedAttributes())
        .as("attributes of %s that some sample base gives another value for", sample)
        .containsExactlyInAnyOrderElementsOf(attributes);
  }

  @Test
  void regionCode_equalityFollowsTheCode() {
    new EqualsTester()
        .addEqualityGroup(RegionCode.parse("62.71"), RegionCode.parse("62.71"))
        .addEqualityGroup(RegionCode.parse("62"), RegionCode.parse("62.71").province())
        .addEqualityGroup(RegionCode.parse("62.01"))
        .addEqualityGroup(RegionCode.parse("61.71"))
        .testEquals();
  }

  @Test
  void regulationId_equalityFollowsTheId() {
    new EqualsTester()
        .addEqualityGroup(RegulationId.of("inpres-9-2000"), RegulationId.of("inpres-9-2000"))
        .addEqualityGroup(RegulationId.of("inpres-9-2001"))
        .addEqualityGroup(RegulationId.of("permendagri-15-2008"))
        .testEquals();
  }

  @Test
  void nomenclatureCode_equalityFollowsTheCanonicalCode() {
    new EqualsTester()
        .addEqualityGroup(
            NomenclatureCode.parse("2.08.02.2.01.0001"),
            NomenclatureCode.parse("2.08.02.02.01.0001"))
        .addEqualityGroup(NomenclatureCode.parse("2.08.02.2.01.01"))
        .addEqualityGroup(NomenclatureCode.parse("2.08.02.1.01.01"))
        .addEqualityGroup(
            NomenclatureCode.parse("2.08.02.2.01"),
            NomenclatureCode.parse("2.08.02.2.01.01").parent().orElseThrow())
        .addEqualityGroup(NomenclatureCode.parse("2.08"))
        .addEqualityGroup(NomenclatureCode.parse("2.14"))
        .addEqualityGroup(NomenclatureCode.parse("2"))
        .testEquals();
  }

  @Test
  void planIdentifiers_equalityFollowsTheText() {
    new EqualsTester()
        .addEqualityGroup(AgencyId.of("dp3appkb"), AgencyId.of("dp3appkb"))
        .addEqualityGroup(AgencyId.of("bapperida"))
        .addEqualityGroup(AgencyId.of("DP3APPKB"))
        .addEqualityGroup(BudgetLineId.of("bl-1"), BudgetLineId.of("bl-1"))
        .addEqualityGroup(BudgetLineId.of("bl-2"))
        .addEqualityGroup(GapId.of("gap-1"), GapId.of("gap-1"))
        .addEqualityGroup(GapId.of("gap-2"))
        .addEqualityGroup(GbsId.of("gbs-1"), GbsId.of("gbs-1"))
        .addEqualityGroup(GbsId.of("gbs-2"))
        .addEqualityGroup(KakId.of("kak-1"), KakId.of("kak-1"))
        .addEqualityGroup(KakId.of("kak-2"))
        .addEqualityGroup(PlanningDocumentId.of("renja-1"), PlanningDocumentId.of("renja-1"))
        .addEqualityGroup(PlanningDocumentId.of("renja-2"))
        .addEqualityGroup(ActionPlanId.of("rad-1"), ActionPlanId.of("rad-1"))
        .addEqualityGroup(ActionPlanId.of("rad-2"))
        .testEquals();
  }

  @Test
  void identifiersOfDifferentClasses_withTheSameText_areNotEqual() {
    // Each group holds one class: EqualsTester checks every pair of groups is unequal.
    new EqualsTester()
        .addEqualityGroup(GapId.of("x"), GapId.of("x"))
        .addEqualityGroup(GbsId.of("x"), GbsId.of("x"))
        .addEqualityGroup(KakId.of("x"))
        .addEqualityGroup(AgencyId.of("x"))
        .addEqualityGroup(BudgetLineId.of("x"))
        .addEqualityGroup(PlanningDocumentId.of("x"))
        .addEqualityGroup(ActionPlanId.of("x"))
        .addEqualityGroup(RegulationId.of("x"))
        .testEquals();
    assertThat((Object) GapId.of("x")).isNotEqualTo(GbsId.of("x"));
    assertThat(GapId.of("x").value()).isEqualTo(GbsId.of("x").value());
  }

  @Test
  void rupiah_equalityFollowsTheAmount() {
    new EqualsTester()
        .addEqualityGroup(Rupiah.of(5_000), Rupiah.parse("Rp5.000"), Rupiah.parse("5000"))
        .addEqualityGroup(Rupiah.ZERO, Rupiah.of(0), Rupiah.parse("0"), Rupiah.parse("-0"))
        .addEqualityGroup(Rupiah.of(-5_000), Rupiah.parse("-Rp5.000"))
        .addEqualityGroup(Rupiah.of(Long.MAX_VALUE))
        .addEqualityGroup(Rupiah.of(-Long.MAX_VALUE))
        .testEquals();
  }
}
