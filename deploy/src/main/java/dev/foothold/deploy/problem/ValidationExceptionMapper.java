package dev.foothold.deploy.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bean Validation failures on input: 400, with one entry per field that was wrong. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    return Problems.response(
        document(exception, uri == null ? null : uri.getRequestUri().getRawPath()));
  }

  static jakarta.json.JsonObject document(ConstraintViolationException exception, String path) {
    List<Map<String, String>> errors =
        exception.getConstraintViolations().stream()
            .map(ValidationExceptionMapper::error)
            .sorted(Comparator.comparing((Map<String, String> e) -> e.get("field")))
            .toList();
    return Problems.document(
        400,
        Problems.type("validation-failed"),
        "The request is not valid",
        errors.size() == 1
            ? "One field is not valid: " + errors.get(0).get("field")
            : errors.size() + " fields are not valid",
        path,
        Map.of("errors", errors));
  }

  private static Map<String, String> error(ConstraintViolation<?> violation) {
    var error = new LinkedHashMap<String, String>();
    error.put("field", field(violation.getPropertyPath()));
    error.put("message", violation.getMessage());
    return error;
  }

  /** The path a client knows: without the Java method and parameter the input went through. */
  static String field(Path path) {
    var field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.isInIterable() && field.length() > 0) {
        field
            .append('[')
            .append(node.getIndex() != null ? node.getIndex() : node.getKey())
            .append(']');
      }
      if (node.getName() != null) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.length() == 0 ? (parameter == null ? "request" : parameter) : field.toString();
  }
}
