package id.pug.core.pprg;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.money.Rupiah;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of a GBS action plan (rencana aksi): a component that directly changes conditions
 * towards gender equality, with its input, output and outcome ({@code domain.md} §4.4: K/L format;
 * the regional "PAG/GBS" form records Input, Output, Outcome per action).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class GbsAction {
  GbsAction() {}

  /**
   * A builder for an action.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GbsAction}; required: the description. */
  public static final class Builder extends ImmutableGbsAction.Builder {
    Builder() {}
  }

  /**
   * What is done.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The input (masukan).
   *
   * @return the input
   */
  public abstract Optional<String> input();

  /**
   * The output (keluaran).
   *
   * @return the output
   */
  public abstract Optional<String> output();

  /**
   * The outcome (hasil).
   *
   * @return the outcome
   */
  public abstract Optional<String> outcome();

  /**
   * The budget for this component.
   *
   * @return the amount
   */
  public abstract Optional<Rupiah> budget();

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(GbsAction.class, "description", description());
    InvalidValueException.checkNotBlank(GbsAction.class, "input", input());
    InvalidValueException.checkNotBlank(GbsAction.class, "output", output());
    InvalidValueException.checkNotBlank(GbsAction.class, "outcome", outcome());
    Rupiah.checkNotNegative(GbsAction.class, "budget", budget());
  }
}
