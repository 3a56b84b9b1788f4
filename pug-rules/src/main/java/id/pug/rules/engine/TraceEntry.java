package id.pug.rules.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.pug.core.PugStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One evaluation in a trace: rule → subject → inputs read → parameters used → outcome.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class TraceEntry {
  TraceEntry() {}

  static ImmutableTraceEntry.Builder builder() {
    return ImmutableTraceEntry.builder();
  }

  /**
   * The rule.
   *
   * @return its id
   */
  public abstract RuleId ruleId();

  /**
   * The subject's path.
   *
   * @return the path
   */
  public abstract ElementPath path();

  /**
   * The subject's id.
   *
   * @return the id
   */
  public abstract String subjectId();

  /**
   * The values the rule read.
   *
   * @return the inputs, in canonical value types
   */
  public abstract ImmutableMap<String, Object> inputs();

  /**
   * The parameters the rule used, with their basis.
   *
   * @return the parameters
   */
  public abstract ImmutableList<TraceParameter> parameters();

  /**
   * How the evaluation ended.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * The message key of a finding.
   *
   * @return the key, for violated and insufficient-data outcomes
   */
  public abstract Optional<String> messageKey();
}
