package id.pug.core.pokja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.PugException;
import id.pug.core.planning.YearRange;
import id.pug.core.region.RegionCode;
import org.junit.jupiter.api.Test;

class ForumPuspaTest {

  /** Forum PUSPA Kalimantan Barat, confirmed for 2026–2028 in February 2026 (seed 000). */
  private static ForumPuspa.Builder kalbar() {
    return ForumPuspa.builder()
        .region(RegionCode.parse("61"))
        .name("Forum PUSPA Provinsi Kalimantan Barat")
        .term(YearRange.parse("2026-2028"));
  }

  @Test
  void sectorsWithoutMembers_ofAForumWithoutMembers_areTheSixMinimumSectors() {
    assertThat(kalbar().build().sectorsWithoutMembers())
        .containsExactly(
            ForumSector.PROFESSIONAL_BODY,
            ForumSector.BUSINESS,
            ForumSector.MEDIA,
            ForumSector.MASS_ORGANISATION,
            ForumSector.RELIGIOUS_ORGANISATION,
            ForumSector.ACADEMIA);
  }

  @Test
  void sectorsWithoutMembers_listsTheUncoveredSectorsInOrder() {
    ForumPuspa forum =
        kalbar()
            .addMembers(
                ForumMember.of("Gabungan Organisasi Wanita", ForumSector.MASS_ORGANISATION),
                ForumMember.of("Universitas Tanjungpura", ForumSector.ACADEMIA),
                ForumMember.of("Universitas lain", ForumSector.ACADEMIA),
                ForumMember.of("Lembaga penelitian", ForumSector.OTHER))
            .build();

    assertThat(forum.sectorsWithoutMembers())
        .containsExactly(
            ForumSector.PROFESSIONAL_BODY,
            ForumSector.BUSINESS,
            ForumSector.MEDIA,
            ForumSector.RELIGIOUS_ORGANISATION);
  }

  @Test
  void sectorsWithoutMembers_isEmptyWhenEveryMinimumSectorHasAMember_neverListsOther() {
    ForumPuspa.Builder forum = kalbar();
    for (ForumSector sector : ForumSector.values()) {
      if (sector != ForumSector.OTHER) {
        forum.addMember(ForumMember.of("Anggota " + sector.indonesian(), sector));
      }
    }

    assertThat(forum.build().sectorsWithoutMembers()).isEmpty();
  }

  @Test
  void build_rejectsABlankName() {
    assertThatThrownBy(() -> kalbar().name(" ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("name"))
        .hasMessageStartingWith("ForumPuspa.name must not be blank");
  }

  @Test
  void build_missingRegion_isAPugExceptionNamingTypeAndAttribute() {
    assertThatThrownBy(() -> ForumPuspa.builder().name("Forum PUSPA").build())
        .isExactlyInstanceOf(PugException.class)
        .hasMessageContaining("ForumPuspa")
        .hasMessageContaining("region");
  }
}
