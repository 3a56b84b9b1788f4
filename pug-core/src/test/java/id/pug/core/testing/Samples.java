package id.pug.core.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyNameCatalog;
import id.pug.core.agency.AgencyNameVariant;
import id.pug.core.agency.AgencyRecognition;
import id.pug.core.agency.AgencyRole;
import id.pug.core.law.Citation;
import id.pug.core.law.LegalState;
import id.pug.core.law.LegalStatus;
import id.pug.core.law.Ministry;
import id.pug.core.law.Pinpoint;
import id.pug.core.law.Regulation;
import id.pug.core.law.Regulation.DeclaredStatus;
import id.pug.core.law.RegulationAttribute;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.law.RegulationId;
import id.pug.core.law.RegulationType;
import id.pug.core.nomenclature.Coverage;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureEntry;
import id.pug.core.nomenclature.NomenclatureVersion;
import id.pug.core.provenance.Source;
import id.pug.core.region.GovernmentLevel;
import id.pug.core.region.Population;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import id.pug.core.region.RegionLevel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Sample instances of pug-core's types, for tests and benchmarks.
 *
 * <p>Every factory builds a new, valid instance each time it is called; two calls return equal
 * values. {@link #valueSamples()} describes, for every Immutables value type, how to build it and a
 * different valid value for each of its attributes (used by the equality contract tests, which fail
 * when a value type or an attribute has no entry here).
 *
 * <p>The values are modelled on the shipped reference data (Permendagri 15/2008, Kota Palangkaraya,
 * DP3APPKB, urusan 2.08) but do not depend on it, except {@link #legalStatus()}, which needs a
 * region list for its catalogue and uses {@link RegionCatalog#kalimantan()}.
 */
public final class Samples {
  private Samples() {}

  // ---------------------------------------------------------------------------------------------
  // Identifiers and plain values
  // ---------------------------------------------------------------------------------------------

  /** Kota Palangkaraya. */
  public static RegionCode regionCode() {
    return RegionCode.parse("62.71");
  }

  /** Kalimantan Tengah. */
  public static RegionCode provinceCode() {
    return RegionCode.parse("62");
  }

  public static RegulationId regulationId() {
    return RegulationId.of("permendagri-15-2008");
  }

  /** The first PUG sub-kegiatan of the 050-5889 era: 2.08.02.2.01.01. */
  public static NomenclatureCode nomenclatureCode() {
    return NomenclatureCode.parse("2.08.02.2.01.01");
  }

  public static Year year() {
    return Year.of(2008);
  }

  public static LocalDate date() {
    return LocalDate.of(2012, 1, 1);
  }

  /** A registry source (S4, the region list). */
  public static Source source() {
    return Source.of(
        "S4",
        "GitHub cahyadsn/wilayah: Kepmendagri 300.2.2-2138/2025 region list",
        Optional.of(URI.create("https://github.com/cahyadsn/wilayah")));
  }

  /** A source known only by its address. */
  public static Source urlSource() {
    return Source.ofUrl("http://www.slideshare.net/yulestian/materi-bu-asri-ii-presentation");
  }

  // ---------------------------------------------------------------------------------------------
  // Regions
  // ---------------------------------------------------------------------------------------------

  /** Kota Palangkaraya's population by sex. */
  public static Population population() {
    return Population.of(159_809, 155_344);
  }

  /** Kota Palangkaraya (62.71). */
  public static Region region() {
    return Region.builder()
        .code(regionCode())
        .level(RegionLevel.CITY)
        .name("Kota Palangkaraya")
        .addAlias("KOTA PALANGKARAYA")
        .population(population())
        .districtCount(5)
        .villageCount(0)
        .urbanVillageCount(30)
        .areaKm2(new BigDecimal("2848.699"))
        .addSource(source())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Law
  // ---------------------------------------------------------------------------------------------

  /** Kepmendagri 132/2003, replaced by Permendagri 15/2008. */
  public static Regulation kepmendagri132of2003() {
    return Regulation.builder()
        .id(RegulationId.of("kepmendagri-132-2003"))
        .type(RegulationType.KEPMEN)
        .ministry(Ministry.DALAM_NEGERI)
        .number("132")
        .year(Year.of(2003))
        .title("Pedoman Umum Pelaksanaan Pengarusutamaan Gender Dalam Pembangunan di Daerah")
        .issuer("Menteri Dalam Negeri")
        .declaredStatus(DeclaredStatus.NO_LONGER_IN_FORCE)
        .scope("Predecessor general guideline for PUG in regional development")
        .addSource(urlSource())
        .build();
  }

  /** Permendagri 15/2008, which replaces Kepmendagri 132/2003. */
  public static Regulation regulation() {
    return Regulation.builder()
        .id(regulationId())
        .type(RegulationType.PERMEN)
        .ministry(Ministry.DALAM_NEGERI)
        .number("15")
        .year(Year.of(2008))
        .title("Pedoman Umum Pelaksanaan Pengarusutamaan Gender di Daerah")
        .issuer("Menteri Dalam Negeri")
        .addReplace(RegulationId.of("kepmendagri-132-2003"))
        .declaredStatus(DeclaredStatus.IN_FORCE)
        .scope("General guideline for PUG in provincial and regency/city government")
        .addSource(urlSource())
        .build();
  }

  /** Permendagri 67/2011, which amends Permendagri 15/2008. */
  public static Regulation permendagri67of2011() {
    return Regulation.builder()
        .id(RegulationId.of("permendagri-67-2011"))
        .type(RegulationType.PERMEN)
        .ministry(Ministry.DALAM_NEGERI)
        .number("67")
        .year(Year.of(2011))
        .issuer("Menteri Dalam Negeri")
        .addAmend(regulationId())
        .declaredStatus(DeclaredStatus.IN_FORCE)
        .scope("Amends Permendagri 15/2008")
        .addSource(urlSource())
        .build();
  }

  /**
   * A regional regulation with every optional attribute that a regional instrument may have, but no
   * dates (so that its year can vary): Perda Kalteng 4/2014, declared no longer in force (so that
   * {@code ended} can vary).
   */
  public static Regulation regionalRegulation() {
    return Regulation.builder()
        .id(RegulationId.of("perda-kalteng-4-2014"))
        .type(RegulationType.PERDA)
        .jurisdiction("Provinsi Kalimantan Tengah")
        .region(provinceCode())
        .number("4")
        .year(Year.of(2014))
        .title("Pengarusutamaan Gender dalam Pembangunan Daerah")
        .issuer("Pemerintah Daerah Provinsi Kalimantan Tengah")
        .declaredStatus(DeclaredStatus.NO_LONGER_IN_FORCE)
        .scope("Regional regulation on PUG in development in Kalimantan Tengah province")
        .addNote("Cited by Sekda Kalteng (Aug 2019).")
        .addSource(urlSource())
        .addUnconfirmed(RegulationAttribute.TITLE)
        .build();
  }

  /** Pasal 4 ayat (1) huruf b angka 2 of Lampiran II. */
  public static Pinpoint pinpoint() {
    return Pinpoint.builder().appendix("II").article("4").paragraph(1).letter('b').item(2).build();
  }

  public static Citation citation() {
    return Citation.of(permendagri67of2011(), Pinpoint.parse("Pasal 4 ayat (1)"));
  }

  /** A catalogue of Kepmendagri 132/2003, Permendagri 15/2008 and 67/2011. */
  public static RegulationCatalog regulationCatalog() {
    return RegulationCatalog.of(
        List.of(kepmendagri132of2003(), regulation(), permendagri67of2011()),
        RegionCatalog.kalimantan());
  }

  /** The status of Permendagri 15/2008 on 2012-01-01: in force as amended by 67/2011. */
  public static LegalStatus legalStatus() {
    return regulationCatalog().statusOn(regulationId(), date());
  }

  // ---------------------------------------------------------------------------------------------
  // Agencies
  // ---------------------------------------------------------------------------------------------

  /** The DP3APPKB of Kalimantan Tengah. */
  public static Agency agency() {
    return Agency.builder()
        .name(
            "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga"
                + " Berencana")
        .acronym("DP3APPKB")
        .region(provinceCode())
        .addUrusan(NomenclatureCode.parse("2.08"), NomenclatureCode.parse("2.14"))
        .lastSeen(Year.of(2025))
        .addNote("also written P3AP2KB in the media")
        .addSource(source())
        .build();
  }

  /** The DP3APPKB variant (DP3APPKB = DP3AP2KB = DPPPAPPKB). */
  public static AgencyNameVariant agencyNameVariant() {
    return AgencyNameVariant.builder()
        .id("dp3appkb")
        .addAcronyms("DP3APPKB", "DP3AP2KB", "DPPPAPPKB")
        .longName(
            "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga"
                + " Berencana")
        .longNameConfirmed(true)
        .addUrusan(NomenclatureCode.parse("2.08"), NomenclatureCode.parse("2.14"))
        .seenIn("Prov. Kalimantan Tengah")
        .note("one name spelled three ways")
        .addSource(source())
        .build();
  }

  /** What {@link #agencyNameVariant()}'s catalogue makes of "DP3AP2KB". */
  public static AgencyRecognition agencyRecognition() {
    return AgencyNameCatalog.of(List.of(agencyNameVariant())).recognize("DP3AP2KB").orElseThrow();
  }

  // ---------------------------------------------------------------------------------------------
  // Nomenclature
  // ---------------------------------------------------------------------------------------------

  /** 2.08.02.2.01 Pelembagaan PUG (kab/kota kegiatan). */
  public static NomenclatureEntry nomenclatureEntry() {
    return NomenclatureEntry.builder()
        .code(NomenclatureCode.parse("2.08.02.2.01"))
        .name(
            "Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan"
                + " Kabupaten/Kota")
        .originalCode("2.08.02.02.01")
        .note("level digit written 02 in the source")
        .addSource(source())
        .build();
  }

  /** An entry of the nomenclature, by code and name, with {@link #source()}. */
  public static NomenclatureEntry entry(String code, String name) {
    return NomenclatureEntry.builder()
        .code(NomenclatureCode.parse(code))
        .name(name)
        .addSource(source())
        .build();
  }

  /** A complete version holding urusan 2, bidang 2.08 and program 2.08.02 (no level digit). */
  public static NomenclatureVersion nomenclatureVersion() {
    return NomenclatureVersion.builder()
        .id("kabkota-sample")
        .name("Sample kab/kota list for 2.08")
        .decree(RegulationId.of("kepmendagri-050-5889-2021"))
        .validFrom(Year.of(2021))
        .governmentLevel(GovernmentLevel.REGENCY_CITY)
        .coverage(Coverage.COMPLETE)
        .addBidangUrusan(NomenclatureCode.parse("2.08"))
        .putEntry(
            NomenclatureCode.parse("2"),
            entry("2", "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR"))
        .putEntry(
            NomenclatureCode.parse("2.08"),
            entry(
                "2.08", "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"))
        .putEntry(
            NomenclatureCode.parse("2.08.02"),
            entry("2.08.02", "PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN"))
        .addSource(source())
        .addUnconfirmed(NomenclatureVersion.Attribute.VALID_FROM)
        .addNote("a sample")
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Value-type samples for the equality contract
  // ---------------------------------------------------------------------------------------------

  /**
   * How to build one value type for the equality contract: base values, and for each attribute a
   * different valid value that, set on a base with Immutables' {@code withX} copy method, gives an
   * unequal value.
   *
   * @param <T> the value type
   */
  public static final class ValueSample<T> {
    private final Class<T> type;
    private final ImmutableList<Base<T>> bases;

    ValueSample(Class<T> type, ImmutableList<Base<T>> bases) {
      this.type = type;
      this.bases = bases;
    }

    public Class<T> type() {
      return type;
    }

    public ImmutableList<Base<T>> bases() {
      return bases;
    }

    /** Every attribute some base gives another value for. */
    public ImmutableSet<String> variedAttributes() {
      return bases.stream()
          .flatMap(b -> b.otherValues().keySet().stream())
          .collect(ImmutableSet.toImmutableSet());
    }

    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  /**
   * A base value and, per attribute name, another valid value for that attribute.
   *
   * @param <T> the value type
   */
  public static final class Base<T> {
    private final Supplier<T> factory;
    private final ImmutableMap<String, Object> otherValues;

    Base(Supplier<T> factory, ImmutableMap<String, Object> otherValues) {
      this.factory = factory;
      this.otherValues = otherValues;
    }

    /** A new base value; equal to every other one. */
    public T create() {
      return factory.get();
    }

    public ImmutableMap<String, Object> otherValues() {
      return otherValues;
    }

    /** The base value with one attribute replaced by its other value. */
    public T variant(String attribute) {
      return with(create(), attribute, otherValues.get(attribute));
    }
  }

  private static <T> ValueSample<T> sample(Class<T> type, ImmutableList<Base<T>> bases) {
    return new ValueSample<>(type, bases);
  }

  private static <T> Base<T> base(Supplier<T> factory, ImmutableMap<String, Object> otherValues) {
    return new Base<>(factory, otherValues);
  }

  /**
   * Every value type's sample, by type. The equality contract test fails for a public value type
   * missing here.
   */
  public static ImmutableMap<Class<?>, ValueSample<?>> valueSamples() {
    List<ValueSample<?>> all = new ArrayList<>();
    all.add(
        sample(
            Population.class,
            ImmutableList.of(
                base(Samples::population, ImmutableMap.of("male", 1L, "female", 2L)))));
    all.add(
        sample(
            Region.class,
            ImmutableList.of(
                base(
                    Samples::region,
                    ImmutableMap.<String, Object>builder()
                        .put("code", RegionCode.parse("62.01"))
                        .put("level", RegionLevel.REGENCY)
                        .put("name", "Kota Palangka Raya")
                        .put("aliases", ImmutableList.of("Palangka Raya"))
                        .put("population", Population.of(159_809, 155_345))
                        .put("districtCount", 6)
                        .put("villageCount", 1)
                        .put("urbanVillageCount", 29)
                        .put("areaKm2", new BigDecimal("2848.7"))
                        .put("sources", ImmutableList.of(urlSource()))
                        .buildOrThrow()))));
    all.add(
        sample(
            Regulation.class,
            ImmutableList.of(
                base(Samples::regulation, ImmutableMap.of("ministry", Ministry.PPPA)),
                base(
                    Samples::regionalRegulation,
                    ImmutableMap.<String, Object>builder()
                        .put("id", RegulationId.of("perda-kalteng-4-2014-b"))
                        .put("type", RegulationType.PERGUB)
                        .put("jurisdiction", "Kota Palangkaraya")
                        .put("region", regionCode())
                        .put("number", "5")
                        .put("otherNumbers", ImmutableList.of("4a"))
                        .put("year", Year.of(2013))
                        .put("title", "Pengarusutamaan Gender")
                        .put("issuer", "Gubernur Kalimantan Tengah")
                        .put("issued", LocalDate.of(2014, 3, 1))
                        .put("effective", LocalDate.of(2014, 4, 1))
                        .put("expires", LocalDate.of(2019, 12, 31))
                        .put("amends", ImmutableSet.of(RegulationId.of("perda-kalteng-1-2010")))
                        .put("replaces", ImmutableSet.of(RegulationId.of("perda-kalteng-2-2010")))
                        .put("declaredStatus", DeclaredStatus.IN_FORCE)
                        .put("ended", Year.of(2020))
                        .put("scope", "Another scope")
                        .put("notes", ImmutableList.of("Another note."))
                        .put("sources", ImmutableList.of(source()))
                        .put("unconfirmed", ImmutableSet.of(RegulationAttribute.NUMBER))
                        .buildOrThrow()))));
    all.add(
        sample(
            Pinpoint.class,
            ImmutableList.of(
                base(
                    Samples::pinpoint,
                    ImmutableMap.of(
                        "appendix",
                        "III",
                        "article",
                        "8A",
                        "paragraph",
                        2,
                        "letter",
                        'c',
                        "item",
                        3)))));
    all.add(
        sample(
            Citation.class,
            ImmutableList.of(
                base(
                    Samples::citation,
                    ImmutableMap.of(
                        "regulation", regulation(), "pinpoint", Pinpoint.parse("Pasal 4"))))));
    all.add(
        sample(
            LegalStatus.class,
            ImmutableList.of(
                base(
                    Samples::legalStatus,
                    ImmutableMap.<String, Object>builder()
                        .put("regulation", RegulationId.of("permendagri-67-2011"))
                        .put("date", LocalDate.of(2013, 1, 1))
                        .put("state", LegalState.UNDETERMINED)
                        .put("replacedBy", RegulationId.of("permendagri-67-2011"))
                        .put("amendedBy", ImmutableList.of())
                        .put("confirmed", false)
                        .put("reason", "another reason")
                        .buildOrThrow()))));
    all.add(
        sample(
            Source.class,
            ImmutableList.of(
                base(
                    Samples::source,
                    ImmutableMap.of(
                        "id", "S5",
                        "title", "another title",
                        "url", URI.create("https://github.com/agusnurwanto/wp-sipd"))))));
    all.add(
        sample(
            Agency.class,
            ImmutableList.of(
                base(
                    Samples::agency,
                    ImmutableMap.<String, Object>builder()
                        .put("name", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak")
                        .put("acronym", "P3AP2KB")
                        .put("region", RegionCode.parse("62.02"))
                        .put("urusan", ImmutableSet.of(NomenclatureCode.parse("2.08")))
                        .put("declaredRoles", ImmutableSet.of(AgencyRole.INSPECTORATE))
                        .put("nameConfirmed", false)
                        .put("lastSeen", Year.of(2022))
                        .put("notes", ImmutableList.of())
                        .put("sources", ImmutableList.of(urlSource()))
                        .buildOrThrow()))));
    all.add(
        sample(
            AgencyNameVariant.class,
            ImmutableList.of(
                base(
                    Samples::agencyNameVariant,
                    ImmutableMap.<String, Object>builder()
                        .put("id", "dp3appkb-2")
                        .put("acronyms", ImmutableList.of("DP3APPKB"))
                        .put("longName", "Dinas P3APPKB")
                        .put("longNameConfirmed", false)
                        .put("otherLongNames", ImmutableList.of("Dinas PPPAPPKB"))
                        .put("urusan", ImmutableSet.of(NomenclatureCode.parse("2.08")))
                        .put("declaredRoles", ImmutableSet.of(AgencyRole.FINANCE))
                        .put("seenIn", "Kab. Kapuas")
                        .put("note", "another note")
                        .put("sources", ImmutableList.of(urlSource()))
                        .buildOrThrow()))));
    all.add(
        sample(
            AgencyRecognition.class,
            ImmutableList.of(
                base(
                    Samples::agencyRecognition,
                    ImmutableMap.<String, Object>builder()
                        .put("input", "DP3APPKB")
                        .put("matchKind", AgencyRecognition.MatchKind.KEYWORDS)
                        .put("variant", Optional.empty())
                        .put("urusan", ImmutableSet.of(NomenclatureCode.parse("2.08")))
                        .put(
                            "roles", ImmutableSet.of(AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION))
                        .buildOrThrow()))));
    all.add(
        sample(
            NomenclatureEntry.class,
            ImmutableList.of(
                base(
                    Samples::nomenclatureEntry,
                    ImmutableMap.of(
                        "code", NomenclatureCode.parse("2.08.02.2.02"),
                        "name", "Another name",
                        "originalCode", "2.08.02.2.01",
                        "note", "another note",
                        "sources", ImmutableList.of(urlSource()))))));
    all.add(
        sample(
            NomenclatureVersion.class,
            ImmutableList.of(
                base(
                    Samples::nomenclatureVersion,
                    ImmutableMap.<String, Object>builder()
                        .put("id", "kabkota-sample-2")
                        .put("name", "Another name")
                        .put("decree", RegulationId.of("kepmendagri-050-3708-2020"))
                        .put("validFrom", Year.of(2020))
                        .put("governmentLevel", GovernmentLevel.PROVINCE)
                        .put("coverage", Coverage.PARTIAL)
                        .put(
                            "bidangUrusan",
                            ImmutableSet.of(
                                NomenclatureCode.parse("2.08"), NomenclatureCode.parse("2.14")))
                        .put(
                            "entries",
                            ImmutableMap.of(
                                NomenclatureCode.parse("2"),
                                entry("2", "URUSAN PEMERINTAHAN WAJIB")))
                        .put("sources", ImmutableList.of(urlSource()))
                        .put("unconfirmed", ImmutableSet.of())
                        .put("notes", ImmutableList.of())
                        .buildOrThrow()))));
    ImmutableMap.Builder<Class<?>, ValueSample<?>> byType = ImmutableMap.builder();
    all.forEach(s -> byType.put(s.type(), s));
    return byType.buildOrThrow();
  }

  // ---------------------------------------------------------------------------------------------
  // Reflection on Immutables' copy methods
  // ---------------------------------------------------------------------------------------------

  /**
   * The attributes of a value, as Immutables generates a {@code withX} copy method for each
   * (derived attributes have none).
   *
   * @param value an instance of an Immutables value type
   * @return the attribute names, sorted
   */
  public static ImmutableSet<String> attributesOf(Object value) {
    TreeSet<String> names = new TreeSet<>();
    for (Method m : value.getClass().getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && m.getName().startsWith("with")
          && m.getName().length() > 4
          && m.getParameterCount() == 1) {
        names.add(decapitalize(m.getName().substring(4)));
      }
    }
    return ImmutableSet.copyOf(names);
  }

  /**
   * Reads an attribute through its accessor.
   *
   * @param value the value
   * @param attribute the attribute name
   * @return what the accessor returns
   */
  public static Object get(Object value, String attribute) {
    try {
      Method accessor = value.getClass().getMethod(attribute);
      accessor.setAccessible(true);
      return accessor.invoke(value);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new LinkageError("no accessor " + attribute + "() on " + value.getClass(), e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(attribute + "() failed on " + value, e.getCause());
    }
  }

  /**
   * Copies a value with one attribute replaced, through the {@code withX} method Immutables
   * generates (which runs the type's checks).
   *
   * @param value the value
   * @param attribute the attribute name
   * @param newValue the new attribute value: the attribute's element type for an optional
   *     attribute, an {@link Iterable} for a collection, a {@link Map} for a map
   * @param <T> the value type
   * @return the copy
   */
  public static <T> T with(T value, String attribute, Object newValue) {
    String name =
        "with" + attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1);
    for (Method m : value.getClass().getDeclaredMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == 1
          && accepts(m.getParameterTypes()[0], newValue)) {
        try {
          m.setAccessible(true);
          @SuppressWarnings("unchecked")
          T copy = (T) m.invoke(value, newValue);
          return copy;
        } catch (IllegalAccessException e) {
          throw new LinkageError(e.getMessage(), e);
        } catch (InvocationTargetException e) {
          throw new AssertionError(
              name + "(" + newValue + ") failed on " + value + ": " + e.getCause(), e.getCause());
        }
      }
    }
    throw new AssertionError(
        "no " + name + " accepting a " + newValue.getClass() + " on " + value.getClass());
  }

  private static boolean accepts(Class<?> parameter, Object value) {
    if (parameter.isPrimitive()) {
      return (parameter == int.class && value instanceof Integer)
          || (parameter == long.class && value instanceof Long)
          || (parameter == boolean.class && value instanceof Boolean)
          || (parameter == char.class && value instanceof Character);
    }
    return parameter.isInstance(value);
  }

  private static String decapitalize(String name) {
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }
}
