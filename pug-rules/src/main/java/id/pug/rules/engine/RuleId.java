package id.pug.rules.engine;

import id.pug.core.InvalidValueException;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The stable id of a validation rule, such as {@code PPRG-GBS-003}: a namespace ({@code PPRG} for
 * the national catalogue; a policy pack or a user chooses its own), a family ({@code GBS}, {@code
 * GAP}, {@code ARG} …) and a three-digit number. An id is never reused for another rule, so
 * reports, suppressions and audit trails stay valid across versions (unlike Hibernate Validator's
 * message templates, which are not stable codes).
 *
 * <p>Immutable and thread-safe; ordered by namespace, family, then number.
 */
public final class RuleId implements Comparable<RuleId>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("([A-Z][A-Z0-9]*)-([A-Z][A-Z0-9]*)-(\\d{3})");

  /** The namespace, such as {@code PPRG}. */
  private final String namespace;

  /** The rule family, such as {@code GBS}. */
  private final String family;

  /** The number within the family, 1–999. */
  private final int number;

  /** The text form, made on first use: rules and reports ask for it often. */
  private transient @Nullable String text;

  private RuleId(String namespace, String family, int number) {
    this.namespace = namespace;
    this.family = family;
    this.number = number;
  }

  /**
   * Parses an id.
   *
   * @param text for example {@code "PPRG-GBS-003"}
   * @return the id
   * @throws InvalidValueException unless the text is NAMESPACE-FAMILY-NNN in capitals and digits,
   *     with NNN from 001
   */
  public static RuleId parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches() || m.group(3).equals("000")) {
      throw InvalidValueException.of(
          RuleId.class,
          text,
          "be NAMESPACE-FAMILY-NNN in capital letters and digits with a number from 001, like PPRG-GBS-003");
    }
    return new RuleId(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
  }

  /**
   * Creates an id from its parts.
   *
   * @param namespace for example {@code "PPRG"}
   * @param family for example {@code "GBS"}
   * @param number 1–999
   * @return the id
   * @throws InvalidValueException if a part is malformed
   */
  public static RuleId of(String namespace, String family, int number) {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(family, "family");
    if (number < 1 || number > 999) {
      throw InvalidValueException.of(RuleId.class, "number", number, "be from 1 to 999");
    }
    return parse(namespace + "-" + family + "-" + String.format("%03d", number));
  }

  /**
   * The namespace.
   *
   * @return for example {@code "PPRG"}
   */
  public String namespace() {
    return namespace;
  }

  /**
   * The rule family.
   *
   * @return for example {@code "GBS"}
   */
  public String family() {
    return family;
  }

  /**
   * The number within the family.
   *
   * @return 1–999
   */
  public int number() {
    return number;
  }

  /**
   * The id as text.
   *
   * @return for example {@code "PPRG-GBS-003"}
   */
  public String value() {
    String known = text;
    if (known == null) {
      known =
          namespace + "-" + family + "-" + (number < 10 ? "00" : number < 100 ? "0" : "") + number;
      text = known;
    }
    return known;
  }

  @Override
  public int compareTo(RuleId other) {
    int byNamespace = namespace.compareTo(other.namespace);
    if (byNamespace != 0) {
      return byNamespace;
    }
    int byFamily = family.compareTo(other.family);
    return byFamily != 0 ? byFamily : Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleId id
        && id.namespace.equals(namespace)
        && id.family.equals(family)
        && id.number == number;
  }

  @Override
  public int hashCode() {
    // Objects.hash(namespace, family, number), without its array and boxing.
    return (31 * (31 * (31 + namespace.hashCode()) + family.hashCode())) + number;
  }

  /**
   * The id as text, as {@link #value()}.
   *
   * @return the id
   */
  @Override
  public String toString() {
    return value();
  }
}
