package id.pug.core.pprg;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.Official;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureLevel;
import id.pug.core.planning.PerformanceIndicator;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Terms of reference for an activity (KAK, Kerangka Acuan Kegiatan; TOR): the general description
 * of a gender-responsive activity that the GBS is the basis of, attached to the RKA ({@code
 * domain.md} §4.5). No binding regional format exists ("belum ada format KAK yang baku dalam
 * regulasi"); the fields follow the regional "Tabel 8" format: programme, kegiatan, performance
 * indicators, background (legal basis and situation), beneficiaries, purpose, method, location,
 * implementer and person in charge, limits, schedule and cost.
 *
 * <p>Drafts may leave parts empty. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class TermsOfReference {
  TermsOfReference() {}

  /**
   * A builder for a KAK.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TermsOfReference}; required: id, agency and fiscal year. */
  public static final class Builder extends ImmutableTermsOfReference.Builder {
    Builder() {}
  }

  /**
   * The stable id.
   *
   * @return the id
   */
  public abstract KakId id();

  /**
   * The agency (SKPD).
   *
   * @return the agency's id in the plan
   */
  public abstract AgencyId agency();

  /**
   * The fiscal year.
   *
   * @return the year
   */
  public abstract Year fiscalYear();

  /**
   * The GBS the KAK is based on.
   *
   * @return the GBS's id
   */
  public abstract Optional<GbsId> gbs();

  /**
   * The kegiatan or sub-kegiatan described.
   *
   * @return a kegiatan- or sub-kegiatan-level code
   */
  public abstract Optional<NomenclatureCode> subject();

  /**
   * Performance indicators of the activity (output, outcome).
   *
   * @return the indicators
   */
  public abstract ImmutableList<PerformanceIndicator> indicators();

  /**
   * Landasan hukum: the legal basis, as cited (parse with {@code RegulationCatalog.parseCitation}).
   *
   * @return the citations as written
   */
  public abstract ImmutableList<String> legalBasis();

  /**
   * Latar belakang / gambaran umum: the background, usually the GBS situation analysis.
   *
   * @return the background
   */
  public abstract Optional<String> background();

  /**
   * Penerima manfaat: the beneficiaries, by sex where known.
   *
   * @return the beneficiaries
   */
  public abstract Optional<String> beneficiaries();

  /**
   * Maksud dan tujuan: the purpose.
   *
   * @return the purpose
   */
  public abstract Optional<String> purpose();

  /**
   * Cara pelaksanaan: stages and method, ensuring open access and participation for women, men and
   * vulnerable groups.
   *
   * @return the method
   */
  public abstract Optional<String> method();

  /**
   * Lokasi: where.
   *
   * @return the location
   */
  public abstract Optional<String> location();

  /**
   * Pelaksana: who carries it out.
   *
   * @return the implementer
   */
  public abstract Optional<String> implementer();

  /**
   * Penanggung jawab: the official in charge (name, NIP).
   *
   * @return the official
   */
  public abstract Optional<Official> responsibleOfficial();

  /**
   * Batasan kegiatan: the limits of the activity.
   *
   * @return the limits
   */
  public abstract Optional<String> limits();

  /**
   * Jadwal: the first month.
   *
   * @return the start
   */
  public abstract Optional<YearMonth> start();

  /**
   * Jadwal: the last month.
   *
   * @return the end, not before the start
   */
  public abstract Optional<YearMonth> end();

  /**
   * Biaya: the cost.
   *
   * @return the amount
   */
  public abstract Optional<Rupiah> cost();

  @Value.Check
  void check() {
    subject()
        .ifPresent(
            s ->
                InvalidValueException.check(
                    s.level() == NomenclatureLevel.KEGIATAN
                        || s.level() == NomenclatureLevel.SUB_KEGIATAN,
                    TermsOfReference.class,
                    "subject",
                    s,
                    "be a kegiatan or sub-kegiatan code"));
    InvalidValueException.checkNoneBlank(TermsOfReference.class, "legalBasis", legalBasis());
    for (var field :
        com.google.common.collect.ImmutableMap.of(
                "background", background(),
                "beneficiaries", beneficiaries(),
                "purpose", purpose(),
                "method", method(),
                "location", location(),
                "implementer", implementer(),
                "limits", limits())
            .entrySet()) {
      InvalidValueException.checkNotBlank(TermsOfReference.class, field.getKey(), field.getValue());
    }
    if (start().isPresent() && end().isPresent()) {
      InvalidValueException.check(
          !end().get().isBefore(start().get()),
          TermsOfReference.class,
          "end",
          end().get(),
          "not be before the start " + start().get());
    }
    Rupiah.checkNotNegative(TermsOfReference.class, "cost", cost());
  }

  /**
   * The id and subject.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "KAK " + id() + subject().map(s -> " on " + s).orElse("");
  }
}
