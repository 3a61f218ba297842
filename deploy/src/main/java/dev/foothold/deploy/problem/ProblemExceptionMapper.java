package dev.foothold.deploy.problem;

import dev.foothold.platform.problem.ProblemException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A problem a module raised on purpose, as it described it. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  /**
   * The problem member, in whole seconds, that also becomes the {@code Retry-After} header; see
   * {@link dev.foothold.platform.problem.ProblemException#RETRY_AFTER}.
   */
  static final String RETRY_AFTER = ProblemException.RETRY_AFTER;

  @Context UriInfo uri;

  @Override
  public Response toResponse(ProblemException problem) {
    var response =
        Problems.response(
            Problems.document(
                problem.status(),
                problem.type(),
                problem.title(),
                problem.detail(),
                uri.getRequestUri().getRawPath(),
                problem.extensions()));
    if (problem.status() == 401) {
      response.getHeaders().add("WWW-Authenticate", "Bearer");
    }
    // a refusal that names when to come back (429, 503) says it in the header clients obey
    if (problem.extensions().get(RETRY_AFTER) instanceof Number seconds) {
      response.getHeaders().add("Retry-After", Long.toString(seconds.longValue()));
    }
    return response;
  }
}
