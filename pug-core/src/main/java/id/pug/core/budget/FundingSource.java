package id.pug.core.budget;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.money.Rupiah;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A funding source (sumber dana) of a budget line with its amount, as SIPD records them per
 * sub-kegiatan ({@code kodedana}, {@code namadana}, {@code pagudana}; one or more rows).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class FundingSource {
  FundingSource() {}

  /**
   * A builder for a funding source.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingSource}; required: name and amount. */
  public static final class Builder extends ImmutableFundingSource.Builder {
    Builder() {}
  }

  /**
   * A funding source.
   *
   * @param name the source's name
   * @param amount the amount, at least zero
   * @return the funding source
   */
  public static FundingSource of(String name, Rupiah amount) {
    return builder().name(name).amount(amount).build();
  }

  /**
   * The source's code (kodedana).
   *
   * @return the code
   */
  public abstract Optional<String> code();

  /**
   * The source's name (namadana), such as a general allocation or a special non-physical
   * allocation.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The amount from this source (pagudana).
   *
   * @return the amount, at least zero
   */
  public abstract Rupiah amount();

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(FundingSource.class, "name", name());
    InvalidValueException.checkNotBlank(FundingSource.class, "code", code());
    InvalidValueException.check(
        !amount().isNegative(), FundingSource.class, "amount", amount(), "be >= 0");
  }
}
