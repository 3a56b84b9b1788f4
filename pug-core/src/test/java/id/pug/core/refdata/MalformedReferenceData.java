package id.pug.core.refdata;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded generator of malformed reference-data files: each input is one of pug-core's shipped
 * files (CSV or the {@code [id]} / {@code key = value} record format) with exactly one mutation of
 * a named {@link Kind}. The same seed and index always give the same input.
 */
public final class MalformedReferenceData {
  private MalformedReferenceData() {}

  /**
   * A kind of mutation. The n-th input of a batch has kind {@code values()[n % values().length]}.
   */
  public enum Kind {
    /** The bytes cut at a random byte. */
    TRUNCATION,
    /** One random byte deleted, inserted or replaced. */
    BYTE_CHANGED,
    /** Bytes that are not UTF-8. */
    INVALID_UTF8,
    /** A byte order mark at the start, twice, or inside a line. */
    BOM,
    /** CRLF, CR or mixed line ends. */
    LINE_ENDINGS,
    /** A line deleted, repeated or swapped with the next. */
    LINE_CHANGED,
    /** A field (CSV) or value (records) replaced by a hostile one. */
    VALUE_REPLACED,
    /** A quote, comma, bracket, equals sign or hash inserted into a line. */
    SYNTAX_CHARACTER,
    /** A line made 100,000 characters longer. */
    LONG_LINE,
    /** NUL or another control character inserted. */
    CONTROL_CHARACTER
  }

