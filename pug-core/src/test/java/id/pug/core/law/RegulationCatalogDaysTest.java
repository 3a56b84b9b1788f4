package id.pug.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import id.pug.core.law.Regulation.DeclaredStatus;
import id.pug.core.region.RegionCatalog;
import id.pug.core.testing.Samples;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RegulationCatalog#statusOn} on the days around a change, for instruments the shipped
 * catalogue does not have: a replacement or amendment with a known day, an instrument whose end is
 * known only by year, and unconfirmed dates of a replacement or amendment. Each day is checked on
 * both sides of the boundary.
 */
class RegulationCatalogDaysTest {
  private static final RegionCatalog REGIONS = RegionCatalog.kalimantan();

  private static Regulation.Builder inpres(String id, int year) {
    return Regulation.builder()
        .id(RegulationId.of(id))
        .type(RegulationType.INPRES)
        .number(id.split("-")[1])
        .year(Year.of(year))
        .issuer("Presiden Republik Indonesia")
        .declaredStatus(DeclaredStatus.IN_FORCE)
        .scope("x")
        .addSource(Samples.urlSource());
  }

  private static LegalStatus status(RegulationCatalog catalog, Regulation r, String day) {
    return catalog.statusOn(r.id(), LocalDate.parse(day));
  }

  @Test
  void replacementWithAKnownDay_endsTheReplacedInstrumentOnThatDay() {
    Regulation old =
        inpres("inpres-1-2010", 2010).declaredStatus(DeclaredStatus.NO_LONGER_IN_FORCE).build();
    Regulation replacement =
        inpres("inpres-2-2012", 2012)
            .effective(LocalDate.of(2012, 3, 1))
            .addReplaces(old.id())
            .build();
    RegulationCatalog catalog = RegulationCatalog.of(List.of(old, replacement), REGIONS);

    LegalStatus before = status(catalog, old, "2012-02-29");
    LegalStatus on = status(catalog, old, "2012-03-01");

    assertThat(before.state()).isEqualTo(LegalState.IN_FORCE);
    assertThat(before.replacedBy()).contains(replacement.id());
    assertThat(on.state()).isEqualTo(LegalState.NO_LONGER_IN_FORCE);
    assertThat(on.reason()).isEqualTo("replaced by Inpres 2/2012, in force from 2012-03-01");
    assertThat(on.confirmed()).isTrue();
  }

  @Test
  void replacementWithUnconfirmedDates_leavesItsYearUnconfirmed() {
    Regulation old =
        inpres("inpres-1-2010", 2010).declaredStatus(DeclaredStatus.NO_LONGER_IN_FORCE).build();
    Regulation replacement =
        inpres("inpres-2-2012", 2012)
            .addReplaces(old.id())
            .addUnconfirmed(RegulationAttribute.DATES)
            .build();
    RegulationCatalog catalog = RegulationCatalog.of(List.of(old, replacement), REGIONS);

    LegalStatus during = status(catalog, old, "2012-06-01");
    LegalStatus after = status(catalog, old, "2013-01-01");

    assertThat(during.state()).isEqualTo(LegalState.UNDETERMINED);
    assertThat(during.confirmed()).isFalse();
    assertThat(after.state()).isEqualTo(LegalState.NO_LONGER_IN_FORCE);
    assertThat(after.confirmed()).isTrue();
  }

