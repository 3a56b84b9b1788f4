package id.pug.core.region;

import id.pug.core.Identifier;
import id.pug.core.InvalidValueException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code (kode wilayah): {@code PP} for a province, {@code PP.KK} for a kabupaten
 * or kota (Kepmendagri 300.2.2-2138/2025; source S4).
 *
 * <p>This type checks the form only. Whether a code exists is a question for a {@link
 * RegionCatalog}: codes are not contiguous (Kalimantan Timur has no 64.04–64.06, which moved to
 * Kalimantan Utara in 2012), so validity is checked against the list, never by range — use {@link
 * RegionCatalog#parseCode(String)} to parse and check at once. Kabupaten are numbered 01–69 and
 * kota 71 and up in the published lists, but this is not used to validate.
 *
 * <p>Immutable and thread-safe; ordered by code.
 */
public final class RegionCode extends Identifier<RegionCode> {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("(\\d\\d)(?:\\.(\\d\\d))?");

  private RegionCode(String value) {
    super(value);
  }

  /**
   * Parses a code of the form {@code PP} or {@code PP.KK}. No normalisation is applied: {@code
   * "6271"}, {@code " 62"} and {@code "62.7"} are rejected.
   *
   * @param text the code
   * @return the code
   * @throws InvalidValueException if the text is not of the form PP or PP.KK, or a part is {@code
   *     00}
   */
  public static RegionCode parse(String text) {
    var matcher = FORM.matcher(text);
    if (!matcher.matches()) {
      throw InvalidValueException.of(
          RegionCode.class,
          text,
          "be PP or PP.KK (two digits, optionally a dot and two more digits)");
    }
    if (matcher.group(1).equals("00") || "00".equals(matcher.group(2))) {
      throw InvalidValueException.of(RegionCode.class, text, "not have a part 00");
    }
    return new RegionCode(text);
  }

  /**
   * Whether this is a province code ({@code PP}).
   *
   * @return true for a province
   */
  public boolean isProvince() {
    return value().length() == 2;
  }

  /**
   * The province this code belongs to: itself for a province, {@code PP} for {@code PP.KK}.
   *
   * @return the province code
   */
  public RegionCode province() {
    return isProvince() ? this : new RegionCode(value().substring(0, 2));
  }

  /**
   * The parent region's code.
   *
   * @return the province for a kabupaten/kota; empty for a province
   */
  public Optional<RegionCode> parent() {
    return isProvince() ? Optional.empty() : Optional.of(province());
  }
}
