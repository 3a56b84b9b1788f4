package id.pug.io.hostile;

import static id.pug.io.hostile.MalformedJson.concat;
import static id.pug.io.hostile.MalformedJson.hex;
import static id.pug.io.hostile.MalformedJson.insert;
import static id.pug.io.hostile.MalformedJson.pick;
import static id.pug.io.hostile.MalformedJson.utf8;

import com.google.common.collect.ImmutableList;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.RegionCode;
import id.pug.io.sipd.SipdBudgetImport;
import id.pug.io.sipd.SipdImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded generator of malformed SIPD exports (CSV) for {@link SipdBudgetImport}. Each input
 * starts from a valid export (the example export and exports made here: one using many of SIPD's
 * columns, quoted fields and rows sharing a {@code kode_sbl}; one with the required columns only;
 * one with a bad row) and applies exactly one mutation of a named {@link Kind}; it says what
 * importing it must give ({@link Expectation}), and the line it concerns where the mutation aims at
 * one row.
 *
 * <p>The same seed and index always give the same input; {@link #inputs(long, int)} makes them
 * lazily.
 */
public final class MalformedCsv {
  private MalformedCsv() {}

  /** The region every input is imported for. */
  public static final RegionCode REGION = RegionCode.parse("62.03");

  /** The fiscal year every input is imported for. */
  public static final Year YEAR = Year.of(2025);

  /**
   * A kind of mutation. The n-th input of a batch has kind {@code values()[n % values().length]}.
   */
  public enum Kind {
    /** The file cut at a random byte. */
    TRUNCATED_FILE,
    /** One row's line cut short, the lines after it kept. */
    TRUNCATED_ROW,
    /** A field added to or removed from one row. */
    WRONG_COLUMN_COUNT,
    /** A stray quote, a quote never closed, text after a closing quote, or a doubled quote. */
    BROKEN_QUOTE,
    /** An amount beyond a {@code long}, in digits, groups, exponents or a thousand nines. */
    HUGE_AMOUNT,
    /** A negative amount or one with a fraction of a rupiah. */
    NEGATIVE_OR_FRACTIONAL_RUPIAH,
    /** A malformed or mismatched code, SKPD code, ARG category or id. */
    BAD_CODE,
    /** An odd number as an output target: huge exponents, NaN, digits of other scripts. */
    ODD_TARGET,
    /** Bytes that are not UTF-8. */
    INVALID_UTF8,
    /** A column named twice in the header. */
    DUPLICATED_HEADER,
    /** A required column removed from the header and every row. */
    MISSING_COLUMN,
    /** A field of 100,001 to 250,000 characters, above what a plan file holds. */
    LONG_FIELD,
    /** A byte order mark at the start, twice, inside a field, or UTF-16's. */
    BOM,
    /** CRLF, CR or a mix of line ends, and blank lines at the end. */
    LINE_ENDINGS,
    /** A row repeated with its {@code kode_sbl}, as it is or with another name, tag or output. */
    REPEATED_KEY,
    /** One random byte deleted, inserted or replaced. */
    BYTE_CHANGED
  }

  /** What importing an input must give. */
  public enum Expectation {
    /** The same result as the base export's. */
    RESULT_AS_BASE,
    /** A complete result: every data row imported or rejected. */
    RESULT,
    /** A complete result in which the row at {@link Input#line()} is rejected. */
    ROW_REJECTED,
    /** A {@link id.pug.core.refdata.ReferenceDataException}, at {@link Input#line()} if given. */
    FAILS,
    /** Either a complete result or the documented exception. */
    EITHER
  }

  /** A valid export the mutations start from. */
  public static final class Base {
    private final String name;
    final ImmutableList<ImmutableList<String>> records;
    private final String text;
    private final SipdImport result;

    Base(String name, List<List<String>> records) {
      this.name = name;
      this.records =
          records.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
      this.text = render(records, "\n").text;
      this.result = SipdBudgetImport.read(TextSource.ofString(name, text), REGION, YEAR);
    }

    Base(String name, String text) {
      this(name, parse(text).stream().map(r -> r.fields).toList());
    }

    /**
     * The export's name.
     *
     * @return for example {@code "kapuas-2025-sub-kegiatan.csv"}
     */
    public String name() {
      return name;
    }

    /**
     * The valid export.
     *
     * @return its text
     */
    public String text() {
      return text;
    }

    /**
     * What importing the valid export gives.
     *
     * @return the import
     */
    public SipdImport result() {
      return result;
    }

    List<String> header() {
      return records.get(0);
    }

    int column(String name) {
      return header().indexOf(name);
    }
  }

  /** One malformed input. */
  public static final class Input {
    private final Kind kind;
    private final long seed;
    private final int index;
    private final Base base;
    private final String mutation;
    private final Expectation expectation;
    private final int line;
    private final byte[] bytes;

    Input(
        Kind kind,
        long seed,
        int index,
        Base base,
        String mutation,
        Expectation expectation,
        int line,
        byte[] bytes) {
      this.kind = kind;
      this.seed = seed;
      this.index = index;
      this.base = base;
      this.mutation = mutation;
      this.expectation = expectation;
      this.line = line;
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
     * The document the mutation started from.
     *
     * @return the base
     */
    public Base base() {
      return base;
    }

    /**
     * The mutation in words.
     *
     * @return the description
     */
    public String mutation() {
      return mutation;
    }

    /**
     * What importing must give.
     *
     * @return the expectation
     */
    public Expectation expectation() {
      return expectation;
    }

    /**
     * The line the mutation concerns: the rejected row's, or where reading must fail.
     *
     * @return the 1-based line, or 0 when none is known
     */
    public int line() {
      return line;
    }

    /**
     * The export's bytes.
     *
     * @return a copy of the bytes
     */
    public byte[] bytes() {
      return bytes.clone();
    }

    /**
     * The name to import the input under.
     *
     * @return for example {@code "sipd-17-BOM.csv"}
     */
    public String sourceName() {
      return "sipd-" + index + "-" + kind + ".csv";
    }

    /**
     * The kind, seed, index, base, mutation and an excerpt.
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
          + base.name()
          + ": "
          + mutation
          + (line > 0 ? " (line " + line + ")" : "")
          + " near "
          + excerptOfLine();
    }

    private String excerptOfLine() {
      String text = new String(bytes, StandardCharsets.UTF_8);
      List<String> lines = text.lines().toList();
      String shown =
          line > 0 && line <= lines.size()
              ? lines.get(line - 1)
              : text.substring(0, Math.min(80, text.length()));
      return MalformedJson.printable(shown.length() > 80 ? shown.substring(0, 80) + "…" : shown);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Bases
  // ---------------------------------------------------------------------------------------------

  private static final class Holder {
    static final ImmutableList<Base> BASES = makeBases();
  }

  /**
   * The valid exports the mutations start from.
   *
   * @return the bases
   */
  public static ImmutableList<Base> bases() {
    return Holder.BASES;
  }

  private static final String DINAS =
      "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga"
          + " Berencana";

  private static ImmutableList<Base> makeBases() {
    List<Base> out = new ArrayList<>();
    Path example = Path.of("..", "examples", "sipd", "kapuas-2025-sub-kegiatan.csv");
    try {
      out.add(new Base(example.getFileName().toString(), Files.readString(example)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> header =
        List.of(
            "kode_sbl",
            "id_sub_bl",
            "kode_skpd",
            "nama_skpd",
            "kode_bidang_urusan",
            "kode_giat",
            "kode_sub_giat",
            "nama_sub_giat",
            "pagu",
            "kodedana",
            "namadana",
            "pagudana",
            "nama_lokasi",
            "camatteks",
            "lurahteks",
            "outputteks",
            "satuanoutput",
            "targetoutput",
            "targetoutputteks",
            "arg_kategori",
            "gap_id",
            "gbs_id",
            "kak_id",
            "arg_label",
            "waktu_awal");
    List<List<String>> rich = new ArrayList<>();
    rich.add(header);
    rich.add(
        row(
            "sbl-1",
            "101",
            "dp3appkb",
            DINAS,
            "2.08",
            "2.08.02.2.01",
            "2.08.02.2.01.01",
            "Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG",
            "Rp70.590.400",
            "1.1",
            "Dana Alokasi Umum",
            "50.000.000",
            "Kabupaten Kapuas",
            "Selat",
            "Selat Hilir",
            "Jumlah Dokumen \"Kebijakan\" PUG",
            "Dokumen",
            "2",
            "2 Dokumen",
            "Anggaran pelembagaan kesetaraan gender",
            "gap-1",
            "gbs-1",
            "kak-1",
            "PUG",
            "Januari"));
    rich.add(
        row(
            "sbl-1",
            "102",
            "dp3appkb",
            DINAS,
            "2.08",
            "2.08.02.2.01",
            "2.08.02.2.01.01",
            "Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG",
            "70590400",
            "1.2",
            "Dana Alokasi Khusus Non Fisik",
            "20.590.400",
            "Kecamatan Kapuas Hilir",
            "Kapuas Hilir",
            "",
            "Jumlah Dokumen \"Kebijakan\" PUG",
            "Dokumen",
            "2",
            "2 Dokumen",
            "Anggaran pelembagaan kesetaraan gender",
            "gap-1",
            "gbs-1",
            "kak-1",
            "PUG",
            "Januari"));
    rich.add(
        row(
            "sbl-2",
            "103",
            "dp3appkb",
            DINAS,
            "2.08",
            "2.08.03.2.01",
            "2.08.03.2.01.01",
            "Pencegahan Kekerasan terhadap Perempuan,\nLingkup Daerah Kabupaten/Kota",
            "220000000.00",
            "",
            "Dana Alokasi Umum",
            "",
            "Kabupaten Kapuas",
            "",
            "",
            "Jumlah kegiatan pencegahan",
            "Kegiatan",
            "4,5",
            "",
            "EQUALITY",
            "",
            "gbs-2",
            "",
            "",
            "Maret"));
    rich.add(
        row(
            "sbl-3",
            "104",
            "dp3appkb",
            DINAS,
            "2.08",
            "2.08.02.2.01",
            "2.08.02.2.01.02",
            "  Koordinasi Pelaksanaan PUG  ",
            "100.000.000,00",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            ""));
    rich.add(
        row(
            "sbl-4",
            "105",
            "bappeda",
            "Badan Perencanaan Pembangunan Daerah",
            "2.08",
            "2.08.02.2.01",
            "2.08.02.2.01.03",
            "Penyusunan GAP, GBS dan KAK",
            "0",
            "",
            "",
            "",
            "",
            "",
            "",
            "Jumlah dokumen GAP",
            "Dokumen",
            "",
            "tiga dokumen",
            "khusus target gender",
            "",
            "",
            "",
            "",
            ""));
    rich.add(
        row(
            "sbl-5",
            "106",
            "dinkes",
            "Dinas Kesehatan",
            "2.14",
            "2.14.02.2.01",
            "2.14.02.2.01.0001",
            "Pelayanan Keluarga Berencana",
            "Rp 1.234.567",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "SPECIFIC_TARGET",
            "gap-5",
            "",
            "",
            "KB",
            ""));
    out.add(new Base("rich.csv", rich));
    List<List<String>> minimal = new ArrayList<>();
    minimal.add(List.of("kode_skpd", "nama_skpd", "kode_sub_giat", "pagu"));
    minimal.add(List.of("dp3appkb", "DP3APPKB", "2.08.02.2.01.01", "5"));
    minimal.add(List.of("dp3appkb", "DP3APPKB", "2.08.02.2.01.02", "Rp6.000"));
    minimal.add(List.of("dinsos", "Dinas Sosial", "2.08.03.2.01.01", "0"));
    out.add(new Base("minimal.csv", minimal));
    List<List<String>> flawed = new ArrayList<>();
    flawed.add(List.of("kode_sbl", "kode_skpd", "nama_skpd", "kode_sub_giat", "pagu", "namadana"));
    flawed.add(List.of("a", "dp3appkb", "DP3APPKB", "2.08.02.2.01.01", "5", "DAU"));
    flawed.add(List.of("b", "dp3appkb", "DP3APPKB", "2.08.02.2.01", "12,5", ""));
    flawed.add(List.of("a", "dp3appkb", "DP3APPKB", "2.08.02.2.01.01", "5", "DAK"));
    flawed.add(List.of("c", "dp3appkb", "", "2.08.02.2.01.02", "-5", ""));
    out.add(new Base("flawed.csv", flawed));
    return ImmutableList.copyOf(out);
  }

  private static List<String> row(String... fields) {
    return List.of(fields);
  }

  // ---------------------------------------------------------------------------------------------
  // CSV as this generator reads and writes it
  // ---------------------------------------------------------------------------------------------

  /** A record with the line it starts on and its fields as the importer sees them. */
  record CsvRecord(int line, List<String> fields) {}

  /** Text and the start line of each record. */
  record Rendered(String text, List<Integer> lines) {}

  static Rendered render(List<? extends List<String>> records, String lineEnd) {
    StringBuilder out = new StringBuilder();
    List<Integer> lines = new ArrayList<>();
    int line = 1;
    for (int r = 0; r < records.size(); r++) {
      lines.add(line);
      List<String> fields = records.get(r);
      for (int f = 0; f < fields.size(); f++) {
        if (f > 0) {
          out.append(',');
        }
        String field = fields.get(f);
        if (needsQuotes(field)) {
          out.append('"').append(field.replace("\"", "\"\"")).append('"');
          line += (int) field.chars().filter(c -> c == '\n').count();
        } else {
          out.append(field);
        }
      }
      out.append(lineEnd);
      line++;
    }
    return new Rendered(out.toString(), List.copyOf(lines));
  }

  private static boolean needsQuotes(String field) {
    return field.contains(",")
        || field.contains("\"")
        || field.contains("\n")
        || field.contains("\r")
        || (!field.isEmpty() && (field.isBlank() || !field.strip().equals(field)));
  }

  /**
   * Splits CSV as RFC 4180 and the importer's documented normalisations say (independently of
   * pug-core's reader): blank lines skipped, unquoted fields stripped, quoted fields kept as they
   * are. For valid CSV only: malformed quotes give some split, never an error.
   */
  static List<CsvRecord> parse(String text) {
    List<String> lines = text.lines().toList();
    List<CsvRecord> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).isBlank()) {
        i++;
        continue;
      }
      int start = i + 1;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      String line = lines.get(i);
      int pos = 0;
      while (true) {
        if (pos == line.length()) {
          if (quoted && i + 1 < lines.size()) {
            i++;
            field.append('\n');
            line = lines.get(i);
            pos = 0;
            continue;
          }
          fields.add(wasQuoted ? field.toString() : field.toString().strip());
          break;
        }
        char c = line.charAt(pos++);
        if (quoted) {
          if (c == '"' && pos < line.length() && line.charAt(pos) == '"') {
            field.append('"');
            pos++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == ',') {
          fields.add(wasQuoted ? field.toString() : field.toString().strip());
          field.setLength(0);
          wasQuoted = false;
        } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
          field.setLength(0);
          quoted = true;
          wasQuoted = true;
        } else if (!(wasQuoted && c == ' ')) {
          field.append(c);
        }
      }
      out.add(new CsvRecord(start, fields));
      i++;
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Inputs
  // ---------------------------------------------------------------------------------------------

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
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index + 17);
    Base base = pick(bases(), random);
    return mutate(kind, seed, index, base, random);
  }

  /** A matrix of the base's records to change. */
  private static List<List<String>> copy(Base base) {
    List<List<String>> out = new ArrayList<>();
    base.records.forEach(r -> out.add(new ArrayList<>(r)));
    return out;
  }

  private static Input mutate(Kind kind, long seed, int index, Base base, SplittableRandom random) {
    List<List<String>> records = copy(base);
    int rows = records.size() - 1;
    int row = 1 + random.nextInt(rows);
    Rendered original = render(records, "\n");
    int rowLine = original.lines().get(row);
    String text = original.text();
    byte[] bytes = utf8(text);
    switch (kind) {
      case TRUNCATED_FILE -> {
        int cut = random.nextInt(bytes.length);
        return new Input(
            kind,
            seed,
            index,
            base,
            "cut at byte " + cut + " of " + bytes.length,
            Expectation.EITHER,
            0,
            Arrays.copyOf(bytes, cut));
      }
      case TRUNCATED_ROW -> {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String line = lines.get(rowLine - 1);
        int cut = random.nextInt(Math.max(1, line.length()));
        lines.set(rowLine - 1, line.substring(0, cut));
        return input(
            kind,
            seed,
            index,
            base,
            "line " + rowLine + " cut at " + cut,
            Expectation.EITHER,
            rowLine,
            String.join("\n", lines));
      }
      case WRONG_COLUMN_COUNT -> {
        List<String> fields = records.get(row);
        String description;
        if (random.nextBoolean() || fields.size() < 2) {
          int at = random.nextInt(fields.size() + 1);
          fields.add(at, random.nextBoolean() ? "" : "extra");
          description = "a field added to row " + row + " at " + at;
        } else {
          int at = random.nextInt(fields.size());
          fields.remove(at);
          description = "field " + at + " removed from row " + row;
        }
        return input(
            kind,
            seed,
            index,
            base,
            description,
            Expectation.FAILS,
            rowLine,
            render(records, "\n").text());
      }
      case BROKEN_QUOTE -> {
        return brokenQuote(kind, seed, index, base, records, row, rowLine, random);
      }
      case HUGE_AMOUNT -> {
        String value = pick(HUGE_AMOUNTS, random);
        return amount(kind, seed, index, base, records, row, rowLine, value, random);
      }
      case NEGATIVE_OR_FRACTIONAL_RUPIAH -> {
        String value = pick(BAD_RUPIAH, random);
        return amount(kind, seed, index, base, records, row, rowLine, value, random);
      }
      case BAD_CODE -> {
        return badCode(kind, seed, index, base, records, row, rowLine, random);
      }
      case ODD_TARGET -> {
        int target = base.column("targetoutput");
        int output = base.column("outputteks");
        int unit = base.column("satuanoutput");
        if (target < 0 || output < 0 || unit < 0) {
          int pagu = base.column("pagu");
          records.get(row).set(pagu, pick(HUGE_AMOUNTS, random));
          return input(
              kind,
              seed,
              index,
              base,
              "pagu of row " + row + " made huge (no output columns)",
              Expectation.ROW_REJECTED,
              rowLine,
              render(records, "\n").text());
        }
        String value =
            random.nextInt(3) == 0 ? MalformedJson.longDecimal(random) : pick(ODD_TARGETS, random);
        List<String> fields = records.get(row);
        fields.set(output, "Jumlah dokumen");
        fields.set(unit, "Dokumen");
        fields.set(target, value);
        return input(
            kind,
            seed,
            index,
            base,
            "targetoutput of row " + row + " set to " + value,
            Expectation.RESULT,
            rowLine,
            render(records, "\n").text());
      }
      case INVALID_UTF8 -> {
        byte[] sequence = INVALID_SEQUENCES[random.nextInt(INVALID_SEQUENCES.length)];
        int at = random.nextInt(bytes.length + 1);
        int line = 1;
        for (int i = 0; i < at; i++) {
          line += bytes[i] == '\n' ? 1 : 0;
        }
        return new Input(
            kind,
            seed,
            index,
            base,
            "inserted " + hex(sequence) + " at byte " + at,
            Expectation.FAILS,
            line,
            insert(bytes, at, sequence));
      }
      case DUPLICATED_HEADER -> {
        List<String> header = records.get(0);
        String copied = pick(header, random);
        if (random.nextBoolean() && header.size() > 1) {
          int at = (header.indexOf(copied) + 1 + random.nextInt(header.size() - 1)) % header.size();
          header.set(at, copied);
        } else {
          header.add(copied);
          for (int r = 1; r < records.size(); r++) {
            records.get(r).add(records.get(r).get(header.indexOf(copied)));
          }
        }
        return input(
            kind,
            seed,
            index,
            base,
            "column " + copied + " named twice",
            Expectation.FAILS,
            1,
            render(records, "\n").text());
      }
      case MISSING_COLUMN -> {
        String missing = pick(SipdBudgetImport.REQUIRED.asList(), random);
        int at = base.column(missing);
        for (List<String> r : records) {
          r.remove(at);
        }
        return input(
            kind,
            seed,
            index,
            base,
            "column " + missing + " removed",
            Expectation.FAILS,
            1,
            render(records, "\n").text());
      }
      case LONG_FIELD -> {
        int column = random.nextInt(records.get(row).size());
        int length = 100_001 + random.nextInt(150_000);
        String piece = pick(List.of("x", "é", "a,b ", "\"q\"", "中"), random);
        String value = piece.repeat(length / piece.length());
        records.get(row).set(column, value);
        return input(
            kind,
            seed,
            index,
            base,
            base.header().get(column)
                + " of row "
                + row
                + " made "
                + value.length()
                + " characters of "
                + piece,
            Expectation.RESULT,
            rowLine,
            render(records, "\n").text());
      }
      case BOM -> {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        return switch (random.nextInt(4)) {
          case 0 ->
              new Input(
                  kind,
                  seed,
                  index,
                  base,
                  "a BOM at the start",
                  Expectation.RESULT_AS_BASE,
                  0,
                  concat(bom, bytes));
          case 1 ->
              new Input(
                  kind,
                  seed,
                  index,
                  base,
                  "two BOMs at the start",
                  Expectation.FAILS,
                  1,
                  concat(concat(bom, bom), bytes));
          case 2 -> {
            List<String> fields = records.get(row);
            int column = random.nextInt(fields.size());
            fields.set(column, "\uFEFF" + fields.get(column));
            yield input(
                kind,
                seed,
                index,
                base,
                "a BOM at the start of " + base.header().get(column) + " in row " + row,
                Expectation.RESULT,
                rowLine,
                render(records, "\n").text());
          }
          default ->
              new Input(
                  kind,
                  seed,
                  index,
                  base,
                  "a UTF-16 BOM at the start",
                  Expectation.FAILS,
                  1,
                  concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes));
        };
      }
      case LINE_ENDINGS -> {
        String changed;
        String description;
        switch (random.nextInt(4)) {
          case 0 -> {
            changed = render(records, "\r\n").text();
            description = "CRLF line ends";
          }
          case 1 -> {
            changed = render(records, "\r").text();
            description = "CR line ends";
          }
          case 2 -> {
            StringBuilder out = new StringBuilder();
            for (String line : text.split("\n", -1)) {
              if (out.length() > 0) {
                out.append(pick(List.of("\n", "\r\n", "\r"), random));
              }
              out.append(line);
            }
            changed = out.toString();
            description = "mixed LF, CRLF and CR line ends";
          }
          default -> {
            changed =
                text.substring(0, text.length() - 1)
                    + pick(List.of("", "\n\n\n", "\r\n\r\n", "\n  \n\t\n"), random);
            description = "no line end, or blank lines, at the end";
          }
        }
        return input(kind, seed, index, base, description, Expectation.RESULT_AS_BASE, 0, changed);
      }
      case REPEATED_KEY -> {
        return repeatedKey(kind, seed, index, base, records, row, random);
      }
      case BYTE_CHANGED -> {
        int at = random.nextInt(bytes.length);
        byte b =
            random.nextBoolean()
                ? (byte) ",\"\n\r;.-0123456789 ".charAt(random.nextInt(17))
                : (byte) random.nextInt(256);
        byte[] out;
        String description;
        switch (random.nextInt(3)) {
          case 0 -> {
            out = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
            description = String.format(Locale.ROOT, "deleted byte 0x%02X at %d", bytes[at], at);
          }
          case 1 -> {
            out = insert(bytes, at, new byte[] {b});
            description = String.format(Locale.ROOT, "inserted byte 0x%02X at %d", b, at);
          }
          default -> {
            out = bytes.clone();
            out[at] = b;
            description = String.format(Locale.ROOT, "replaced byte at %d by 0x%02X", at, b);
          }
        }
        return new Input(kind, seed, index, base, description, Expectation.EITHER, 0, out);
      }
    }
    throw new AssertionError(kind);
  }

  private static Input input(
      Kind kind,
      long seed,
      int index,
      Base base,
      String description,
      Expectation expectation,
      int line,
      String text) {
    return new Input(kind, seed, index, base, description, expectation, line, utf8(text));
  }

  private static final ImmutableList<String> HUGE_AMOUNTS =
      ImmutableList.of(
          "9223372036854775808",
          "-9223372036854775808",
          "10000000000000000000000000000000000000000",
          "Rp99.999.999.999.999.999.999",
          "99.999.999.999.999.999.999,00",
          "99999999999999999999.00",
          "1e400",
          "1E+18",
          "9".repeat(1000),
          "Infinity",
          "NaN");

  private static final ImmutableList<String> BAD_RUPIAH =
      ImmutableList.of(
          "-5",
          "-70590400",
          "Rp-5",
          "-Rp5",
          "12,5",
          "12.5",
          "70.590.400,50",
          "70590400.5",
          "70590400.001",
          "0.001",
          "1.5e3",
          "(5)",
          "5.000.00",
          "٣٤٥",
          "７０５９０４００");

  private static final ImmutableList<String> ODD_TARGETS =
      ImmutableList.of(
          "1e999999999",
          "1e-999999999",
          "1e400",
          "1e-400",
          "9".repeat(200),
          "0." + "0".repeat(2000) + "1",
          "NaN",
          "Infinity",
          "-1",
          "1,5",
          "1.000,5",
          "٣",
          "0x10",
          "1_000",
          "+2");

  private static final byte[][] INVALID_SEQUENCES = {
    {(byte) 0xFF},
    {(byte) 0x80},
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xC3},
    {(byte) 0xE9}, // 'é' in ISO-8859-1, as a spreadsheet might save it
  };

  private static Input amount(
      Kind kind,
      long seed,
      int index,
      Base base,
      List<List<String>> records,
      int row,
      int rowLine,
      String value,
      SplittableRandom random) {
    int pagudana = base.column("pagudana");
    int column = pagudana >= 0 && random.nextBoolean() ? pagudana : base.column("pagu");
    records.get(row).set(column, value);
    return input(
        kind,
        seed,
        index,
        base,
        base.header().get(column) + " of row " + row + " set to " + shorten(value),
        Expectation.ROW_REJECTED,
        rowLine,
        render(records, "\n").text());
  }

  private static Input badCode(
      Kind kind,
      long seed,
      int index,
      Base base,
      List<List<String>> records,
      int row,
      int rowLine,
      SplittableRandom random) {
    List<String[]> options = new ArrayList<>();
    for (String code :
        List.of(
            "",
            "2.8.2",
            "2.08.02.2.01",
            "2.08.02.2.01.00",
            "x",
            "2.08.02.2.01.01.01",
            "２.08.02.2.01.01",
            "2.08.02.2.01.٠١",
            "2.08.02.3.01.01")) {
      options.add(new String[] {"kode_sub_giat", code});
    }
    for (String skpd : List.of("", "a b", "-dp3", "dp3appkb!", "x".repeat(200), "dp3\u0000")) {
      options.add(new String[] {"kode_skpd", skpd});
    }
    options.add(new String[] {"kode_giat", "2.08.03.2.02"});
    options.add(new String[] {"kode_giat", "not a code"});
    options.add(new String[] {"arg_kategori", "TAGGED"});
    options.add(new String[] {"arg_kategori", "equality gender"});
    options.add(new String[] {"gbs_id", "bad id"});
    options.add(new String[] {"kak_id", "-kak"});
    options.add(new String[] {"nama_skpd", " "});
    options.add(new String[] {"kode_sbl", "x".repeat(129)});
    options.add(new String[] {"satuanoutput", "Dokumen"});
    String code = records.get(row).get(base.column("kode_sub_giat"));
    options.add(new String[] {"kode_bidang_urusan", code.startsWith("2.08") ? "2.14" : "2.08"});
    List<String[]> possible =
        options.stream()
            .filter(o -> base.column(o[0]) >= 0)
            .filter(
                o ->
                    (!o[0].equals("gbs_id") && !o[0].equals("kak_id"))
                        || base.column("arg_kategori") >= 0)
            .toList();
    String[] change = pick(possible, random);
    List<String> fields = records.get(row);
    fields.set(base.column(change[0]), change[1]);
    if (change[0].equals("gbs_id") || change[0].equals("kak_id")) {
      fields.set(base.column("arg_kategori"), "EQUALITY");
    }
    if (change[0].equals("satuanoutput") && base.column("outputteks") >= 0) {
      fields.set(base.column("outputteks"), "");
    }
    return input(
        kind,
        seed,
        index,
        base,
        change[0] + " of row " + row + " set to \"" + shorten(change[1]) + "\"",
        Expectation.ROW_REJECTED,
        rowLine,
        render(records, "\n").text());
  }

  private static Input brokenQuote(
      Kind kind,
      long seed,
      int index,
      Base base,
      List<List<String>> records,
      int row,
      int rowLine,
      SplittableRandom random) {
    Rendered rendered = render(records, "\n");
    List<String> lines = new ArrayList<>(List.of(rendered.text().split("\n", -1)));
    String line = lines.get(rowLine - 1);
    List<String> fields = records.get(row);
    switch (random.nextInt(4)) {
      case 0 -> {
        // a quote inside an unquoted, non-blank field: the first field of the row
        String first = fields.get(0);
        if (first.isBlank() || needsQuotes(first)) {
          break;
        }
        int at = 1 + random.nextInt(Math.max(1, first.length() - 1));
        lines.set(
            rowLine - 1,
            line.substring(0, Math.min(at, first.length()))
                + "\""
                + line.substring(Math.min(at, first.length())));
        return input(
            kind,
            seed,
            index,
            base,
            "a quote inside the first field of row " + row,
            Expectation.FAILS,
            rowLine,
            String.join("\n", lines));
      }
      case 1 -> {
        lines.set(rowLine - 1, line + "\"x\"y");
        boolean oneLine = fields.stream().noneMatch(f -> f.contains("\n") || f.contains("\r"));
        return input(
            kind,
            seed,
            index,
            base,
            "text after a closing quote at the end of row " + row,
            oneLine ? Expectation.FAILS : Expectation.EITHER,
            rowLine,
            String.join("\n", lines));
      }
      case 2 -> {
        lines.set(rowLine - 1, "\"" + line);
        return input(
            kind,
            seed,
            index,
            base,
            "a quote opened at the start of row " + row + " and never closed there",
            Expectation.EITHER,
            rowLine,
            String.join("\n", lines));
      }
      default -> {
        int column = random.nextInt(fields.size());
        fields.set(column, fields.get(column) + "\"\"quoted\"\"");
        return input(
            kind,
            seed,
            index,
            base,
            "quotes inside " + base.header().get(column) + " of row " + row,
            Expectation.RESULT,
            rowLine,
            render(records, "\n").text());
      }
    }
    lines.set(rowLine - 1, line + ",\"never closed");
    return input(
        kind,
        seed,
        index,
        base,
        "an unclosed quote added to row " + row,
        Expectation.EITHER,
        rowLine,
        String.join("\n", lines));
  }

  private static Input repeatedKey(
      Kind kind,
      long seed,
      int index,
      Base base,
      List<List<String>> records,
      int row,
      SplittableRandom random) {
    List<String> copy = new ArrayList<>(records.get(row));
    List<String[]> changes = new ArrayList<>();
    changes.add(new String[] {"", ""});
    for (String[] c :
        List.of(
            new String[] {"nama_sub_giat", "Nama lain sub kegiatan"},
            new String[] {"arg_kategori", "SPECIFIC_TARGET"},
            new String[] {"arg_kategori", "EQUALITY"},
            new String[] {"gbs_id", "gbs-lain"},
            new String[] {"outputteks", "Keluaran lain"},
            new String[] {"targetoutput", "99"},
            new String[] {"arg_label", "label lain"})) {
      if (base.column(c[0]) >= 0 && !category(copy.get(base.column(c[0]))).equals(category(c[1]))) {
        changes.add(c);
      }
    }
    String[] change = pick(changes, random);
    if (!change[0].isEmpty()) {
      copy.set(base.column(change[0]), change[1]);
    }
    records.add(copy);
    Rendered rendered = render(records, "\n");
    int line = rendered.lines().get(records.size() - 1);
    boolean differs = !change[0].isEmpty();
    return new Input(
        kind,
        seed,
        index,
        base,
        "row "
            + row
            + " repeated at the end"
            + (differs ? " with " + change[0] + " \"" + change[1] + "\"" : ""),
        differs ? Expectation.ROW_REJECTED : Expectation.RESULT,
        line,
        utf8(rendered.text()));
  }

  /** An ARG category written in Indonesian as its constant's name; any other text as it is. */
  private static String category(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT).replace("anggaran ", "");
    return switch (v) {
      case "khusus target gender" -> "specific_target";
      case "kesetaraan gender" -> "equality";
      case "pelembagaan kesetaraan gender" -> "institutionalisation";
      default -> v;
    };
  }

  private static String shorten(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
  }
}
