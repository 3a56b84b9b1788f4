package id.pug.core.law;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.testing.Samples;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalStatusTest {

  @Test
  void isInForce_onlyForTheInForceState() {
    RegulationCatalog catalog = Samples.regulationCatalog();

    LegalStatus inForce = catalog.statusOn(Samples.regulationId(), LocalDate.of(2012, 1, 1));
    LegalStatus undetermined = catalog.statusOn(Samples.regulationId(), LocalDate.of(2008, 6, 1));
    LegalStatus notYet = catalog.statusOn(Samples.regulationId(), LocalDate.of(2007, 6, 1));
    LegalStatus replaced =
        catalog.statusOn(RegulationId.of("kepmendagri-132-2003"), LocalDate.of(2009, 1, 1));

    assertThat(inForce.state()).isEqualTo(LegalState.IN_FORCE);
    assertThat(inForce.isInForce()).isTrue();
    assertThat(undetermined.state()).isEqualTo(LegalState.UNDETERMINED);
    assertThat(undetermined.isInForce()).isFalse();
    assertThat(notYet.state()).isEqualTo(LegalState.NOT_YET_IN_FORCE);
    assertThat(notYet.isInForce()).isFalse();
    assertThat(replaced.state()).isEqualTo(LegalState.NO_LONGER_IN_FORCE);
    assertThat(replaced.isInForce()).isFalse();
  }

  @Test
  void amendedBy_andReason_describeTheAmendment() {
    LegalStatus status = Samples.legalStatus();

    assertThat(status.regulation()).isEqualTo(Samples.regulationId());
    assertThat(status.date()).isEqualTo(Samples.date());
    assertThat(status.amendedBy()).containsExactly(RegulationId.of("permendagri-67-2011"));
    assertThat(status.replacedBy()).isEmpty();
    assertThat(status.confirmed()).isTrue();
    assertThat(status.reason()).contains("Permendagri 67/2011");
  }
}
