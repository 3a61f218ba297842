package dev.foothold.deploy.problem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Collection;
import java.util.Map;

/** Builds problem documents. The one place that knows their shape. */
public final class Problems {

  /** The media type of every error body. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  /**
   * @param status the HTTP status
   * @param type the stable problem type
   * @param title the unchanging summary
   * @param detail what went wrong this time
   * @param instance the path of the request, or {@code null}
   * @param extensions extra members
   * @return the problem document
   */
  public static JsonObject document(
      int status,
      URI type,
      String title,
      String detail,
      String instance,
      Map<String, ?> extensions) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", type.toString())
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (instance != null) {
      body.add("instance", instance);
    }
    extensions.forEach((name, value) -> body.add(name, toJson(value)));
    return body.build();
  }

  /**
   * @param document a problem document
   * @return a response carrying it with its status and media type
   */
  public static Response response(JsonObject document) {
    return Response.status(document.getInt("status"))
        .type(MEDIA_TYPE)
        .entity(document.toString())
        .build();
  }

  /**
   * @param slug a stable problem name
   * @return its type URI
   */
  public static URI type(String slug) {
    return URI.create(dev.foothold.platform.problem.ProblemException.TYPE_PREFIX + slug);
  }

  private static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof Number n) {
      return Json.createValue(n.doubleValue());
    }
    if (value instanceof Map<?, ?> map) {
      var object = Json.createObjectBuilder();
      map.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
      return object.build();
    }
    if (value instanceof Collection<?> list) {
      var array = Json.createArrayBuilder();
      list.forEach(v -> array.add(toJson(v)));
      return array.build();
    }
    return Json.createValue(String.valueOf(value));
  }
}
