package id.pug.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgCategoryTest {

  // domain.md §5.1 (Juklak PPRG p.33): the three categories, in order.
  @Test
  void theThreeCategories_inTheJuklakWording() {
    assertThat(ArgCategory.values())
        .extracting(ArgCategory::indonesian)
        .containsExactly(
            "Anggaran khusus target gender",
            "Anggaran kesetaraan gender",
            "Anggaran pelembagaan kesetaraan gender");
    assertThat(ArgCategory.values())
        .containsExactly(
            ArgCategory.SPECIFIC_TARGET, ArgCategory.EQUALITY, ArgCategory.INSTITUTIONALISATION);
  }
}
