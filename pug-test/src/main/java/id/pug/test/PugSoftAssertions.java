package id.pug.test;

import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft assertions on validation reports: every failure is collected, and {@link #assertAll()}
 * reports them together. Works with AssertJ's {@code SoftAssertionsExtension} (as a test-method
 * parameter or an {@code @InjectSoftAssertions} field) and with {@link
 * org.assertj.core.api.SoftAssertionsProvider#assertSoftly(Class, java.util.function.Consumer)}.
 *
 * <pre>{@code
 * PugSoftAssertions softly = new PugSoftAssertions();
 * softly.assertThat(report).hasNoErrors();
 * softly.assertThat(report).hasViolation("PPRG-KAK-003").atPath("termsOfReference[0].limits");
 * softly.assertAll();
 * }</pre>
 */
public class PugSoftAssertions extends AbstractSoftAssertions implements PugSoftAssertionsProvider {
  /** Creates an empty collector. */
  public PugSoftAssertions() {}
}