  @Test
  void endKnownOnlyByYear_isUndeterminedThatYearAndOverAfterIt() {
    Regulation ended =
        inpres("inpres-3-2010", 2010)
            .declaredStatus(DeclaredStatus.NO_LONGER_IN_FORCE)
            .ended(Year.of(2015))
            .build();
    RegulationCatalog catalog = RegulationCatalog.of(List.of(ended), REGIONS);

    LegalStatus lastDay = status(catalog, ended, "2014-12-31");
    LegalStatus endYear = status(catalog, ended, "2015-01-01");
    LegalStatus endYearLastDay = status(catalog, ended, "2015-12-31");
    LegalStatus after = status(catalog, ended, "2016-01-01");

    assertThat(lastDay.state()).isEqualTo(LegalState.IN_FORCE);
    assertThat(endYear.state()).isEqualTo(LegalState.UNDETERMINED);
    assertThat(endYear.reason()).isEqualTo("no longer in force from 2015; the day is not known");
    assertThat(endYearLastDay.state()).isEqualTo(LegalState.UNDETERMINED);
    assertThat(after.state()).isEqualTo(LegalState.NO_LONGER_IN_FORCE);
    assertThat(after.reason()).isEqualTo("no longer in force from 2015");
  }

  @Test
  void amendmentWithAKnownDay_countsFromThatDay() {
    Regulation base = inpres("inpres-4-2010", 2010).build();
    Regulation amendment =
        inpres("inpres-5-2013", 2013)
            .effective(LocalDate.of(2013, 5, 10))
            .addAmends(base.id())
            .build();
    RegulationCatalog catalog = RegulationCatalog.of(List.of(base, amendment), REGIONS);

    assertThat(status(catalog, base, "2013-05-09").amendedBy()).isEmpty();
    assertThat(status(catalog, base, "2013-05-10").amendedBy()).containsExactly(amendment.id());
  }

  @Test
  void amendmentWithoutAKnownDay_countsFromTheFirstDayOfItsYear_unconfirmedThatYear() {
    Regulation base = inpres("inpres-4-2010", 2010).build();
    Regulation amendment =
        inpres("inpres-5-2013", 2013)
            .addAmends(base.id())
            .addUnconfirmed(RegulationAttribute.DATES)
            .build();
    RegulationCatalog catalog = RegulationCatalog.of(List.of(base, amendment), REGIONS);

    LegalStatus yearBefore = status(catalog, base, "2012-12-31");
    LegalStatus firstDay = status(catalog, base, "2013-01-01");
    LegalStatus nextYear = status(catalog, base, "2014-01-01");

    assertThat(yearBefore.amendedBy()).isEmpty();
    assertThat(yearBefore.confirmed()).isTrue();
    assertThat(firstDay.amendedBy()).containsExactly(amendment.id());
    assertThat(firstDay.state()).isEqualTo(LegalState.IN_FORCE);
    assertThat(firstDay.confirmed()).isFalse();
    assertThat(nextYear.confirmed()).isTrue();
  }

  @Test
  void boundaryYears_areAccepted_oneBeyondIsNot() {
    assertThat(inpres("inpres-6-1945", 1945).build().year()).isEqualTo(Year.of(1945));
    assertThat(inpres("inpres-6-2100", 2100).build().year()).isEqualTo(Year.of(2100));
    assertThatThrownBy(() -> inpres("inpres-6-1944", 1944).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Regulation.year");
    assertThatThrownBy(() -> inpres("inpres-6-2101", 2101).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Regulation.year");
  }

  @Test
  void expiryAndEnd_inTheYearOfIssue_areAccepted_theYearBeforeIsNot() {
    Regulation expiring = inpres("inpres-7-2010", 2010).expires(LocalDate.of(2010, 1, 1)).build();
    Regulation ended =
        inpres("inpres-8-2010", 2010)
            .declaredStatus(DeclaredStatus.NO_LONGER_IN_FORCE)
            .ended(Year.of(2010))
            .build();

    assertThat(expiring.expires()).contains(LocalDate.of(2010, 1, 1));
    assertThat(ended.ended()).contains(Year.of(2010));
    assertThatThrownBy(
            () -> inpres("inpres-7-2010", 2010).expires(LocalDate.of(2009, 12, 31)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Regulation.expires");
    assertThatThrownBy(
            () ->
                inpres("inpres-8-2010", 2010)
                    .declaredStatus(DeclaredStatus.NO_LONGER_IN_FORCE)
                    .ended(Year.of(2009))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Regulation.ended");
  }
}
