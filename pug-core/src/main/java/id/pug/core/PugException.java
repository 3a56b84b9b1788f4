package id.pug.core;

/**
 * The root of every exception pug throws: unchecked, like {@link java.time.DateTimeException} for
 * java.time.
 *
 * <p>Catch this type to handle any pug failure. Subtypes exist only where a caller would handle
 * them differently: {@link InvalidValueException} for a rejected value, {@link
 * id.pug.core.refdata.ReferenceDataException} for a malformed reference-data file.
 */
public class PugException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the type, field and value involved
   */
  public PugException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, naming the type, field and value involved
   * @param cause the underlying failure
   */
  public PugException(String message, Throwable cause) {
    super(message, cause);
  }
}
