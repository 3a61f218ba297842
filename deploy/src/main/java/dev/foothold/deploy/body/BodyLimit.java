package dev.foothold.deploy.body;

import dev.foothold.platform.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Caps every request body the API reads, before any of it is read: a declared {@code
 * Content-Length} above the limit is refused at once, and a chunked body is counted as it is read
 * and refused the moment it passes the limit. Either way: 413 problem+json, nothing read further,
 * nothing changed. Resources with a tighter rule of their own (a logo) apply it within this cap.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

  /** The configuration key of the cap, in bytes. */
  public static final String MAX_BYTES = "foothold.http.max-body-bytes";

  /** 1 MiB: a 30-rung ladder at its longest fits, with room for escapes. */
  static final long DEFAULT_MAX_BYTES = 1024 * 1024;

  private final long limit =
      ConfigProvider.getConfig().getOptionalValue(MAX_BYTES, Long.class).orElse(DEFAULT_MAX_BYTES);

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    var declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
    if (declared != null && declaredLength(declared) > limit) {
      throw tooLarge(limit);
    }
    var capped = new CappedInputStream(context.getInputStream(), limit);
    context.setInputStream(capped);
    try {
      return context.proceed();
    } catch (IOException | RuntimeException e) {
      // whatever a reader made of the refused read (some wrap it), the cause is the size
      if (capped.exceeded()) {
        throw tooLarge(limit);
      }
      throw e;
    }
  }

  private static long declaredLength(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1; // the container has refused a malformed length already
    }
  }

  static ProblemException tooLarge(long limit) {
    return new ProblemException(
        413,
        "body-too-large",
        "Body too large",
        "The request body is larger than this server accepts ("
            + limit
            + " bytes). Nothing was"
            + " changed.",
        Map.of("maxBytes", limit));
  }
}
