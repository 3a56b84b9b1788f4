package id.pug.core.refdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text of a reference-data file, with its name for error messages. Input must be valid UTF-8 (a
 * byte-order mark at the start is skipped); invalid bytes are an error, never replaced silently.
 */
public final class TextSource {
  private final String name;
  private final List<String> lines;

  private TextSource(String name, List<String> lines) {
    this.name = name;
    this.lines = lines;
  }

  /**
   * Reads a resource from the classpath, relative to {@code anchor}'s package.
   *
   * @param anchor a class in the package that holds the resource
   * @param resource the resource's file name, such as {@code "regions.csv"}
   * @return the text
   * @throws ReferenceDataException if the resource is missing, unreadable or not UTF-8
   */
  public static TextSource ofResource(Class<?> anchor, String resource) {
    String name = anchor.getPackageName().replace('.', '/') + "/" + resource;
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new ReferenceDataException(name, 0, null, "resource not found on the classpath", null);
    }
    try (InputStream stream = in) {
      return read(name, stream);
    } catch (IOException e) {
      throw new ReferenceDataException(
          name, 0, null, "cannot be read: " + String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Reads a stream, for example a user's own file in a pug format.
   *
   * @param name the name to use in error messages (typically the file path)
   * @param in the bytes, UTF-8; not closed by this method
   * @return the text
   * @throws ReferenceDataException if the stream cannot be read or is not UTF-8
   */
  public static TextSource of(String name, InputStream in) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    try {
      return read(name, in);
    } catch (IOException e) {
      throw new ReferenceDataException(
          name, 0, null, "cannot be read: " + String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Wraps text already in memory.
   *
   * @param name the name to use in error messages
   * @param text the content
   * @return the text
   */
  public static TextSource ofString(String name, String text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    try {
      return new TextSource(name, readLines(new java.io.StringReader(text)));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  private static TextSource read(String name, InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      int offset = input.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new ReferenceDataException(
          name,
          line,
          null,
          "is not valid UTF-8 text: invalid byte sequence at byte offset " + offset,
          null);
    }
    output.flip();
    return new TextSource(name, readLines(new java.io.StringReader(output.toString())));
  }

  private static List<String> readLines(Reader reader) throws IOException {
    List<String> lines = new ArrayList<>();
    BufferedReader buffered = new BufferedReader(reader);
    String line;
    while ((line = buffered.readLine()) != null) {
      if (lines.isEmpty() && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      lines.add(line);
    }
    return List.copyOf(lines);
  }

  /**
   * The name used in error messages.
   *
   * @return the file or resource name
   */
  public String name() {
    return name;
  }

  /**
   * The lines, without line terminators; line {@code n} (1-based) is at index {@code n - 1}.
   *
   * @return the lines, unmodifiable
   */
  public List<String> lines() {
    return lines;
  }
}
