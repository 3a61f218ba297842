package dev.foothold.deploy.body;

import dev.foothold.platform.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body the API accepts (all are records) with {@link JsonTree} and {@link
 * StrictBinder} instead of the container's JSON-B, whose defaults wrap and zero numbers that do not
 * fit, turn numbers into strings and skip what they cannot bind. Refusals are 400 problem+json:
 * {@code malformed-body} when the body is not JSON within the limits, {@code invalid-body} with one
 * entry per field when it is JSON of the wrong shape. An empty body reads as {@code null}, which
 * the resource's {@code @NotNull} answers.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(1)
public class StrictJsonReader implements MessageBodyReader<Object> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    JsonTree.Document document;
    try {
      document = JsonTree.read(body);
    } catch (JsonTree.Unreadable e) {
      throw malformed(e.getMessage());
    }
    if (document.empty() || document.value() == null) {
      return null;
    }
    try {
      return StrictBinder.bind(document.value(), type);
    } catch (StrictBinder.Refused refused) {
      throw invalid(refused.errors());
    }
  }

  static ProblemException malformed(String detail) {
    return new ProblemException(400, "malformed-body", "The body could not be read", detail);
  }

  static ProblemException invalid(List<StrictBinder.Error> errors) {
    List<Map<String, String>> listed =
        errors.stream()
            .map(
                e -> {
                  var entry = new LinkedHashMap<String, String>();
                  entry.put("field", e.field());
                  entry.put("message", e.message());
                  return (Map<String, String>) entry;
                })
            .toList();
    return new ProblemException(
        400,
        "invalid-body",
        "The body does not fit this request",
        errors.size() == 1
            ? "One field does not fit: " + errors.get(0).field() + " " + errors.get(0).message()
            : errors.size() + " fields do not fit",
        Map.of("errors", listed));
  }
}
