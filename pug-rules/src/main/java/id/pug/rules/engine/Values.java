package id.pug.rules.engine;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import id.pug.core.Identifier;
import id.pug.core.InvalidValueException;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The values a finding's evidence and a rule's parameters may hold, and how they read in each
 * language and in JSON.
 *
 * <p>Evidence holds only immutable values of these canonical types: {@code String}, {@code Long},
 * {@link BigDecimal}, {@code Boolean}, {@link Rupiah}, {@link Year}, {@link YearMonth}, {@link
 * LocalDate}, {@link LocalizedText}, and {@code ImmutableList}s of them. {@link #normalise}
 * converts the common Java and pug types into these.
 */
public final class Values {
  private Values() {}

  /**
   * Converts a value to its canonical evidence type: {@code Integer} and {@code Short} become
   * {@code Long}; a finite {@code double} becomes a {@link BigDecimal}; an enum becomes its name;
   * an id, a nomenclature code or a path becomes its text; a collection becomes an immutable list.
   *
   * @param value the value
   * @return the canonical value
   * @throws InvalidValueException if the value has no canonical form (a {@code NaN}, an {@code
   *     Optional}, an arbitrary object)
   */
  public static Object normalise(Object value) {
    if (isCanonical(value)) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double d && Double.isFinite(d)) {
      return BigDecimal.valueOf(d);
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Identifier<?> id) {
      return id.value();
    }
    if (value instanceof NomenclatureCode code) {
      return code.format();
    }
    if (value instanceof ElementPath path) {
      return path.toString();
    }
    if (value instanceof Collection<?> c) {
      ImmutableList.Builder<Object> values = ImmutableList.builderWithExpectedSize(c.size());
      for (Object element : c) {
        values.add(normalise(element));
      }
      return values.build();
    }
    throw InvalidValueException.of(
        Values.class,
        "value",
        value.getClass().getSimpleName() + " " + value,
        "be a text, number, boolean, Rupiah, year, date, LocalizedText or a list of them");
  }

  /** Whether a value is already in its normalised form: {@link #normalise} returns it as it is. */
  private static boolean isCanonical(Object value) {
    return value instanceof String
        || value instanceof Long
        || value instanceof BigDecimal
        || value instanceof Boolean
        || value instanceof Rupiah
        || value instanceof Year
        || value instanceof YearMonth
        || value instanceof LocalDate
        || value instanceof LocalizedText;
  }

  /**
   * Whether {@link #normalise} converts a value without allocating anything worth deferring: an
   * immutable scalar it accepts as it is or turns into text or a number on demand. The engine keeps
   * such a value as read and normalises it only if a finding or a trace keeps it.
   *
   * @param value the value
   * @return true for the scalars {@link #normalise} accepts, and for Guava immutable collections of
   *     them (which no one can change before they are normalised); false for anything else, other
   *     collections included (those are normalised at once)
   */
  static boolean isDeferrable(Object value) {
    if (value instanceof ImmutableCollection<?> collection) {
      for (Object element : collection) {
        if (!isDeferrable(element)) {
          return false;
        }
      }
      return true;
    }
    return isScalarDeferrable(value);
  }

  private static boolean isScalarDeferrable(Object value) {
    return isCanonical(value)
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Enum<?>
        || value instanceof Identifier<?>
        || value instanceof NomenclatureCode
        || value instanceof ElementPath;
  }

  /**
   * The exact total of some amounts, which never overflows (unlike {@link Rupiah#sum}).
   *
   * @param amounts the amounts
   * @return the total in rupiah
   */
  public static BigDecimal total(Iterable<Rupiah> amounts) {
    // Summed in a long (nothing allocated per amount), carried into a BigDecimal whenever the long
    // would overflow: exact whatever the total.
    BigDecimal carried = BigDecimal.ZERO;
    long total = 0;
    for (Rupiah each : amounts) {
      long amount = each.amount();
      long next = total + amount;
      // Overflow: both operands have the same sign and the result has the other (Math.addExact).
      if (((total ^ next) & (amount ^ next)) < 0) {
        carried = carried.add(BigDecimal.valueOf(total));
        next = amount;
      }
      total = next;
    }
    return carried.add(BigDecimal.valueOf(total));
  }

  /**
   * An exact total as evidence: a {@link Rupiah} when it fits in one, else the decimal itself.
   *
   * @param total the total in rupiah
   * @return a {@code Rupiah} or a {@code BigDecimal}
   */
  public static Object amount(BigDecimal total) {
    try {
      return Rupiah.of(total.longValueExact());
    } catch (ArithmeticException e) {
      return total;
    }
  }

  /**
   * The value as it reads in a message.
   *
   * @param value a canonical value
   * @param language the language: numbers group thousands with dots and write decimals with a comma
   *     in Indonesian, the other way round in English; booleans read ya/tidak or yes/no
   * @return the text
   */
  public static String format(Object value, Language language) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(language, "language");
    boolean id = language == Language.INDONESIAN;
    if (value instanceof Long l) {
      return number(BigDecimal.valueOf(l), id);
    }
    if (value instanceof BigDecimal d) {
      return number(d, id);
    }
    if (value instanceof Boolean b) {
      return id ? (b ? "ya" : "tidak") : (b ? "yes" : "no");
    }
    if (value instanceof Rupiah r) {
      return id ? r.format() : r.format().replace('.', ',');
    }
    if (value instanceof LocalizedText t) {
      return t.in(language);
    }
    if (value instanceof Collection<?> c) {
      return c.isEmpty()
          ? "—"
          : c.stream().map(v -> format(v, language)).collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  /**
   * The value as plain, language-neutral text: numbers without grouping, rupiah as a whole number.
   *
   * @param value a canonical value
   * @return the text
   */
  public static String plain(Object value) {
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Rupiah r) {
      return Long.toString(r.amount());
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(Values::plain).collect(Collectors.joining(","));
    }
    return value.toString();
  }

  /**
   * Writes the value as JSON: numbers (and rupiah) as numbers, booleans as booleans, a localized
   * text as an object with {@code id} and {@code en}, lists as arrays, everything else as a string.
   *
   * @param value a canonical value
   * @param json the writer
   */
  public static void writeJson(Object value, JsonWriter json) {
    if (value instanceof Long l) {
      json.value(l);
    } else if (value instanceof BigDecimal d) {
      json.value(d);
    } else if (value instanceof Rupiah r) {
      json.value(r.amount());
    } else if (value instanceof Boolean b) {
      json.value(b);
    } else if (value instanceof LocalizedText t) {
      json.beginObject().name("id").value(t.indonesian()).name("en").value(t.english()).endObject();
    } else if (value instanceof Collection<?> c) {
      json.beginArray();
      for (Object each : c) {
        writeJson(each, json);
      }
      json.endArray();
    } else {
      json.value(value.toString());
    }
  }

  private static String number(BigDecimal value, boolean indonesian) {
    String plain = value.stripTrailingZeros().toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String fraction = dot < 0 ? "" : digits.substring(dot + 1);
    StringBuilder grouped = new StringBuilder();
    int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    grouped.append(whole, 0, Math.min(first, whole.length()));
    for (int i = first; i < whole.length(); i += 3) {
      grouped.append(indonesian ? '.' : ',').append(whole, i, i + 3);
    }
    if (!fraction.isEmpty()) {
      grouped.append(indonesian ? ',' : '.').append(fraction);
    }
    return (negative ? "-" : "") + grouped;
  }
}
