package id.pug.core.law;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.provenance.Source;
import id.pug.core.region.RegionCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A legal instrument (peraturan, keputusan, instruksi or surat edaran) cited by pug: its type,
 * number, year, title, issuer, dates, declared status, amendment links and sources.
 *
 * <p>The number is text, exactly as written: {@code "15"}, {@code "93/PMK.02"}, {@code
 * "270/M.PPN/11/2012"}. What no source confirms is listed in {@link #unconfirmed()}. Whether an
 * instrument is in force on a date depends on the other instruments that amend or replace it: ask
 * the {@link RegulationCatalog#statusOn catalogue}.
 *
 * <p>Build one with {@link #builder()}; the shipped ones come from {@link
 * RegulationCatalog#shipped()}. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Regulation {
  Regulation() {}

  /**
   * A builder for a regulation.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Regulation}; required: id, type, number, year, issuer, declared status, scope
   * and at least one source; ministry for ministerial and jurisdiction for regional instruments.
   */
  public static final class Builder extends ImmutableRegulation.Builder {
    Builder() {}
  }

  /**
   * What the sources say of an instrument's validity, before amendment links and dates are taken
   * into account.
   */
  public enum DeclaredStatus {
    /** No revocation found: in force, as amended by any instrument that amends it. */
    IN_FORCE,
    /**
     * No longer in force: revoked, replaced or superseded (by an instrument the catalogue may not
     * hold).
     */
    NO_LONGER_IN_FORCE
  }

  /**
   * The stable id.
   *
   * @return for example {@code permendagri-15-2008}
   */
  public abstract RegulationId id();

  /**
   * The kind of instrument.
   *
   * @return the type
   */
  public abstract RegulationType type();

  /**
   * The issuing ministry, for ministerial instruments (and optionally a circular).
   *
   * @return the ministry
   */
  public abstract Optional<Ministry> ministry();

  /**
   * The issuing region, for regional instruments, as written: {@code "Provinsi Kalimantan Tengah"}.
   *
   * @return the jurisdiction
   */
  public abstract Optional<String> jurisdiction();

  /**
   * The issuing region's code, when the region is in pug's shipped region list.
   *
   * @return the region code
   */
  public abstract Optional<RegionCode> region();

  /**
   * The number, exactly as written.
   *
   * @return for example {@code "15"}, {@code "93/PMK.02"}, {@code "270/M.PPN/11/2012"}
   */
  public abstract String number();

  /**
   * Further numbers of the same instrument: each signatory of a joint circular numbers it in its
   * own series.
   *
   * @return the other numbers, possibly empty
   */
  public abstract ImmutableList<String> otherNumbers();

  /**
   * The year of issue.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The exact Indonesian title, when a source gives it.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * Who issued it, in Indonesian.
   *
   * @return for example {@code "Menteri Dalam Negeri"}
   */
  public abstract String issuer();

  /**
   * The date of issue (ditetapkan), when a source gives the day.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> issued();

  /**
   * The date it took effect (mulai berlaku), when stated separately from the date of issue.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> effective();

  /**
   * The last day of validity by its own terms, for instruments with a fixed period (RPJMN
   * 2020–2024).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> expires();

  /**
   * Ids of instruments this one amends (mengubah); the amended ones stay in force as amended.
   *
   * @return the amended instruments
   */
  public abstract ImmutableSet<RegulationId> amends();

  /**
   * Ids of instruments this one revokes and replaces (mencabut dan mengganti).
   *
   * @return the replaced instruments
   */
  public abstract ImmutableSet<RegulationId> replaces();

  /**
   * What the sources say of its validity.
   *
   * @return the declared status
   */
  public abstract DeclaredStatus declaredStatus();

  /**
   * For an instrument no longer in force and not replaced by a catalogued one: the year it ended,
   * when known.
   *
   * @return the year
   */
  public abstract Optional<Year> ended();

  /**
   * What it governs, in one line of English.
   *
   * @return the scope
   */
  public abstract String scope();

  /**
   * Remarks for a reader, in English.
   *
   * @return the notes, possibly empty
   */
  public abstract ImmutableList<String> notes();

  /**
   * Where the facts come from.
   *
   * @return at least one source
   */
  public abstract ImmutableList<Source> sources();

  /**
   * The attributes no source confirms.
   *
   * @return the unconfirmed attributes, possibly empty
   */
  public abstract ImmutableSet<RegulationAttribute> unconfirmed();

  /**
   * Whether the sources confirm an attribute.
   *
   * @param attribute the attribute
   * @return false if the attribute is listed as unconfirmed
   */
  public boolean isConfirmed(RegulationAttribute attribute) {
    Objects.requireNonNull(attribute, "attribute");
    return !unconfirmed().contains(attribute);
  }

  /**
   * The day it took effect, when known: the effective date, else the date of issue.
   *
   * @return the start date
   */
  public Optional<LocalDate> startDate() {
    return effective().or(this::issued);
  }

  /**
   * The number with its year, as cited: {@code "15/2008"}, {@code "93/PMK.02/2011"}, {@code
   * "270/M.PPN/11/2012"}.
   *
   * @return the full number
   */
  public String fullNumber() {
    return withYear(number());
  }

  private String withYear(String number) {
    return number.endsWith("/" + year()) ? number : number + "/" + year();
  }

  /**
   * The abbreviation of its type, specific to its ministry: {@code "Permendagri"}, {@code "Permen
   * PPPA"}, {@code "PMK"}, {@code "Inpres"}, {@code "Perda"}.
   *
   * @return the abbreviation
   */
  public String abbreviation() {
    if (type() == RegulationType.PERMEN && ministry().isPresent()) {
      return ministry().get().regulationAbbreviation();
    }
    if (type() == RegulationType.KEPMEN && ministry().isPresent()) {
      return ministry().get().decreeAbbreviation();
    }
    return type().abbreviation();
  }

  /**
   * The short designation used in citations: {@code "Permendagri 15/2008"}, {@code "Inpres
   * 9/2000"}, {@code "Perda Provinsi Kalimantan Tengah 4/2014"}.
   *
   * @return the short name
   */
  public String shortName() {
    return abbreviation() + jurisdiction().map(j -> " " + j).orElse("") + " " + fullNumber();
  }

  /**
   * The formal designation, without the title: {@code "Peraturan Menteri Dalam Negeri Nomor 15
   * Tahun 2008"}, {@code "Peraturan Menteri Keuangan Nomor 93/PMK.02/2011"}.
   *
   * @return the formal designation
   */
  public String formalDesignation() {
    String issuerPart;
    if (type().isMinisterial() && ministry().isPresent()) {
      String kind = type() == RegulationType.PERMEN ? "Peraturan " : "Keputusan ";
      issuerPart = kind + ministry().get().minister();
    } else {
      issuerPart = type().indonesian() + jurisdiction().map(j -> " " + j).orElse("");
    }
    String numberPart =
        number().contains("/") ? "Nomor " + fullNumber() : "Nomor " + number() + " Tahun " + year();
    return issuerPart + " " + numberPart;
  }

  /**
   * Every designation by which the instrument may be written, for lookup: the short name, the
   * formal designation, and the same with each of its other numbers.
   *
   * @return the designations
   */
  public ImmutableSet<String> designations() {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    names.add(shortName(), formalDesignation());
    String prefix = abbreviation() + jurisdiction().map(j -> " " + j).orElse("") + " ";
    for (String other : otherNumbers()) {
      names.add(prefix + other, prefix + withYear(other));
    }
    return names.build();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        !number().isBlank(), Regulation.class, "number", number(), "not be blank");
    InvalidValueException.check(
        !issuer().isBlank(), Regulation.class, "issuer", issuer(), "not be blank");
    InvalidValueException.check(
        !scope().isBlank(), Regulation.class, "scope", scope(), "not be blank");
    title()
        .ifPresent(
            t ->
                InvalidValueException.check(
                    !t.isBlank(), Regulation.class, "title", t, "not be blank"));
    InvalidValueException.check(
        year().getValue() >= 1945 && year().getValue() <= 2100,
        Regulation.class,
        "year",
        year(),
        "be between 1945 and 2100");
    if (type().isMinisterial()) {
      InvalidValueException.check(
          ministry().isPresent(), Regulation.class, "ministry", null, "be given for a " + type());
    } else if (type() != RegulationType.SE) {
      InvalidValueException.check(
          ministry().isEmpty(),
          Regulation.class,
          "ministry",
          ministry().orElse(null),
          "be absent for a " + type());
    }
    InvalidValueException.check(
        type().isRegional() == jurisdiction().isPresent(),
        Regulation.class,
        "jurisdiction",
        jurisdiction().orElse(null),
        type().isRegional() ? "be given for a " + type() : "be absent for a " + type());
    InvalidValueException.check(
        region().isEmpty() || type().isRegional(),
        Regulation.class,
        "region",
        region().orElse(null),
        "be absent for a " + type());
    effective()
        .ifPresent(
            e ->
                InvalidValueException.check(
                    e.getYear() >= year().getValue(),
                    Regulation.class,
                    "effective",
                    e,
                    "not be before the year of issue " + year()));
    issued()
        .ifPresent(
            i ->
                InvalidValueException.check(
                    i.getYear() == year().getValue(),
                    Regulation.class,
                    "issued",
                    i,
                    "fall in the year of issue " + year()));
    if (issued().isPresent() && effective().isPresent()) {
      InvalidValueException.check(
          !effective().get().isBefore(issued().get()),
          Regulation.class,
          "effective",
          effective().get(),
          "not be before the date of issue " + issued().get());
    }
    expires()
        .ifPresent(
            e ->
                InvalidValueException.check(
                    e.getYear() >= year().getValue(),
                    Regulation.class,
                    "expires",
                    e,
                    "not be before the year of issue " + year()));
    InvalidValueException.check(
        !amends().contains(id()),
        Regulation.class,
        "amends",
        id(),
        "not contain the regulation itself");
    InvalidValueException.check(
        !replaces().contains(id()),
        Regulation.class,
        "replaces",
        id(),
        "not contain the regulation itself");
    ended()
        .ifPresent(
            e -> {
              InvalidValueException.check(
                  declaredStatus() == DeclaredStatus.NO_LONGER_IN_FORCE,
                  Regulation.class,
                  "ended",
                  e,
                  "be given only when the declared status is NO_LONGER_IN_FORCE");
              InvalidValueException.check(
                  e.getValue() >= year().getValue(),
                  Regulation.class,
                  "ended",
                  e,
                  "not be before the year of issue " + year());
            });
    for (String note : notes()) {
      InvalidValueException.check(!note.isBlank(), Regulation.class, "notes", note, "not be blank");
    }
    InvalidValueException.check(
        !sources().isEmpty(), Regulation.class, "sources", sources(), "name at least one source");
  }

  /**
   * The short name, as {@link #shortName()}.
   *
   * @return the short name
   */
  @Override
  public String toString() {
    return shortName();
  }
}
