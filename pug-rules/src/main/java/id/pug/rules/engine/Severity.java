package id.pug.rules.engine;

/**
 * How serious a rule's finding is, worded as IATI rulesets word it: an {@link #ERROR} is what a
 * plan must do, a {@link #WARNING} what it should do, an {@link #INFO} a remark.
 */
public enum Severity {
  /**
   * A requirement of law ("must"; Indonesian: "wajib"): a plan with an error does not meet PPRG
   * criteria.
   */
  ERROR(3, "wajib", "must"),
  /** A recommendation or a configurable local policy ("should"; Indonesian: "sebaiknya"). */
  WARNING(2, "sebaiknya", "should"),
  /** A remark that needs no action ("info"). */
  INFO(1, "info", "info");

  private final int rank;
  private final String indonesian;
  private final String english;

  Severity(int rank, String indonesian, String english) {
    this.rank = rank;
    this.indonesian = indonesian;
    this.english = english;
  }

  /**
   * The modal word of a finding's message in Indonesian.
   *
   * @return {@code "wajib"}, {@code "sebaiknya"} or {@code "info"}
   */
  public String indonesian() {
    return indonesian;
  }

  /**
   * The modal word of a finding's message in English.
   *
   * @return {@code "must"}, {@code "should"} or {@code "info"}
   */
  public String english() {
    return english;
  }

  /**
   * Whether this severity is at least as serious as another.
   *
   * @param other the other severity
   * @return true if this is the same or more serious
   */
  public boolean isAtLeast(Severity other) {
    return rank >= other.rank;
  }
}
