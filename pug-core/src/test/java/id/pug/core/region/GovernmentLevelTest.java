package id.pug.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class GovernmentLevelTest {

  @Test
  void digit_isTheNomenclatureLevelDigit() {
    assertThat(GovernmentLevel.PROVINCE.digit()).isEqualTo(1);
    assertThat(GovernmentLevel.REGENCY_CITY.digit()).isEqualTo(2);
    assertThat(GovernmentLevel.ofDigit(1)).isEqualTo(GovernmentLevel.PROVINCE);
    assertThat(GovernmentLevel.ofDigit(2)).isEqualTo(GovernmentLevel.REGENCY_CITY);
    assertThatThrownBy(() -> GovernmentLevel.ofDigit(3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("GovernmentLevel.digit")
        .hasMessageContaining("3");
  }
}