  /** A shipped file. */
  public record Base(Class<?> anchor, String resource, boolean csv, String text) {
    /**
     * The file's bytes.
     *
     * @return the text in UTF-8
     */
    public byte[] bytes() {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** One malformed file: which shipped file, how it was changed, and its bytes. */
  public static final class Input {
    private final Kind kind;
    private final long seed;
    private final int index;
    private final Base base;
    private final String mutation;
    private final byte[] bytes;

    Input(Kind kind, long seed, int index, Base base, String mutation, byte[] bytes) {
      this.kind = kind;
      this.seed = seed;
      this.index = index;
      this.base = base;
      this.mutation = mutation;
      this.bytes = bytes;
    }

    /**
     * The kind of mutation.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }

    /**
     * The shipped file it started from.
     *
     * @return the base
     */
    public Base base() {
      return base;
    }

    /**
     * The name to read the input under.
     *
     * @return for example {@code "regions.csv#17"}
     */
    public String sourceName() {
      return base.resource() + "#" + index;
    }

    /**
     * The input as a text source.
     *
     * @return the source
     * @throws ReferenceDataException if the bytes are not UTF-8
     */
    public TextSource source() {
      return TextSource.of(sourceName(), new java.io.ByteArrayInputStream(bytes));
    }

    /**
     * The kind, seed, index, file and mutation.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
      return kind
          + " seed "
          + seed
          + " index "
          + index
          + " on "
          + base.resource()
          + ": "
          + mutation;
    }
  }

  private static final class Holder {
    static final ImmutableList<Base> BASES = makeBases();
  }

  /**
   * The shipped files the mutations start from.
   *
   * @return the bases
   */
  public static ImmutableList<Base> bases() {
    return Holder.BASES;
  }

  private static ImmutableList<Base> makeBases() {
    List<Base> out = new ArrayList<>();
    add(out, id.pug.core.region.RegionCatalog.class, "regions.csv");
    add(out, id.pug.core.region.RegionCatalog.class, "region-aliases.csv");
    add(out, id.pug.core.provenance.SourceRegistry.class, "sources.csv");
    add(out, id.pug.core.agency.AgencyCatalog.class, "agencies.csv");
    add(out, id.pug.core.agency.AgencyNameCatalog.class, "agency-name-variants.csv");
    add(out, id.pug.core.law.RegulationCatalog.class, "regulations.txt");
    add(out, id.pug.core.nomenclature.NomenclatureCatalog.class, "versions.txt");
    add(
        out,
        id.pug.core.nomenclature.NomenclatureCatalog.class,
        "nomenklatur_2.08_2.14_provinsi_kegiatan_partial.csv");
    add(out, id.pug.core.indicator.PublishedValues.class, "ikg_published_values.csv");
    add(out, id.pug.core.indicator.PublishedValues.class, "ipg_idg_published.csv");
    add(out, id.pug.core.indicator.PublishedValues.class, "indicator-sources.csv");
    return ImmutableList.copyOf(out);
  }

  private static void add(List<Base> out, Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      byte[] bytes = Objects.requireNonNull(in, resource).readAllBytes();
      out.add(
          new Base(
              anchor,
              resource,
              resource.endsWith(".csv"),
              new String(bytes, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A batch of inputs, made lazily; every kind gets an equal share.
   *
   * @param seed the seed
   * @param count how many
   * @return the inputs
   */
  public static Stream<Input> inputs(long seed, int count) {
    return IntStream.range(0, count).mapToObj(i -> input(seed, i));
  }

  /**
   * One input of a batch, the same every time.
   *
   * @param seed the batch's seed
   * @param index the input's index
   * @return the input
   */
  public static Input input(long seed, int index) {
    Kind kind = Kind.values()[index % Kind.values().length];
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index + 31);
    Base base = bases().get(random.nextInt(bases().size()));
    byte[] bytes = base.bytes();
    String text = base.text();
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int line = random.nextInt(Math.max(1, lines.size() - 1));
    return switch (kind) {
      case TRUNCATION -> {
        int cut = random.nextInt(bytes.length + 1);
        yield new Input(kind, seed, index, base, "cut at byte " + cut, Arrays.copyOf(bytes, cut));
      }
      case BYTE_CHANGED -> {
        int at = random.nextInt(bytes.length);
        byte b = (byte) random.nextInt(256);
        byte[] out;
        String how;
        switch (random.nextInt(3)) {
          case 0 -> {
            out = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
            how = "deleted byte " + at;
          }
          case 1 -> {
            out = insert(bytes, at, new byte[] {b});
            how = String.format(Locale.ROOT, "inserted 0x%02X at %d", b, at);
          }
          default -> {
            out = bytes.clone();
            out[at] = b;
            how = String.format(Locale.ROOT, "replaced byte %d by 0x%02X", at, b);
          }
        }
        yield new Input(kind, seed, index, base, how, out);
      }
      case INVALID_UTF8 -> {
        byte[][] sequences = {
          {(byte) 0xFF},
          {(byte) 0x80},
          {(byte) 0xC0, (byte) 0xAF},
          {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          {(byte) 0xE9},
          {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
        };
        byte[] sequence = sequences[random.nextInt(sequences.length)];
        int at = random.nextInt(bytes.length + 1);
        yield new Input(
            kind, seed, index, base, "invalid UTF-8 at byte " + at, insert(bytes, at, sequence));
      }
      case BOM -> {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        int choice = random.nextInt(3);
        int at = choice == 0 ? 0 : choice == 1 ? 0 : random.nextInt(bytes.length + 1);
        byte[] inserted = choice == 1 ? concat(bom, bom) : bom;
        yield new Input(
            kind,
            seed,
            index,
            base,
            "BOM at byte " + at + (choice == 1 ? " twice" : ""),
            insert(bytes, at, inserted));
      }
      case LINE_ENDINGS -> {
        String end = List.of("\r\n", "\r", "\n\n").get(random.nextInt(3));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
          out.append(lines.get(i));
          if (i + 1 < lines.size()) {
            out.append(random.nextBoolean() ? end : "\n");
          }
        }
        yield text(
            kind,
            seed,
            index,
            base,
            "line ends " + printable(end) + " here and there",
            out.toString());
      }
      case LINE_CHANGED -> {
        String how;
        switch (random.nextInt(3)) {
          case 0 -> {
            lines.remove(line);
            how = "line " + (line + 1) + " deleted";
          }
          case 1 -> {
            lines.add(line, lines.get(line));
            how = "line " + (line + 1) + " repeated";
          }
          default -> {
            String next = lines.get(line + 1);
            lines.set(line + 1, lines.get(line));
            lines.set(line, next);
            how = "lines " + (line + 1) + " and " + (line + 2) + " swapped";
          }
        }
        yield text(kind, seed, index, base, how, String.join("\n", lines));
      }
      case VALUE_REPLACED -> {
        String value = VALUES.get(random.nextInt(VALUES.size()));
        String original = lines.get(line);
        String changed;
        if (base.csv()) {
          String[] fields = original.split(",", -1);
          int field = random.nextInt(fields.length);
          fields[field] = value;
          changed = String.join(",", fields);
        } else {
          int eq = original.indexOf('=');
          changed = eq < 0 ? original + value : original.substring(0, eq + 1) + " " + value;
        }
        lines.set(line, changed);
        yield text(
            kind,
            seed,
            index,
            base,
            "a value of line " + (line + 1) + " set to " + printable(shorten(value)),
            String.join("\n", lines));
      }
      case SYNTAX_CHARACTER -> {
        String original = lines.get(line);
        String c = List.of("\"", ",", "[", "]", "=", "#", "\"\"", ";", "\\").get(random.nextInt(9));
        int at = random.nextInt(original.length() + 1);
        lines.set(line, original.substring(0, at) + c + original.substring(at));
        yield text(
            kind,
            seed,
            index,
            base,
            printable(c) + " inserted in line " + (line + 1) + " at " + at,
            String.join("\n", lines));
      }
      case LONG_LINE -> {
        String original = lines.get(line);
        int at = random.nextInt(original.length() + 1);
        String filler = "x".repeat(100_000);
        lines.set(line, original.substring(0, at) + filler + original.substring(at));
        yield text(
            kind,
            seed,
            index,
            base,
            "100000 characters inserted in line " + (line + 1),
            String.join("\n", lines));
      }
      case CONTROL_CHARACTER -> {
        String original = lines.get(line);
        char c =
            "\u0000\u0001\u0007\u000b\u000c\u001b\u001f\u007f\u0085\u2028"
                .charAt(random.nextInt(10));
        int at = random.nextInt(original.length() + 1);
        lines.set(line, original.substring(0, at) + c + original.substring(at));
        yield text(
            kind,
            seed,
            index,
            base,
            printable(String.valueOf(c)) + " inserted in line " + (line + 1),
            String.join("\n", lines));
      }
    };
  }

  private static final ImmutableList<String> VALUES =
      ImmutableList.of(
          "",
          " ",
          "-1",
          "0",
          "99999999999999999999",
          "1e400",
          "NaN",
          "-0.0",
          "x",
          "6x.01",
          "99.99",
          "2.08.02.2.01.00",
          "yes;no",
          "maybe",
          ";;",
          "S999",
          "http://",
          "https://exa mple.org",
          "HEAD_OF_REGION",
          "2025-02-30",
          "9999-99-99",
          "99999",
          "-2025",
          "\"",
          "[x]",
          "=",
          "a".repeat(300));

  private static Input text(Kind kind, long seed, int index, Base base, String how, String text) {
    return new Input(kind, seed, index, base, how, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    byte[] out = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(inserted, 0, out, at, inserted.length);
    System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String shorten(String value) {
    return value.length() > 30 ? value.substring(0, 30) + "…" : value;
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(
          c < 0x20 || c == 0x7F || c > 0x7E
              ? String.format(Locale.ROOT, "U+%04X", (int) c)
              : String.valueOf(c));
    }
    return out.toString();
  }
}
