package id.pug.core.law;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import id.pug.core.InvalidValueException;
import id.pug.core.law.Regulation.DeclaredStatus;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.Record;
import id.pug.core.refdata.RecordReader;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue of legal instruments with their amendment graph: lookup by id or designation,
 * citation parsing, and the status of each instrument on a date.
 *
 * <p>The {@link #shipped() shipped catalogue} holds every instrument in pug's reference notes
 * ({@code shared/reference/domain.md} §1): Inpres 9/2000; Kepmendagri 132/2003, replaced by
 * Permendagri 15/2008, amended by Permendagri 67/2011; the 2012 four-minister joint circular on the
 * national PPRG strategy; Permen PPPA 4/2014 on the oversight of PPRG; the PMK series on ARG in
 * ministry budgets; the RPJMN; Permendagri 90/2019 and the Kepmendagri nomenclature updates; and
 * regional Perda such as Perda Kalteng 4/2014. It is read from {@code law/regulations.txt} (record
 * format, see {@code docs/reference-data.md}).
 *
 * <p>Dates are often known only to the year. {@link #statusOn} answers {@link
 * LegalState#UNDETERMINED} rather than guess, and {@link #inForceOn} lists only instruments that
 * were certainly in force (their status may still be unconfirmed by the sources: see {@link
 * LegalStatus#confirmed()}).
 *
 * <p>Immutable and thread-safe.
 */
public final class RegulationCatalog {
  private static final String RESOURCE = "regulations.txt";
  private static final ImmutableSet<String> KEYS =
      ImmutableSet.of(
          "type",
          "ministry",
          "jurisdiction",
          "region",
          "number",
          "other_number",
          "year",
          "title",
          "issuer",
          "issued",
          "effective",
          "expires",
          "amends",
          "replaces",
          "status",
          "ended",
          "scope",
          "note",
          "source",
          "unconfirmed");
  private static final ImmutableSet<String> REPEATABLE =
      ImmutableSet.of("other_number", "amends", "replaces", "note", "source");
  private static final Pattern CITATION_SPLIT =
      Pattern.compile("\\s+(?=(?:lampiran|pasal)\\s)", Pattern.CASE_INSENSITIVE);
  private static final Comparator<Regulation> CHRONOLOGICAL =
      Comparator.comparing(Regulation::year)
          .thenComparing(r -> r.startDate().orElse(LocalDate.of(r.year().getValue(), 12, 31)))
          .thenComparing(Regulation::id);

  private final ImmutableSortedMap<RegulationId, Regulation> regulations;
  private final ImmutableListMultimap<RegulationId, Regulation> amendedBy;
  private final ImmutableMap<RegulationId, Regulation> replacedBy;
  private final ImmutableMap<String, Regulation> byDesignation;

  private RegulationCatalog(
      ImmutableSortedMap<RegulationId, Regulation> regulations,
      ImmutableMap<String, Regulation> byDesignation) {
    this.regulations = regulations;
    this.byDesignation = byDesignation;
    ImmutableListMultimap.Builder<RegulationId, Regulation> amended =
        ImmutableListMultimap.builder();
    Map<RegulationId, Regulation> replaced = new HashMap<>();
    for (Regulation r : sorted(regulations.values())) {
      r.amends().forEach(target -> amended.put(target, r));
      r.replaces().forEach(target -> replaced.put(target, r));
    }
    this.amendedBy = amended.build();
    this.replacedBy = ImmutableMap.copyOf(replaced);
  }

  private static ImmutableList<Regulation> sorted(Iterable<Regulation> regulations) {
    return ImmutableList.sortedCopyOf(CHRONOLOGICAL, regulations);
  }

  private static final class Shipped {
    static final RegulationCatalog INSTANCE =
        load(
            TextSource.ofResource(RegulationCatalog.class, RESOURCE),
            SourceRegistry.shipped(),
            RegionCatalog.kalimantan());
  }

  /**
   * The catalogue shipped with pug.
   *
   * @return the shipped catalogue
   */
  public static RegulationCatalog shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * Builds a catalogue from regulations, checking the amendment graph (see {@link #load}).
   *
   * @param regulations the instruments
   * @param regions the regions whose names and aliases make further designations ({@code "Perda
   *     Kalteng 4/2014"})
   * @return the catalogue
   * @throws InvalidValueException if ids repeat, a link points to an unknown or later instrument,
   *     an instrument is replaced twice or replaced while declared in force, or two instruments
   *     share a designation
   */
  public static RegulationCatalog of(Iterable<Regulation> regulations, RegionCatalog regions) {
    return build(regulations, regions, (offender, key, e) -> e);
  }

  /**
   * Turns a consistency failure of one instrument (at one of its keys, or the whole record) into an
   * exception.
   */
  private interface Failure {
    RuntimeException of(RegulationId offender, @Nullable String key, InvalidValueException e);
  }

  private static RegulationCatalog build(
      Iterable<Regulation> regulations, RegionCatalog regions, Failure failure) {
    Map<RegulationId, Regulation> byId = new HashMap<>();
    for (Regulation r : regulations) {
      if (byId.put(r.id(), r) != null) {
        throw failure.of(
            r.id(),
            null,
            InvalidValueException.of(Regulation.class, "id", r.id(), "be unique in the catalogue"));
      }
    }
    Map<RegulationId, RegulationId> replacedBy = new HashMap<>();
    for (Regulation r : ImmutableSortedMap.copyOf(byId).values()) {
      for (RegulationId target : r.amends()) {
        checkLink(byId, r, target, "amends", failure);
      }
      for (RegulationId target : r.replaces()) {
        Regulation replaced = checkLink(byId, r, target, "replaces", failure);
        RegulationId previous = replacedBy.put(target, r.id());
        if (previous != null) {
          throw failure.of(
              r.id(),
              "replaces",
              InvalidValueException.of(
                  Regulation.class,
                  "replaces",
                  target,
                  "name an instrument no other instrument replaces; "
                      + previous
                      + " replaces it too"));
        }
        if (replaced.declaredStatus() != DeclaredStatus.NO_LONGER_IN_FORCE) {
          throw failure.of(
              target,
              "status",
              InvalidValueException.of(
                  Regulation.class,
                  "declaredStatus",
                  replaced.declaredStatus(),
                  "be NO_LONGER_IN_FORCE for " + target + ", which " + r.id() + " replaces"));
        }
      }
      if (r.region().isPresent() && !regions.contains(r.region().get())) {
        throw failure.of(
            r.id(),
            "region",
            InvalidValueException.of(
                Regulation.class,
                "region",
                r.region().get(),
                "be a code in the region list " + regions.name()));
      }
    }
    Map<String, Regulation> designations = new HashMap<>();
    for (Regulation r : ImmutableSortedMap.copyOf(byId).values()) {
      for (String designation : designationsOf(r, regions)) {
        Regulation other = designations.put(designationKey(designation), r);
        if (other != null && !other.equals(r)) {
          throw failure.of(
              r.id(),
              null,
              InvalidValueException.of(
                  Regulation.class,
                  "designation",
                  designation,
                  "identify one instrument; " + other.id() + " and " + r.id() + " share it"));
        }
      }
    }
    return new RegulationCatalog(
        ImmutableSortedMap.copyOf(byId), ImmutableMap.copyOf(designations));
  }

  private static Regulation checkLink(
      Map<RegulationId, Regulation> byId,
      Regulation from,
      RegulationId target,
      String field,
      Failure failure) {
    Regulation to = byId.get(target);
    if (to == null) {
      throw failure.of(
          from.id(),
          field,
          InvalidValueException.of(
              Regulation.class, field, target, "name an instrument in the catalogue"));
    }
    if (to.year().isAfter(from.year())) {
      throw failure.of(
          from.id(),
          field,
          InvalidValueException.of(
              Regulation.class,
              field,
              target,
              "name an instrument issued no later than " + from.id() + " (" + from.year() + ")"));
    }
    return to;
  }

  private static Set<String> designationsOf(Regulation r, RegionCatalog regions) {
    Set<String> names = new LinkedHashSet<>(r.designations());
    Optional<Region> region = r.region().flatMap(regions::find);
    if (region.isPresent()) {
      List<String> regionNames = new ArrayList<>(region.get().aliases());
      regionNames.add(region.get().name());
      for (String name : regionNames) {
        names.add(r.abbreviation() + " " + name + " " + r.fullNumber());
      }
    }
    return names;
  }

  /**
   * The normalised form of a designation: upper case; {@code Nomor}/{@code No.} dropped; {@code
   * Tahun YYYY} read as {@code /YYYY}; only letters, digits and {@code /} kept.
   */
  static String designationKey(String text) {
    String s = " " + text.toUpperCase(Locale.ROOT) + " ";
    s = s.replaceAll("\\sNOMOR\\s|\\sNO\\.?\\s", " ");
    s = s.replaceAll("\\s+TAHUN\\s+(\\d{4})", "/$1");
    return s.replaceAll("[^A-Z0-9/]", "");
  }

  /**
   * Reads a catalogue in the record format (see {@code docs/reference-data.md}).
   *
   * @param source the text
   * @param sources resolves source ids
   * @param regions the region list that {@code region} codes must belong to
   * @return the catalogue
   * @throws ReferenceDataException if the file is malformed or the graph is inconsistent
   */
  public static RegulationCatalog load(
      TextSource source, SourceRegistry sources, RegionCatalog regions) {
    List<Regulation> regulations = new ArrayList<>();
    Map<RegulationId, Record> records = new HashMap<>();
    for (Record record : RecordReader.read(source, KEYS, REPEATABLE)) {
      Regulation regulation = read(record, sources);
      records.put(regulation.id(), record);
      regulations.add(regulation);
    }
    return build(
        regulations,
        regions,
        (offender, key, e) -> {
          Record record = Objects.requireNonNull(records.get(offender));
          String problem = String.valueOf(e.getMessage());
          return key == null ? record.fail(problem) : record.fail(key, problem);
        });
  }

  private static Regulation read(Record record, SourceRegistry sources) {
    Regulation.Builder builder =
        Regulation.builder()
            .id(RegulationId.of(record.id()))
            .type(record.parse("type", v -> parseEnum(RegulationType.class, "type", v)))
            .number(record.get("number"))
            .addAllOtherNumbers(record.all("other_number"))
            .year(record.parse("year", RegulationCatalog::parseYear))
            .issuer(record.get("issuer"))
            .declaredStatus(
                record.parse("status", v -> parseEnum(DeclaredStatus.class, "status", v)))
            .scope(record.get("scope"))
            .addAllNotes(record.all("note"))
            .addAllSources(record.parseAll("source", sources::resolve))
            .addAllAmends(record.parseAll("amends", RegulationId::of))
            .addAllReplaces(record.parseAll("replaces", RegulationId::of));
    record
        .parseOptional("ministry", v -> parseEnum(Ministry.class, "ministry", v))
        .ifPresent(builder::ministry);
    record.optional("jurisdiction").ifPresent(builder::jurisdiction);
    record.parseOptional("region", RegionCode::parse).ifPresent(builder::region);
    record.optional("title").ifPresent(builder::title);
    record.parseOptional("issued", LocalDate::parse).ifPresent(builder::issued);
    record.parseOptional("effective", LocalDate::parse).ifPresent(builder::effective);
    record.parseOptional("expires", LocalDate::parse).ifPresent(builder::expires);
    record.parseOptional("ended", RegulationCatalog::parseYear).ifPresent(builder::ended);
    record
        .parseOptional("unconfirmed", RegulationCatalog::parseAttributes)
        .ifPresent(builder::addAllUnconfirmed);
    try {
      return builder.build();
    } catch (InvalidValueException e) {
      String field = e.field().orElse("");
      String key = KEYS.contains(field) ? field : field.equals("declaredStatus") ? "status" : null;
      throw key == null
          ? record.fail(String.valueOf(e.getMessage()))
          : record.fail(key, String.valueOf(e.getMessage()));
    }
  }

  private static Year parseYear(String text) {
    if (!text.matches("\\d{4}")) {
      throw InvalidValueException.of(Year.class, text, "be a year of four digits");
    }
    return Year.of(Integer.parseInt(text));
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw InvalidValueException.of(
        Regulation.class,
        field,
        text,
        "be one of " + ImmutableList.copyOf(type.getEnumConstants()));
  }

  private static ImmutableSet<RegulationAttribute> parseAttributes(String text) {
    ImmutableSet.Builder<RegulationAttribute> attributes = ImmutableSet.builder();
    for (String part : text.split(",", -1)) {
      attributes.add(parseEnum(RegulationAttribute.class, "unconfirmed", part.strip()));
    }
    return attributes.build();
  }

  /**
   * Every instrument, oldest first.
   *
   * @return the instruments in chronological order
   */
  public ImmutableList<Regulation> all() {
    return sorted(regulations.values());
  }

  /**
   * The number of instruments.
   *
   * @return the size
   */
  public int size() {
    return regulations.size();
  }

  /**
   * Looks up an instrument by id.
   *
   * @param id the id
   * @return the instrument, or empty
   */
  public Optional<Regulation> find(RegulationId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(regulations.get(id));
  }

  /**
   * The instrument with this id.
   *
   * @param id the id, such as {@code "inpres-9-2000"}
   * @return the instrument
   * @throws InvalidValueException if the id is malformed or not in the catalogue
   */
  public Regulation get(String id) {
    return get(RegulationId.of(id));
  }

  /**
   * The instrument with this id.
   *
   * @param id the id
   * @return the instrument
   * @throws InvalidValueException if the id is not in the catalogue
   */
  public Regulation get(RegulationId id) {
    return find(id)
        .orElseThrow(
            () ->
                InvalidValueException.of(
                    RegulationId.class, id.value(), "name an instrument in the catalogue"));
  }

  /**
   * Finds an instrument by the way people write it: {@code "Permendagri 15/2008"}, {@code
   * "Permendagri No. 15 Tahun 2008"}, {@code "Peraturan Menteri Dalam Negeri Nomor 15 Tahun 2008"},
   * {@code "PMK 93/PMK.02/2011"}, {@code "Perda Kalteng 4/2014"} (case, spaces and punctuation are
   * ignored).
   *
   * @param designation the designation
   * @return the instrument, or empty
   */
  public Optional<Regulation> findByDesignation(String designation) {
    return Optional.ofNullable(byDesignation.get(designationKey(designation)));
  }

  /**
   * Parses a citation: a designation (as {@link #findByDesignation}), optionally followed by a
   * {@link Pinpoint}.
   *
   * @param text for example {@code "Permendagri 67/2011 Pasal 4 ayat (1)"}
   * @return the citation
   * @throws InvalidValueException if no instrument has that designation or the pinpoint is
   *     malformed
   */
  public Citation parseCitation(String text) {
    Matcher split = CITATION_SPLIT.matcher(text);
    String designation = split.find() ? text.substring(0, split.start()) : text;
    Regulation regulation =
        findByDesignation(designation)
            .orElseThrow(
                () ->
                    InvalidValueException.of(
                        Citation.class,
                        "regulation",
                        designation,
                        "name an instrument in the catalogue, such as \"Permendagri 67/2011\""));
    if (designation.length() == text.length()) {
      return Citation.of(regulation);
    }
    return Citation.of(regulation, Pinpoint.parse(text.substring(split.start())));
  }

  /**
   * The catalogued instruments that amend this one, oldest first.
   *
   * @param id an instrument's id
   * @return the amending instruments
   */
  public ImmutableList<Regulation> amendmentsOf(RegulationId id) {
    Objects.requireNonNull(id, "id");
    return amendedBy.get(id);
  }

  /**
   * The catalogued instrument that replaced this one.
   *
   * @param id an instrument's id
   * @return the replacing instrument, or empty
   */
  public Optional<Regulation> replacementOf(RegulationId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(replacedBy.get(id));
  }

  /**
   * The instrument's family: every instrument linked to it by amendment or replacement, directly or
   * not, including itself, oldest first. For Permendagri 15/2008: Kepmendagri 132/2003, Permendagri
   * 15/2008, Permendagri 67/2011.
   *
   * @param id an instrument's id
   * @return the linked instruments in chronological order
   */
  public ImmutableList<Regulation> lineage(RegulationId id) {
    Set<RegulationId> seen = new LinkedHashSet<>();
    Deque<RegulationId> todo = new ArrayDeque<>();
    todo.add(get(id).id());
    while (!todo.isEmpty()) {
      RegulationId next = todo.remove();
      if (!seen.add(next)) {
        continue;
      }
      Regulation r = get(next);
      todo.addAll(r.amends());
      todo.addAll(r.replaces());
      amendedBy.get(next).forEach(a -> todo.add(a.id()));
      Optional.ofNullable(replacedBy.get(next)).ifPresent(a -> todo.add(a.id()));
    }
    return sorted(seen.stream().map(regulations::get).collect(ImmutableList.toImmutableList()));
  }

  /**
   * The status of an instrument on a day, from its dates, its declared status and the catalogued
   * instruments that replace or amend it. Where only a year is known and the day falls in that
   * year, the answer is {@link LegalState#UNDETERMINED}.
   *
   * @param id an instrument's id
   * @param date the day
   * @return the status with its reason
   * @throws InvalidValueException if the id is not in the catalogue
   */
  public LegalStatus statusOn(RegulationId id, LocalDate date) {
    Regulation r = get(id);
    ImmutableLegalStatus.Builder status = ImmutableLegalStatus.builder().regulation(id).date(date);
    boolean confirmed =
        r.isConfirmed(RegulationAttribute.STATUS)
            && r.isConfirmed(RegulationAttribute.EXISTENCE)
            && datesSettle(r, date);
    Optional<LocalDate> start = r.startDate();
    if (date.getYear() < r.year().getValue() || (start.isPresent() && date.isBefore(start.get()))) {
      return status
          .state(LegalState.NOT_YET_IN_FORCE)
          .confirmed(confirmed)
          .reason("in force from " + start.map(LocalDate::toString).orElse(r.year().toString()))
          .build();
    }
    Regulation replacement = replacedBy.get(id);
    if (replacement != null) {
      status.replacedBy(replacement.id());
      confirmed &= datesSettle(replacement, date);
      Optional<LocalDate> replacedFrom = replacement.startDate();
      String reason =
          "replaced by "
              + replacement.shortName()
              + ", in force from "
              + replacedFrom.map(LocalDate::toString).orElse(replacement.year().toString());
      if (replacedFrom.isPresent()
          ? !date.isBefore(replacedFrom.get())
          : date.getYear() > replacement.year().getValue()) {
        return status
            .state(LegalState.NO_LONGER_IN_FORCE)
            .confirmed(confirmed)
            .reason(reason)
            .build();
      }
      if (replacedFrom.isEmpty() && date.getYear() == replacement.year().getValue()) {
        return status
            .state(LegalState.UNDETERMINED)
            .confirmed(confirmed)
            .reason(reason + "; the day is not known")
            .build();
      }
    }
    if (r.expires().isPresent() && date.isAfter(r.expires().get())) {
      return status
          .state(LegalState.NO_LONGER_IN_FORCE)
          .confirmed(confirmed)
          .reason("expired on " + r.expires().get())
          .build();
    }
    if (r.declaredStatus() == DeclaredStatus.NO_LONGER_IN_FORCE && replacement == null) {
      if (r.ended().isEmpty()) {
        return status
            .state(LegalState.UNDETERMINED)
            .confirmed(confirmed)
            .reason("no longer in force, but the sources do not say since when")
            .build();
      }
      int ended = r.ended().get().getValue();
      if (date.getYear() >= ended) {
        return status
            .state(date.getYear() > ended ? LegalState.NO_LONGER_IN_FORCE : LegalState.UNDETERMINED)
            .confirmed(confirmed)
            .reason(
                "no longer in force from "
                    + ended
                    + (date.getYear() == ended ? "; the day is not known" : ""))
            .build();
      }
    }
    ImmutableList<Regulation> amendments =
        amendedBy.get(id).stream()
            .filter(
                a ->
                    a.startDate()
                        .map(s -> !s.isAfter(date))
                        .orElse(a.year().getValue() <= date.getYear()))
            .collect(ImmutableList.toImmutableList());
    amendments.forEach(a -> status.addAmendedBy(a.id()));
    confirmed &= amendments.stream().allMatch(a -> datesSettle(a, date));
    if (start.isEmpty() && date.getYear() == r.year().getValue()) {
      return status
          .state(LegalState.UNDETERMINED)
          .confirmed(confirmed)
          .reason("issued in " + r.year() + "; the day is not known")
          .build();
    }
    String reason;
    if (replacement != null) {
      reason = "in force until replaced by " + replacement.shortName();
    } else if (r.ended().isPresent()) {
      reason = "in force until it ended in " + r.ended().get();
    } else {
      reason = "in force; no revocation found in the sources";
    }
    if (!amendments.isEmpty()) {
      reason +=
          "; as amended by "
              + amendments.stream()
                  .map(Regulation::shortName)
                  .collect(java.util.stream.Collectors.joining(", "));
    }
    return status.state(LegalState.IN_FORCE).confirmed(confirmed).reason(reason).build();
  }

  /**
   * Whether an instrument's dates are confirmed, or do not matter on {@code date}: an unconfirmed
   * day of issue only matters within the year of issue.
   */
  private static boolean datesSettle(Regulation r, LocalDate date) {
    return r.isConfirmed(RegulationAttribute.DATES) || date.getYear() != r.year().getValue();
  }

  /**
   * The instruments certainly in force on a day (state {@link LegalState#IN_FORCE}), oldest first.
   * Instruments whose status that day is {@link LegalState#UNDETERMINED} are left out; ask {@link
   * #statusOn} for them.
   *
   * @param date the day
   * @return the instruments in force
   */
  public ImmutableList<Regulation> inForceOn(LocalDate date) {
    return all().stream()
        .filter(r -> statusOn(r.id(), date).isInForce())
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "RegulationCatalog[" + regulations.size() + " instruments]";
  }
}
