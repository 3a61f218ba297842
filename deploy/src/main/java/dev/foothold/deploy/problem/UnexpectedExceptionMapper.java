package dev.foothold.deploy.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no other mapper claims. A body that is not valid JSON is the caller's mistake (400);
 * anything else is ours: logged in full under an incident id, and answered with that id only.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable failure) {
    String path = "/" + uri.getPath();
    if (causedByUnreadableJson(failure)) {
      return Problems.response(
          Problems.document(
              400,
              Problems.type("malformed-body"),
              "The body could not be read",
              "The request body is not valid JSON of the expected shape.",
              path,
              Map.of()));
    }
    var incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident + " on " + path, failure);
    return Problems.response(
        Problems.document(
            500,
            Problems.type("server-error"),
            "Server error",
            "Something went wrong on our side. Quote incident " + incident + " if you report it.",
            path,
            Map.of("incident", incident)));
  }

  private static boolean causedByUnreadableJson(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }
}
