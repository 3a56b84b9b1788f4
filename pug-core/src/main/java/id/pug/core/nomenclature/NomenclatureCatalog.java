package id.pug.core.nomenclature;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.pug.core.InvalidValueException;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.law.RegulationId;
import id.pug.core.provenance.Source;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.CsvReader;
import id.pug.core.refdata.CsvRow;
import id.pug.core.refdata.Record;
import id.pug.core.refdata.RecordReader;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.GovernmentLevel;
import java.time.Year;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The versions of the planning and budgeting nomenclature pug knows, and lookup by year and tier of
 * government.
 *
 * <p>The {@link #shipped() shipped catalogue} ({@code nomenclature/versions.txt}, from {@code
 * shared/reference/data}) holds:
 *
 * <ul>
 *   <li>{@code kabkota-050-5889}: the complete kab/kota list for urusan 2.08 and 2.14 (331 rows: 1
 *       urusan, 2 bidang, 11 programs, 43 kegiatan, 274 sub-kegiatan; source S1), believed to
 *       reflect Kepmendagri 050-5889/2021;
 *   <li>{@code kabkota-1317-partial}: 4-digit sub-kegiatan codes of the 900.1.15.5-1317/2023 era
 *       used by Kota Parepare in 2025 (partial; source S2);
 *   <li>{@code provinsi-kegiatan-partial}: province kegiatan (level digit 1) one province used in
 *       2024 (partial; source S3).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class NomenclatureCatalog {
  private static final String VERSIONS = "versions.txt";
  private static final ImmutableSet<String> KEYS =
      ImmutableSet.of(
          "name",
          "decree",
          "valid_from",
          "government_level",
          "coverage",
          "urusan",
          "file",
          "code_column",
          "original_code_column",
          "level_column",
          "name_column",
          "parent_column",
          "source_column",
          "note_column",
          "source",
          "unconfirmed",
          "note");
  private static final ImmutableSet<String> REPEATABLE =
      ImmutableSet.of("urusan", "source", "note");

  private final ImmutableList<NomenclatureVersion> versions;

  private NomenclatureCatalog(ImmutableList<NomenclatureVersion> versions) {
    this.versions = versions;
  }

  private static final class Shipped {
    static final NomenclatureCatalog INSTANCE =
        load(
            TextSource.ofResource(NomenclatureCatalog.class, VERSIONS),
            file -> TextSource.ofResource(NomenclatureCatalog.class, file),
            SourceRegistry.shipped(),
            RegulationCatalog.shipped());
  }

  /**
   * The catalogue shipped with pug.
   *
   * @return the shipped catalogue
   */
  public static NomenclatureCatalog shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * A catalogue of the given versions.
   *
   * @param versions the versions; ids must be unique
   * @return the catalogue
   * @throws InvalidValueException if two versions share an id
   */
  public static NomenclatureCatalog of(Iterable<NomenclatureVersion> versions) {
    Set<String> ids = new HashSet<>();
    for (NomenclatureVersion v : versions) {
      if (!ids.add(v.id())) {
        throw InvalidValueException.of(
            NomenclatureVersion.class, "id", v.id(), "be unique in the catalogue");
      }
    }
    return new NomenclatureCatalog(
        ImmutableList.sortedCopyOf(
            Comparator.comparing(NomenclatureVersion::validFrom)
                .thenComparing(NomenclatureVersion::id),
            versions));
  }

  /**
   * Reads a catalogue: a record file describing the versions, and the CSV file each names (see
   * {@code docs/reference-data.md}).
   *
   * @param versionsFile the record file
   * @param files opens a CSV file named by a version's {@code file} key
   * @param sources resolves source ids
   * @param regulations the catalogue that {@code decree} ids must belong to
   * @return the catalogue
   * @throws ReferenceDataException if a file is malformed or inconsistent
   */
  public static NomenclatureCatalog load(
      TextSource versionsFile,
      Function<String, TextSource> files,
      SourceRegistry sources,
      RegulationCatalog regulations) {
    ImmutableList.Builder<NomenclatureVersion> versions = ImmutableList.builder();
    for (Record record : RecordReader.read(versionsFile, KEYS, REPEATABLE)) {
      versions.add(readVersion(record, files, sources, regulations));
    }
    return of(versions.build());
  }

  private static NomenclatureVersion readVersion(
      Record record,
      Function<String, TextSource> files,
      SourceRegistry sources,
      RegulationCatalog regulations) {
    NomenclatureVersion.Builder builder =
        NomenclatureVersion.builder()
            .id(record.id())
            .name(record.get("name"))
            .validFrom(record.parse("valid_from", v -> Year.of(Integer.parseInt(digits(v, 4)))))
            .governmentLevel(
                record.parse("government_level", v -> parseEnum(GovernmentLevel.class, v)))
            .coverage(record.parse("coverage", v -> parseEnum(Coverage.class, v)))
            .addAllBidangUrusan(record.parseAll("urusan", NomenclatureCode::parse))
            .addAllNotes(record.all("note"));
    ImmutableList<Source> versionSources = record.parseAll("source", sources::resolve);
    builder.addAllSources(versionSources);
    record
        .parseOptional(
            "decree",
            v -> {
              RegulationId id = RegulationId.of(v);
              regulations.get(id);
              return id;
            })
        .ifPresent(builder::decree);
    record
        .parseOptional("unconfirmed", NomenclatureCatalog::parseAttributes)
        .ifPresent(builder::addAllUnconfirmed);
    String file = record.get("file");
    TextSource csv = record.parse("file", name -> open(files, name));
    String codeColumn = record.get("code_column");
    String levelColumn = record.get("level_column");
    String nameColumn = record.get("name_column");
    Optional<String> originalColumn = record.optional("original_code_column");
    Optional<String> parentColumn = record.optional("parent_column");
    Optional<String> sourceColumn = record.optional("source_column");
    Optional<String> noteColumn = record.optional("note_column");
    ImmutableSet<String> optional =
        ImmutableSet.copyOf(
            List.of(originalColumn, parentColumn, sourceColumn, noteColumn).stream()
                .flatMap(Optional::stream)
                .toList());
    Map<NomenclatureCode, NomenclatureEntry> entries = new LinkedHashMap<>();
    Map<String, CsvRow> rows = new HashMap<>();
    for (CsvRow row :
        CsvReader.read(csv, ImmutableSet.of(codeColumn, levelColumn, nameColumn), optional)) {
      NomenclatureEntry entry =
          readEntry(
              row,
              codeColumn,
              levelColumn,
              nameColumn,
              originalColumn,
              parentColumn,
              sourceColumn,
              noteColumn,
              versionSources,
              sources);
      rows.put(entry.code().format(), row);
      if (entries.put(entry.code(), entry) != null) {
        throw row.fail(codeColumn, "code " + entry.code() + " appears twice in " + file);
      }
    }
    builder.putAllEntries(entries);
    try {
      return builder.build();
    } catch (InvalidValueException e) {
      CsvRow row = rows.get(e.rejectedValue());
      String problem = String.valueOf(e.getMessage());
      throw row != null ? row.fail(codeColumn, problem) : record.fail(problem);
    }
  }

  /**
   * Opens the CSV file a version names. A file that cannot be opened is a problem of the {@code
   * file} key that names it, reported at that key's line; a problem inside a file that opens is
   * reported where it lies.
   */
  private static TextSource open(Function<String, TextSource> files, String name) {
    try {
      return files.apply(name);
    } catch (ReferenceDataException e) {
      if (e.line() > 0) {
        throw e;
      }
      throw new IllegalArgumentException("names a file that cannot be read: " + e.getMessage(), e);
    }
  }

  private static NomenclatureEntry readEntry(
      CsvRow row,
      String codeColumn,
      String levelColumn,
      String nameColumn,
      Optional<String> originalColumn,
      Optional<String> parentColumn,
      Optional<String> sourceColumn,
      Optional<String> noteColumn,
      ImmutableList<Source> versionSources,
      SourceRegistry sources) {
    NomenclatureCode code = row.parse(codeColumn, NomenclatureCode::parse);
    if (!code.format().equals(row.get(codeColumn))) {
      throw row.fail(
          codeColumn,
          "must be written in canonical form " + code.format() + ", was " + row.get(codeColumn));
    }
    NomenclatureLevel level = row.parse(levelColumn, NomenclatureLevel::parseLabel);
    if (level != code.level()) {
      throw row.fail(
          levelColumn,
          "is " + level.label() + " but the code " + code + " is a " + code.level().label());
    }
    NomenclatureEntry.Builder entry =
        NomenclatureEntry.builder().code(code).name(row.get(nameColumn));
    if (originalColumn.isPresent()) {
      Optional<String> original = row.optional(originalColumn.get());
      if (original.isPresent()) {
        NomenclatureCode parsed =
            row.convert(originalColumn.get(), original.get(), NomenclatureCode::parse);
        if (!parsed.equals(code)) {
          throw row.fail(originalColumn.get(), "reads as " + parsed + ", not " + code);
        }
        if (!original.get().equals(code.format())) {
          entry.originalCode(original.get());
        }
      }
    }
    if (parentColumn.isPresent()) {
      Optional<NomenclatureCode> parent =
          row.parseOptional(parentColumn.get(), NomenclatureCode::parse);
      if (!parent.equals(code.parent())) {
        throw row.fail(
            parentColumn.get(),
            "is "
                + parent.map(Object::toString).orElse("empty")
                + " but the parent of "
                + code
                + " is "
                + code.parent().map(Object::toString).orElse("none"));
      }
    }
    ImmutableList<String> references = sourceColumn.map(row::list).orElse(ImmutableList.of());
    if (references.isEmpty()) {
      entry.addAllSources(versionSources);
    } else {
      for (String reference : references) {
        entry.addSource(row.convert(sourceColumn.get(), reference, sources::resolve));
      }
    }
    noteColumn.flatMap(row::optional).ifPresent(entry::note);
    return row.convert(codeColumn, code.format(), v -> entry.build());
  }

  private static String digits(String text, int count) {
    if (!text.matches("\\d{" + count + "}")) {
      throw new IllegalArgumentException("expected " + count + " digits, was \"" + text + "\"");
    }
    return text;
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "expected one of "
            + ImmutableList.copyOf(type.getEnumConstants())
            + ", was \""
            + text
            + "\"");
  }

  private static ImmutableSet<NomenclatureVersion.Attribute> parseAttributes(String text) {
    ImmutableSet.Builder<NomenclatureVersion.Attribute> out = ImmutableSet.builder();
    for (String part : text.split(",", -1)) {
      out.add(parseEnum(NomenclatureVersion.Attribute.class, part.strip()));
    }
    return out.build();
  }

  /**
   * Every version, oldest first.
   *
   * @return the versions
   */
  public ImmutableList<NomenclatureVersion> versions() {
    return versions;
  }

  /**
   * A version by id.
   *
   * @param id for example {@code "kabkota-050-5889"}
   * @return the version
   * @throws InvalidValueException if no version has that id
   */
  public NomenclatureVersion version(String id) {
    Objects.requireNonNull(id, "id");
    return versions.stream()
        .filter(v -> v.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidValueException.of(
                    NomenclatureVersion.class,
                    "id",
                    id,
                    "be one of " + versions.stream().map(NomenclatureVersion::id).toList()));
  }

  /**
   * The version in effect in a year for a tier of government: the one with the latest valid-from
   * year not after {@code year}.
   *
   * @param year the budget year
   * @param level province or kabupaten/kota
   * @return the version, or empty if none applies that early
   */
  public Optional<NomenclatureVersion> inEffect(Year year, GovernmentLevel level) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(level, "level");
    return versions.stream()
        .filter(v -> v.governmentLevel() == level && !v.validFrom().isAfter(year))
        .max(Comparator.comparing(NomenclatureVersion::validFrom));
  }

  /**
   * Looks up a code in the version in effect in a year for a tier of government.
   *
   * @param code the code
   * @param year the budget year
   * @param level province or kabupaten/kota
   * @return the entry, or empty if that version does not hold the code (for a {@link
   *     Coverage#PARTIAL} version, the code may still exist)
   * @throws InvalidValueException if the code's level digit belongs to another tier of government
   */
  public Optional<NomenclatureEntry> find(NomenclatureCode code, Year year, GovernmentLevel level) {
    code.governmentLevel()
        .filter(l -> l != level)
        .ifPresent(
            l -> {
              throw InvalidValueException.of(
                  NomenclatureCode.class,
                  code.format(),
                  "have level digit " + level.digit() + " for " + level);
            });
    return inEffect(year, level).flatMap(v -> v.find(code));
  }

  /**
   * The versions that hold a code, oldest first.
   *
   * @param code the code
   * @return the versions holding it
   */
  public ImmutableList<NomenclatureVersion> versionsHolding(NomenclatureCode code) {
    Objects.requireNonNull(code, "code");
    return versions.stream()
        .filter(v -> v.entries().containsKey(code))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "NomenclatureCatalog" + versions.stream().map(NomenclatureVersion::id).toList();
  }
}
