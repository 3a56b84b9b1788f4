package id.pug.io.hostile;

import com.google.common.collect.ImmutableList;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyId;
import id.pug.core.agency.AgencyRole;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.provenance.Source;
import id.pug.core.testing.PlanFixtures;
import id.pug.io.json.PlanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of malformed {@code pug.plan.v1} documents. Each input starts from a valid
 * document (the example plans, plans written from pug-core's fixtures, and elements written as
 * parts) and applies exactly one mutation of a named {@link Kind}; it says what reading it must
 * give ({@link Expectation}) and, for most kinds, a text one of the problems must contain.
 *
 * <p>The same seed and index always give the same input: {@link #input(long, int)} rebuilds the one
 * a failure names. Inputs are made lazily ({@link #inputs(long, int)} is a stream), so a large
 * batch never sits in memory at once.
 */
public final class MalformedJson {
  private MalformedJson() {}

  /**
   * A kind of mutation. The n-th input of a batch has kind {@code values()[n % values().length]}.
   */
  public enum Kind {
    /** The bytes cut at a random byte. */
    TRUNCATION,
    /** One random byte deleted. */
    BYTE_DELETED,
    /** One byte inserted at a random place: a JSON character or any byte. */
    BYTE_INSERTED,
    /** One random byte replaced. */
    BYTE_REPLACED,
    /**
     * A value replaced by one of another JSON type (string, number, boolean, object, array, null).
     */
    WRONG_TYPE,
    /** A field repeated in its object. */
    DUPLICATE_KEY,
    /** A number replaced by a huge, tiny, negative, fractional or non-JSON one. */
    ODD_NUMBER,
    /** A value replaced by arrays and objects nested far deeper than the limit. */
    DEEP_NESTING,
    /** A string or field name made longer than the configured limit. */
    LONG_STRING,
    /** Bytes that are not UTF-8: stray continuation bytes, overlong forms, encoded surrogates. */
    INVALID_UTF8,
    /** An unpaired surrogate: raw in a Java string, or escaped in JSON. */
    LONE_SURROGATE,
    /** A byte order mark at the start, twice, inside a string, between tokens, or UTF-16's. */
    BOM,
    /** NUL or another control character, raw or escaped, in a string or between tokens. */
    CONTROL_CHARACTER,
    /** A field the format does not know. */
    UNKNOWN_FIELD,
    /** A required field removed. */
    MISSING_REQUIRED_FIELD,
    /** An enum constant (or GAP step or factor key, or the format's name) misspelt. */
    UNKNOWN_ENUM_CONSTANT,
    /** A reference pointed at another element or at none, or two elements' ids swapped. */
    SWAPPED_ID,
    /** White space changed between tokens only: minified, CRLF, CR, tabs, extra runs. */
    WHITESPACE_ONLY
  }

  /** What reading an input must give. */
  public enum Expectation {
    /** A plan (or part) equal to the one the base document holds. */
    READS_AS_BASE,
    /** A complete plan (or part), which writes back and re-reads equal. */
    READS,
    /** The documented exception. */
    FAILS,
    /** Either a complete result or the documented exception. */
    EITHER
  }

  /** A valid document the mutations start from. */
  public static final class Base {
    private final String name;
    private final String json;
    private final PlanJson.@Nullable Part<?> part;
    private final Object value;
    final JsonDocument document;

    Base(String name, String json, PlanJson.@Nullable Part<?> part, Object value, String rootDef) {
      this.name = name;
      this.json = json;
      this.part = part;
      this.value = value;
      this.document = new JsonDocument(json, rootDef);
    }

    /**
     * The document's name.
     *
     * @return for example {@code "kapuas-2025.json"}
     */
    public String name() {
      return name;
    }

    /**
     * The valid document.
     *
     * @return its text
     */
    public String json() {
      return json;
    }

    /**
     * The kind of element, for a document holding one element instead of a plan.
     *
     * @return the part, or empty for a plan
     */
    public Optional<PlanJson.Part<?>> part() {
      return Optional.ofNullable(part);
    }

    /**
     * What the valid document holds.
     *
     * @return the plan or element
     */
    public Object value() {
      return value;
    }
  }

  /** One malformed input. */
  public static final class Input {
    private final Kind kind;
    private final long seed;
    private final int index;
    private final Base base;
    private final String mutation;
    private final @Nullable String where;
    private final Expectation expectation;
    private final ImmutableList<String> anyMessage;
    private final byte @Nullable [] bytes;
    private final @Nullable String text;
    private final String excerpt;
    private final int at;
    private final @Nullable String mutatedText;

    Input(
        Kind kind,
        long seed,
        int index,
        Base base,
        Mutated mutated,
        byte @Nullable [] bytes,
        @Nullable String text) {
      this.kind = kind;
      this.seed = seed;
      this.index = index;
      this.base = base;
      this.mutation = mutated.description;
      this.where = mutated.where;
      this.expectation = mutated.expectation;
      this.anyMessage = mutated.anyMessage;
      this.bytes = bytes;
      this.text = text;
      this.excerpt = mutated.excerpt;
      this.at = mutated.at;
      this.mutatedText = mutated.text;
    }

    /**
     * Where the mutation lies, as the reader counts lines and columns ({@code \n}, {@code \r} and
     * {@code \r\n} end a line; columns count characters), for mutations made on the text.
     *
     * @return the 1-based line and column, or empty for mutations made on the bytes
     */
    public Optional<int[]> position() {
      if (mutatedText == null) {
        return Optional.empty();
      }
      int line = 1;
      int column = 1;
      for (int i = 0; i < at && i < mutatedText.length(); i++) {
        char c = mutatedText.charAt(i);
        if (c == '\n'
            || (c == '\r'
                && (i + 1 >= mutatedText.length() || mutatedText.charAt(i + 1) != '\n'))) {
          line++;
          column = 1;
        } else if (c != '\r') {
          column++;
        }
      }
      return Optional.of(new int[] {line, column});
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
     * The seed of the batch.
     *
     * @return the seed
     */
    public long seed() {
      return seed;
    }

    /**
     * The input's index in its batch.
     *
     * @return the index
     */
    public int index() {
      return index;
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
     * @return for example {@code "replaced $.budgetLines[0].amount by \"x\""}
     */
    public String mutation() {
      return mutation;
    }

    /**
     * The JSON path of the mutated value, when the mutation aimed at one.
     *
     * @return the path
     */
    public Optional<String> where() {
      return Optional.ofNullable(where);
    }

    /**
     * What reading must give.
     *
     * @return the expectation
     */
    public Expectation expectation() {
      return expectation;
    }

    /**
     * When reading fails: texts one of which some problem's message must contain.
     *
     * @return the texts; empty when any documented problem will do
     */
    public ImmutableList<String> anyMessage() {
      return anyMessage;
    }

    /**
     * The input as bytes, to read with {@link PlanJson#read(String, java.io.InputStream)}.
     *
     * @return the bytes, or empty when the input is a Java string (see {@link #text()})
     */
    public Optional<byte[]> bytes() {
      return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
    }

    /**
     * The input as a Java string, to read with {@link PlanJson#read(String, String)} or {@link
     * PlanJson#readPart}.
     *
     * @return the text, or empty when the input is bytes
     */
    public Optional<String> text() {
      return Optional.ofNullable(text);
    }

    /**
     * A short, printable excerpt around the mutation.
     *
     * @return the excerpt
     */
    public String excerpt() {
      return excerpt;
    }

    /**
     * The name to read the input under.
     *
     * @return for example {@code "malformed-17-WRONG_TYPE.json"}
     */
    public String sourceName() {
      return "malformed-" + index + "-" + kind + ".json";
    }

    /**
     * The kind, seed, index, base, mutation and excerpt.
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
          + " near "
          + excerpt;
    }
  }

  /** The outcome of one mutation before it becomes an {@link Input}. */
  static final class Mutated {
    final @Nullable String text;
    final byte @Nullable [] bytes;
    final boolean stringOnly;
    final String description;
    final @Nullable String where;
    final Expectation expectation;
    final ImmutableList<String> anyMessage;
    final String excerpt;
    final int at;

    private Mutated(
        @Nullable String text,
        byte @Nullable [] bytes,
        boolean stringOnly,
        int at,
        String description,
        @Nullable String where,
        Expectation expectation,
        ImmutableList<String> anyMessage) {
      this.text = text;
      this.bytes = bytes;
      this.stringOnly = stringOnly;
      this.description = description;
      this.where = where;
      this.expectation = expectation;
      this.anyMessage = anyMessage;
      this.at = at;
      this.excerpt = text != null ? excerpt(text, at) : excerpt(Objects.requireNonNull(bytes), at);
    }

    static Mutated text(
        String text,
        int at,
        String description,
        @Nullable String where,
        Expectation expectation,
        String... anyMessage) {
      return new Mutated(
          text,
          null,
          hasUnpairedSurrogate(text),
          at,
          description,
          where,
          expectation,
          ImmutableList.copyOf(anyMessage));
    }

    static Mutated bytes(
        byte[] bytes,
        int at,
        String description,
        @Nullable String where,
        Expectation expectation,
        String... anyMessage) {
      return new Mutated(
          null,
          bytes,
          false,
          at,
          description,
          where,
          expectation,
          ImmutableList.copyOf(anyMessage));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Bases
  // ---------------------------------------------------------------------------------------------

  private static final class Holder {
    static final ImmutableList<Base> BASES = makeBases();
  }

  /**
   * The valid documents the mutations start from: the two example plans, plans written from
   * pug-core's fixtures, and single elements written as parts.
   *
   * @return the bases
   */
  public static ImmutableList<Base> bases() {
    return Holder.BASES;
  }

  private static ImmutableList<Base> makeBases() {
    PlanJson json = PlanJson.standard();
    Path examples = Path.of("..", "examples", "plans");
    List<Base> out = new ArrayList<>();
    for (String file : List.of("kapuas-2025.json", "kapuas-2025-broken.json")) {
      String text;
      try {
        text = Files.readString(examples.resolve(file), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.add(new Base(file, text, null, json.read(file, text), "regionalPprgPlan"));
    }
    RegionalPprgPlan kapuas = PlanFixtures.kabupatenKapuas2025();
    RegionalPprgPlan minimal = PlanFixtures.minimalPlan();
    RegionalPprgPlan unusual =
        RegionalPprgPlan.builder()
            .from(kapuas)
            .putAgency(
                AgencyId.of("dinsos:kab/62.03#1"),
                Agency.builder()
                    .name("Dinas Sosial — \"Kabupaten\" Kapuas \\ 社会 \uD83D\uDEBA\tend")
                    .region(PlanFixtures.KAPUAS)
                    .addDeclaredRoles(AgencyRole.SOCIAL)
                    .nameConfirmed(false)
                    .addSource(
                        Source.of(
                            "OWN-1",
                            "A user's own source",
                            Optional.of(URI.create("https://example.org/sumber?a=1&b=%C3%A9"))))
                    .addNote("\u0000 NUL, \u001f unit separator, \u2028 line separator")
                    .build())
            .build();
    for (RegionalPprgPlan plan : List.of(kapuas, minimal, unusual)) {
      String name =
          plan == kapuas ? "fixture-kapuas" : plan == minimal ? "fixture-minimal" : "unusual";
      out.add(new Base(name + ".json", json.write(plan), null, plan, "regionalPprgPlan"));
    }
    out.add(part(PlanJson.Part.GBS, kapuas.budgetStatements().get(0), "genderBudgetStatement"));
    out.add(part(PlanJson.Part.GAP, kapuas.genderAnalyses().get(1), "genderAnalysisPathway"));
    out.add(part(PlanJson.Part.KAK, kapuas.termsOfReference().get(0), "termsOfReference"));
    out.add(part(PlanJson.Part.BUDGET_LINE, kapuas.budgetLines().get(0), "budgetLine"));
    out.add(
        part(
            PlanJson.Part.PLANNING_DOCUMENT,
            kapuas.planningDocuments().get(0),
            "planningDocument"));
    out.add(part(PlanJson.Part.ACTION_PLAN, kapuas.actionPlans().get(0), "actionPlan"));
    out.add(part(PlanJson.Part.POKJA, kapuas.pokja().orElseThrow(), "pokjaPug"));
    return ImmutableList.copyOf(out);
  }

  private static <T> Base part(PlanJson.Part<T> part, T value, String def) {
    String text = PlanJson.standard().writePart(part, value);
    return new Base(part.name() + " part", text, part, value, def);
  }

  // ---------------------------------------------------------------------------------------------
  // Inputs
  // ---------------------------------------------------------------------------------------------

  /**
   * A batch of inputs, made lazily: the n-th has kind {@code Kind.values()[n % 18]}, so that every
   * kind gets an equal share.
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
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    boolean bytesOnly =
        switch (kind) {
          case TRUNCATION, BYTE_DELETED, BYTE_INSERTED, BYTE_REPLACED, INVALID_UTF8, BOM -> true;
          default -> false;
        };
    List<Base> candidates = bases().stream().filter(b -> !bytesOnly || b.part().isEmpty()).toList();
    Base base = candidates.get(random.nextInt(candidates.size()));
    Mutated mutated = mutate(kind, base, random);
    if (mutated.bytes != null) {
      return new Input(kind, seed, index, base, mutated, mutated.bytes, null);
    }
    String text = Objects.requireNonNull(mutated.text);
    boolean asString = mutated.stringOnly || base.part().isPresent() || random.nextBoolean();
    return asString
        ? new Input(kind, seed, index, base, mutated, null, text)
        : new Input(kind, seed, index, base, mutated, text.getBytes(StandardCharsets.UTF_8), null);
  }

  private static Mutated mutate(Kind kind, Base base, SplittableRandom random) {
    JsonDocument doc = base.document;
    String json = base.json();
    return switch (kind) {
      case TRUNCATION -> truncation(doc, json, random);
      case BYTE_DELETED, BYTE_INSERTED, BYTE_REPLACED -> byteChange(kind, json, random);
      case WRONG_TYPE -> wrongType(doc, json, random);
      case DUPLICATE_KEY -> duplicateKey(doc, json, random);
      case ODD_NUMBER -> oddNumber(doc, json, random);
      case DEEP_NESTING -> deepNesting(doc, json, random);
      case LONG_STRING -> longString(doc, json, random);
      case INVALID_UTF8 -> invalidUtf8(doc, json, random);
      case LONE_SURROGATE -> loneSurrogate(doc, json, random);
      case BOM -> bom(doc, json, random);
      case CONTROL_CHARACTER -> controlCharacter(doc, json, random);
      case UNKNOWN_FIELD -> unknownField(doc, json, random);
      case MISSING_REQUIRED_FIELD -> missingRequired(doc, json, random);
      case UNKNOWN_ENUM_CONSTANT -> unknownConstant(doc, json, random);
      case SWAPPED_ID -> swappedId(doc, json, random);
      case WHITESPACE_ONLY -> whitespace(doc, json, random);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Byte-level mutations
  // ---------------------------------------------------------------------------------------------

  private static Mutated truncation(JsonDocument doc, String json, SplittableRandom random) {
    byte[] bytes = utf8(json);
    int cut = random.nextInt(bytes.length);
    int rootEnd = utf8(json.substring(0, doc.root.end)).length;
    byte[] out = Arrays.copyOf(bytes, cut);
    if (cut >= rootEnd) {
      return Mutated.bytes(
          out,
          cut,
          "cut at byte " + cut + " (after the document)",
          null,
          Expectation.READS_AS_BASE);
    }
    return Mutated.bytes(
        out,
        cut,
        "cut at byte " + cut + " of " + bytes.length,
        null,
        Expectation.FAILS,
        "unexpected end of the document",
        "invalid UTF-8",
        "the document is empty",
        "invalid JSON: Unrecognized token", // a literal cut short: "tr" for true
        "in numeric value"); // a number cut short: "1." or "1e"
  }

  private static final byte[] JSON_BYTES =
      "{}[],:\"\\ 0123456789.-+eEtfnrulsa\n".getBytes(StandardCharsets.US_ASCII);

  private static byte randomByte(SplittableRandom random) {
    return random.nextBoolean()
        ? JSON_BYTES[random.nextInt(JSON_BYTES.length)]
        : (byte) random.nextInt(256);
  }

  private static Mutated byteChange(Kind kind, String json, SplittableRandom random) {
    byte[] bytes = utf8(json);
    int at = random.nextInt(bytes.length);
    byte[] out;
    String description;
    switch (kind) {
      case BYTE_DELETED -> {
        out = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
        description = String.format(Locale.ROOT, "deleted byte 0x%02X at %d", bytes[at], at);
      }
      case BYTE_INSERTED -> {
        at = random.nextInt(bytes.length + 1);
        byte b = randomByte(random);
        out = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, out, 0, at);
        out[at] = b;
        System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
        description = String.format(Locale.ROOT, "inserted byte 0x%02X at %d", b, at);
      }
      default -> {
        byte b = randomByte(random);
        while (b == bytes[at]) {
          b = (byte) random.nextInt(256);
        }
        out = bytes.clone();
        out[at] = b;
        description =
            String.format(Locale.ROOT, "replaced byte 0x%02X at %d by 0x%02X", bytes[at], at, b);
      }
    }
    return Mutated.bytes(out, at, description, null, Expectation.EITHER);
  }

  private static final byte[][] INVALID_SEQUENCES = {
    {(byte) 0xFF},
    {(byte) 0xFE},
    {(byte) 0x80},
    {(byte) 0xBF},
    {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
    {(byte) 0xC1, (byte) 0xBF}, // overlong
    {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // encoded high surrogate U+D800
    {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, // encoded low surrogate U+DFFF
    {(byte) 0xE2, (byte) 0x82}, // truncated three-byte sequence
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, // truncated four-byte sequence
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // five bytes
    {(byte) 0xC3}, // a lead byte without its continuation
    {(byte) 0xC3, (byte) 0x28}, // a lead byte followed by ASCII
  };

  private static Mutated invalidUtf8(JsonDocument doc, String json, SplittableRandom random) {
    byte[] bytes = utf8(json);
    byte[] sequence = INVALID_SEQUENCES[random.nextInt(INVALID_SEQUENCES.length)];
    int at;
    String where = null;
    List<JsonDocument.Value> strings = doc.where(v -> v.type == JsonDocument.Type.STRING);
    int choice = random.nextInt(3);
    if (choice == 0 && !strings.isEmpty()) {
      JsonDocument.Value v = pick(strings, random);
      at = utf8(json.substring(0, stringPosition(json, v, random))).length;
      where = v.path;
    } else if (choice == 1) {
      at = bytes.length;
    } else {
      at = random.nextInt(bytes.length + 1);
    }
    byte[] out = insert(bytes, at, sequence);
    return Mutated.bytes(
        out,
        at,
        "inserted " + hex(sequence) + " at byte " + at,
        where,
        Expectation.FAILS,
        "invalid UTF-8");
  }

  private static Mutated bom(JsonDocument doc, String json, SplittableRandom random) {
    byte[] bytes = utf8(json);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    switch (random.nextInt(6)) {
      case 0 -> {
        return Mutated.bytes(
            insert(bytes, 0, bom), 0, "a BOM at the start", null, Expectation.READS_AS_BASE);
      }
      case 1 -> {
        return Mutated.bytes(
            insert(bytes, 0, concat(bom, bom)),
            0,
            "two BOMs at the start",
            null,
            Expectation.EITHER);
      }
      case 2 -> {
        List<JsonDocument.Value> strings = doc.where(v -> v.type == JsonDocument.Type.STRING);
        JsonDocument.Value v = pick(strings, random);
        int at = utf8(json.substring(0, stringPosition(json, v, random))).length;
        return Mutated.bytes(
            insert(bytes, at, bom), at, "a BOM inside " + v.path, v.path, Expectation.EITHER);
      }
      case 3 -> {
        int charAt = pick(doc.whitespacePositions(), random);
        int at = utf8(json.substring(0, charAt)).length;
        return Mutated.bytes(
            insert(bytes, at, bom), at, "a BOM between tokens at " + at, null, Expectation.EITHER);
      }
      case 4 -> {
        byte[] utf16 =
            random.nextBoolean()
                ? new byte[] {(byte) 0xFE, (byte) 0xFF}
                : new byte[] {(byte) 0xFF, (byte) 0xFE};
        return Mutated.bytes(
            insert(bytes, 0, utf16),
            0,
            "a UTF-16 BOM " + hex(utf16) + " at the start",
            null,
            Expectation.FAILS,
            "invalid UTF-8");
      }
      default -> {
        byte[] space = " \n\t".getBytes(StandardCharsets.US_ASCII);
        return Mutated.bytes(
            insert(bytes, 0, concat(space, bom)),
            0,
            "a BOM after leading white space",
            null,
            Expectation.EITHER);
      }
    }
  }

  private static final char[] CONTROLS = {
    '\u0000', '\u0001', '\u0007', '\u0008', '\t', '\n', '\u000b', '\u000c', '\r', '\u001b',
    '\u001f', '\u007f', '\u0085', '\u2028', '\u2029'
  };

  private static Mutated controlCharacter(JsonDocument doc, String json, SplittableRandom random) {
    char c = CONTROLS[random.nextInt(CONTROLS.length)];
    String shown = String.format(Locale.ROOT, "U+%04X", (int) c);
    int choice = random.nextInt(3);
    if (choice == 2) {
      int at = pick(doc.whitespacePositions(), random);
      return Mutated.text(
          insert(json, at, String.valueOf(c)),
          at,
          "raw " + shown + " between tokens",
          null,
          Expectation.EITHER);
    }
    JsonDocument.Value v = pick(doc.where(x -> x.type == JsonDocument.Type.STRING), random);
    int at = stringPosition(json, v, random);
    String inserted =
        choice == 0 ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c);
    return Mutated.text(
        insert(json, at, inserted),
        at,
        (choice == 0 ? "raw " : "escaped ") + shown + " inside " + v.path,
        v.path,
        Expectation.EITHER);
  }

  // ---------------------------------------------------------------------------------------------
  // Structural mutations
  // ---------------------------------------------------------------------------------------------

  private static final ImmutableList<String> STRINGS =
      ImmutableList.of("\"x\"", "\"\"", "\"2025\"", "\"true\"", "\"null\"", "\"{}\"");
  private static final ImmutableList<String> NUMBERS =
      ImmutableList.of("0", "2025", "-1.5", "1e3", "70590400");
  private static final ImmutableList<String> BOOLEANS = ImmutableList.of("true", "false");
  private static final ImmutableList<String> OBJECTS =
      ImmutableList.of("{}", "{\"a\": 1}", "{\"id\": \"x\", \"name\": \"y\"}");
  private static final ImmutableList<String> ARRAYS =
      ImmutableList.of("[]", "[1, \"a\"]", "[\"2.08\"]", "[{}]", "[null]");
  private static final ImmutableList<String> NULLS = ImmutableList.of("null");

  private static Mutated wrongType(JsonDocument doc, String json, SplittableRandom random) {
    JsonDocument.Value v = pick(doc.where(x -> true), random);
    List<String> pool = new ArrayList<>();
    for (JsonDocument.Type t : JsonDocument.Type.values()) {
      if (t != v.type) {
        pool.addAll(
            switch (t) {
              case STRING -> STRINGS;
              case NUMBER -> NUMBERS;
              case BOOLEAN -> BOOLEANS;
              case OBJECT -> OBJECTS;
              case ARRAY -> ARRAYS;
              case NULL -> NULLS;
            });
      }
    }
    String replacement = pick(pool, random);
    return Mutated.text(
        replace(json, v.start, v.end, replacement),
        v.start,
        "replaced the " + v.type + " at " + v.path + " by " + replacement,
        v.path,
        Expectation.FAILS);
  }

  private static Mutated duplicateKey(JsonDocument doc, String json, SplittableRandom random) {
    JsonDocument.Value member = pick(doc.where(v -> v.nameStart >= 0), random);
    String copy = json.substring(member.nameStart, member.end);
    boolean before = random.nextBoolean();
    String text =
        before
            ? insert(json, member.nameStart, copy + ",\n")
            : insert(json, member.end, ",\n" + copy);
    return Mutated.text(
        text,
        before ? member.nameStart : member.end,
        "repeated the field " + member.path + (before ? " before" : " after") + " itself",
        member.path,
        Expectation.FAILS,
        "duplicate field");
  }

  private static final ImmutableList<String> ODD_NUMBERS =
      ImmutableList.of(
          "1e400",
          "-1e400",
          "1e-400",
          "1E+3",
          "-0",
          "-0.0",
          "0.0",
          "10000000000000000000000000000000000000000",
          "-10000000000000000000000000000000000000000",
          "1.5",
          "70590400.5",
          "0x10",
          "NaN",
          "Infinity",
          "-Infinity",
          "007",
          "-1",
          ".5",
          "5.",
          "+1",
          "1_000",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775808",
          "2147483647",
          "2147483648",
          "999999999",
          "1000000000",
          "-999999999",
          "1e999999999",
          "1e-999999999",
          "1e1000",
          "1e-1000",
          "1e1001",
          "0.0000000000000000000000000001",
          "1" + "0".repeat(99),
          "1" + "0".repeat(150),
          "1." + "5".repeat(200),
          "12,5",
          "1 000");

  private static Mutated oddNumber(JsonDocument doc, String json, SplittableRandom random) {
    List<JsonDocument.Value> numbers = doc.where(v -> v.type == JsonDocument.Type.NUMBER);
    List<JsonDocument.Value> decimals = doc.where(v -> "decimal".equals(v.def));
    boolean nearLimit = !decimals.isEmpty() && random.nextInt(3) == 0;
    JsonDocument.Value v =
        pick(nearLimit ? decimals : numbers.isEmpty() ? doc.where(x -> true) : numbers, random);
    String replacement = nearLimit ? longDecimal(random) : pick(ODD_NUMBERS, random);
    return Mutated.text(
        replace(json, v.start, v.end, replacement),
        v.start,
        "replaced " + v.path + " by " + replacement,
        v.path,
        Expectation.EITHER);
  }

  /**
   * A decimal of about as many digits as the reader allows ({@link PlanJson#MAX_NUMBER_LENGTH}),
   * with leading zeros, a point and an exponent in random places: the writer must write it back in
   * a form the reader accepts again.
   */
  static String longDecimal(SplittableRandom random) {
    int budget = PlanJson.MAX_NUMBER_LENGTH - random.nextInt(8);
    int exponent = random.nextInt(3) == 0 ? 0 : random.nextInt(-120, 121);
    int exponentDigits = exponent == 0 ? 0 : String.valueOf(Math.abs(exponent)).length();
    int digits = Math.max(1, budget - exponentDigits);
    int intDigits = random.nextInt(digits + 1);
    int leadingZeros = intDigits == 0 ? random.nextInt(Math.min(8, digits)) : 0;
    StringBuilder out = new StringBuilder(random.nextBoolean() ? "-" : "");
    out.append(intDigits == 0 ? "0" : "");
    for (int i = 0; i < intDigits; i++) {
      out.append(i == 0 ? (char) ('1' + random.nextInt(9)) : (char) ('0' + random.nextInt(10)));
    }
    int fractionDigits = digits - Math.max(intDigits, 1);
    if (fractionDigits > 0) {
      out.append('.');
      for (int i = 0; i < fractionDigits; i++) {
        out.append(i < leadingZeros ? '0' : (char) ('0' + random.nextInt(10)));
      }
    }
    if (exponent != 0) {
      out.append(random.nextBoolean() ? 'e' : 'E')
          .append(exponent > 0 && random.nextBoolean() ? "+" : "")
          .append(exponent);
    }
    return out.toString();
  }

  private static Mutated deepNesting(JsonDocument doc, String json, SplittableRandom random) {
    JsonDocument.Value v = pick(doc.where(x -> true), random);
    int roll = random.nextInt(20);
    int depth =
        roll == 0
            ? 100_000
            : roll < 3 ? 10_000 : roll < 8 ? 64 + random.nextInt(200) : 64 + random.nextInt(8);
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    boolean arrays = random.nextBoolean();
    for (int i = 0; i < depth; i++) {
      boolean array = arrays || random.nextInt(4) == 0;
      open.append(array ? "[" : "{\"a\": ");
      close.append(array ? "]" : "}");
    }
    String nested = open + "1" + close.reverse();
    return Mutated.text(
        replace(json, v.start, v.end, nested),
        v.start,
        "replaced " + v.path + " by " + depth + " nested levels",
        v.path,
        Expectation.FAILS,
        "too deeply nested");
  }

  private static final ImmutableList<String> LONG_PIECES =
      ImmutableList.of("x", "é", "中", "\uD83D\uDE00", "\\u00e9", "\\\"", "ab cd ", "\\n");

  private static Mutated longString(JsonDocument doc, String json, SplittableRandom random) {
    String piece = pick(LONG_PIECES, random);
    boolean name = random.nextInt(5) == 0;
    int limit = name ? 50_000 : PlanJson.DEFAULT_MAX_STRING_LENGTH;
    int length = limit + 1 + random.nextInt(name ? 100_000 : 50_000);
    StringBuilder content = new StringBuilder();
    int decoded = 0;
    while (decoded < length) {
      content.append(piece);
      decoded += piece.startsWith("\\") ? 1 : piece.codePointCount(0, piece.length());
    }
    if (name) {
      JsonDocument.Value member = pick(doc.where(v -> v.nameStart >= 0), random);
      int nameEnd = json.indexOf(':', member.nameStart);
      int closingQuote = json.lastIndexOf('"', nameEnd);
      return Mutated.text(
          replace(json, member.nameStart, closingQuote + 1, "\"" + content + "\""),
          member.nameStart,
          "the name of " + member.path + " made " + decoded + " characters long",
          Objects.requireNonNull(member.parent).path,
          Expectation.FAILS,
          "field name too long");
    }
    JsonDocument.Value v = pick(doc.where(x -> x.type == JsonDocument.Type.STRING), random);
    return Mutated.text(
        replace(json, v.start, v.end, "\"" + content + "\""),
        v.start,
        v.path + " made " + decoded + " characters of " + piece + " long",
        v.path,
        Expectation.FAILS,
        "string too long");
  }

  private static Mutated loneSurrogate(JsonDocument doc, String json, SplittableRandom random) {
    JsonDocument.Value v = pick(doc.where(x -> x.type == JsonDocument.Type.STRING), random);
    int at = stringPosition(json, v, random);
    switch (random.nextInt(5)) {
      case 0 -> {
        char high = (char) (0xD800 + random.nextInt(0x400));
        return Mutated.text(
            insert(json, at, String.valueOf(high)),
            at,
            String.format(Locale.ROOT, "raw U+%04X inside %s", (int) high, v.path),
            v.path,
            Expectation.FAILS,
            "unpaired surrogate");
      }
      case 1 -> {
        char low = (char) (0xDC00 + random.nextInt(0x400));
        return Mutated.text(
            insert(json, at, String.valueOf(low)),
            at,
            String.format(Locale.ROOT, "raw U+%04X inside %s", (int) low, v.path),
            v.path,
            Expectation.FAILS,
            "unpaired surrogate");
      }
      case 2 -> {
        return Mutated.text(
            insert(json, at, "\uDE00\uD83D"),
            at,
            "a reversed surrogate pair inside " + v.path,
            v.path,
            Expectation.FAILS,
            "unpaired surrogate");
      }
      case 3 -> {
        int position = pick(doc.whitespacePositions(), random);
        return Mutated.text(
            insert(json, position, "\uD800"),
            position,
            "raw U+D800 between tokens",
            null,
            Expectation.FAILS,
            "unpaired surrogate");
      }
      default -> {
        String escape = random.nextBoolean() ? "\\ud83d" : "\\udc00";
        return Mutated.text(
            insert(json, at, escape),
            at,
            "escaped " + escape + " inside " + v.path,
            v.path,
            Expectation.EITHER);
      }
    }
  }

  private static final ImmutableList<String> UNKNOWN_NAMES =
      ImmutableList.of(
          "unknownField",
          "Region",
          "fiscal_year",
          "Id",
          "amounts",
          "budget_lines",
          "@class",
          "$type",
          "__proto__",
          "",
          " ",
          "x-extra",
          "comment",
          "名前",
          "format ",
          "type",
          "status");

  private static final ImmutableList<String> UNKNOWN_VALUES =
      ImmutableList.of(
          "1",
          "\"x\"",
          "{}",
          "[1, 2]",
          "null",
          "true",
          "{\"nested\": [1, {\"a\": null}]}",
          "\"java.lang.Runtime\"");

  private static Mutated unknownField(JsonDocument doc, String json, SplittableRandom random) {
    JsonDocument.Value object = pick(doc.where(JsonDocument.Value::isShape, true), random);
    List<String> allowed = object.allowedFields();
    List<String> names =
        UNKNOWN_NAMES.stream()
            .filter(n -> !allowed.contains(n) && !n.equals("roles") && !n.equals("agency"))
            .toList();
    String name = pick(names, random);
    String member = "\"" + name + "\": " + pick(UNKNOWN_VALUES, random);
    int at;
    String text;
    if (object.children.isEmpty()) {
      at = object.start + 1;
      text = insert(json, at, member);
    } else if (random.nextBoolean()) {
      at = object.start + 1;
      text = insert(json, at, member + ", ");
    } else {
      JsonDocument.Value after = pick(object.children, random);
      at = after.end;
      text = insert(json, at, ", " + member);
    }
    return Mutated.text(
        text,
        at,
        "added the unknown field \"" + name + "\" to " + object.path,
        object.path,
        Expectation.FAILS,
        "unknown field");
  }

  private static Mutated missingRequired(JsonDocument doc, String json, SplittableRandom random) {
    List<JsonDocument.Value> required =
        doc.where(v -> v.required && v.nameStart >= 0 && v.parent != null);
    JsonDocument.Value member = pick(required, random);
    JsonDocument.Value parent = Objects.requireNonNull(member.parent);
    int index = parent.children.indexOf(member);
    int from;
    int to;
    if (index + 1 < parent.children.size()) {
      from = member.nameStart;
      to = parent.children.get(index + 1).nameStart;
    } else if (index > 0) {
      from = parent.children.get(index - 1).end;
      to = member.end;
    } else {
      from = member.nameStart;
      to = member.end;
    }
    return Mutated.text(
        json.substring(0, from) + json.substring(to),
        from,
        "removed the required field " + member.path,
        member.path,
        Expectation.FAILS,
        "missing required field");
  }

  private static final ImmutableList<String> OTHER_CONSTANTS =
      ImmutableList.of(
          "UNKNOWN",
          "",
          " ",
          "EQUALITY",
          "HEAD_OF_REGION",
          "OUTPUT",
          "RENJA_PD",
          "BASELINE",
          "ACCESS",
          "pug.plan.v2",
          "khusus target gender",
          "ЕQUALITY", // a Cyrillic E
          "EQUAL\u200bITY",
          "null");

  private static Mutated unknownConstant(JsonDocument doc, String json, SplittableRandom random) {
    List<JsonDocument.Value> keyed =
        doc.where(
            v ->
                v.parent != null
                    && v.parent.map
                    && ("gapSteps".equals(v.parent.def) || "gapFactors".equals(v.parent.def)));
    List<JsonDocument.Value> constants =
        doc.where(v -> v.isConstant() && v.type == JsonDocument.Type.STRING);
    if (!keyed.isEmpty() && (constants.isEmpty() || random.nextInt(4) == 0)) {
      JsonDocument.Value member = pick(keyed, random);
      String key = Objects.requireNonNull(member.name);
      String wrong = misspelt(key, random);
      List<String> taken = new ArrayList<>();
      Objects.requireNonNull(member.parent).children.forEach(c -> taken.add(c.name));
      while (taken.contains(wrong)) {
        wrong = wrong + "_";
      }
      int closingQuote = json.lastIndexOf('"', json.indexOf(':', member.nameStart));
      return Mutated.text(
          replace(json, member.nameStart, closingQuote + 1, quote(wrong)),
          member.nameStart,
          "key " + member.path + " written " + quote(wrong),
          Objects.requireNonNull(member.parent).path + "['" + wrong + "']",
          Expectation.FAILS,
          "expected");
    }
    JsonDocument.Value v = pick(constants, random);
    String current = json.substring(v.start + 1, v.end - 1);
    String wrong = misspelt(current, random);
    List<String> allowed = new ArrayList<>();
    JsonDocument.Value value = v;
    if (value.schema != null && value.schema.has("enum")) {
      value.schema.get("enum").forEach(n -> allowed.add(n.asText()));
    } else {
      allowed.add(PlanJson.FORMAT);
    }
    while (allowed.contains(wrong)) {
      wrong = wrong + "_";
    }
    return Mutated.text(
        replace(json, v.start, v.end, quote(wrong)),
        v.start,
        v.path + " written " + quote(wrong),
        v.path,
        Expectation.FAILS,
        "expected");
  }

  private static String misspelt(String constant, SplittableRandom random) {
    return switch (random.nextInt(6)) {
      case 0 -> constant.toLowerCase(Locale.ROOT);
      case 1 ->
          constant.isEmpty()
              ? "x"
              : constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT);
      case 2 -> constant + " ";
      case 3 -> " " + constant;
      case 4 -> constant.replace('_', '-') + (constant.contains("_") ? "" : "S");
      default -> pick(OTHER_CONSTANTS, random);
    };
  }

  private static Mutated swappedId(JsonDocument doc, String json, SplittableRandom random) {
    List<JsonDocument.Value> references = doc.where(v -> v.isId() && !v.isOwnId());
    List<List<JsonDocument.Value>> siblings = new ArrayList<>();
    for (JsonDocument.Value list :
        doc.where(v -> v.type == JsonDocument.Type.ARRAY && v.children.size() > 1)) {
      List<JsonDocument.Value> ids = new ArrayList<>();
      for (JsonDocument.Value element : list.children) {
        element.children.stream()
            .filter(JsonDocument.Value::isOwnId)
            .findFirst()
            .ifPresent(ids::add);
      }
      if (ids.size() > 1) {
        siblings.add(ids);
      }
    }
    if (!siblings.isEmpty() && (references.isEmpty() || random.nextInt(3) == 0)) {
      List<JsonDocument.Value> ids = pick(siblings, random);
      int i = random.nextInt(ids.size());
      int j = (i + 1 + random.nextInt(ids.size() - 1)) % ids.size();
      JsonDocument.Value a = ids.get(Math.min(i, j));
      JsonDocument.Value b = ids.get(Math.max(i, j));
      String aText = json.substring(a.start, a.end);
      String bText = json.substring(b.start, b.end);
      String text =
          json.substring(0, a.start)
              + bText
              + json.substring(a.end, b.start)
              + aText
              + json.substring(b.end);
      return Mutated.text(
          text, a.start, "swapped the ids " + a.path + " and " + b.path, a.path, Expectation.READS);
    }
    if (references.isEmpty()) {
      return whitespace(doc, json, random); // a document without ids: nothing to swap
    }
    JsonDocument.Value v = pick(references, random);
    List<JsonDocument.Value> others =
        doc.where(
            x ->
                x.isId() && !json.substring(x.start, x.end).equals(json.substring(v.start, v.end)));
    String replacement;
    if (others.isEmpty() || random.nextBoolean()) {
      replacement = "\"no-such-" + random.nextInt(1000) + "\"";
    } else {
      JsonDocument.Value other = pick(others, random);
      replacement = json.substring(other.start, other.end);
    }
    return Mutated.text(
        replace(json, v.start, v.end, replacement),
        v.start,
        "pointed " + v.path + " at " + replacement,
        v.path,
        Expectation.READS);
  }

  private static Mutated whitespace(JsonDocument doc, String json, SplittableRandom random) {
    switch (random.nextInt(6)) {
      case 0 -> {
        return Mutated.text(minify(json), 0, "minified", null, Expectation.READS_AS_BASE);
      }
      case 1 -> {
        return Mutated.text(
            json.replace("\n", "\r\n"), 0, "CRLF line ends", null, Expectation.READS_AS_BASE);
      }
      case 2 -> {
        return Mutated.text(
            json.replace("\n", "\r"), 0, "CR line ends", null, Expectation.READS_AS_BASE);
      }
      case 3 -> {
        return Mutated.text(
            json.replace("  ", "\t"), 0, "tabs for indentation", null, Expectation.READS_AS_BASE);
      }
      case 4 -> {
        String runs = pick(WHITESPACE_RUNS, random);
        String text = pick(WHITESPACE_RUNS, random) + json + runs + runs;
        return Mutated.text(
            text, 0, "white space before and after", null, Expectation.READS_AS_BASE);
      }
      default -> {
        List<Integer> positions = doc.whitespacePositions();
        int count = 1 + random.nextInt(20);
        int[] chosen = new int[count];
        for (int i = 0; i < count; i++) {
          chosen[i] = pick(positions, random);
        }
        Arrays.sort(chosen);
        StringBuilder out = new StringBuilder(json);
        for (int i = count - 1; i >= 0; i--) {
          out.insert(chosen[i], pick(WHITESPACE_RUNS, random));
        }
        return Mutated.text(
            out.toString(),
            chosen[0],
            count + " runs of white space inserted between tokens",
            null,
            Expectation.READS_AS_BASE);
      }
    }
  }

  private static final ImmutableList<String> WHITESPACE_RUNS =
      ImmutableList.of(" ", "\t", "\n", "\r", "\r\n", "  \t \n", "\n\n\n", "\r\r", " ".repeat(300));

  private static String minify(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (" \t\r\n".indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  static <T> T pick(List<T> items, SplittableRandom random) {
    if (items.isEmpty()) {
      throw new IllegalStateException("nothing to pick from");
    }
    return items.get(random.nextInt(items.size()));
  }

  /** A position inside a string value's quotes that splits no escape sequence. */
  static int stringPosition(String json, JsonDocument.Value v, SplittableRandom random) {
    List<Integer> positions = new ArrayList<>();
    int i = v.start + 1;
    while (i < v.end - 1) {
      positions.add(i);
      i += json.charAt(i) != '\\' ? 1 : json.charAt(i + 1) == 'u' ? 6 : 2;
    }
    positions.add(v.end - 1);
    return pick(positions, random);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String insert(String text, int at, String inserted) {
    return text.substring(0, at) + inserted + text.substring(at);
  }

  static String replace(String text, int from, int to, String replacement) {
    return text.substring(0, from) + replacement + text.substring(to);
  }

  static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    byte[] out = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(inserted, 0, out, at, inserted.length);
    System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
    return out;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(out.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", b));
    }
    return out.toString();
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** A printable excerpt of at most 80 characters around a position. */
  static String excerpt(String text, int at) {
    int from = Math.max(0, Math.min(at, text.length()) - 30);
    int to = Math.min(text.length(), from + 60);
    return printable(text.substring(from, to));
  }

  static String excerpt(byte[] bytes, int at) {
    int from = Math.max(0, Math.min(at, bytes.length) - 30);
    int to = Math.min(bytes.length, from + 60);
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x20 && b < 0x7F) {
        out.append((char) b);
      } else {
        out.append(String.format(Locale.ROOT, "<%02X>", b));
      }
    }
    return "«" + out + "»";
  }

  static String printable(String text) {
    StringBuilder out = new StringBuilder("«");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format(Locale.ROOT, "<U+%04X>", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('»').toString();
  }
}
