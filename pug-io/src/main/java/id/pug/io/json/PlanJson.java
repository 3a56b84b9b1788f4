package id.pug.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.google.common.base.Utf8;
import com.google.common.collect.ImmutableList;
import id.pug.core.PugException;
import id.pug.core.agency.Agency;
import id.pug.core.agency.Official;
import id.pug.core.assessment.PrerequisiteAssessment;
import id.pug.core.budget.BudgetLine;
import id.pug.core.law.Decree;
import id.pug.core.plan.RegionalPprgPlan;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.planning.PlanningDocument;
import id.pug.core.pokja.ActionPlan;
import id.pug.core.pokja.FocalPoint;
import id.pug.core.pokja.ForumPuspa;
import id.pug.core.pokja.PokjaPug;
import id.pug.core.pprg.GenderAnalysisPathway;
import id.pug.core.pprg.GenderBudgetStatement;
import id.pug.core.pprg.TermsOfReference;
import id.pug.io.FormatProblem;
import id.pug.io.PlanFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes PPRG plans in the JSON format {@value #FORMAT}, the form in which auditors and
 * regional developers exchange a {@link RegionalPprgPlan} as a file.
 *
 * <p><b>The format</b> ({@code docs/plan-format.md}; JSON Schema {@link #schema()}): a root object
 * whose {@code "format"} is {@code "pug.plan.v1"}, then the plan's fields named exactly like
 * pug-core's accessors, and so on down. An absent optional value, an empty list or an empty map is
 * an omitted field; {@code null} is never allowed. Defaults ({@code nameConfirmed}, {@code
 * sexDisaggregated}, a GBS's {@code format} and {@code situationAnalysis}) are always written and
 * take their default when omitted. Enums are written as their constant names, ids and codes as
 * strings, rupiah as whole-number JSON integers, decimals as JSON numbers read exactly as {@link
 * java.math.BigDecimal} (never through {@code double}), years as integers, months as {@code
 * "2025-02"}, dates as {@code "2025-03-01"}. Values pug-core derives (an agency's roles) are not
 * written.
 *
 * <p><b>Reading</b> is all or nothing: a file loads completely or fails with a {@link
 * PlanFormatException} listing every problem found, each with the file, line, column (in
 * characters) and JSON path. The reader goes on after a wrong value, an unknown field, a missing
 * field or a value a pug-core builder rejects, so that one run reports them all; a syntax error,
 * invalid UTF-8, a truncated document or an exceeded limit ends the reading and is reported with
 * its location. No other exception escapes {@code read}, and no partial plan is ever returned.
 * Limits protect against hostile files: the document size, the nesting depth, the length of a
 * string ({@link #withMaxDocumentBytes}, {@link #withMaxNesting}, {@link #withMaxStringLength}), a
 * field name's length ({@value #MAX_NAME_LENGTH} characters), and a number's length ({@value
 * #MAX_NUMBER_LENGTH} characters) and scale (±{@value #MAX_DECIMAL_SCALE}).
 *
 * <p><b>Writing</b> is lossless: {@code read(write(plan))} equals {@code plan} for every plan
 * within the reader's limits (every plan read from a file; a plan built in code may hold a text or
 * a decimal beyond them, which the writer writes and the standard reader then refuses). The output
 * is UTF-8 JSON, pretty-printed with two spaces, fields in pug-core's accessor order, ending with a
 * newline; the same plan always gives the same text.
 *
 * <p>Only jackson-core's streaming parser and generator are used: there is no data binding, so no
 * polymorphic typing or class name in a file can make the reader instantiate anything but
 * pug-core's own value types.
 *
 * <p>Immutable and thread-safe: an instance can be shared; the {@code with…} methods return new
 * instances.
 */
public final class PlanJson {
  /** The format's name and version, the value of the root's {@code "format"} field. */
  public static final String FORMAT = "pug.plan.v1";

  /** The default largest document: 64 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

  /** The default deepest nesting of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING = 64;

  /** The default longest string value, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** The longest number, in characters: far above any rupiah amount or indicator value. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * The largest scale of a decimal, either way: digits after the point, or zeros implied by a
   * negative exponent.
   */
  public static final int MAX_DECIMAL_SCALE = 1000;

  /**
   * The longest field name or map key, in characters: far above any name of the format and any id
   * (at most 128 characters).
   */
  public static final int MAX_NAME_LENGTH = 50_000;

  /** Where the format's JSON Schema lies on the class path. */
  public static final String SCHEMA_RESOURCE = "/id/pug/io/json/pug-plan-v1.schema.json";

  private static final PlanJson STANDARD =
      new PlanJson(
          DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_NESTING, DEFAULT_MAX_STRING_LENGTH, false);

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final long maxDocumentBytes;
  private final int maxNesting;
  private final int maxStringLength;
  private final boolean unknownFieldsAllowed;
  private final JsonFactory factory;

  private PlanJson(
      long maxDocumentBytes, int maxNesting, int maxStringLength, boolean unknownFieldsAllowed) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxNesting = maxNesting;
    this.maxStringLength = maxStringLength;
    this.unknownFieldsAllowed = unknownFieldsAllowed;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(maxDocumentBytes)
                    .maxNestingDepth(maxNesting)
                    .maxStringLength(maxStringLength)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  /**
   * The reader and writer with the default limits: documents up to 64 MiB, nesting up to 64 levels,
   * strings up to 100,000 characters, unknown fields rejected.
   *
   * @return the standard instance
   */
  public static PlanJson standard() {
    return STANDARD;
  }

  /**
   * The same reader with another limit on the size of a document, counted in bytes of UTF-8 (for a
   * string, its UTF-8 length).
   *
   * @param maxBytes the largest document, at least 1
   * @return a new instance
   * @throws IllegalArgumentException if {@code maxBytes} is below 1
   */
  public PlanJson withMaxDocumentBytes(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be at least 1, was " + maxBytes);
    }
    return new PlanJson(maxBytes, maxNesting, maxStringLength, unknownFieldsAllowed);
  }

  /**
   * The same reader with another limit on the nesting of objects and arrays. A full plan nests 13
   * levels deep (plan, document, programme, kegiatan, sub-kegiatan, indicator, target).
   *
   * @param maxDepth the deepest nesting, at least 1
   * @return a new instance
   * @throws IllegalArgumentException if {@code maxDepth} is below 1
   */
  public PlanJson withMaxNesting(int maxDepth) {
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxNesting must be at least 1, was " + maxDepth);
    }
    return new PlanJson(maxDocumentBytes, maxDepth, maxStringLength, unknownFieldsAllowed);
  }

  /**
   * The same reader with another limit on the length of a string value.
   *
   * @param maxChars the longest string, in characters, at least 1
   * @return a new instance
   * @throws IllegalArgumentException if {@code maxChars} is below 1
   */
  public PlanJson withMaxStringLength(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxStringLength must be at least 1, was " + maxChars);
    }
    return new PlanJson(maxDocumentBytes, maxNesting, maxChars, unknownFieldsAllowed);
  }

  /**
   * The same reader, skipping fields the format does not know instead of reporting them. By default
   * an unknown field is a problem: a misspelt field name is never silently ignored. Fields pug-core
   * derives (an agency's {@code roles}) are reported either way.
   *
   * @param allowed true to skip unknown fields
   * @return a new instance
   */
  public PlanJson withUnknownFieldsAllowed(boolean allowed) {
    return new PlanJson(maxDocumentBytes, maxNesting, maxStringLength, allowed);
  }

  /**
   * The limit on a document's size.
   *
   * @return bytes of UTF-8
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * The limit on nesting.
   *
   * @return the deepest nesting of objects and arrays
   */
  public int maxNesting() {
    return maxNesting;
  }

  /**
   * The limit on a string's length.
   *
   * @return characters
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Whether unknown fields are skipped.
   *
   * @return true if skipped, false if reported
   */
  public boolean unknownFieldsAllowed() {
    return unknownFieldsAllowed;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  /**
   * Reads a plan from a file.
   *
   * @param file a {@value #FORMAT} file in UTF-8
   * @return the plan
   * @throws PlanFormatException listing every problem found, with the file named as {@code
   *     file.toString()}; also when the file cannot be read (the {@link IOException} is the cause)
   */
  public RegionalPprgPlan read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > maxDocumentBytes) {
        throw tooLarge(name, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(name, in);
      }
    } catch (IOException e) {
      throw ioFailure(name, e);
    }
  }

  /**
   * Reads a plan from a stream of UTF-8 bytes. The stream is read to its end (content after the
   * document is a problem) and not closed.
   *
   * @param sourceName the name of the file or stream, used in problems
   * @param in the bytes
   * @return the plan
   * @throws PlanFormatException listing every problem found; also when the stream fails (the {@link
   *     IOException} is the cause)
   * @throws IllegalArgumentException if {@code sourceName} is blank
   */
  public RegionalPprgPlan read(String sourceName, InputStream in) {
    Objects.requireNonNull(in, "in");
    return readDocument(
        checkName(sourceName),
        TextInput.ofUtf8(in, maxDocumentBytes),
        Readers.objectOf(Readers.PLAN_SHAPE));
  }

  /**
   * Reads a plan from a string.
   *
   * @param sourceName the name of the file or text, used in problems
   * @param json the document
   * @return the plan
   * @throws PlanFormatException listing every problem found
   * @throws IllegalArgumentException if {@code sourceName} is blank
   */
  public RegionalPprgPlan read(String sourceName, String json) {
    return readString(sourceName, json, Readers.objectOf(Readers.PLAN_SHAPE));
  }

  /**
   * Reads one element of a plan, written in the same format as inside a plan (without a {@code
   * "format"} field).
   *
   * @param part the kind of element, such as {@link Part#BUDGET_LINE}
   * @param sourceName the name of the file or text, used in problems
   * @param json the element as a JSON object
   * @param <T> the element's type
   * @return the element
   * @throws PlanFormatException listing every problem found
   * @throws IllegalArgumentException if {@code sourceName} is blank
   */
  public <T> T readPart(Part<T> part, String sourceName, String json) {
    Objects.requireNonNull(part, "part");
    return readString(sourceName, json, part.reader);
  }

  private <T> T readString(String sourceName, String json, ValueReader<T> root) {
    String name = checkName(sourceName);
    Objects.requireNonNull(json, "json");
    long bytes;
    try {
      bytes = Utf8.encodedLength(json);
    } catch (IllegalArgumentException e) {
      bytes = json.length(); // an unpaired surrogate: TextInput reports it where it lies
    }
    if (bytes > maxDocumentBytes) {
      throw tooLarge(name, bytes);
    }
    return readDocument(name, TextInput.ofString(json), root);
  }

  private static String checkName(String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    if (sourceName.isBlank()) {
      throw new IllegalArgumentException("sourceName must not be blank");
    }
    return sourceName;
  }

  private PlanFormatException tooLarge(String name, long bytes) {
    return new PlanFormatException(
        ImmutableList.of(
            FormatProblem.of(
                name,
                0,
                0,
                "$",
                "the document is "
                    + bytes
                    + " bytes, larger than the limit of "
                    + maxDocumentBytes
                    + " bytes (PlanJson.withMaxDocumentBytes)")));
  }

  private static PlanFormatException ioFailure(String name, IOException e) {
    return new PlanFormatException(
        ImmutableList.of(
            FormatProblem.of(
                name,
                0,
                0,
                "$",
                "could not read the document: "
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()))),
        e);
  }

  private <T> T readDocument(String name, TextInput input, ValueReader<T> root) {
    JsonParser parser;
    try {
      parser = factory.createParser(input);
    } catch (IOException e) {
      throw ioFailure(name, e);
    }
    JsonIn in = new JsonIn(parser, name, unknownFieldsAllowed);
    @Nullable Throwable cause = null;
    try {
      @Nullable T value = readRoot(in, root);
      if (value != null && in.problemCount() == 0) {
        return value;
      }
    } catch (TextInput.InputProblem e) {
      in.problem(e.line, e.column, in.path(), Objects.requireNonNull(e.getMessage()));
      cause = e;
    } catch (JsonProcessingException e) {
      fatal(in, e);
      cause = e;
    } catch (IOException e) {
      in.problem(
          parser.currentLocation(),
          in.path(),
          "could not read the document: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      cause = e;
    } catch (RuntimeException e) {
      // A defect of this reader; reported as a problem so that read keeps its contract.
      in.problem(parser.currentTokenLocation(), in.path(), "the reader failed unexpectedly: " + e);
      cause = e;
    } finally {
      try {
        parser.close();
      } catch (IOException e) {
        // nothing was written; the input is the caller's or closed by read(Path)
      }
    }
    throw new PlanFormatException(in.problems(), cause);
  }

  private static <T> @Nullable T readRoot(JsonIn in, ValueReader<T> root) throws IOException {
    JsonParser parser = in.parser;
    if (parser.nextToken() == null) {
      in.problem(parser.currentLocation(), "$", "expected a JSON object, the document is empty");
      return null;
    }
    @Nullable T value = root.read(in);
    try {
      JsonToken after = parser.nextToken();
      if (after != null) {
        in.problemHere("expected the end of the document, found more content: " + in.found());
      }
    } catch (JsonParseException e) {
      in.problem(
          location(in, e),
          "$",
          "expected the end of the document, found more content: " + e.getOriginalMessage());
    }
    return value;
  }

  private static @Nullable JsonLocation location(JsonIn in, JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location != null ? location : in.parser.currentTokenLocation();
  }

  /** Reports a failure that ends the reading: syntax, duplicate key, truncation, a limit. */
  private void fatal(JsonIn in, JsonProcessingException e) {
    String original = Objects.requireNonNullElse(e.getOriginalMessage(), e.toString());
    String message;
    if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
      // Jackson reports some ends of input (after a comma, between entries) as plain syntax errors
      message =
          "unexpected end of the document: it is truncated, or a closing bracket, brace or quote"
              + " is missing";
    } else if (e instanceof StreamConstraintsException
        && original.toLowerCase(Locale.ROOT).contains("name length")) {
      // Jackson gives no location; the name being read is where it stopped, inside the object
      in.problem(
          in.parser.currentLocation(),
          in.containerPath(),
          "field name too long: "
              + original.replaceAll(", from `[^`]*`", "")
              + "; the limit is "
              + MAX_NAME_LENGTH
              + " characters");
      return;
    } else if (e instanceof StreamConstraintsException) {
      message = limitMessage(original);
    } else if (original.startsWith("Duplicate field")) {
      String field = Objects.requireNonNullElse(in.parser.getParsingContext().getCurrentName(), "");
      message =
          "duplicate field " + JsonIn.quote(field) + ": a field may appear only once per object";
    } else {
      message = "invalid JSON: " + original;
    }
    in.problem(location(in, e), in.path(), message);
  }

  private String limitMessage(String original) {
    String cleaned = original.replaceAll(", from `[^`]*`", "");
    String lower = cleaned.toLowerCase(Locale.ROOT);
    if (lower.contains("nesting depth")) {
      return "too deeply nested: "
          + cleaned
          + "; the limit is "
          + maxNesting
          + " levels (PlanJson.withMaxNesting)";
    }
    if (lower.contains("string value length")) {
      return "string too long: "
          + cleaned
          + "; the limit is "
          + maxStringLength
          + " characters (PlanJson.withMaxStringLength)";
    }
    if (lower.contains("number value length")) {
      return "number too long: " + cleaned + "; the limit is " + MAX_NUMBER_LENGTH + " characters";
    }
    if (lower.contains("document length")) {
      return "document too large: "
          + cleaned
          + "; the limit is "
          + maxDocumentBytes
          + " (PlanJson.withMaxDocumentBytes)";
    }
    return "limit exceeded: " + cleaned;
  }

  // ---------------------------------------------------------------------------------------------
  // Writing
  // ---------------------------------------------------------------------------------------------

  /**
   * Writes a plan.
   *
   * @param plan the plan
   * @return the document: pretty-printed with two spaces, fields in a fixed order, ending with a
   *     newline
   */
  public String write(RegionalPprgPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return writeDocument(plan, Writers::plan);
  }

  /**
   * Writes a plan to a file in UTF-8, replacing the file if it exists.
   *
   * @param plan the plan
   * @param file the file
   * @throws PugException if the file cannot be written (the {@link IOException} is the cause)
   */
  public void write(RegionalPprgPlan plan, Path file) {
    Objects.requireNonNull(file, "file");
    String json = write(plan);
    try {
      Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PugException("could not write the plan to " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes one element of a plan in the same format as inside a plan.
   *
   * @param part the kind of element
   * @param value the element
   * @param <T> the element's type
   * @return the element as a JSON object, pretty-printed, ending with a newline
   */
  public <T> String writePart(Part<T> part, T value) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(value, "value");
    return writeDocument(value, part.writer);
  }

  private <T> String writeDocument(T value, Writers.ValueWriter<T> writer) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.setPrettyPrinter(PRETTY.createInstance());
      g.setCharacterEscapes(SurrogateEscapes.INSTANCE);
      writer.write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string failed", e); // cannot happen
    }
    return out.append('\n').toString();
  }

  /**
   * Escapes surrogate characters as JSON Unicode escapes (a backslash, {@code u} and four hex
   * digits): the output is then valid UTF-8 even for a text holding an unpaired surrogate, and
   * reads back to the same text.
   */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    static final SurrogateEscapes INSTANCE = new SurrogateEscapes();
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      if (ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
      }
      return null;
    }
  }

  /**
   * The format's JSON Schema (draft 2020-12), as shipped in this jar at {@value #SCHEMA_RESOURCE}.
   * The reader checks everything the schema says and more (code levels, the invariants of
   * pug-core's types); the schema serves editors and other languages.
   *
   * @return the schema's text
   * @throws PugException if the resource is missing from the class path
   */
  public static String schema() {
    try (InputStream in = PlanJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new PugException("the JSON Schema " + SCHEMA_RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PugException("could not read the JSON Schema " + SCHEMA_RESOURCE, e);
    }
  }

  /**
   * The limits and whether unknown fields are allowed.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "PlanJson["
        + FORMAT
        + ", maxDocumentBytes="
        + maxDocumentBytes
        + ", maxNesting="
        + maxNesting
        + ", maxStringLength="
        + maxStringLength
        + ", unknownFieldsAllowed="
        + unknownFieldsAllowed
        + "]";
  }

  /**
   * A kind of plan element that can be read and written on its own, in the same format as inside a
   * plan: {@code PlanJson.standard().readPart(Part.BUDGET_LINE, "line.json", json)}. The plan
   * reader uses the same code for the same elements.
   *
   * @param <T> the element's type
   */
  public static final class Part<T> {
    /** A budget line ({@link BudgetLine}). */
    public static final Part<BudgetLine> BUDGET_LINE =
        new Part<>("budget line", BudgetLine.class, Readers.BUDGET_LINE_SHAPE, Writers::budgetLine);

    /** A Gender Analysis Pathway ({@link GenderAnalysisPathway}). */
    public static final Part<GenderAnalysisPathway> GAP =
        new Part<>("GAP", GenderAnalysisPathway.class, Readers.GAP_SHAPE, Writers::gap);

    /** A Gender Budget Statement ({@link GenderBudgetStatement}). */
    public static final Part<GenderBudgetStatement> GBS =
        new Part<>("GBS", GenderBudgetStatement.class, Readers.GBS_SHAPE, Writers::gbs);

    /** Terms of reference ({@link TermsOfReference}). */
    public static final Part<TermsOfReference> KAK =
        new Part<>("KAK", TermsOfReference.class, Readers.KAK_SHAPE, Writers::kak);

    /** A Pokja PUG ({@link PokjaPug}). */
    public static final Part<PokjaPug> POKJA =
        new Part<>("Pokja PUG", PokjaPug.class, Readers.POKJA_SHAPE, Writers::pokja);

    /** A planning document ({@link PlanningDocument}). */
    public static final Part<PlanningDocument> PLANNING_DOCUMENT =
        new Part<>(
            "planning document",
            PlanningDocument.class,
            Readers.PLANNING_DOCUMENT_SHAPE,
            Writers::planningDocument);

    /** An action plan ({@link ActionPlan}). */
    public static final Part<ActionPlan> ACTION_PLAN =
        new Part<>("action plan", ActionPlan.class, Readers.ACTION_PLAN_SHAPE, Writers::actionPlan);

    /** A performance indicator ({@link PerformanceIndicator}). */
    public static final Part<PerformanceIndicator> PERFORMANCE_INDICATOR =
        new Part<>(
            "performance indicator",
            PerformanceIndicator.class,
            Readers.INDICATOR_SHAPE,
            Writers::indicator);

    /** An agency ({@link Agency}), without the id a plan gives it. */
    public static final Part<Agency> AGENCY =
        new Part<>("agency", Agency.class, Readers.AGENCY_SHAPE, Writers::agency);

    /** A focal point ({@link FocalPoint}). */
    public static final Part<FocalPoint> FOCAL_POINT =
        new Part<>("focal point", FocalPoint.class, Readers.FOCAL_POINT_SHAPE, Writers::focalPoint);

    /** A Forum PUSPA ({@link ForumPuspa}). */
    public static final Part<ForumPuspa> FORUM_PUSPA =
        new Part<>("Forum PUSPA", ForumPuspa.class, Readers.FORUM_PUSPA_SHAPE, Writers::forumPuspa);

    /** An official ({@link Official}). */
    public static final Part<Official> OFFICIAL =
        new Part<>("official", Official.class, Readers.OFFICIAL_SHAPE, Writers::official);

    /** A decree ({@link Decree}). */
    public static final Part<Decree> DECREE =
        new Part<>("decree", Decree.class, Readers.DECREE_SHAPE, Writers::decree);

    /** A prerequisite assessment ({@link PrerequisiteAssessment}). */
    public static final Part<PrerequisiteAssessment> ASSESSMENT =
        new Part<>(
            "prerequisite assessment",
            PrerequisiteAssessment.class,
            Readers.ASSESSMENT_SHAPE,
            Writers::assessment);

    private final String name;
    private final Class<T> type;
    final ValueReader<T> reader;
    final Writers.ValueWriter<T> writer;

    private <B> Part(
        String name, Class<T> type, ObjectShape<B, T> shape, Writers.ValueWriter<T> writer) {
      this.name = name;
      this.type = type;
      this.reader = Readers.objectOf(shape);
      this.writer = writer;
    }

    /**
     * The kind of element, in words.
     *
     * @return for example {@code "budget line"}
     */
    public String name() {
      return name;
    }

    /**
     * The element's type.
     *
     * @return for example {@code BudgetLine.class}
     */
    public Class<T> type() {
      return type;
    }

    /**
     * The kind of element.
     *
     * @return for example {@code "Part[budget line]"}
     */
    @Override
    public String toString() {
      return "Part[" + name + "]";
    }
  }
}
