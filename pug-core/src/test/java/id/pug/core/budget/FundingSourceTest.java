package id.pug.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.money.Rupiah;
import org.junit.jupiter.api.Test;

class FundingSourceTest {

  @Test
  void of_nameAndAmount() {
    FundingSource source = FundingSource.of("Dana Alokasi Umum", Rupiah.of(70_590_400));

    assertThat(source.name()).isEqualTo("Dana Alokasi Umum");
    assertThat(source.amount()).isEqualTo(Rupiah.of(70_590_400));
    assertThat(source.code()).isEmpty();
  }

  @Test
  void of_acceptsZero() {
    assertThat(FundingSource.of("Dana Alokasi Umum", Rupiah.ZERO).amount()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void of_rejectsANegativeAmount() {
    assertThatThrownBy(() -> FundingSource.of("Dana Alokasi Umum", Rupiah.of(-1)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("FundingSource");
              assertThat(e.field()).contains("amount");
            })
        .hasMessage("FundingSource.amount must be >= 0, was -Rp1");
  }

  @Test
  void build_rejectsBlankText() {
    assertThatThrownBy(() -> FundingSource.of(" ", Rupiah.ZERO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("FundingSource.name must not be blank");
    assertThatThrownBy(
            () -> FundingSource.builder().code("").name("DAU").amount(Rupiah.ZERO).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("FundingSource.code must not be blank");
  }

  @Test
  void build_missingRequiredAttributes_isAPugExceptionNamingTypeAndAttributes() {
    assertThatThrownBy(() -> FundingSource.builder().code("1.01").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("FundingSource")
        .hasMessageContaining("name")
        .hasMessageContaining("amount");
  }
}
