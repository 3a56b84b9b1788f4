package id.pug.rules.engine;

import id.pug.core.law.RegulationCatalog;
import id.pug.core.nomenclature.NomenclatureCatalog;
import id.pug.core.region.RegionCatalog;
import java.util.Objects;

/**
 * The reference catalogues rules consult: regulations, the planning and budgeting nomenclature by
 * year, and regions. {@link #shipped()} uses pug-core's; a user covering other provinces or a newer
 * nomenclature passes their own, loaded with the catalogues' {@code load} methods.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReferenceData {
  private final RegulationCatalog regulations;
  private final NomenclatureCatalog nomenclature;
  private final RegionCatalog regions;

  private ReferenceData(
      RegulationCatalog regulations, NomenclatureCatalog nomenclature, RegionCatalog regions) {
    this.regulations = regulations;
    this.nomenclature = nomenclature;
    this.regions = regions;
  }

  /**
   * pug-core's shipped catalogues.
   *
   * @return the reference data
   */
  public static ReferenceData shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * Reference data of one's own.
   *
   * @param regulations the regulation catalogue
   * @param nomenclature the nomenclature catalogue
   * @param regions the region catalogue
   * @return the reference data
   */
  public static ReferenceData of(
      RegulationCatalog regulations, NomenclatureCatalog nomenclature, RegionCatalog regions) {
    return new ReferenceData(
        Objects.requireNonNull(regulations, "regulations"),
        Objects.requireNonNull(nomenclature, "nomenclature"),
        Objects.requireNonNull(regions, "regions"));
  }

  /**
   * The regulation catalogue.
   *
   * @return the catalogue
   */
  public RegulationCatalog regulations() {
    return regulations;
  }

  /**
   * The nomenclature catalogue.
   *
   * @return the catalogue
   */
  public NomenclatureCatalog nomenclature() {
    return nomenclature;
  }

  /**
   * The region catalogue.
   *
   * @return the catalogue
   */
  public RegionCatalog regions() {
    return regions;
  }

  private static final class Shipped {
    static final ReferenceData INSTANCE =
        new ReferenceData(
            RegulationCatalog.shipped(), NomenclatureCatalog.shipped(), RegionCatalog.kalimantan());
  }
}
