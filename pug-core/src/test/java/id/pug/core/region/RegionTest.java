package id.pug.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.testing.Samples;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RegionTest {

  private static Region.Builder palangkaraya() {
    return Region.builder()
        .code(RegionCode.parse("62.71"))
        .level(RegionLevel.CITY)
        .name("Kota Palangkaraya")
        .addSource(Samples.source());
  }

  @Test
  void builder_buildsAKota() {
    Region region = palangkaraya().addAlias("KOTA PALANGKARAYA").districtCount(5).build();

    assertThat(region.code()).isEqualTo(RegionCode.parse("62.71"));
    assertThat(region.parent()).contains(RegionCode.parse("62"));
    assertThat(region.governmentLevel()).isEqualTo(GovernmentLevel.REGENCY_CITY);
    assertThat(region.aliases()).containsExactly("KOTA PALANGKARAYA");
    assertThat(region.districtCount()).hasValue(5);
    assertThat(region.population()).isEmpty();
  }

  @Test
  void builder_buildsAProvince() {
    Region region =
        Region.builder()
            .code(RegionCode.parse("62"))
            .level(RegionLevel.PROVINCE)
            .name("Kalimantan Tengah")
            .addSource(Samples.source())
            .build();

    assertThat(region.parent()).isEmpty();
    assertThat(region.governmentLevel()).isEqualTo(GovernmentLevel.PROVINCE);
  }

  @Test
  void builder_rejectsAProvinceLevelForAKabKotaCode() {
    assertThatThrownBy(() -> palangkaraya().level(RegionLevel.PROVINCE).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Region.level")
        .hasMessageContaining("PROVINCE");
  }

  @Test
  void builder_rejectsAKabupatenLevelForAProvinceCode() {
    assertThatThrownBy(() -> palangkaraya().code(RegionCode.parse("62")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Region.level")
        .hasMessageContaining("CITY");
  }

  @Test
  void builder_rejectsABlankName() {
    assertThatThrownBy(() -> palangkaraya().name(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Region.name")
        .hasMessageContaining("\" \"");
  }

  @Test
  void builder_rejectsABlankAlias() {
    assertThatThrownBy(() -> palangkaraya().addAlias("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Region.aliases");
  }

  @Test
  void builder_rejectsNegativeCounts() {
    assertThatThrownBy(() -> palangkaraya().villageCount(-1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Region.villageCount")
        .hasMessageContaining("-1");
  }

  @Test
  void builder_rejectsANegativeDistrictCount() {
    assertThatThrownBy(() -> palangkaraya().districtCount(-1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Region.districtCount must be at least 0, was -1");
  }

  @Test
  void builder_rejectsANegativeUrbanVillageCount() {
    assertThatThrownBy(() -> palangkaraya().urbanVillageCount(-3).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Region.urbanVillageCount must be at least 0, was -3");
  }

  @Test
  void builder_acceptsCountsOfZero() {
    // Kota Palangkaraya has no desa, only kelurahan.
    Region region = palangkaraya().districtCount(0).villageCount(0).urbanVillageCount(0).build();

    assertThat(region.districtCount()).hasValue(0);
    assertThat(region.villageCount()).hasValue(0);
    assertThat(region.urbanVillageCount()).hasValue(0);
  }

  @Test
  void builder_rejectsANonPositiveArea() {
    assertThatThrownBy(() -> palangkaraya().areaKm2(BigDecimal.ZERO).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Region.areaKm2");
  }

  @Test
  void builder_rejectsNoSource() {
    assertThatThrownBy(
            () ->
                Region.builder()
                    .code(RegionCode.parse("62.71"))
                    .level(RegionLevel.CITY)
                    .name("Kota Palangkaraya")
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Region.sources");
  }

  @Test
  void builder_missingRequiredAttributes_namesTypeAndAttributes() {
    assertThatThrownBy(() -> Region.builder().name("Kota Palangkaraya").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("Region")
        .hasMessageContaining("code")
        .hasMessageContaining("level");
  }

  @Test
  void builder_rejectsNullAttributes() {
    assertThatThrownBy(() -> Region.builder().name(nullString()))
        .isInstanceOf(NullPointerException.class);
  }

  @SuppressWarnings("NullAway")
  private static String nullString() {
    return null;
  }
}
