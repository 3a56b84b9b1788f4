package id.pug.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The characters of a document for the JSON parser, checked on the way: UTF-8 bytes are decoded
 * strictly (any malformed sequence, overlong form or encoded surrogate is an error), text given as
 * a string must not hold an unpaired surrogate, and the document must not exceed its byte limit. A
 * leading byte order mark is skipped.
 *
 * <p>Errors are thrown as {@link InputProblem}, located at the line and column (in characters) of
 * the offending character, counted the way Jackson counts them ({@code \n}, {@code \r} and {@code
 * \r\n} each end a line), so that all problems of a document use the same positions.
 */
final class TextInput extends Reader {
  /** A problem with the input itself, at a known line and column. */
  static final class InputProblem extends IOException {
    private static final long serialVersionUID = 1L;

    /** The 1-based line. */
    final int line;

    /** The 1-based column. */
    final int column;

    InputProblem(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  private static final int BUFFER_BYTES = 8192;

  private final @Nullable InputStream bytes;
  private final @Nullable String text;
  private final long maxBytes;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
  private boolean endOfBytes;
  private boolean flushed;
  private long bytesRead;
  private int textPosition;
  private boolean started;

  /** The line of the next character to hand out. */
  private int line = 1;

  /** The column of the next character to hand out. */
  private int column = 1;

  private boolean afterCarriageReturn;

  private TextInput(@Nullable InputStream bytes, @Nullable String text, long maxBytes) {
    this.bytes = bytes;
    this.text = text;
    this.maxBytes = maxBytes;
    buffer.flip();
  }

  /**
   * Characters decoded from UTF-8 bytes. The stream is not closed by {@link #close()}.
   *
   * @param in the bytes
   * @param maxBytes the most bytes to read
   * @return the input
   */
  static TextInput ofUtf8(InputStream in, long maxBytes) {
    return new TextInput(in, null, maxBytes);
  }

  /**
   * The characters of a string, whose UTF-8 size the caller has checked.
   *
   * @param text the document
   * @return the input
   */
  static TextInput ofString(String text) {
    return new TextInput(null, text, Long.MAX_VALUE);
  }

  @Override
  public int read(char[] chars, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (true) {
      int count =
          text != null ? readText(text, chars, offset, length) : readBytes(chars, offset, length);
      if (count <= 0) {
        return count;
      }
      int start = offset;
      if (!started) {
        started = true;
        if (chars[offset] == '\uFEFF') {
          start++;
          count--;
          if (count == 0) {
            continue;
          }
          System.arraycopy(chars, start, chars, offset, count);
        }
      }
      for (int i = offset; i < offset + count; i++) {
        advance(chars[i]);
      }
      return count;
    }
  }

  private int readText(String source, char[] chars, int offset, int length) throws InputProblem {
    if (textPosition >= source.length()) {
      return -1;
    }
    int count = Math.min(length, source.length() - textPosition);
    for (int i = 0; i < count; i++) {
      int at = textPosition + i;
      char c = source.charAt(at);
      boolean unpaired =
          (Character.isHighSurrogate(c)
                  && (at + 1 >= source.length()
                      || !Character.isLowSurrogate(source.charAt(at + 1))))
              || (Character.isLowSurrogate(c)
                  && (at == 0 || !Character.isHighSurrogate(source.charAt(at - 1))));
      if (unpaired) {
        if (i > 0) {
          count = i; // hand out the good characters first; the next call fails here
          break;
        }
        throw new InputProblem(
            String.format(
                Locale.ROOT,
                "invalid text: unpaired surrogate character U+%04X (the text is not valid Unicode)",
                (int) c),
            line,
            column);
      }
      chars[offset + i] = c;
    }
    textPosition += count;
    return count;
  }

  private int readBytes(char[] chars, int offset, int length) throws IOException {
    CharBuffer out = CharBuffer.wrap(chars, offset, length);
    while (true) {
      if (flushed) {
        return out.position() > offset ? out.position() - offset : -1;
      }
      CoderResult result = decoder.decode(buffer, out, endOfBytes);
      if (result.isError()) {
        if (out.position() > offset) {
          break; // hand out the good characters first; the next call fails here
        }
        throw invalidUtf8(result.length());
      }
      if (result.isOverflow() || out.position() > offset) {
        break;
      }
      if (endOfBytes) {
        decoder.flush(out);
        flushed = true;
        continue;
      }
      fill();
    }
    return out.position() - offset;
  }

  private void fill() throws IOException {
    InputStream in = java.util.Objects.requireNonNull(bytes);
    buffer.compact();
    int n = in.read(buffer.array(), buffer.position(), buffer.remaining());
    if (n < 0) {
      endOfBytes = true;
    } else {
      bytesRead += n;
      buffer.position(buffer.position() + n);
      if (bytesRead > maxBytes) {
        buffer.flip();
        throw new InputProblem(
            "the document is larger than the limit of "
                + maxBytes
                + " bytes (PlanJson.withMaxDocumentBytes); reading stopped here",
            line,
            column);
      }
    }
    buffer.flip();
  }

  private InputProblem invalidUtf8(int length) {
    StringBuilder found = new StringBuilder();
    for (int i = 0; i < length && buffer.position() + i < buffer.limit(); i++) {
      found.append(
          String.format(
              Locale.ROOT, "%s0x%02X", i == 0 ? "" : " ", buffer.get(buffer.position() + i)));
    }
    long offset = bytesRead - buffer.remaining();
    return new InputProblem(
        "invalid UTF-8: the bytes "
            + found
            + " at byte offset "
            + offset
            + " are not a valid UTF-8 character (save the file as UTF-8)",
        line,
        column);
  }

  private void advance(char c) {
    if (afterCarriageReturn && c == '\n') {
      afterCarriageReturn = false;
      return;
    }
    afterCarriageReturn = c == '\r';
    if (c == '\n' || c == '\r') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }

  /** Does not close the underlying stream: its opener closes it. */
  @Override
  public void close() {}
}
