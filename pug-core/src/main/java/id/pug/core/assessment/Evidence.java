package id.pug.core.assessment;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An evidence item for a PUG prerequisite, such as a focal-point decree, a gender profile, a
 * mapping of ARG per agency or sex-disaggregated data entered in SIGA — the kind of items Parepare
 * gathered for the APE in 2023 ({@code domain.md} §6.2).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Evidence {
  Evidence() {}

  /**
   * A builder for an evidence item.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evidence}; required: prerequisite and description. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }

  /**
   * The prerequisite it supports.
   *
   * @return the prerequisite
   */
  public abstract Prerequisite prerequisite();

  /**
   * What the evidence is.
   *
   * @return for example {@code "SK focal point 2025"}
   */
  public abstract String description();

  /**
   * Where to find it: a document number, a file or an address.
   *
   * @return the reference
   */
  public abstract Optional<String> reference();

  /**
   * The year it refers to.
   *
   * @return the year
   */
  public abstract Optional<Year> year();

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(Evidence.class, "description", description());
    InvalidValueException.checkNotBlank(Evidence.class, "reference", reference());
  }
}
