package id.pug.core.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.collect.ImmutableSet;
import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyNameCatalog;
import id.pug.core.indicator.PublishedValues;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.MalformedReferenceData.Input;
import id.pug.core.refdata.MalformedReferenceData.Kind;
import id.pug.core.region.RegionCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Over 1,000 generated malformed reference-data files ({@link MalformedReferenceData}): pug-core's
 * readers ({@link CsvReader}, {@link RecordReader}) and the catalogues that load each file must
 * read them or throw a {@link ReferenceDataException} naming the file and the line — never another
 * exception or an error.
 */
class MalformedReferenceDataTest {
  private static final long SEED = Long.getLong("pug.hostile.seed", 20_260_211L);

  /** A multiple of the number of kinds. */
  private static final int COUNT = 1_200;

  @Test
  void everyMalformedFile_isReadOrFailsNamingFileAndLine() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    List<String> failures = new ArrayList<>();
    int[] readers = {0};
    int[] catalogues = {0};
    assertTimeoutPreemptively(
        Duration.ofMinutes(2),
        () ->
            MalformedReferenceData.inputs(SEED, COUNT)
                .forEach(
                    input -> {
                      counts.merge(input.kind(), 1, Integer::sum);
                      readers[0]++;
                      String failure = check(input, () -> readFormat(input));
                      if (failure == null) {
                        catalogues[0]++;
                        failure = check(input, () -> loadCatalogue(input));
                      }
                      if (failure != null) {
                        failures.add(input + ": " + failure);
                      }
                    }));
    assertThat(failures)
        .as(
            "%s of %s files broke the readers' contract; the first:%n%s",
            failures.size(),
            COUNT,
            String.join("\n", failures.subList(0, Math.min(20, failures.size()))))
        .isEmpty();
    assertThat(readers[0]).isGreaterThanOrEqualTo(1_000);
    assertThat(catalogues[0]).isGreaterThanOrEqualTo(1_000);
    assertThat(counts).containsOnlyKeys(Kind.values());
    assertThat(counts.values()).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(100));
  }

  /** Reads the file with the format's reader, with the columns or keys the shipped file has. */
  private static void readFormat(Input input) {
    String text = input.base().text();
    if (input.base().csv()) {
      List<String> header = CsvReader.header(TextSource.ofString("base", text));
      List<CsvRow> rows =
          CsvReader.read(
              input.source(),
              ImmutableSet.of(header.get(0)),
              new HashSet<>(header.subList(1, header.size())));
      for (CsvRow row : rows) {
        assertThat(row.values()).hasSameSizeAs(row.header());
      }
    } else {
      Set<String> keys = new LinkedHashSet<>();
      Set<String> repeatable = new HashSet<>();
      Pattern entry = Pattern.compile("^\\s*([a-z][a-z_]*)\\s*=", Pattern.MULTILINE);
      Set<String> inRecord = new HashSet<>();
      for (String line : text.lines().toList()) {
        if (line.strip().startsWith("[")) {
          inRecord.clear();
        }
        Matcher m = entry.matcher(line);
        if (m.find()) {
          keys.add(m.group(1));
          if (!inRecord.add(m.group(1))) {
            repeatable.add(m.group(1));
          }
        }
      }
      RecordReader.read(input.source(), keys, repeatable);
    }
  }

  /** Loads the catalogue the shipped file belongs to, with this file in its place. */
  private static void loadCatalogue(Input input) {
    SourceRegistry registry = SourceRegistry.shipped();
    String resource = input.base().resource();
    switch (resource) {
      case "regions.csv" ->
          RegionCatalog.load(
              "hostile",
              input.source(),
              TextSource.ofResource(RegionCatalog.class, "region-aliases.csv"),
              registry);
      case "region-aliases.csv" ->
          RegionCatalog.load(
              "hostile",
              TextSource.ofResource(RegionCatalog.class, "regions.csv"),
              input.source(),
              registry);
      case "sources.csv" -> SourceRegistry.load(input.source());
      case "agencies.csv" ->
          AgencyCatalog.load(input.source(), registry, RegionCatalog.kalimantan());
      case "agency-name-variants.csv" -> AgencyNameCatalog.load(input.source(), registry);
      case "regulations.txt" ->
          RegulationCatalog.load(input.source(), registry, RegionCatalog.kalimantan());
      case "versions.txt" ->
          NomenclatureCatalog.load(
              input.source(),
              file -> TextSource.ofResource(NomenclatureCatalog.class, file),
              registry,
              RegulationCatalog.shipped());
      case "ikg_published_values.csv", "ipg_idg_published.csv", "indicator-sources.csv" ->
          PublishedValues.load(
              indicatorFile(input, "ikg_published_values.csv"),
              indicatorFile(input, "ipg_idg_published.csv"),
              SourceRegistry.load(indicatorFile(input, "indicator-sources.csv")),
              RegionCatalog.kalimantan());
      default ->
          NomenclatureCatalog.load(
              TextSource.ofResource(NomenclatureCatalog.class, "versions.txt"),
              file ->
                  file.equals(resource)
                      ? input.source()
                      : TextSource.ofResource(NomenclatureCatalog.class, file),
              registry,
              RegulationCatalog.shipped());
    }
  }

  private static TextSource indicatorFile(Input input, String resource) {
    return input.base().resource().equals(resource)
        ? input.source()
        : TextSource.ofResource(PublishedValues.class, resource);
  }

  /** Runs a reading; null when it read or failed as documented, else what went wrong. */
  private static @Nullable String check(Input input, Runnable reading) {
    try {
      reading.run();
      return null;
    } catch (ReferenceDataException e) {
      String message = String.valueOf(e.getMessage());
      // a catalogue reads several files: a change in one may break a reference from another
      boolean known = e.file().equals(input.sourceName()) || e.file().startsWith("id/pug/core/");
      if (!known || !message.startsWith(e.file())) {
        return "the exception does not name a file the reading read: " + message;
      }
      if (e.line() < 1 && !message.contains("is empty")) {
        return "the exception names no line: " + message;
      }
      return null;
    } catch (Throwable t) { // any other exception or error breaks the contract
      StackTraceElement[] trace = t.getStackTrace();
      return "threw "
          + t.getClass().getName()
          + ": "
          + shorten(String.valueOf(t.getMessage()))
          + (trace.length > 0 ? " at " + trace[0] : "");
    }
  }

  private static String shorten(String message) {
    return message.length() > 300 ? message.substring(0, 300) + "…" : message;
  }
}
