package id.pug.core.nomenclature;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.region.GovernmentLevel;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code of the regional planning and budgeting nomenclature (Permendagri 90/2019 and its
 * Kepmendagri updates):
 *
 * <pre>
 * U . BB . PP . L . KK . SS(SS)
 * │   │    │    │   │    └ sub-kegiatan: 2 digits up to Kepmendagri 050-5889/2021, 4 digits from 900.1.15.5-1317/2023
 * │   │    │    │   └ kegiatan number
 * │   │    │    └ level digit: 1 = province, 2 = kabupaten/kota
 * │   │    └ program
 * │   └ bidang urusan (2.08 = PPPA, 2.14 = PPKB)
 * └ urusan
 * </pre>
 *
 * <p>A code may stop at any level: {@code 2}, {@code 2.08}, {@code 2.08.02}, {@code 2.08.02.2.01},
 * {@code 2.08.02.2.01.01}. One documented normalisation: a level digit written {@code 01}/{@code
 * 02} (as some regional systems store it: {@code 2.08.01.02.01.0001}) is read as {@code 1}/{@code
 * 2}; {@link #format()} writes the canonical form. Source: {@code budget-notes.md} §1.
 *
 * <p>Immutable and thread-safe; ordered by its parts, so parents sort before children.
 */
public final class NomenclatureCode implements Comparable<NomenclatureCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM =
      Pattern.compile(
          "(\\d)(?:\\.(\\d{2})(?:\\.(\\d{2})(?:\\.(0?[12])\\.(\\d{2})(?:\\.(\\d{2}|\\d{4}))?)?)?)?");
  private static final String EXPECTED =
      "be U, U.BB, U.BB.PP, U.BB.PP.L.KK or U.BB.PP.L.KK.SS with a level digit L of 1 (province) or 2"
          + " (kabupaten/kota) and a 2- or 4-digit sub-kegiatan SS, like 2.08.02.2.01.01";

  /** The urusan digit. */
  private final int urusan;

  /** The bidang urusan number, or 0 above that level. */
  private final int bidang;

  /** The program number, or 0 above that level. */
  private final int program;

  /** The level digit (1 or 2), or 0 above kegiatan level. */
  private final int levelDigit;

  /** The kegiatan number, or 0 above that level. */
  private final int kegiatan;

  /** The sub-kegiatan number, or 0 above that level. */
  private final int subKegiatan;

  /** The width of the sub-kegiatan number (2 or 4), or 0. */
  private final int subKegiatanDigits;

  /** The level this code identifies. */
  private final NomenclatureLevel level;

  private NomenclatureCode(
      NomenclatureLevel level,
      int urusan,
      int bidang,
      int program,
      int levelDigit,
      int kegiatan,
      int subKegiatan,
      int subKegiatanDigits) {
    this.level = level;
    this.urusan = urusan;
    this.bidang = bidang;
    this.program = program;
    this.levelDigit = levelDigit;
    this.kegiatan = kegiatan;
    this.subKegiatan = subKegiatan;
    this.subKegiatanDigits = subKegiatanDigits;
  }

  /**
   * Parses a code.
   *
   * @param text for example {@code "2.08.02.2.01.01"}, {@code "2.08.02.2.01.0001"} or {@code
   *     "2.08"}
   * @return the code
   * @throws InvalidValueException if the text is not a code of one of the forms above
   */
  public static NomenclatureCode parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw InvalidValueException.of(NomenclatureCode.class, text, EXPECTED);
    }
    int urusan = positive(text, m.group(1), "urusan");
    if (m.group(2) == null) {
      return new NomenclatureCode(NomenclatureLevel.URUSAN, urusan, 0, 0, 0, 0, 0, 0);
    }
    int bidang = positive(text, m.group(2), "bidang urusan");
    if (m.group(3) == null) {
      return new NomenclatureCode(NomenclatureLevel.BIDANG_URUSAN, urusan, bidang, 0, 0, 0, 0, 0);
    }
    int program = positive(text, m.group(3), "program");
    if (m.group(4) == null) {
      return new NomenclatureCode(NomenclatureLevel.PROGRAM, urusan, bidang, program, 0, 0, 0, 0);
    }
    int levelDigit = Integer.parseInt(m.group(4));
    int kegiatan = positive(text, m.group(5), "kegiatan");
    if (m.group(6) == null) {
      return new NomenclatureCode(
          NomenclatureLevel.KEGIATAN, urusan, bidang, program, levelDigit, kegiatan, 0, 0);
    }
    int sub = positive(text, m.group(6), "sub-kegiatan");
    return new NomenclatureCode(
        NomenclatureLevel.SUB_KEGIATAN,
        urusan,
        bidang,
        program,
        levelDigit,
        kegiatan,
        sub,
        m.group(6).length());
  }

  private static int positive(String text, String digits, String part) {
    int value = Integer.parseInt(digits);
    if (value == 0) {
      throw InvalidValueException.of(
          NomenclatureCode.class, text, "have a " + part + " number other than 0");
    }
    return value;
  }

  /**
   * The level this code identifies.
   *
   * @return for example {@link NomenclatureLevel#SUB_KEGIATAN}
   */
  public NomenclatureLevel level() {
    return level;
  }

  /**
   * The tier of government, from the level digit (kegiatan and sub-kegiatan codes only).
   *
   * @return province or kabupaten/kota; empty for urusan, bidang urusan and program codes
   */
  public Optional<GovernmentLevel> governmentLevel() {
    return levelDigit == 0 ? Optional.empty() : TIERS.get(levelDigit - 1);
  }

  /** The tier of each level digit (1, 2), made once: codes are asked their tier on every line. */
  private static final ImmutableList<Optional<GovernmentLevel>> TIERS =
      ImmutableList.of(
          Optional.of(GovernmentLevel.ofDigit(1)), Optional.of(GovernmentLevel.ofDigit(2)));

  /**
   * The width of the sub-kegiatan number: 2 (up to the 050-5889/2021 era) or 4 (from
   * 900.1.15.5-1317/2023).
   *
   * @return 2 or 4 for a sub-kegiatan code; empty otherwise
   */
  public Optional<Integer> subKegiatanDigits() {
    return subKegiatanDigits == 0 ? Optional.empty() : Optional.of(subKegiatanDigits);
  }

  /**
   * The bidang urusan this code belongs to.
   *
   * @return for example {@code 2.08}; empty for an urusan code
   */
  public Optional<NomenclatureCode> bidangUrusan() {
    return level == NomenclatureLevel.URUSAN
        ? Optional.empty()
        : Optional.of(
            new NomenclatureCode(NomenclatureLevel.BIDANG_URUSAN, urusan, bidang, 0, 0, 0, 0, 0));
  }

  /**
   * Whether this code equals {@code other.bidangUrusan()}, without making that code: for lookups on
   * every budget line.
   */
  boolean isBidangUrusanOf(NomenclatureCode other) {
    return other.level != NomenclatureLevel.URUSAN
        && urusan == other.urusan
        && bidang == other.bidang
        && program == 0
        && levelDigit == 0
        && kegiatan == 0
        && subKegiatan == 0
        && subKegiatanDigits == 0;
  }

  /**
   * The code one level up.
   *
   * @return {@code 2.08.02.2.01} for {@code 2.08.02.2.01.01}; empty for an urusan code
   */
  public Optional<NomenclatureCode> parent() {
    switch (level) {
      case URUSAN:
        return Optional.empty();
      case BIDANG_URUSAN:
        return Optional.of(
            new NomenclatureCode(NomenclatureLevel.URUSAN, urusan, 0, 0, 0, 0, 0, 0));
      case PROGRAM:
        return bidangUrusan();
      case KEGIATAN:
        return Optional.of(
            new NomenclatureCode(NomenclatureLevel.PROGRAM, urusan, bidang, program, 0, 0, 0, 0));
      case SUB_KEGIATAN:
        return Optional.of(
            new NomenclatureCode(
                NomenclatureLevel.KEGIATAN, urusan, bidang, program, levelDigit, kegiatan, 0, 0));
    }
    throw new AssertionError(level);
  }

  /**
   * Whether this code is an ancestor of {@code other} (a proper prefix in the hierarchy).
   *
   * @param other another code
   * @return true if {@code other} lies below this code
   */
  public boolean isAncestorOf(NomenclatureCode other) {
    Optional<NomenclatureCode> up = other.parent();
    while (up.isPresent()) {
      if (up.get().equals(this)) {
        return true;
      }
      up = up.get().parent();
    }
    return false;
  }

  /**
   * The canonical form.
   *
   * @return for example {@code "2.08.02.2.01.0001"}
   */
  public String format() {
    StringBuilder out = new StringBuilder().append(urusan);
    if (level == NomenclatureLevel.URUSAN) {
      return out.toString();
    }
    out.append('.').append(two(bidang));
    if (level == NomenclatureLevel.BIDANG_URUSAN) {
      return out.toString();
    }
    out.append('.').append(two(program));
    if (level == NomenclatureLevel.PROGRAM) {
      return out.toString();
    }
    out.append('.').append(levelDigit).append('.').append(two(kegiatan));
    if (level == NomenclatureLevel.KEGIATAN) {
      return out.toString();
    }
    out.append('.');
    String digits = Integer.toString(subKegiatan);
    for (int i = digits.length(); i < subKegiatanDigits; i++) {
      out.append('0');
    }
    return out.append(digits).toString();
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  @Override
  public int compareTo(NomenclatureCode o) {
    // Part by part, as Arrays.compare of the parts would, without making arrays: codes are compared
    // in every sorted lookup.
    int c = Integer.compare(urusan, o.urusan);
    if (c == 0) {
      c = Integer.compare(bidang, o.bidang);
    }
    if (c == 0) {
      c = Integer.compare(program, o.program);
    }
    if (c == 0) {
      c = Integer.compare(levelDigit, o.levelDigit);
    }
    if (c == 0) {
      c = Integer.compare(kegiatan, o.kegiatan);
    }
    if (c == 0) {
      c = Integer.compare(subKegiatan, o.subKegiatan);
    }
    if (c == 0) {
      c = Integer.compare(subKegiatanDigits, o.subKegiatanDigits);
    }
    return c;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NomenclatureCode && compareTo((NomenclatureCode) other) == 0;
  }

  @Override
  public int hashCode() {
    // The value of Objects.hash over the parts, without its array and boxing.
    int h = 31 + urusan;
    h = 31 * h + bidang;
    h = 31 * h + program;
    h = 31 * h + levelDigit;
    h = 31 * h + kegiatan;
    h = 31 * h + subKegiatan;
    return 31 * h + subKegiatanDigits;
  }

  /**
   * The canonical form, as {@link #format()}.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return format();
  }
}
