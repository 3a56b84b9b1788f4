package id.pug.core.budget;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.region.RegionCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a budget line is spent (lokasi), down to district and village as SIPD records it ({@code
 * idkabkota}, {@code camatteks}, {@code lurahteks}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Location {
  Location() {}

  /**
   * A builder for a location.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}; at least one part is required. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }

  /**
   * The kabupaten/kota (or province).
   *
   * @return the region code
   */
  public abstract Optional<RegionCode> region();

  /**
   * The district (kecamatan), by name.
   *
   * @return the district
   */
  public abstract Optional<String> district();

  /**
   * The village (desa or kelurahan), by name.
   *
   * @return the village
   */
  public abstract Optional<String> village();

  /**
   * The location as free text, when not broken down.
   *
   * @return the text
   */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(Location.class, "district", district());
    InvalidValueException.checkNotBlank(Location.class, "village", village());
    InvalidValueException.checkNotBlank(Location.class, "description", description());
    InvalidValueException.check(
        region().isPresent()
            || district().isPresent()
            || village().isPresent()
            || description().isPresent(),
        Location.class,
        "region",
        null,
        "be given when there is no district, village or description");
  }
}
