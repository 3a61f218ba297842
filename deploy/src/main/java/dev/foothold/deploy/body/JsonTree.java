package dev.foothold.deploy.body;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into plain values ({@link Map}, {@link List}, {@link String}, {@link
 * BigDecimal}, {@link Boolean}, {@code null}) without recursion, refusing what a request never
 * needs: nesting deeper than {@link #MAX_DEPTH}, a name given twice in one object, anything after
 * the document.
 */
final class JsonTree {

  /** Made once: looking the JSON-P provider up for every body costs a service-loader scan. */
  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  /** No request shape nests deeper than a few levels; this leaves room and stops stack games. */
  static final int MAX_DEPTH = 32;

  /** Why a document could not be read, in words for the caller. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /** What a read found: nothing at all (an empty body), or a value (which may be JSON null). */
  record Document(boolean empty, Object value) {}

  private JsonTree() {}

  /**
   * @param in the body
   * @return the document
   * @throws Unreadable when it is not one JSON value within the limits
   * @throws IOException when the body cannot be read
   */
  static Document read(InputStream in) throws Unreadable, IOException {
    var body = new PushbackInputStream(in, 1);
    int first = body.read();
    if (first < 0) {
      return new Document(true, null);
    }
    body.unread(first);
    try (JsonParser parser = PARSERS.createParser(body)) {
      return new Document(false, parse(parser));
    } catch (JsonException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new Unreadable("The body is not valid JSON.");
    } catch (NumberFormatException | ArithmeticException e) {
      // an exponent beyond what a decimal can hold, such as 1e2147483648
      throw new Unreadable("The body holds a number that cannot be read.");
    }
  }

  private static Object parse(JsonParser parser) throws Unreadable {
    Deque<Object> open = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    String name = null;
    Object done = null;
    boolean finished = false;
    while (parser.hasNext()) {
      if (finished) {
        throw new Unreadable("The body holds more than one JSON value.");
      }
      var event = parser.next();
      Object value;
      switch (event) {
        case KEY_NAME -> {
          name = parser.getString();
          @SuppressWarnings("unchecked")
          var object = (Map<String, Object>) open.peek();
          if (object.containsKey(name)) {
            throw new Unreadable("The field '" + Fields.shown(name) + "' is given twice.");
          }
          continue;
        }
        case START_OBJECT, START_ARRAY -> {
          if (open.size() >= MAX_DEPTH) {
            throw new Unreadable("The body nests deeper than " + MAX_DEPTH + " levels.");
          }
          names.push(name == null ? "" : name);
          name = null;
          open.push(
              event == JsonParser.Event.START_OBJECT ? new LinkedHashMap<>() : new ArrayList<>());
          continue;
        }
        case END_OBJECT, END_ARRAY -> {
          value = open.pop();
          name = names.pop();
        }
        case VALUE_STRING -> value = parser.getString();
        case VALUE_NUMBER -> value = parser.getBigDecimal();
        case VALUE_TRUE -> value = Boolean.TRUE;
        case VALUE_FALSE -> value = Boolean.FALSE;
        case VALUE_NULL -> value = null;
        default -> throw new Unreadable("The body is not valid JSON.");
      }
      if (open.isEmpty()) {
        done = value;
        finished = true;
      } else if (open.peek() instanceof Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        var object = (Map<String, Object>) map;
        object.put(name, value);
        name = null;
      } else {
        @SuppressWarnings("unchecked")
        var array = (List<Object>) open.peek();
        array.add(value);
      }
    }
    if (!finished) {
      throw new Unreadable("The body is not valid JSON.");
    }
    return done;
  }
}
