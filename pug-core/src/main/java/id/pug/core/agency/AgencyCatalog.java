package id.pug.core.agency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.CsvReader;
import id.pug.core.refdata.CsvRow;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import java.time.Year;
import java.util.Comparator;
import java.util.Objects;

/**
 * Agencies known from pug's sources, by region.
 *
 * <p>The {@link #kalimantan() shipped list} ({@code agency/agencies.csv}) holds the Kalimantan PPPA
 * and planning agencies that the sources and seed reports name: the PPPA agency of each of the 5
 * provinces (Kalbar DPPPA, Kalteng DP3APPKB, Kalsel DP3AKB, Kaltim DKP3A, Kaltara DP3AP2KB) and of
 * several kabupaten/kota (Kotawaringin Timur, Kapuas, Barito Selatan, Katingan, Pulang Pisau, Kota
 * Banjarbaru, Paser), and Bapperida and similar planning agencies where named. It is not a complete
 * register: a region without an entry has agencies pug's sources do not name.
 *
 * <p>Immutable and thread-safe.
 */
public final class AgencyCatalog {
  private static final String RESOURCE = "agencies.csv";

  private final ImmutableList<Agency> agencies;

  private AgencyCatalog(ImmutableList<Agency> agencies) {
    this.agencies = agencies;
  }

  private static final class Shipped {
    static final AgencyCatalog INSTANCE =
        load(
            TextSource.ofResource(AgencyCatalog.class, RESOURCE),
            SourceRegistry.shipped(),
            RegionCatalog.kalimantan());
  }

  /**
   * The Kalimantan agencies shipped with pug.
   *
   * @return the shipped catalogue
   */
  public static AgencyCatalog kalimantan() {
    return Shipped.INSTANCE;
  }

  /**
   * A catalogue of the given agencies, ordered by region.
   *
   * @param agencies the agencies
   * @return the catalogue
   */
  public static AgencyCatalog of(Iterable<Agency> agencies) {
    return new AgencyCatalog(
        ImmutableList.sortedCopyOf(Comparator.comparing(Agency::region), agencies));
  }

  /**
   * Reads agencies from CSV with columns {@code region, acronym, name, name_confirmed, urusan,
   * roles, last_seen, sources, note} (lists separated by {@code ;}).
   *
   * @param source the CSV text
   * @param sources resolves source ids
   * @param regions the list region codes must belong to
   * @return the catalogue
   * @throws ReferenceDataException if the file is malformed or a region is not listed
   */
  public static AgencyCatalog load(
      TextSource source, SourceRegistry sources, RegionCatalog regions) {
    ImmutableList.Builder<Agency> agencies = ImmutableList.builder();
    for (CsvRow row :
        CsvReader.read(
            source,
            ImmutableSet.of("region", "name", "name_confirmed", "sources"),
            ImmutableSet.of("acronym", "urusan", "roles", "last_seen", "note"))) {
      Agency.Builder builder =
          Agency.builder()
              .region(row.parse("region", regions::parseCode))
              .name(row.get("name"))
              .nameConfirmed(row.parse("name_confirmed", AgencyNameCatalog::parseYesNo));
      row.optional("acronym").ifPresent(builder::acronym);
      row.list("urusan")
          .forEach(u -> builder.addUrusan(row.convert("urusan", u, NomenclatureCode::parse)));
      row.list("roles")
          .forEach(r -> builder.addDeclaredRole(row.convert("roles", r, AgencyRole::valueOf)));
      row.parseOptional("last_seen", Year::parse).ifPresent(builder::lastSeen);
      row.list("sources")
          .forEach(s -> builder.addSource(row.convert("sources", s, sources::resolve)));
      row.optional("note").ifPresent(builder::addNote);
      Agency agency = row.convert("name", row.get("name"), v -> builder.build());
      agencies.add(agency);
    }
    return of(agencies.build());
  }

  /**
   * Every agency, ordered by region code.
   *
   * @return the agencies
   */
  public ImmutableList<Agency> all() {
    return agencies;
  }

  /**
   * The agencies of a region.
   *
   * @param region a region code
   * @return its known agencies, possibly none
   */
  public ImmutableList<Agency> in(RegionCode region) {
    Objects.requireNonNull(region, "region");
    return agencies.stream()
        .filter(a -> a.region().equals(region))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The agencies of a region that play a role.
   *
   * @param region a region code
   * @param role the role, such as {@link AgencyRole#WOMEN_EMPOWERMENT_CHILD_PROTECTION}
   * @return the matching agencies, possibly none
   */
  public ImmutableList<Agency> in(RegionCode region, AgencyRole role) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(role, "role");
    return in(region).stream()
        .filter(a -> a.hasRole(role))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The number of agencies.
   *
   * @return the size
   */
  public int size() {
    return agencies.size();
  }

  @Override
  public String toString() {
    return "AgencyCatalog[" + agencies.size() + " agencies]";
  }
}
