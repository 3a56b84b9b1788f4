package id.pug.core.agency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.pug.core.InvalidValueException;
import id.pug.core.agency.AgencyRecognition.MatchKind;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.provenance.SourceRegistry;
import id.pug.core.refdata.CsvReader;
import id.pug.core.refdata.CsvRow;
import id.pug.core.refdata.ReferenceDataException;
import id.pug.core.refdata.TextSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agency-name variants seen in pug's sources, and recognition of an agency's roles from its
 * name.
 *
 * <p>The {@link #shipped() shipped list} ({@code agency/agency-name-variants.csv}, from {@code
 * shared/reference/data/perangkat_daerah_varian_nama.csv} and the seed reports) covers the
 * PPPA/PPKB agencies (DP3A, DP3APPKB = DP3AP2KB = DPPPAPPKB, DP3AKB, DKP3A, DP2KBP3A, DP2KBPMP2A,
 * …), the planning agencies (Bappeda, Bapperida, Bappedalitbang, Bappelitbangda, Baperlitbangda),
 * BRIDA, BPKAD and the inspectorate.
 *
 * <p>Recognition, in order: an acronym (case and punctuation ignored; a letter followed by a digit
 * is read as the letter repeated, so P3A = PPPA and P2 = PP); a long name (case and punctuation
 * ignored, and a trailing {@code Provinsi …}, {@code Kabupaten …}, {@code Kab. …} or {@code Kota …}
 * removed); otherwise words in the name ({@link MatchKind#KEYWORDS}, flagged as a heuristic).
 *
 * <p>Immutable and thread-safe.
 */
public final class AgencyNameCatalog {
  private static final String RESOURCE = "agency-name-variants.csv";
  private static final Pattern LETTER_DIGIT = Pattern.compile("([A-Z])([2-9])");
  private static final Pattern REGION_SUFFIX =
      Pattern.compile("\\s+(PROVINSI|KABUPATEN|KAB\\.|KOTA|PROV\\.)\\s.*$");
  private static final ImmutableMap<String, ImmutableSet<String>> KEYWORDS =
      ImmutableMap.<String, ImmutableSet<String>>builder()
          .put("2.08", ImmutableSet.of("PEMBERDAYAANPEREMPUAN", "PERLINDUNGANANAK"))
          .put("2.14", ImmutableSet.of("KELUARGABERENCANA", "PENGENDALIANPENDUDUK"))
          .put("2.13", ImmutableSet.of("PEMBERDAYAANMASYARAKAT"))
          .put("5.01", ImmutableSet.of("PERENCANAANPEMBANGUNAN", "BADANPERENCANAAN"))
          .put("5.05", ImmutableSet.of("RISETDANINOVASI", "PENELITIANDANPENGEMBANGAN"))
          .put("1.06", ImmutableSet.of("DINASSOSIAL"))
          .put("1.02", ImmutableSet.of("DINASKESEHATAN"))
          .buildOrThrow();
  private static final ImmutableMap<AgencyRole, String> ROLE_KEYWORDS =
      ImmutableMap.of(AgencyRole.FINANCE, "KEUANGAN", AgencyRole.INSPECTORATE, "INSPEKTORAT");

  private final ImmutableList<AgencyNameVariant> variants;
  private final ImmutableMap<String, AgencyNameVariant> byAcronym;
  private final ImmutableMap<String, AgencyNameVariant> byLongName;

  private AgencyNameCatalog(
      ImmutableList<AgencyNameVariant> variants,
      ImmutableMap<String, AgencyNameVariant> byAcronym,
      ImmutableMap<String, AgencyNameVariant> byLongName) {
    this.variants = variants;
    this.byAcronym = byAcronym;
    this.byLongName = byLongName;
  }

  private static final class Shipped {
    static final AgencyNameCatalog INSTANCE =
        load(TextSource.ofResource(AgencyNameCatalog.class, RESOURCE), SourceRegistry.shipped());
  }

  /**
   * The variants shipped with pug.
   *
   * @return the shipped catalogue
   */
  public static AgencyNameCatalog shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * A catalogue of the given variants.
   *
   * @param variants the variants
   * @return the catalogue
   * @throws InvalidValueException if two variants share an id, an acronym or a long name (after
   *     normalisation)
   */
  public static AgencyNameCatalog of(Iterable<AgencyNameVariant> variants) {
    Map<String, AgencyNameVariant> acronyms = new HashMap<>();
    Map<String, AgencyNameVariant> longNames = new HashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    for (AgencyNameVariant v : variants) {
      if (!ids.add(v.id())) {
        throw InvalidValueException.of(AgencyNameVariant.class, "id", v.id(), "be unique");
      }
      for (String acronym : v.acronyms()) {
        putUnique(acronyms, acronymKey(acronym), v, "acronyms", acronym);
      }
      putUnique(longNames, nameKey(v.longName()), v, "longName", v.longName());
      for (String other : v.otherLongNames()) {
        putUnique(longNames, nameKey(other), v, "otherLongNames", other);
      }
    }
    return new AgencyNameCatalog(
        ImmutableList.copyOf(variants),
        ImmutableMap.copyOf(acronyms),
        ImmutableMap.copyOf(longNames));
  }

  private static void putUnique(
      Map<String, AgencyNameVariant> index,
      String key,
      AgencyNameVariant v,
      String field,
      String value) {
    AgencyNameVariant other = index.put(key, v);
    if (other != null && !other.id().equals(v.id())) {
      throw InvalidValueException.of(
          AgencyNameVariant.class,
          field,
          value,
          "identify one variant; " + other.id() + " and " + v.id() + " share it");
    }
  }

  /**
   * Reads variants from CSV with columns {@code id, acronyms, long_name, long_name_confirmed,
   * other_long_names, urusan, roles, seen_in, sources, note} (lists separated by {@code ;}; {@code
   * long_name_confirmed} is {@code yes} or {@code no}; {@code roles} names {@link AgencyRole}
   * constants).
   *
   * @param source the CSV text
   * @param sources resolves source ids
   * @return the catalogue
   * @throws ReferenceDataException if the file is malformed or inconsistent
   */
  public static AgencyNameCatalog load(TextSource source, SourceRegistry sources) {
    List<AgencyNameVariant> variants = new ArrayList<>();
    for (CsvRow row :
        CsvReader.read(
            source,
            ImmutableSet.of("id", "long_name", "long_name_confirmed", "sources"),
            ImmutableSet.of(
                "acronyms", "other_long_names", "urusan", "roles", "seen_in", "note"))) {
      AgencyNameVariant.Builder builder =
          AgencyNameVariant.builder()
              .id(row.get("id"))
              .addAllAcronyms(row.list("acronyms"))
              .longName(row.get("long_name"))
              .longNameConfirmed(row.parse("long_name_confirmed", AgencyNameCatalog::parseYesNo))
              .addAllOtherLongNames(row.list("other_long_names"));
      row.list("urusan")
          .forEach(u -> builder.addUrusan(row.convert("urusan", u, NomenclatureCode::parse)));
      row.list("roles")
          .forEach(r -> builder.addDeclaredRole(row.convert("roles", r, AgencyRole::valueOf)));
      row.list("sources")
          .forEach(s -> builder.addSource(row.convert("sources", s, sources::resolve)));
      row.optional("seen_in").ifPresent(builder::seenIn);
      row.optional("note").ifPresent(builder::note);
      AgencyNameVariant variant = row.convert("id", row.get("id"), v -> builder.build());
      variants.add(variant);
      try {
        of(variants); // checks the new row against the rows before it
      } catch (InvalidValueException e) {
        String column =
            switch (e.field().orElse("")) {
              case "longName" -> "long_name";
              case "otherLongNames" -> "other_long_names";
              case "acronyms" -> "acronyms";
              default -> "id";
            };
        throw row.fail(column, String.valueOf(e.getMessage()));
      }
    }
    return of(variants);
  }

  static boolean parseYesNo(String text) {
    switch (text) {
      case "yes":
        return true;
      case "no":
        return false;
      default:
        throw new IllegalArgumentException("expected yes or no, was \"" + text + "\"");
    }
  }

  /**
   * The acronym key: upper case, letters and digits only, a letter followed by a digit n repeated n
   * times.
   */
  static String acronymKey(String acronym) {
    String upper = acronym.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    Matcher m = LETTER_DIGIT.matcher(upper);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, m.group(1).repeat(Integer.parseInt(m.group(2))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The long-name key: a trailing region name removed, upper case, letters and digits only. */
  static String nameKey(String name) {
    String upper = name.strip().toUpperCase(Locale.ROOT);
    upper = REGION_SUFFIX.matcher(upper).replaceFirst("");
    return upper.replaceAll("[^A-Z0-9]", "");
  }

  /**
   * Every variant, in file order.
   *
   * @return the variants
   */
  public ImmutableList<AgencyNameVariant> variants() {
    return variants;
  }

  /**
   * The variant an acronym or long name belongs to.
   *
   * @param name an acronym ({@code "DP3AP2KB"}) or long name
   * @return the variant, or empty
   */
  public Optional<AgencyNameVariant> findVariant(String name) {
    AgencyNameVariant byAcronymMatch = byAcronym.get(acronymKey(name));
    return byAcronymMatch != null
        ? Optional.of(byAcronymMatch)
        : Optional.ofNullable(byLongName.get(nameKey(name)));
  }

  /**
   * Recognises an agency's urusan and roles from its name (see the class description for the order
   * of matching).
   *
   * @param name an acronym or a full name, such as {@code "DP3AP2KB"}, {@code "Bapperida"} or
   *     {@code "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Pontianak"}
   * @return the recognition, or empty if nothing in the name points to a role
   */
  public Optional<AgencyRecognition> recognize(String name) {
    AgencyNameVariant acronymMatch = byAcronym.get(acronymKey(name));
    if (acronymMatch != null) {
      return Optional.of(recognition(name, MatchKind.ACRONYM, acronymMatch));
    }
    AgencyNameVariant nameMatch = byLongName.get(nameKey(name));
    if (nameMatch != null) {
      return Optional.of(recognition(name, MatchKind.LONG_NAME, nameMatch));
    }
    String key = nameKey(name);
    ImmutableSet.Builder<NomenclatureCode> urusan = ImmutableSet.builder();
    KEYWORDS.forEach(
        (code, words) -> {
          if (words.stream().anyMatch(key::contains)) {
            urusan.add(NomenclatureCode.parse(code));
          }
        });
    ImmutableSet<NomenclatureCode> codes = urusan.build();
    ImmutableSet<AgencyRole> found =
        AgencyRole.rolesOf(
            codes,
            ROLE_KEYWORDS.entrySet().stream()
                .filter(e -> key.contains(e.getValue()))
                .map(java.util.Map.Entry::getKey)
                .collect(ImmutableSet.toImmutableSet()));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ImmutableAgencyRecognition.builder()
            .input(name)
            .matchKind(MatchKind.KEYWORDS)
            .urusan(codes)
            .roles(found)
            .build());
  }

  private static AgencyRecognition recognition(
      String input, MatchKind kind, AgencyNameVariant variant) {
    return ImmutableAgencyRecognition.builder()
        .input(input)
        .matchKind(kind)
        .variant(variant)
        .urusan(variant.urusan())
        .roles(variant.roles())
        .build();
  }

  @Override
  public String toString() {
    return "AgencyNameCatalog[" + variants.size() + " variants]";
  }
}
