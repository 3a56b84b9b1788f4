package id.pug.core.nomenclature;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.law.RegulationId;
import id.pug.core.provenance.Source;
import id.pug.core.region.GovernmentLevel;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One version of the nomenclature for one tier of government: the names of its codes as a decree
 * set them, from a year on. Names and numbers change between decrees (Permendagri 90/2019 →
 * Kepmendagri 050-3708/2020 → 050-5889/2021 → 900.1.15.5-1317/2023 → …; {@code budget-notes.md}
 * §1), so a code is looked up in a version.
 *
 * <p>Build one with {@link #builder()}; the shipped versions come from {@link
 * NomenclatureCatalog#shipped()}. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class NomenclatureVersion {
  NomenclatureVersion() {}

  /**
   * A builder for a version.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NomenclatureVersion}; required: id, name, valid-from year, government level,
   * coverage, at least one bidang urusan and one source.
   */
  public static final class Builder extends ImmutableNomenclatureVersion.Builder {
    Builder() {}
  }

  /** Attributes of a version that the sources may fail to confirm. */
  public enum Attribute {
    /** Which decree the list reflects. */
    DECREE,
    /** The first year the list applies. */
    VALID_FROM
  }

  /**
   * The stable id.
   *
   * @return for example {@code "kabkota-050-5889"}
   */
  public abstract String id();

  /**
   * A display name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The decree this list reflects, as an id in the regulation catalogue.
   *
   * @return the decree
   */
  public abstract Optional<RegulationId> decree();

  /**
   * The first year the list is taken to apply.
   *
   * @return the year
   */
  public abstract Year validFrom();

  /**
   * The tier of government whose codes the list holds (level digit 1 or 2).
   *
   * @return the government level
   */
  public abstract GovernmentLevel governmentLevel();

  /**
   * Whether the list is complete for its bidang urusan.
   *
   * @return the coverage
   */
  public abstract Coverage coverage();

  /**
   * The bidang urusan the list covers.
   *
   * @return bidang urusan codes such as {@code 2.08}
   */
  public abstract ImmutableSet<NomenclatureCode> bidangUrusan();

  /**
   * The entries by code, parents before children.
   *
   * @return the entries
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<NomenclatureCode, NomenclatureEntry> entries();

  /**
   * Where the list comes from.
   *
   * @return at least one source
   */
  public abstract ImmutableList<Source> sources();

  /**
   * The attributes no source confirms.
   *
   * @return the unconfirmed attributes
   */
  public abstract ImmutableSet<Attribute> unconfirmed();

  /**
   * Remarks on the list.
   *
   * @return the notes
   */
  public abstract ImmutableList<String> notes();

  /**
   * Looks up a code.
   *
   * @param code the code
   * @return its entry, or empty if the list does not hold it
   */
  public Optional<NomenclatureEntry> find(NomenclatureCode code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(entryIndex().get(code));
  }

  /**
   * Whether the list holds a code: {@code find(code).isPresent()}, without the {@code Optional}.
   *
   * @param code the code
   * @return true if the list holds it
   */
  public boolean holds(NomenclatureCode code) {
    Objects.requireNonNull(code, "code");
    return entryIndex().containsKey(code);
  }

  /**
   * The entries by code in a hash table: {@link #find} looks up every budget line's code, and a
   * hash lookup is cheaper than the sorted map's binary search. Made once, when first needed.
   */
  @Value.Lazy
  ImmutableMap<NomenclatureCode, NomenclatureEntry> entryIndex() {
    return ImmutableMap.copyOf(entries());
  }

  /**
   * The name of a code.
   *
   * @param code the code
   * @return its name, or empty if the list does not hold it
   */
  public Optional<String> nameOf(NomenclatureCode code) {
    Objects.requireNonNull(code, "code");
    return find(code).map(NomenclatureEntry::name);
  }

  /**
   * The entries above a code that the list holds, from the urusan down to the direct parent.
   *
   * @param code the code
   * @return the ancestors' entries, broadest first
   */
  public ImmutableList<NomenclatureEntry> ancestorsOf(NomenclatureCode code) {
    List<NomenclatureEntry> chain = new ArrayList<>();
    Optional<NomenclatureCode> up = code.parent();
    while (up.isPresent()) {
      find(up.get()).ifPresent(e -> chain.add(0, e));
      up = up.get().parent();
    }
    return ImmutableList.copyOf(chain);
  }

  /**
   * The entries one level below a code.
   *
   * @param code the code
   * @return its children, in code order
   */
  public ImmutableList<NomenclatureEntry> childrenOf(NomenclatureCode code) {
    return entries().values().stream()
        .filter(e -> e.code().parent().equals(Optional.of(code)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The entries at one level.
   *
   * @param level the level
   * @return the entries, in code order
   */
  public ImmutableList<NomenclatureEntry> entriesAt(NomenclatureLevel level) {
    Objects.requireNonNull(level, "level");
    return entries().values().stream()
        .filter(e -> e.level() == level)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether the list covers the bidang urusan of a code.
   *
   * @param code the code
   * @return true if the code's bidang urusan is covered
   */
  public boolean covers(NomenclatureCode code) {
    // code.bidangUrusan() is in the set, found without making that code (lists hold a few).
    // By position in the set's list view (made once by the set), without an iterator.
    ImmutableList<NomenclatureCode> covered = bidangUrusan().asList();
    for (int i = 0; i < covered.size(); i++) {
      if (covered.get(i).isBidangUrusanOf(code)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        id().matches("[a-z0-9]+(-[a-z0-9]+)*"),
        NomenclatureVersion.class,
        "id",
        id(),
        "be lowercase letters and digits joined by single hyphens");
    InvalidValueException.check(
        !name().isBlank(), NomenclatureVersion.class, "name", name(), "not be blank");
    InvalidValueException.check(
        !bidangUrusan().isEmpty(),
        NomenclatureVersion.class,
        "bidangUrusan",
        bidangUrusan(),
        "not be empty");
    for (NomenclatureCode code : bidangUrusan()) {
      InvalidValueException.check(
          code.level() == NomenclatureLevel.BIDANG_URUSAN,
          NomenclatureVersion.class,
          "bidangUrusan",
          code,
          "hold bidang urusan codes (U.BB)");
    }
    InvalidValueException.check(
        !sources().isEmpty(),
        NomenclatureVersion.class,
        "sources",
        sources(),
        "name at least one source");
    Integer width = null;
    for (var entry : entries().entrySet()) {
      NomenclatureCode code = entry.getKey();
      InvalidValueException.check(
          code.equals(entry.getValue().code()),
          NomenclatureVersion.class,
          "entries",
          code,
          "map each code to its own entry");
      InvalidValueException.check(
          code.level() == NomenclatureLevel.URUSAN
              ? bidangUrusan().stream().anyMatch(code::isAncestorOf)
              : covers(code),
          NomenclatureVersion.class,
          "entries",
          code,
          "lie within the covered bidang urusan " + bidangUrusan());
      code.governmentLevel()
          .ifPresent(
              level ->
                  InvalidValueException.check(
                      level == governmentLevel(),
                      NomenclatureVersion.class,
                      "entries",
                      code,
                      "have level digit "
                          + governmentLevel().digit()
                          + " ("
                          + governmentLevel()
                          + ")"));
      if (code.subKegiatanDigits().isPresent()) {
        int digits = code.subKegiatanDigits().get();
        InvalidValueException.check(
            width == null || width == digits,
            NomenclatureVersion.class,
            "entries",
            code,
            "use " + width + "-digit sub-kegiatan numbers like the rest of the list");
        width = digits;
      }
      if (coverage() == Coverage.COMPLETE) {
        code.parent()
            .ifPresent(
                parent ->
                    InvalidValueException.check(
                        entries().containsKey(parent),
                        NomenclatureVersion.class,
                        "entries",
                        code,
                        "have its parent " + parent + " in a COMPLETE list"));
      }
    }
  }

  /**
   * The id and name.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "NomenclatureVersion[" + id() + ": " + name() + ", " + entries().size() + " entries]";
  }
}
