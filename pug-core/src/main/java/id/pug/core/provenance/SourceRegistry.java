package id.pug.core.provenance;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.pug.core.InvalidValueException;
import id.pug.core.refdata.CsvReader;
import id.pug.core.refdata.CsvRow;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of sources that pug's reference data cite by id: {@code S1}–{@code S15} (data
 * sources) and {@code P1}–{@code P25} (web pages) of {@code shared/reference/data/SOURCES.md}, the
 * five seed reports {@code SEED-000}–{@code SEED-004}, and pug's research notes {@code REF-*}.
 *
 * <p>Immutable and thread-safe. The shipped registry is read once from {@code
 * provenance/sources.csv}.
 */
public final class SourceRegistry {
  private static final String RESOURCE = "sources.csv";

  private final ImmutableMap<String, Source> sources;

  private SourceRegistry(ImmutableMap<String, Source> sources) {
    this.sources = sources;
  }

  private static final class Shipped {
    static final SourceRegistry INSTANCE =
        load(TextSource.ofResource(SourceRegistry.class, RESOURCE));
  }

  /**
   * The registry shipped with pug.
   *
   * @return the shipped registry
   */
  public static SourceRegistry shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * Reads a registry in the shipped format (CSV with columns {@code id,title,url}).
   *
   * @param source the CSV text
   * @return the registry
   * @throws ReferenceDataException if the file is malformed or an id repeats
   */
  public static SourceRegistry load(TextSource source) {
    Map<String, Source> byId = new LinkedHashMap<>();
    for (CsvRow row :
        CsvReader.read(source, ImmutableSet.of("id", "title", "url"), ImmutableSet.of())) {
      String id = row.get("id");
      Source entry =
          row.convert(
              "id",
              id,
              v -> Source.of(v, row.get("title"), row.parseOptional("url", Source::parseUrl)));
      if (byId.put(id, entry) != null) {
        throw row.fail("id", "source id " + id + " appears twice");
      }
    }
    return new SourceRegistry(ImmutableMap.copyOf(byId));
  }

  /**
   * Resolves a source reference as written in a data file: a URL, or an id of this registry.
   *
   * @param reference {@code "https://…"} or an id such as {@code "S4"}
   * @return the source
   * @throws InvalidValueException if the reference is neither a valid URL nor a known id
   */
  public Source resolve(String reference) {
    if (Source.looksLikeUrl(reference)) {
      return Source.ofUrl(reference);
    }
    Source source = sources.get(reference);
    if (source == null) {
      throw InvalidValueException.of(
          Source.class,
          reference,
          "be an http(s) URL or a source id in the registry (S1…S15, P1…P25, SEED-000…SEED-004, REF-…)");
    }
    return source;
  }

  /**
   * Looks up a registry entry.
   *
   * @param id the id, such as {@code "S4"}
   * @return the source, or empty if unknown
   */
  public Optional<Source> find(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(sources.get(id));
  }

  /**
   * Every registry entry, in file order.
   *
   * @return the sources by id
   */
  public ImmutableMap<String, Source> all() {
    return sources;
  }

  /**
   * The number of entries.
   *
   * @return for example {@code "SourceRegistry[52 sources]"}
   */
  @Override
  public String toString() {
    return "SourceRegistry[" + sources.size() + " sources]";
  }
}
