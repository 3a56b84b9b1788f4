package id.pug.core.region;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Multimaps;
import id.pug.core.InvalidValueException;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.CsvReader;
import id.pug.core.refdata.CsvRow;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A list of regions: lookup by code and by name, with aliases.
 *
 * <p>The shipped catalogue, {@link #kalimantan()}, holds the 5 Kalimantan provinces and their 56
 * kabupaten/kota (Kalbar 14, Kalteng 14, Kalsel 13, Kaltim 10, Kaltara 5) from Kepmendagri
 * 300.2.2-2138/2025 (source S4), with the 2022 edition's upper-case names as aliases and population
 * by sex. {@link #load} reads a list in the same format, which can hold all of Indonesia.
 *
 * <p>Name lookup ignores case, spaces and punctuation, reads {@code KAB.} as {@code Kabupaten} and
 * {@code PROV.} as {@code Provinsi}, and accepts a name without its {@code Kabupaten}/{@code
 * Kota}/{@code Provinsi} prefix when that is unambiguous: {@code "KAB. SAMBAS"}, {@code "kabupaten
 * sambas"} and {@code "Sambas"} all find 61.01, and {@code "Palangka Raya"} finds 62.71 (the list
 * spells it Palangkaraya).
 *
 * <p>Immutable and thread-safe.
 */
public final class RegionCatalog {
  private static final String REGIONS = "regions.csv";
  private static final String ALIASES = "region-aliases.csv";
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]");

  private final String name;
  private final ImmutableSortedMap<RegionCode, Region> regions;
  private final ImmutableListMultimap<String, Region> byFullName;
  private final ImmutableListMultimap<String, Region> byBaseName;

  private RegionCatalog(String name, ImmutableSortedMap<RegionCode, Region> regions) {
    this.name = name;
    this.regions = regions;
    Map<String, List<Region>> full = new LinkedHashMap<>();
    Map<String, List<Region>> base = new LinkedHashMap<>();
    for (Region region : regions.values()) {
      for (String each :
          ImmutableList.<String>builder().add(region.name()).addAll(region.aliases()).build()) {
        String key = key(each);
        String prefix = prefixKey(region.level());
        String baseKey = key.startsWith(prefix) ? key.substring(prefix.length()) : key;
        addOnce(full, prefix + baseKey, region);
        addOnce(base, baseKey, region);
      }
    }
    this.byFullName = toMultimap(full);
    this.byBaseName = toMultimap(base);
  }

  private static void addOnce(Map<String, List<Region>> index, String key, Region region) {
    List<Region> list = index.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(region)) {
      list.add(region);
    }
  }

  private static ImmutableListMultimap<String, Region> toMultimap(Map<String, List<Region>> index) {
    ImmutableListMultimap.Builder<String, Region> builder = ImmutableListMultimap.builder();
    index.forEach(builder::putAll);
    return builder.build();
  }

  private static String prefixKey(RegionLevel level) {
    switch (level) {
      case PROVINCE:
        return "PROVINSI";
      case REGENCY:
        return "KABUPATEN";
      case CITY:
        return "KOTA";
    }
    throw new AssertionError(level);
  }

  /**
   * The normalised lookup key of a name: upper case, {@code KAB.}/{@code PROV.} expanded, only
   * letters and digits.
   */
  static String key(String name) {
    String upper = name.strip().toUpperCase(Locale.ROOT);
    if (upper.startsWith("KAB.") || upper.startsWith("KAB ")) {
      upper = "KABUPATEN " + upper.substring(4);
    } else if (upper.startsWith("PROV.") || upper.startsWith("PROV ")) {
      upper = "PROVINSI " + upper.substring(5);
    }
    return NOT_ALPHANUMERIC.matcher(upper).replaceAll("");
  }

  private static final class Shipped {
    static final RegionCatalog INSTANCE =
        load(
            "Kalimantan (Kepmendagri 300.2.2-2138/2025)",
            TextSource.ofResource(RegionCatalog.class, REGIONS),
            TextSource.ofResource(RegionCatalog.class, ALIASES),
            SourceRegistry.shipped());
  }

  /**
   * The shipped catalogue: 5 Kalimantan provinces and 56 kabupaten/kota.
   *
   * @return the shipped catalogue
   */
  public static RegionCatalog kalimantan() {
    return Shipped.INSTANCE;
  }

  /**
   * Reads a region list and its aliases in the shipped format (see {@code docs/reference-data.md}).
   *
   * <p>Region columns: {@code kode}, {@code level} ({@code provinsi}/{@code kabupaten}/{@code
   * kota}), {@code nama}, {@code sumber} (source ids or URLs separated by {@code ;}) are required;
   * {@code kode_provinsi}, {@code provinsi}, {@code nama_kepmendagri_2022}, {@code
   * jumlah_kecamatan}, {@code jumlah_desa}, {@code jumlah_kelurahan}, {@code
   * jumlah_desa_kelurahan}, {@code penduduk_laki_laki}, {@code penduduk_perempuan}, {@code
   * penduduk_total}, {@code luas_km2} are optional and cross-checked when present. Alias columns:
   * {@code alias}, {@code kode}, {@code sumber}, optional {@code catatan}. Every kabupaten/kota's
   * province must be in the list.
   *
   * @param name a name for this catalogue, used in messages
   * @param regions the region list
   * @param aliases the alias list
   * @param sources resolves source ids
   * @return the catalogue
   * @throws ReferenceDataException if a file is malformed or inconsistent
   */
  public static RegionCatalog load(
      String name, TextSource regions, TextSource aliases, SourceRegistry sources) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sources, "sources");
    Map<RegionCode, Region.Builder> builders = new TreeMap<>();
    Map<RegionCode, CsvRow> rows = new HashMap<>();
    List<NameOrigin> origins = new ArrayList<>();
    for (CsvRow row :
        CsvReader.read(
            regions,
            ImmutableSet.of("kode", "level", "nama", "sumber"),
            ImmutableSet.of(
                "kode_provinsi",
                "provinsi",
                "nama_kepmendagri_2022",
                "jumlah_kecamatan",
                "jumlah_desa",
                "jumlah_kelurahan",
                "jumlah_desa_kelurahan",
                "penduduk_laki_laki",
                "penduduk_perempuan",
                "penduduk_total",
                "luas_km2"))) {
      RegionCode code = row.parse("kode", RegionCode::parse);
      if (rows.put(code, row) != null) {
        throw row.fail("kode", "region " + code + " appears twice");
      }
      builders.put(code, readRegion(row, code, sources));
      origins.add(new NameOrigin(code, row.get("nama"), row, "nama"));
      row.optional("nama_kepmendagri_2022")
          .ifPresent(n -> origins.add(new NameOrigin(code, n, row, "nama_kepmendagri_2022")));
    }
    for (CsvRow row :
        CsvReader.read(
            aliases, ImmutableSet.of("alias", "kode", "sumber"), ImmutableSet.of("catatan"))) {
      RegionCode code = row.parse("kode", RegionCode::parse);
      Region.Builder builder = builders.get(code);
      if (builder == null) {
        throw row.fail("kode", "alias for region " + code + ", which is not in " + regions.name());
      }
      builder.addAlias(row.get("alias"));
      origins.add(new NameOrigin(code, row.get("alias"), row, "alias"));
    }
    ImmutableSortedMap.Builder<RegionCode, Region> built = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<RegionCode, Region.Builder> entry : builders.entrySet()) {
      CsvRow row = Objects.requireNonNull(rows.get(entry.getKey()));
      built.put(
          entry.getKey(),
          row.convert("kode", entry.getKey().value(), v -> entry.getValue().build()));
    }
    ImmutableSortedMap<RegionCode, Region> all = built.build();
    for (Region region : all.values()) {
      CsvRow row = Objects.requireNonNull(rows.get(region.code()));
      Optional<RegionCode> parent = region.parent();
      if (parent.isPresent() && !all.containsKey(parent.get())) {
        throw row.fail(
            "kode",
            "the province " + parent.get() + " of " + region.code() + " is not in the list");
      }
      Optional<String> provinceName = row.optional("provinsi");
      Region province = all.get(region.code().province());
      if (provinceName.isPresent()
          && province != null
          && !provinceName.get().equals(province.name())) {
        throw row.fail(
            "provinsi",
            "is \""
                + provinceName.get()
                + "\" but province "
                + province.code()
                + " is named \""
                + province.name()
                + "\"");
      }
    }
    RegionCatalog catalog = new RegionCatalog(name, all);
    for (NameOrigin origin : origins) {
      List<Region> found = catalog.lookup(origin.name);
      if (found.size() != 1 || !found.get(0).code().equals(origin.code)) {
        throw origin.row.fail(
            origin.column,
            "the name \""
                + origin.name
                + "\" of "
                + origin.code
                + " is ambiguous: it matches "
                + found.stream()
                    .map(r -> r.code().value())
                    .collect(ImmutableList.toImmutableList()));
      }
    }
    return catalog;
  }

  private static Region.Builder readRegion(CsvRow row, RegionCode code, SourceRegistry sources) {
    row.parseOptional("kode_provinsi", RegionCode::parse)
        .filter(p -> !p.equals(code.province()))
        .ifPresent(
            p -> {
              throw row.fail(
                  "kode_provinsi",
                  "is " + p + " but the code " + code + " is in province " + code.province());
            });
    Region.Builder builder =
        Region.builder()
            .code(code)
            .level(row.parse("level", RegionLevel::parseIndonesian))
            .name(row.get("nama"));
    row.optional("nama_kepmendagri_2022").ifPresent(builder::addAlias);
    for (String reference : row.list("sumber")) {
      builder.addSource(row.convert("sumber", reference, sources::resolve));
    }
    Function<String, Integer> count = RegionCatalog::parseCount;
    OptionalInt districts = optionalInt(row, "jumlah_kecamatan", count);
    OptionalInt villages = optionalInt(row, "jumlah_desa", count);
    OptionalInt urbanVillages = optionalInt(row, "jumlah_kelurahan", count);
    builder.districtCount(districts).villageCount(villages).urbanVillageCount(urbanVillages);
    OptionalInt both = optionalInt(row, "jumlah_desa_kelurahan", count);
    if (both.isPresent()
        && villages.isPresent()
        && urbanVillages.isPresent()
        && both.getAsInt() != villages.getAsInt() + urbanVillages.getAsInt()) {
      throw row.fail(
          "jumlah_desa_kelurahan",
          "is "
              + both.getAsInt()
              + " but jumlah_desa + jumlah_kelurahan is "
              + (villages.getAsInt() + urbanVillages.getAsInt()));
    }
    Optional<Long> male = row.parseOptional("penduduk_laki_laki", RegionCatalog::parseLong);
    Optional<Long> female = row.parseOptional("penduduk_perempuan", RegionCatalog::parseLong);
    if (male.isPresent() != female.isPresent()) {
      throw row.fail(
          "penduduk_perempuan", "penduduk_laki_laki and penduduk_perempuan must be given together");
    }
    if (male.isPresent() && female.isPresent()) {
      Population population =
          row.convert(
              "penduduk_laki_laki",
              male.get().toString(),
              v -> Population.of(male.get(), female.get()));
      row.parseOptional("penduduk_total", RegionCatalog::parseLong)
          .filter(total -> total != population.total())
          .ifPresent(
              total -> {
                throw row.fail(
                    "penduduk_total",
                    "is " + total + " but laki-laki + perempuan is " + population.total());
              });
      builder.population(population);
    }
    row.parseOptional("luas_km2", BigDecimal::new).ifPresent(builder::areaKm2);
    return builder;
  }

  private static OptionalInt optionalInt(
      CsvRow row, String column, Function<String, Integer> parser) {
    return row.parseOptional(column, parser).map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  private static int parseCount(String text) {
    long value = parseLong(text);
    if (value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "a count must be at most " + Integer.MAX_VALUE + ", was " + text);
    }
    return (int) value;
  }

  private static long parseLong(String text) {
    if (!text.matches("\\d{1,18}")) {
      throw new IllegalArgumentException("expected a whole number of digits, was \"" + text + "\"");
    }
    return Long.parseLong(text);
  }

  /** Where a name or alias was read, to locate an ambiguity. */
  private static final class NameOrigin {
    final RegionCode code;
    final String name;
    final CsvRow row;
    final String column;

    NameOrigin(RegionCode code, String name, CsvRow row, String column) {
      this.code = code;
      this.name = name;
      this.row = row;
      this.column = column;
    }
  }

  /**
   * This catalogue's name.
   *
   * @return for example {@code "Kalimantan (Kepmendagri 300.2.2-2138/2025)"}
   */
  public String name() {
    return name;
  }

  /**
   * Every region, ordered by code (each province followed by its kabupaten/kota).
   *
   * @return the regions
   */
  public ImmutableList<Region> all() {
    return regions.values().asList();
  }

  /**
   * The provinces, ordered by code.
   *
   * @return the provinces
   */
  public ImmutableList<Region> provinces() {
    return regions.values().stream()
        .filter(r -> r.code().isProvince())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The kabupaten and kota of a province, ordered by code.
   *
   * @param province a province code
   * @return its kabupaten and kota; empty if the code is not a province in this catalogue
   */
  public ImmutableList<Region> childrenOf(RegionCode province) {
    return regions.values().stream()
        .filter(r -> r.parent().equals(Optional.of(province)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether the code is in this catalogue.
   *
   * @param code a region code
   * @return true if listed
   */
  public boolean contains(RegionCode code) {
    Objects.requireNonNull(code, "code");
    return regions.containsKey(code);
  }

  /**
   * Looks up a region by code.
   *
   * @param code a region code
   * @return the region, or empty if not listed
   */
  public Optional<Region> find(RegionCode code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(regions.get(code));
  }

  /**
   * The region with this code.
   *
   * @param code a region code
   * @return the region
   * @throws InvalidValueException if the code is not in this catalogue
   */
  public Region get(RegionCode code) {
    Region region = regions.get(code);
    if (region == null) {
      throw notListed(code.value());
    }
    return region;
  }

  /**
   * Parses a region code and checks that it is in this catalogue: the way to validate a code
   * "against the list, not by range".
   *
   * @param text {@code PP} or {@code PP.KK}
   * @return the code
   * @throws InvalidValueException if the text is malformed or the code is not listed (e.g. {@code
   *     "64.04"}, which moved to Kalimantan Utara in 2012)
   */
  public RegionCode parseCode(String text) {
    RegionCode code = RegionCode.parse(text);
    if (!regions.containsKey(code)) {
      throw notListed(text);
    }
    return code;
  }

  private InvalidValueException notListed(String code) {
    return InvalidValueException.of(RegionCode.class, code, "be a code in the region list " + name);
  }

  /**
   * Finds a region by name or alias (see the class description for the matching rules).
   *
   * @param name a name such as {@code "KAB. SAMBAS"}, {@code "Palangka Raya"} or {@code "Kalteng"}
   * @return the region, or empty if no region has that name
   * @throws InvalidValueException if the name matches more than one region
   */
  public Optional<Region> findByName(String name) {
    List<Region> found = lookup(name);
    if (found.size() > 1) {
      throw InvalidValueException.of(
          Region.class,
          "name",
          name,
          "identify one region; it matches "
              + found.stream()
                  .map(r -> r.code() + " " + r.name())
                  .collect(ImmutableList.toImmutableList()));
    }
    return found.stream().findFirst();
  }

  private List<Region> lookup(String name) {
    String key = key(name);
    ImmutableList<Region> full = byFullName.get(key);
    return full.isEmpty() ? byBaseName.get(key) : full;
  }

  /**
   * The number of regions.
   *
   * @return the size
   */
  public int size() {
    return regions.size();
  }

  /**
   * Regions grouped by province code, in code order.
   *
   * @return province code → the province and its kabupaten/kota
   */
  public ImmutableListMultimap<RegionCode, Region> byProvince() {
    return Multimaps.index(regions.values(), r -> r.code().province());
  }

  @Override
  public String toString() {
    return "RegionCatalog[" + name + ", " + regions.size() + " regions]";
  }
}
