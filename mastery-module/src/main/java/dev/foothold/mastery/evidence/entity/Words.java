package dev.foothold.mastery.evidence.entity;

import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** The person's own words of an entry (debrief, recall, note), stored as one JSON object. */
public final class Words {

  private Words() {}

  /**
   * @return the words as a JSON object, keys in order, blank values left out
   */
  public static String write(Map<String, String> words) {
    var json = Json.createObjectBuilder();
    new TreeMap<>(words)
        .forEach(
            (k, v) -> {
              if (v != null && !v.isBlank()) {
                json.add(k, v.strip());
              }
            });
    return json.build().toString();
  }

  /**
   * @return the words of a JSON object written by {@link #write(Map)}, keys in order
   */
  public static Map<String, String> read(String text) {
    var words = new TreeMap<String, String>();
    try (var reader = Json.createReader(new StringReader(text))) {
      reader
          .readObject()
          .forEach(
              (k, v) -> words.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
    }
    return words;
  }
}
