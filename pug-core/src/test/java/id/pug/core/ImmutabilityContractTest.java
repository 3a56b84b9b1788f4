package id.pug.core;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyNameCatalog;
import id.pug.core.indicator.PublishedValues;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.region.RegionCatalog;
import id.pug.core.testing.ApiClasses;
import id.pug.core.testing.MainClasses;
import id.pug.core.testing.Samples;
import id.pug.core.testing.Samples.Base;
import id.pug.core.testing.Samples.ValueSample;
import id.pug.core.testing.ValueContract;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Immutability and {@code toString} of every public type of pug-core, found in the bytecode: no
 * mutable public state, no setters outside builders, collections handed out unmodifiable, and a
 * {@code toString} that names the value the same way for equal values.
 */
class ImmutabilityContractTest {

  static Stream<Class<?>> publicClasses() {
    return ApiClasses.of(MainClasses.ROOT).publicTypes().stream();
  }

  static Stream<ValueSample<?>> valueSamples() {
    return Samples.valueSamples().values().stream();
  }

  @Test
  void publicClasses_areFoundInTheBytecode() {
    assertThat(publicClasses().map(Class::getSimpleName))
        .contains("Rupiah", "RegionalPprgPlan", "IkgCalculator", "Regulation")
        .hasSizeGreaterThan(150);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicClasses")
  void publicClasses_haveNoMutablePublicState_andNoSetters(Class<?> type) {
    assertThat(ValueContract.structureProblems(type)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueSamples")
  void values_haveFinalFields_andUnmodifiableCollections(ValueSample<?> sample) {
    List<String> problems = new ArrayList<>();
    for (Base<?> base : sample.bases()) {
      problems.addAll(ValueContract.instanceProblems(base.create()));
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueSamples")
  void values_printWithoutSurprises(ValueSample<?> sample) {
    List<String> problems = new ArrayList<>();
    for (Base<?> base : sample.bases()) {
      problems.addAll(ValueContract.toStringProblems(base.create(), base.create()));
      for (String attribute : base.otherValues().keySet()) {
        problems.addAll(
            ValueContract.toStringProblems(base.variant(attribute), base.variant(attribute)));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void catalogues_handOutUnmodifiableCollections() {
    List<String> problems = new ArrayList<>();
    for (Object catalogue :
        List.of(
            RegionCatalog.kalimantan(),
            RegulationCatalog.shipped(),
            NomenclatureCatalog.shipped(),
            AgencyCatalog.kalimantan(),
            AgencyNameCatalog.shipped(),
            SourceRegistry.shipped(),
            PublishedValues.shipped())) {
      problems.addAll(ValueContract.instanceProblems(catalogue));
      problems.addAll(ValueContract.toStringProblems(catalogue, catalogue));
    }
    assertThat(problems).isEmpty();
  }
}
