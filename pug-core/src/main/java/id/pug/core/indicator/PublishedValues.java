package id.pug.core.indicator;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.pug.core.InvalidValueException;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.CsvReader;
import id.pug.core.refdata.CsvRow;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Published values of the IKG, IPG and IDG with the release each came from: {@code
 * indicator/ikg_published_values.csv} and {@code indicator/ipg_idg_published.csv}, copied from
 * {@code shared/reference/data} with their sources in {@code indicator/indicator-sources.csv} (ids
 * S1–S62 of {@code INDICATOR-SOURCES.md}).
 *
 * <p>Lookups take a region as published ("INDONESIA", "KALIMANTAN BARAT", "Kota Pontianak"),
 * matched ignoring case and punctuation, or a Kalimantan region code: {@code national(IKG, 2024)}
 * is 0.421, {@code find(IKG, "Kalimantan Barat", 2024)} is 0.493.
 *
 * <p>Immutable and thread-safe.
 */
public final class PublishedValues {
  private final ImmutableList<PublishedValue> values;

  private PublishedValues(ImmutableList<PublishedValue> values) {
    this.values = values;
  }

  private static final class Shipped {
    static final PublishedValues INSTANCE =
        load(
            TextSource.ofResource(PublishedValues.class, "ikg_published_values.csv"),
            TextSource.ofResource(PublishedValues.class, "ipg_idg_published.csv"),
            SourceRegistry.load(
                TextSource.ofResource(PublishedValues.class, "indicator-sources.csv")),
            RegionCatalog.kalimantan());
  }

