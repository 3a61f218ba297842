package dev.foothold.mastery.evidence.control;

import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical form of an entry: JSON with members sorted by name (UTF-16 code units, as RFC 8785
 * sorts them), no whitespace, strings escaped the one way RFC 8785 escapes them. Values are
 * strings, whole numbers, booleans or nested maps of these; nulls are left out before this point.
 * The same content always gives the same text, whatever order it was built in.
 */
public final class Canonical {

  private Canonical() {}

  public static String json(Map<String, ?> content) {
    var out = new StringBuilder();
    write(out, content);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value) {
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (var e : new TreeMap<>(map).entrySet()) {
        if (e.getValue() == null) {
          continue;
        }
        if (!first) {
          out.append(',');
        }
        first = false;
        string(out, e.getKey().toString());
        out.append(':');
        write(out, e.getValue());
      }
      out.append('}');
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short) {
      out.append(value);
    } else {
      throw new IllegalArgumentException(
          "No canonical form for " + (value == null ? "null" : value.getClass().getSimpleName()));
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
