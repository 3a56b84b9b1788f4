package id.pug.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegionLevelTest {

  @ParameterizedTest
  @EnumSource(RegionLevel.class)
  void parseIndonesian_readsItsOwnTerm(RegionLevel level) {
    assertThat(RegionLevel.parseIndonesian(level.indonesian())).isEqualTo(level);
  }

  @Test
  void governmentLevel_putsKabupatenAndKotaInOneTier() {
    assertThat(RegionLevel.PROVINCE.governmentLevel()).isEqualTo(GovernmentLevel.PROVINCE);
    assertThat(RegionLevel.REGENCY.governmentLevel()).isEqualTo(GovernmentLevel.REGENCY_CITY);
    assertThat(RegionLevel.CITY.governmentLevel()).isEqualTo(GovernmentLevel.REGENCY_CITY);
  }

  @Test
  void parseIndonesian_rejectsOtherText() {
    assertThatThrownBy(() -> RegionLevel.parseIndonesian("Kabupaten"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("RegionLevel")
        .hasMessageContaining("\"Kabupaten\"");
  }
}
