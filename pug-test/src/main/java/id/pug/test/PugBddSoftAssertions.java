package id.pug.test;

import org.assertj.core.api.AbstractSoftAssertions;

/**
 * BDD-style soft assertions on validation reports: {@code then(report)}; every failure is
 * collected, and {@link #assertAll()} reports them together. Works with AssertJ's {@code
 * SoftAssertionsExtension}.
 *
 * <pre>{@code
 * PugBddSoftAssertions softly = new PugBddSoftAssertions();
 * softly.then(report).hasNoErrors();
 * softly.assertAll();
 * }</pre>
 */
public class PugBddSoftAssertions extends AbstractSoftAssertions
    implements PugBddSoftAssertionsProvider {
  /** Creates an empty collector. */
  public PugBddSoftAssertions() {}
}
