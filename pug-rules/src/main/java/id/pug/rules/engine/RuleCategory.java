package id.pug.rules.engine;

import java.util.Objects;

/**
 * The areas of the PPRG rule catalogue; each rule belongs to one. A rule a user writes picks the
 * nearest area, or {@link #OTHER}.
 */
public enum RuleCategory {
  /** Pokja PUG, focal points, RAD PUG, work plans, Forum PUSPA. */
  INSTITUTIONS("Kelembagaan PUG", "PUG institutions"),
  /** RPJMD, Renstra PD, Renja PD, nomenclature codes, performance indicators. */
  PLANNING("Perencanaan", "Planning"),
  /** The Gender Analysis Pathway. */
  GAP("Gender Analysis Pathway (GAP)", "Gender Analysis Pathway (GAP)"),
  /** The Gender Budget Statement. */
  GBS("Gender Budget Statement (GBS)", "Gender Budget Statement (GBS)"),
  /** The terms of reference (KAK). */
  KAK("Kerangka Acuan Kegiatan (KAK)", "Terms of reference (KAK)"),
  /** Gender-responsive budget tags and shares. */
  ARG("Anggaran Responsif Gender (ARG)", "Gender-responsive budget (ARG)"),
  /** Gender indicators and their targets (IKG, IPG, IDG). */
  INDICATORS("Indikator gender", "Gender indicators"),
  /** Action plans (RAD PUG, Pokja work plans). */
  ACTION_PLANS("Rencana aksi", "Action plans"),
  /** The seven prerequisites of PUG. */
  PREREQUISITES("Tujuh prasyarat PUG", "Seven PUG prerequisites"),
  /** Anything else. */
  OTHER("Lainnya", "Other");

  private final String indonesian;
  private final String english;

  RuleCategory(String indonesian, String english) {
    this.indonesian = indonesian;
    this.english = english;
  }

  /**
   * The category's name in a language.
   *
   * @param language the language
   * @return the name
   */
  public String label(Language language) {
    Objects.requireNonNull(language, "language");
    return language == Language.INDONESIAN ? indonesian : english;
  }
}
