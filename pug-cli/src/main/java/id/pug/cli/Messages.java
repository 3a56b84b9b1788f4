package id.pug.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.TypeConversionException;

/**
 * What the commands print for a failure: in words, without Java's exception class names, which mean
 * nothing to a user.
 */
final class Messages {
  private Messages() {}

  /** The most characters of a bad argument a message repeats. */
  private static final int SHOWN = 80;

  /**
   * Why a file could not be read or written.
   *
   * @param e the failure
   * @return for example {@code "no such file"} or {@code "Is a directory"}
   */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "input/output error" : message;
  }

  /** Converts {@code --as-of} and other dates, saying what a date looks like. */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "expected a date as YYYY-MM-DD, such as 2025-01-01, was '" + shorten(text) + "'");
    }
  }

  /** Converts file names, saying what is wrong with one the system cannot use. */
  static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new TypeConversionException(
          "not a usable file name (" + e.getReason() + "): '" + shorten(text) + "'");
    }
  }

  private static String shorten(String text) {
    return text.length() <= SHOWN
        ? text
        : text.substring(0, SHOWN) + "…(" + text.length() + " characters)";
  }
}
