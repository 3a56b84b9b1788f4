package id.pug.rules.engine;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.law.Citation;
import id.pug.core.provenance.Source;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a rule exists: the regulations it enforces, or — for a practice that no confirmed regulation
 * requires — the explicit label that it is a configurable local policy, with the source of that
 * practice.
 *
 * <p>A {@link Kind#LEGAL} rule cites at least one instrument from pug-core's regulation catalogue.
 * A {@link Kind#POLICY} rule names at least one source or citation (a regional Perda that some
 * regions have and others do not, a practice reported in the news, an unconfirmed reading of a
 * national rule); pug never presents such a rule as settled law. Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class RuleBasis {
  RuleBasis() {}

  /** Whether a rule enforces law or a configurable policy. */
  public enum Kind {
    /** A requirement of a cited regulation. */
    LEGAL("ketentuan peraturan", "legal requirement"),
    /**
     * A configurable local policy: a regional practice, a threshold some regions adopted, or a
     * requirement whose legal source is unconfirmed.
     */
    POLICY("kebijakan lokal yang dapat diatur", "configurable local policy");

    private final String indonesian;
    private final String english;

    Kind(String indonesian, String english) {
      this.indonesian = indonesian;
      this.english = english;
    }

    /**
     * The kind's name in a language.
     *
     * @param language the language
     * @return the name
     */
    public String label(Language language) {
      Objects.requireNonNull(language, "language");
      return language == Language.INDONESIAN ? indonesian : english;
    }
  }

  /**
   * A builder for a basis.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleBasis}; required: the kind and a citation or (for a policy) a source. */
  public static final class Builder extends ImmutableRuleBasis.Builder {
    Builder() {}
  }

  /**
   * Whether the rule is law or policy.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The instruments cited, most specific first.
   *
   * @return the citations
   */
  public abstract ImmutableList<Citation> citations();

  /**
   * For a policy: where the practice comes from (a news report, a regional agreement, a guide).
   *
   * @return the sources
   */
  public abstract ImmutableList<Source> sources();

  /**
   * A remark on the basis in English, such as why a rule is a policy.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * Whether the rule is a configurable policy rather than law.
   *
   * @return true for {@link Kind#POLICY}
   */
  public boolean isPolicy() {
    return kind() == Kind.POLICY;
  }

  @Value.Check
  void check() {
    InvalidValueException.checkNotBlank(RuleBasis.class, "note", note());
    if (kind() == Kind.LEGAL) {
      InvalidValueException.check(
          !citations().isEmpty(),
          RuleBasis.class,
          "citations",
          citations(),
          "name at least one regulation for a LEGAL rule");
    } else {
      InvalidValueException.check(
          !citations().isEmpty() || !sources().isEmpty(),
          RuleBasis.class,
          "sources",
          sources(),
          "name at least one source or citation for a POLICY rule");
    }
  }

  /**
   * The kind and citations.
   *
   * @return for example {@code "LEGAL: Permendagri 15/2008; Permendagri 67/2011"}
   */
  @Override
  public String toString() {
    return kind()
        + ": "
        + String.join(
            "; ",
            ImmutableList.<String>builder()
                .addAll(citations().stream().map(Citation::format).toList())
                .addAll(sources().stream().map(Source::toString).toList())
                .build());
  }
}
