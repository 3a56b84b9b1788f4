package id.pug.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.agency.AgencyId;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.testing.Samples;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetLineTest {

  /** Sub-kegiatan 2.08.02.2.01.02 with its ceiling in source S9 (Rp100.000.000). */
  private static BudgetLine.Builder line() {
    return BudgetLine.builder()
        .id(BudgetLineId.of("12345"))
        .fiscalYear(Year.of(2025))
        .agency(AgencyId.of("dp3appkb"))
        .subActivity(NomenclatureCode.parse("2.08.02.2.01.02"))
        .amount(Rupiah.of(100_000_000));
  }

  @Test
  void build_anUntaggedLine() {
    BudgetLine line = line().build();

    assertThat(line.amount()).isEqualTo(Rupiah.of(100_000_000));
    assertThat(line.isTagged()).isFalse();
    assertThat(line.argTag()).isEmpty();
    assertThat(line.fundingSources()).isEmpty();
    assertThat(line.locations()).isEmpty();
    assertThat(line.outputIndicator()).isEmpty();
  }

  @Test
  void isTagged_withAnArgTag() {
    assertThat(Samples.budgetLine().isTagged()).isTrue();
    assertThat(
            line()
                .argTag(ArgTag.builder().category(ArgCategory.EQUALITY).build())
                .build()
                .isTagged())
        .isTrue();
  }

  @Test
  void build_rejectsANegativeAmount() {
    assertThatThrownBy(() -> line().amount(Rupiah.of(-5)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("BudgetLine");
              assertThat(e.field()).contains("amount");
              assertThat(e.rejectedValue()).isEqualTo("-Rp5");
            })
        .hasMessageStartingWith("BudgetLine.amount must be >= 0, was -Rp5");
  }

  @Test
  void build_acceptsAZeroAmount() {
    assertThat(line().amount(Rupiah.ZERO).build().amount().isZero()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.08.02.2.01", "2.08.02", "2.08", "2"})
  void build_rejectsACodeThatIsNotASubKegiatan(String code) {
    assertThatThrownBy(() -> line().subActivity(NomenclatureCode.parse(code)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("subActivity"))
        .hasMessage("BudgetLine.subActivity must be a sub_kegiatan code, was " + code);
  }

  @Test
  void build_rejectsAnOutputIndicatorOfAnotherLevel() {
    assertThatThrownBy(() -> line().outputIndicator(Samples.resultIndicator()).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("outputIndicator"))
        .hasMessage(
            "BudgetLine.outputIndicator must be an OUTPUT (keluaran) indicator, was"
                + " \"Jumlah kegiatan pelembagaan PUG (RESULT)\"");
    assertThatThrownBy(() -> line().outputIndicator(Samples.performanceIndicator()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageEndingWith("(OUTCOME)\"");
  }

  @Test
  void build_acceptsFundingSourcesThatDoNotAddUp() {
    // A rule reports it; it is not a construction error.
    BudgetLine line =
        line().addFundingSource(FundingSource.of("Dana Alokasi Umum", Rupiah.of(1))).build();

    assertThat(Rupiah.sum(line.fundingSources().stream().map(FundingSource::amount).toList()))
        .isNotEqualTo(line.amount());
  }

  @Test
  void build_rejectsABlankName() {
    assertThatThrownBy(() -> line().name(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("BudgetLine.name must not be blank");
  }

  @Test
  void build_missingRequiredAttributes_isAPugExceptionNamingTypeAndAttributes() {
    assertThatThrownBy(() -> BudgetLine.builder().name("x").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("BudgetLine")
        .hasMessageContaining("id")
        .hasMessageContaining("fiscalYear")
        .hasMessageContaining("agency")
        .hasMessageContaining("subActivity")
        .hasMessageContaining("amount");
  }

  @Test
  void toString_idCodeAndAmount() {
    assertThat(line().build().toString())
        .isEqualTo("BudgetLine 12345 2.08.02.2.01.02 Rp100.000.000");
  }
}
