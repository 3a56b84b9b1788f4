package id.pug.core.pokja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ForumMemberTest {

  @Test
  void of_nameAndSector() {
    ForumMember member =
        ForumMember.of("Gabungan Organisasi Wanita", ForumSector.MASS_ORGANISATION);

    assertThat(member.name()).isEqualTo("Gabungan Organisasi Wanita");
    assertThat(member.sector()).isEqualTo(ForumSector.MASS_ORGANISATION);
  }

  @Test
  void of_rejectsABlankName() {
    assertThatThrownBy(() -> ForumMember.of(" ", ForumSector.MEDIA))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.typeName()).isEqualTo("ForumMember");
              assertThat(e.field()).contains("name");
            })
        .hasMessage("ForumMember.name must not be blank, was \" \"");
  }

  // domain.md §7.3: the minimum membership KemenPPPA's Asdep named in 2019, plus others.
  @Test
  void sectors_theMinimumMembershipThenOthers() {
    assertThat(ForumSector.values())
        .extracting(ForumSector::indonesian)
        .containsExactly(
            "lembaga profesi",
            "dunia usaha",
            "media cetak dan elektronik",
            "organisasi kemasyarakatan",
            "organisasi keagamaan",
            "akademisi",
            "lainnya");
  }
}
