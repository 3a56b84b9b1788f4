package id.pug.core.money;

import id.pug.core.InvalidValueException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of Indonesian rupiah (IDR), in whole rupiah: regional budgets (APBD, RKA, DPA) are set
 * in whole rupiah, and a {@code long} holds even a national total (APBN is above Rp3,000 trillion,
 * a {@code long} reaches about Rp9.2 quintillion). Never a {@code double}: arithmetic is exact and
 * throws on overflow instead of wrapping.
 *
 * <p>{@link #parse} reads the Indonesian form ({@code "Rp1.234.567"}, {@code "Rp 1.234.567,00"})
 * and plain digits ({@code "1234567"}); {@link #format()} writes {@code "Rp1.234.567"}. Amounts may
 * be negative (a difference); a budget line checks that its amount is not.
 *
 * <p>Immutable and thread-safe; ordered by amount.
 */
public final class Rupiah implements Comparable<Rupiah>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM =
      Pattern.compile("(-)?(?:Rp\\.? ?)?([1-9]\\d{0,2}(?:\\.\\d{3})+|[1-9]\\d*|0)(?:,00|,-)?");

  /** The largest amount, written out; amounts range symmetrically from its negative to it. */
  private static final String MAX_TEXT = "Rp9.223.372.036.854.775.807";

  /** Zero rupiah. */
  public static final Rupiah ZERO = new Rupiah(0);

  /** The amount in whole rupiah. */
  private final long amount;

  private Rupiah(long amount) {
    this.amount = amount;
  }

  /**
   * An amount.
   *
   * @param amount whole rupiah
   * @return the amount
   */
  public static Rupiah of(long amount) {
    if (amount == Long.MIN_VALUE) {
      throw InvalidValueException.of(Rupiah.class, "amount", amount, "stay within ±" + MAX_TEXT);
    }
    return amount == 0 ? ZERO : new Rupiah(amount);
  }

  /**
   * Parses an amount written the Indonesian way or as plain digits: an optional {@code -}, an
   * optional {@code Rp} or {@code Rp.} with an optional space, digits with thousands grouped by
   * dots ({@code 1.234.567}) or not grouped at all, and an optional zero-sen suffix {@code ,00} or
   * {@code ,-}.
   *
   * @param text for example {@code "Rp1.234.567"}, {@code "1234567"}, {@code "Rp 979.409.600,00"}
   * @return the amount
   * @throws InvalidValueException for any other form (including {@code "1,234,567"}, non-zero sen,
   *     and amounts beyond a {@code long})
   */
  public static Rupiah parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw InvalidValueException.of(
          Rupiah.class,
          text,
          "be whole rupiah written as Rp1.234.567, Rp 1.234.567,00 or 1234567 (dots group thousands)");
    }
    String digits = m.group(2).replace(".", "");
    try {
      long value = Long.parseLong(digits);
      return of(m.group(1) == null ? value : -value);
    } catch (NumberFormatException e) {
      throw InvalidValueException.of(Rupiah.class, text, "be within ±" + MAX_TEXT);
    }
  }

  /**
   * Sums amounts exactly: the result does not depend on the order of the amounts.
   *
   * @param amounts the amounts
   * @return their total
   * @throws InvalidValueException if the total lies beyond ±Rp9.223.372.036.854.775.807
   */
  public static Rupiah sum(Iterable<Rupiah> amounts) {
    long total = 0;
    for (Rupiah amount : amounts) {
      long next = total + amount.amount;
      if (((total ^ next) & (amount.amount ^ next)) < 0) {
        return exactSum(amounts); // an intermediate overflow; the total may still fit
      }
      total = next;
    }
    return of(total);
  }

  private static Rupiah exactSum(Iterable<Rupiah> amounts) {
    BigInteger total = BigInteger.ZERO;
    for (Rupiah amount : amounts) {
      total = total.add(BigInteger.valueOf(amount.amount));
    }
    if (total.bitLength() > 63 || total.longValue() == Long.MIN_VALUE) {
      throw overflow("the sum " + total);
    }
    return of(total.longValue());
  }

  /**
   * The amount in whole rupiah.
   *
   * @return the amount
   */
  public long amount() {
    return amount;
  }

  /**
   * Adds an amount.
   *
   * @param other the amount to add
   * @return the sum
   * @throws InvalidValueException if the sum overflows a {@code long}
   */
  public Rupiah plus(Rupiah other) {
    try {
      return checked(Math.addExact(amount, other.amount), () -> format() + " + " + other.format());
    } catch (ArithmeticException e) {
      throw overflow(format() + " + " + other.format());
    }
  }

  /**
   * Subtracts an amount.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws InvalidValueException if the difference overflows a {@code long}
   */
  public Rupiah minus(Rupiah other) {
    try {
      return checked(
          Math.subtractExact(amount, other.amount), () -> format() + " - " + other.format());
    } catch (ArithmeticException e) {
      throw overflow(format() + " - " + other.format());
    }
  }

  /**
   * Multiplies by a whole number (a quantity, a number of years).
   *
   * @param factor the factor
   * @return the product
   * @throws InvalidValueException if the product overflows a {@code long}
   */
  public Rupiah times(long factor) {
    try {
      return checked(Math.multiplyExact(amount, factor), () -> format() + " × " + factor);
    } catch (ArithmeticException e) {
      throw overflow(format() + " × " + factor);
    }
  }

  private static Rupiah checked(long result, java.util.function.Supplier<String> expression) {
    if (result == Long.MIN_VALUE) {
      throw overflow(expression.get());
    }
    return of(result);
  }

  private static InvalidValueException overflow(String expression) {
    return InvalidValueException.of(Rupiah.class, "amount", expression, "stay within ±" + MAX_TEXT);
  }

  /**
   * Throws if an optional amount is present and negative: the shared invariant of budgets, costs
   * and ceilings.
   *
   * @param type the type being checked
   * @param field the field being checked
   * @param amount the optional amount
   * @throws InvalidValueException if the amount is negative
   */
  public static void checkNotNegative(
      Class<?> type, String field, java.util.Optional<Rupiah> amount) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(field, "field");
    amount.ifPresent(
        a -> InvalidValueException.check(!a.isNegative(), type, field, a, "not be negative"));
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return amount < 0;
  }

  /**
   * Whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return amount == 0;
  }

  /**
   * Whether the amount is above zero.
   *
   * @return true if positive
   */
  public boolean isPositive() {
    return amount > 0;
  }

  /**
   * The amount as an exact decimal, for ratios and shares (ARG as a percentage of spending).
   *
   * @return the amount, scale 0
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(amount);
  }

  /**
   * The Indonesian form: {@code Rp} and the amount with dots grouping thousands.
   *
   * @return for example {@code "Rp1.234.567"}, {@code "-Rp5.000"}, {@code "Rp0"}
   */
  public String format() {
    String digits =
        amount == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(amount));
    StringBuilder grouped = new StringBuilder();
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    grouped.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      grouped.append('.').append(digits, i, i + 3);
    }
    return (amount < 0 ? "-Rp" : "Rp") + grouped;
  }

  @Override
  public int compareTo(Rupiah other) {
    return Long.compare(amount, other.amount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Rupiah rupiah && rupiah.amount == amount;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(amount);
  }

  /**
   * The Indonesian form, as {@link #format()}.
   *
   * @return the amount as text
   */
  @Override
  public String toString() {
    return format();
  }
}
