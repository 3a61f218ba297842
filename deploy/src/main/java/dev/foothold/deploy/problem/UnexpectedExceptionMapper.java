package dev.foothold.deploy.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no other mapper claims. A body that is not valid JSON is the caller's mistake (400); a
 * database that cannot be reached is temporary (503, and the transaction was rolled back); anything
 * else is ours: logged in full under an incident id, and answered with that id only.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable failure) {
    String path = uri.getRequestUri().getRawPath();
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
    if (causedByLostDatabase(failure)) {
      LOG.warning(() -> "The database is unreachable; answered 503 on " + path);
      var response =
          Problems.response(
              Problems.document(
                  503,
                  Problems.type("database-unavailable"),
                  "Temporarily unavailable",
                  "Foothold cannot reach its database right now. Nothing was changed; try again"
                      + " in a moment.",
                  path,
                  Map.of()));
      response.getHeaders().add("Retry-After", "10");
      return response;
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

  private static boolean causedByLostDatabase(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
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
