package dev.foothold.deploy.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What JAX-RS itself refuses (no such path, wrong method or media type, unreadable body), with the
 * framework's own message replaced by one written for the caller.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

  @Context UriInfo uri;

  record Known(String slug, String title, String detail) {}

  static final Map<Integer, Known> KNOWN =
      Map.of(
          400, new Known("bad-request", "Bad request", "The request could not be read."),
          401,
              new Known(
                  "unauthenticated",
                  "Authentication required",
                  "Sign in and send a valid access token as 'Authorization: Bearer <token>'."),
          403, new Known("forbidden", "Forbidden", "You may not do this."),
          404, new Known("not-found", "Not found", "There is nothing at this address."),
          405,
              new Known(
                  "method-not-allowed",
                  "Method not allowed",
                  "This address does not accept this HTTP method."),
          406,
              new Known(
                  "not-acceptable",
                  "Not acceptable",
                  "This address cannot answer in the media type the request accepts."),
          415,
              new Known(
                  "unsupported-media-type",
                  "Unsupported media type",
                  "This address does not accept a body of this media type."));

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    if (status >= 500) {
      LOG.log(Level.SEVERE, "Request failed inside the framework", exception);
    }
    var known =
        KNOWN.getOrDefault(
            status,
            new Known(
                status >= 500 ? "server-error" : "request-refused",
                status >= 500 ? "Server error" : "Request refused",
                status >= 500
                    ? "The server could not complete the request."
                    : "The request was refused."));
    var response =
        Problems.response(
            Problems.document(
                status,
                Problems.type(known.slug()),
                known.title(),
                known.detail(),
                uri.getRequestUri().getRawPath(),
                Map.of()));
    // keep what tells a client how to recover: allowed methods, authentication scheme
    for (String header : new String[] {HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE}) {
      var value = exception.getResponse().getHeaderString(header);
      if (value != null) {
        response.getHeaders().add(header, value);
      }
    }
    if (status == 401 && response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE) == null) {
      response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return response;
  }
}
