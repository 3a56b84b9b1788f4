package id.pug.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import id.pug.core.law.RegulationId;
import id.pug.core.nomenclature.NomenclatureCode;
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
}
