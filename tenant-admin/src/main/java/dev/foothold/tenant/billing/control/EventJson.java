package dev.foothold.tenant.billing.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;

/**
 * Reads a webhook body as a JSON object, refusing nesting deeper than any provider event has:
 * building a tree of a 10,000-deep document recurses until the stack runs out, so the depth is
 * counted first, by a streaming pass that does not recurse.
 */
final class EventJson {

  /** Stripe's events nest about ten levels; this leaves room. */
  static final int MAX_DEPTH = 64;

  private EventJson() {}

  /**
   * @param body the raw body
   * @return its object
   * @throws IllegalArgumentException when it is not one JSON object within the depth
   */
  static JsonObject read(byte[] body) {
    try {
      try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
        int depth = 0;
        while (parser.hasNext()) {
          switch (parser.next()) {
            case START_OBJECT, START_ARRAY -> {
              if (++depth > MAX_DEPTH) {
                throw new IllegalArgumentException("nests deeper than " + MAX_DEPTH + " levels");
              }
            }
            case END_OBJECT, END_ARRAY -> depth--;
            default -> {}
          }
        }
      }
      try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
        return reader.readObject();
      }
    } catch (JsonException | NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
    }
  }
}
