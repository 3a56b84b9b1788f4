package id.pug.core.region;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.provenance.Source;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A region (daerah): a province (provinsi), regency (kabupaten) or city (kota), as listed by
 * Kemendagri.
 *
 * <p>Build one with {@link #builder()}; the shipped Kalimantan regions come from {@link
 * RegionCatalog#kalimantan()}. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Region {
  Region() {}

  /**
   * A builder for a region.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Region}; required: code, level, name and at least one source. */
  public static final class Builder extends ImmutableRegion.Builder {
    Builder() {}
  }

  /**
   * The Kemendagri region code.
   *
   * @return {@code 62} or {@code 62.71}
   */
  public abstract RegionCode code();

  /**
   * Province, kabupaten or kota.
   *
   * @return the level
   */
  public abstract RegionLevel level();

  /**
   * The official name in the current edition of the list.
   *
   * @return for example {@code "Kabupaten Sambas"}, {@code "Kota Palangkaraya"}
   */
  public abstract String name();

  /**
   * Other names by which the region is known: earlier editions ({@code "KAB. SAMBAS"}, 2022) and
   * common spellings ({@code "Palangka Raya"}).
   *
   * @return the aliases, in no particular order of preference
   */
  public abstract ImmutableList<String> aliases();

  /**
   * Population by sex, where the list gives it.
   *
   * @return the population
   */
  public abstract Optional<Population> population();

  /**
   * Number of districts (kecamatan).
   *
   * @return the count, where known
   */
  public abstract OptionalInt districtCount();

  /**
   * Number of villages (desa).
   *
   * @return the count, where known
   */
  public abstract OptionalInt villageCount();

  /**
   * Number of urban villages (kelurahan).
   *
   * @return the count, where known
   */
  public abstract OptionalInt urbanVillageCount();

  /**
   * Land area in square kilometres, exactly as published.
   *
   * @return the area, where known
   */
  public abstract Optional<BigDecimal> areaKm2();

  /**
   * Where these facts come from.
   *
   * @return at least one source
   */
  public abstract ImmutableList<Source> sources();

  /**
   * The parent region's code: the province of a kabupaten or kota.
   *
   * @return the province code, or empty for a province
   */
  public Optional<RegionCode> parent() {
    return code().parent();
  }

  /**
   * The tier of regional government.
   *
   * @return {@link GovernmentLevel#PROVINCE} or {@link GovernmentLevel#REGENCY_CITY}
   */
  public GovernmentLevel governmentLevel() {
    return level().governmentLevel();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        code().isProvince() == (level() == RegionLevel.PROVINCE),
        Region.class,
        "level",
        level(),
        "be PROVINCE exactly when the code is PP (code " + code() + ")");
    InvalidValueException.check(!name().isBlank(), Region.class, "name", name(), "not be blank");
    for (String alias : aliases()) {
      InvalidValueException.check(!alias.isBlank(), Region.class, "aliases", alias, "not be blank");
    }
    checkCount("districtCount", districtCount());
    checkCount("villageCount", villageCount());
    checkCount("urbanVillageCount", urbanVillageCount());
    areaKm2()
        .ifPresent(
            a ->
                InvalidValueException.check(
                    a.signum() > 0, Region.class, "areaKm2", a, "be greater than 0"));
    InvalidValueException.check(
        !sources().isEmpty(), Region.class, "sources", sources(), "name at least one source");
  }

  private static void checkCount(String field, OptionalInt count) {
    if (count.isPresent()) {
      InvalidValueException.check(
          count.getAsInt() >= 0, Region.class, field, count.getAsInt(), "be at least 0");
    }
  }
}
