package id.pug.rules.international;

import com.google.common.collect.ImmutableList;

/**
 * The sources of the international scorings, with the addresses {@code domain.md} §8 quotes them
 * from. The HGDG and Joint Circular addresses are the Scribd documents domain.md reaches through a
 * proxy, written without the proxy's prefix.
 */
public enum ScoringSource {
  /**
   * The HGDG manual (NEDA, PCW, ODA-GAD Network; 2nd edition 2007, 3rd printing 2010) and its Box
   * 7a generic checklist: 10 elements, each at most 2 points, 20 in all (§8.1 [C]).
   */
  HGDG_CHECKLIST(
      "Harmonized Gender and Development Guidelines, Box 7a generic checklist",
      "https://dokumen.tips/documents/hgdg-manual-main-pullout.html",
      "https://www.scribd.com/document/630125253/final-HGDG-PIMME-scoresheet-TLE",
      "https://pdfcoffee.com/hgdg-format-box-7a-generic-pdf-free.html",
      "https://www.scribd.com/document/625677173/HGDG-Generic-Checklist"),
  /**
   * The interpretation of HGDG scores and the share of a budget attributable to GAD under Joint
   * Circular 2012-01: 0–3.9 → 0%, 4.0–7.9 → 25%, 8.0–14.9 → 50%, 15.0–19.9 → 75%, 20 → 100% (§8.1
   * [C]).
   */
  HGDG_ATTRIBUTION(
      "HGDG score interpretation and GAD budget attribution (PCW-NEDA-DBM JC 2012-01)",
      "https://www.scribd.com/document/579469658/Inarawan-NHS-BOX-12-GAD-checklist-2022-Genderized-Lane-of-School-Canteen"),
  /**
   * PCW-NEDA-DBM Joint Circular 2012-01 §2.3: GAD plans and budgets cost at least 5% of total
   * budgets (§8.1 [C]); pug's policy pack {@code philippines-gad}, rule {@code PHGAD-ARG-001}.
   */
  JC_2012_01(
      "PCW-NEDA-DBM Joint Circular 2012-01 §2.3 (5% GAD budget)",
      "https://www.scribd.com/document/477423679/jc-2012-01-gad-plan-budget-ar-preparation-mcw-pdf"),
  /**
   * The OECD DAC gender equality policy marker, 0/1/2, and its minimum recommended criteria of
   * 2016, whose checklist text pug's sources do not hold (§8.2: definitions [C], criteria
   * UNCONFIRMED).
   */
  OECD_DAC(
      "OECD DAC gender equality policy marker",
      "https://paperzz.com/doc/8827811/definition-and-minimum-standards-for-the-dac-gender-equality",
      "http://www.oecd.org/dac/gender-development/dac-gender-equality-marker.htm",
      "https://capacity4dev.europa.eu/discussions/new-handbook-oecd-dac-gender-equality-policy-marker_en"),
  /**
   * The UN Gender Equality Marker, 0–3 or 0/1/2a/2b, of the CEB Guidance Note on Coding Definitions
   * (2018), and its principle "code what you see" (§8.3 [C]).
   */
  UN_GEM(
      "UN Gender Equality Marker (CEB coding definitions, UN Women guidance)",
      "https://gendercoordinationandmainstreaming.unwomen.org/building-block/module-3-elements-gender-equality-marker-system",
      "https://gendercoordinationandmainstreaming.unwomen.org/gender-marker-implementation-undp",
      "https://unsdg.un.org/resources/unct-gender-equality-marker-guidance-note");

  private final String title;
  private final ImmutableList<String> urls;

  ScoringSource(String title, String... urls) {
    this.title = title;
    this.urls = ImmutableList.copyOf(urls);
  }

  /**
   * What the source is.
   *
   * @return a short English title
   */
  public String title() {
    return title;
  }

  /**
   * Where the source was read.
   *
   * @return the addresses quoted in {@code domain.md} §8
   */
  public ImmutableList<String> urls() {
    return urls;
  }
}
