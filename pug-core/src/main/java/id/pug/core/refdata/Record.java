package id.pug.core.refdata;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import id.pug.core.PugException;
import java.time.DateTimeException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One record of a record-format file: an id and its {@code key = value} lines, each with its line
 * number.
 */
public final class Record {
  /** One value with the line it was read from. */
  static final class Value {
    final String text;
    final int line;

    Value(String text, int line) {
      this.text = text;
      this.line = line;
    }
  }

  private final String file;
  private final String id;
  private final int line;
  private final ImmutableListMultimap<String, Value> values;

  Record(String file, String id, int line, ImmutableListMultimap<String, Value> values) {
    this.file = file;
    this.id = id;
    this.line = line;
    this.values = values;
  }

  /**
   * The record's id, from its {@code [id]} header.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The line of the record's header.
   *
   * @return the 1-based line number
   */
  public int line() {
    return line;
  }

  /**
   * A required single value.
   *
   * @param key the key
   * @return the value
   * @throws ReferenceDataException if the key is absent
   */
  public String get(String key) {
    Objects.requireNonNull(key, "key");
    return optional(key)
        .orElseThrow(
            () ->
                new ReferenceDataException(
                    file, line, "record [" + id + "]", "lacks the required key " + key, null));
  }

  /**
   * An optional single value.
   *
   * @param key the key
   * @return the value, or empty
   */
  public Optional<String> optional(String key) {
    Objects.requireNonNull(key, "key");
    ImmutableList<Value> all = values.get(key);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).text);
  }

  /**
   * All values of a repeatable key, in file order.
   *
   * @param key the key
   * @return the values, possibly empty
   */
  public ImmutableList<String> all(String key) {
    Objects.requireNonNull(key, "key");
    return values.get(key).stream().map(v -> v.text).collect(ImmutableList.toImmutableList());
  }

  /**
   * A required value converted by {@code parser}; failures are located at the value's line and key.
   *
   * @param key the key
   * @param parser converts the text
   * @param <T> the result type
   * @return the converted value
   */
  public <T> T parse(String key, Function<String, T> parser) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(parser, "parser");
    get(key);
    return convert(values.get(key).get(0), key, parser);
  }

  /**
   * An optional value converted by {@code parser}, located as for {@link #parse}.
   *
   * @param key the key
   * @param parser converts the text
   * @param <T> the result type
   * @return the converted value, or empty
   */
  public <T> Optional<T> parseOptional(String key, Function<String, T> parser) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(parser, "parser");
    ImmutableList<Value> all = values.get(key);
    return all.isEmpty() ? Optional.empty() : Optional.of(convert(all.get(0), key, parser));
  }

  /**
   * Every value of a repeatable key converted by {@code parser}, located as for {@link #parse}.
   *
   * @param key the key
   * @param parser converts the text
   * @param <T> the result type
   * @return the converted values, possibly empty
   */
  public <T> ImmutableList<T> parseAll(String key, Function<String, T> parser) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(parser, "parser");
    return values.get(key).stream()
        .map(v -> convert(v, key, parser))
        .collect(ImmutableList.toImmutableList());
  }

  private <T> T convert(Value value, String key, Function<String, T> parser) {
    try {
      return parser.apply(value.text);
    } catch (ReferenceDataException e) {
      throw e;
    } catch (PugException | IllegalArgumentException | DateTimeException e) {
      throw new ReferenceDataException(
          file, value.line, "key " + key, String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Creates an exception located at this record's header.
   *
   * @param problem what is wrong
   * @return the exception, to be thrown by the caller
   */
  public ReferenceDataException fail(String problem) {
    Objects.requireNonNull(problem, "problem");
    return new ReferenceDataException(file, line, "record [" + id + "]", problem, null);
  }

  /**
   * Creates an exception located at the first line of {@code key} (or the header if the key is
   * absent).
   *
   * @param key the key
   * @param problem what is wrong
   * @return the exception, to be thrown by the caller
   */
  public ReferenceDataException fail(String key, String problem) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(problem, "problem");
    ImmutableList<Value> all = values.get(key);
    int at = all.isEmpty() ? line : all.get(0).line;
    return new ReferenceDataException(file, at, "key " + key, problem, null);
  }
}
