package id.pug.core.provenance;

import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The source of a fact: a public page or document (by URL) or an entry of pug's source registry (by
 * id, such as {@code S4} for the region list of Kepmendagri 300.2.2-2138/2025).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Source {
  Source() {}

  /**
   * The registry id, for sources listed in {@link SourceRegistry}.
   *
   * @return the id, such as {@code "S4"}, or empty for a bare URL
   */
  public abstract Optional<String> id();

  /**
   * What the source is, in English.
   *
   * @return a short description; for a bare URL, the URL itself
   */
  public abstract String title();

  /**
   * Where the source can be read.
   *
   * @return the address, or empty when the source is not on the web (an index file, a news text
   *     without address)
   */
  public abstract Optional<URI> url();

  /**
   * A registry source.
   *
   * @param id its registry id
   * @param title what it is
   * @param url its address, if any
   * @return the source
   */
  public static Source of(String id, String title, Optional<URI> url) {
    return ImmutableSource.builder().id(id).title(title).url(url).build();
  }

  /**
   * A source known only by its address.
   *
   * @param url an {@code http} or {@code https} address
   * @return the source
   * @throws InvalidValueException if {@code url} is not an absolute http(s) URL
   */
  public static Source ofUrl(String url) {
    return ImmutableSource.builder().title(url).url(parseUrl(url)).build();
  }

  static URI parseUrl(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || uri.getHost() == null) {
        throw InvalidValueException.of(
            Source.class, "url", url, "be an absolute http or https URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw InvalidValueException.of(
          Source.class, "url", url, "be an absolute http or https URL (" + e.getReason() + ")");
    }
  }

  /**
   * Whether {@code text} is written as a web address (starts with {@code http://} or {@code
   * https://}).
   *
   * @param text a source reference
   * @return true for a URL
   */
  public static boolean looksLikeUrl(String text) {
    return text.startsWith("http://") || text.startsWith("https://");
  }

  @Value.Check
  void check() {
    InvalidValueException.check(!title().isBlank(), Source.class, "title", title(), "not be blank");
    id().ifPresent(
            id ->
                InvalidValueException.check(
                    id.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*"),
                    Source.class,
                    "id",
                    id,
                    "be upper-case letters, digits and '-', such as S4, P12 or SEED-001"));
    InvalidValueException.check(
        id().isPresent() || url().isPresent(),
        Source.class,
        "url",
        null,
        "be given when there is no id");
  }

  /**
   * The source as one line: {@code "S4: title <url>"}, or the bare URL.
   *
   * @return a readable citation of the source
   */
  @Override
  public String toString() {
    if (id().isEmpty()) {
      return title();
    }
    return id().get() + ": " + title() + url().map(u -> " <" + u + ">").orElse("");
  }
}
