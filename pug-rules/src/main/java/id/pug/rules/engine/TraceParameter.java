package id.pug.rules.engine;

import id.pug.core.PugStyle;
import org.immutables.value.Value;

/**
 * A parameter a rule used in a traced evaluation: its name, value and where the value comes from.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class TraceParameter {
  TraceParameter() {}

  /**
   * The name.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The value used, in canonical form, or {@code "(none)"} when unset.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract Object value();

  /**
   * Where the value comes from: the parameter's basis, or that a rule set configured it.
   *
   * @return the basis
   */
  @Value.Parameter
  public abstract String basis();

  static TraceParameter of(String name, Object value, String basis) {
    return ImmutableTraceParameter.of(name, value, basis);
  }
}
