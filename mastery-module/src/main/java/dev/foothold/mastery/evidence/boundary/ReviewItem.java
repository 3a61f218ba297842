package dev.foothold.mastery.evidence.boundary;

import dev.foothold.mastery.evidence.control.Preparation;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A past success put before a coming challenge, in the person's own words.
 *
 * @param entry its entry in the log
 * @param recalled whether it was recalled rather than logged at the time
 * @param why why it was chosen
 * @param words what the person wrote about it (corrections applied)
 */
public record ReviewItem(
    String entry,
    boolean recalled,
    Instant recordedAt,
    String skill,
    String lifeDomain,
    String rungTitle,
    String why,
    Map<String, String> words) {

  static List<ReviewItem> of(List<Preparation.Recall> recalls) {
    return recalls.stream()
        .map(
            r ->
                new ReviewItem(
                    r.entry().id().toString(),
                    r.entry().kind().name().equals("RECALLED"),
                    r.entry().recordedAt(),
                    r.entry().skill().orElse(null),
                    r.entry().lifeDomain().orElse(null),
                    r.entry().rungTitle().orElse(r.words().get("title")),
                    r.why(),
                    r.words()))
        .toList();
  }
}