  /**
   * The published values shipped with pug.
   *
   * @return the shipped values
   */
  public static PublishedValues shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * Reads published values in the shipped formats.
   *
   * @param ikg IKG values: columns {@code region, level, year, IKG, source_ids}, optional {@code
   *     notes}
   * @param ipgIdg IPG and IDG values: columns {@code indicator, region, year, value, source_ids},
   *     optional {@code component_parl_F_pct, component_prof_F_pct, component_income_F_pct, notes}
   * @param sources resolves source ids
   * @param regions resolves region names to codes where it can
   * @return the values
   * @throws ReferenceDataException if a file is malformed or a value repeats
   */
  public static PublishedValues load(
      TextSource ikg, TextSource ipgIdg, SourceRegistry sources, RegionCatalog regions) {
    List<PublishedValue> values = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvRow row :
        CsvReader.read(
            ikg,
            ImmutableSet.of("region", "level", "year", "IKG", "source_ids"),
            ImmutableSet.of("notes"))) {
      PublishedValue.Builder b = common(row, GenderIndex.IKG, "IKG", sources, regions);
      b.level(row.parse("level", PublishedValues::level));
      add(values, seen, row, b);
    }
    for (CsvRow row :
        CsvReader.read(
            ipgIdg,
            ImmutableSet.of("indicator", "region", "year", "value", "source_ids"),
            ImmutableSet.of(
                "component_parl_F_pct",
                "component_prof_F_pct",
                "component_income_F_pct",
                "notes"))) {
      GenderIndex index = row.parse("indicator", PublishedValues::index);
      PublishedValue.Builder b = common(row, index, "value", sources, regions);
      String region = row.get("region");
      b.level(
          key(region).equals("INDONESIA")
              ? PublishedValue.Level.NATIONAL
              : region.contains("(kab)") || region.startsWith("Kota ")
                  ? PublishedValue.Level.REGENCY_CITY
                  : PublishedValue.Level.PROVINCE);
      row.parseOptional("component_parl_F_pct", BigDecimal::new)
          .ifPresent(b::parliamentFemalePercent);
      row.parseOptional("component_prof_F_pct", BigDecimal::new)
          .ifPresent(b::managersFemalePercent);
      row.parseOptional("component_income_F_pct", BigDecimal::new)
          .ifPresent(b::incomeFemalePercent);
      add(values, seen, row, b);
    }
    return new PublishedValues(
        ImmutableList.sortedCopyOf(
            Comparator.comparing(PublishedValue::index)
                .thenComparing(v -> key(v.region()))
                .thenComparing(PublishedValue::year),
            values));
  }

  private static PublishedValue.Builder common(
      CsvRow row,
      GenderIndex index,
      String valueColumn,
      SourceRegistry sources,
      RegionCatalog regions) {
    String region = row.get("region");
    PublishedValue.Builder b =
        PublishedValue.builder()
            .index(index)
            .region(region)
            .year(row.parse("year", Year::parse))
            .value(row.parse(valueColumn, BigDecimal::new));
    resolve(region, regions).ifPresent(b::regionCode);
    row.get("source_ids"); // a blank cell is reported at its own column
    for (String id : row.list("source_ids")) {
      String bare =
          id.contains(" ") ? id.substring(0, id.indexOf(' ')) : id; // "S8 (kolom …)" keeps its id
      b.addSource(row.convert("source_ids", bare, sources::resolve));
    }
    row.optional("notes").ifPresent(b::note);
    return b;
  }

  private static void add(
      List<PublishedValue> values, Set<String> seen, CsvRow row, PublishedValue.Builder b) {
    PublishedValue value = row.convert("region", row.get("region"), v -> b.build());
    double v = value.value().doubleValue();
    double max =
        value.index() == GenderIndex.IKG || value.index() == GenderIndex.GII
            ? 1
            : value.index() == GenderIndex.IPG ? 200 : 100;
    if (v < 0 || v > max) {
      throw row.fail(
          value.index() == GenderIndex.IKG ? "IKG" : "value",
          "a published "
              + value.index()
              + " must be from 0 to "
              + max
              + ", was "
              + value.value().toPlainString());
    }
    if (!seen.add(value.index() + "|" + key(value.region()) + "|" + value.year())) {
      throw row.fail(
          "region",
          value.index() + " for " + value.region() + " in " + value.year() + " appears twice");
    }
    values.add(value);
  }

  private static PublishedValue.Level level(String text) {
    switch (text) {
      case "national":
        return PublishedValue.Level.NATIONAL;
      case "province":
        return PublishedValue.Level.PROVINCE;
      case "regency":
        return PublishedValue.Level.REGENCY_CITY;
      default:
        throw new IllegalArgumentException(
            "expected national, province or regency, was \"" + text + "\"");
    }
  }

  private static GenderIndex index(String text) {
    try {
      return GenderIndex.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "expected one of "
              + ImmutableList.copyOf(GenderIndex.values())
              + ", was \""
              + text
              + "\"",
          e);
    }
  }

  private static Optional<RegionCode> resolve(String region, RegionCatalog regions) {
    try {
      return regions.findByName(region.replace("(kab)", "").strip()).map(Region::code);
    } catch (InvalidValueException ambiguous) {
      return Optional.empty();
    }
  }

  private static String key(String region) {
    return region.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }

  /**
   * Every value, by index, region and year.
   *
   * @return the values
   */
  public ImmutableList<PublishedValue> all() {
    return values;
  }

  /**
   * The national value of an index in a year.
   *
   * @param index the index
   * @param year the year
   * @return the value, or empty if none is published in pug's sources
   */
  public Optional<PublishedValue> national(GenderIndex index, Year year) {
    return find(index, "INDONESIA", year);
  }

  /**
   * The value of an index for a region named as published, in a year.
   *
   * @param index the index
   * @param region the region, such as {@code "Kalimantan Barat"} (case and punctuation ignored)
   * @param year the year
   * @return the value, or empty
   */
  public Optional<PublishedValue> find(GenderIndex index, String region, Year year) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(year, "year");
    return series(index, region).stream().filter(v -> v.year().equals(year)).findFirst();
  }

  /**
   * The value of an index for a Kalimantan region, in a year.
   *
   * @param index the index
   * @param region the region code
   * @param year the year
   * @return the value, or empty
   */
  public Optional<PublishedValue> find(GenderIndex index, RegionCode region, Year year) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(year, "year");
    return values.stream()
        .filter(
            v ->
                v.index() == index
                    && v.regionCode().equals(Optional.of(region))
                    && v.year().equals(year))
        .findFirst();
  }

  /**
   * The published values of an index for a region, by year.
   *
   * @param index the index
   * @param region the region as published (case and punctuation ignored)
   * @return the values, oldest first
   */
  public ImmutableList<PublishedValue> series(GenderIndex index, String region) {
    Objects.requireNonNull(index, "index");
    String key = key(region);
    return values.stream()
        .filter(v -> v.index() == index && key(v.region()).equals(key))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The number of values.
   *
   * @return for example {@code "PublishedValues[40 values]"}
   */
  @Override
  public String toString() {
    return "PublishedValues[" + values.size() + " values]";
  }
}
