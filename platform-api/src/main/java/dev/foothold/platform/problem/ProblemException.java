package dev.foothold.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A failure that the caller should be told about, as an RFC 9457 problem.
 *
 * <p>The {@code type} is stable: clients may branch on it. Its {@code detail} is written for the
 * person who made the request and never holds internals (no SQL, no class names, no stack).
 * Throwing it from a transactional method rolls the transaction back.
 */
public class ProblemException extends RuntimeException {

  /** The prefix of every Foothold problem type. */
  public static final String TYPE_PREFIX = "urn:foothold:problem:";

  /**
   * An extension member, in whole seconds, that says when the request may succeed again; the
   * pipeline also sends it as the {@code Retry-After} header.
   */
  public static final String RETRY_AFTER = "retryAfterSeconds";

  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]*");
  private static final long serialVersionUID = 1L;

  private final int status;
  private final URI type;
  private final String title;
  private final Map<String, Object> extensions;

  /**
   * @param status the HTTP status, 400 to 599
   * @param typeSlug the problem's stable name in lower-case words joined by hyphens, for example
   *     {@code tenant-not-found}; it becomes {@code urn:foothold:problem:tenant-not-found}
   * @param title a short summary that does not change between occurrences
   * @param detail what went wrong this time, in words the caller understands
   * @throws NullPointerException when a string is null
   * @throws IllegalArgumentException when the status or slug is out of range
   */
  public ProblemException(int status, String typeSlug, String title, String detail) {
    this(status, typeSlug, title, detail, Map.of());
  }

  /**
   * @param status the HTTP status, 400 to 599
   * @param typeSlug the problem's stable name, see {@link #ProblemException(int, String, String,
   *     String)}
   * @param title a short summary that does not change between occurrences
   * @param detail what went wrong this time
   * @param extensions extra members of the problem object (RFC 9457 section 3.2); values must be
   *     strings, numbers, booleans, lists or maps of these
   */
  public ProblemException(
      int status, String typeSlug, String title, String detail, Map<String, ?> extensions) {
    super(Objects.requireNonNull(detail, "detail"));
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("A problem's status is 4xx or 5xx, not " + status);
    }
    Objects.requireNonNull(typeSlug, "typeSlug");
    if (!SLUG.matcher(typeSlug).matches()) {
      throw new IllegalArgumentException("Not a problem type slug: " + typeSlug);
    }
    this.status = status;
    this.type = URI.create(TYPE_PREFIX + typeSlug);
    this.title = Objects.requireNonNull(title, "title");
    this.extensions = Map.copyOf(new LinkedHashMap<>(extensions));
  }

  /**
   * @return the HTTP status
   */
  public int status() {
    return status;
  }

  /**
   * @return the stable problem type
   */
  public URI type() {
    return type;
  }

  /**
   * @return the short, unchanging summary
   */
  public String title() {
    return title;
  }

  /**
   * @return what went wrong this time
   */
  public String detail() {
    return getMessage();
  }

  /**
   * @return extra members of the problem object; never {@code null}
   */
  public Map<String, Object> extensions() {
    return extensions;
  }
}
