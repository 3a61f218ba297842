package dev.foothold.mastery.ladders.boundary;

import dev.foothold.mastery.ladders.entity.Suggestion;
import java.time.Instant;

/**
 * A ladder suggested to a person.
 *
 * @param id the suggestion
 * @param person whom it is for
 * @param ladderId the ladder version suggested
 * @param skill its skill
 * @param rungs how many rungs it has
 * @param note the coach's word about why, if any
 * @param suggestedAt when
 * @param answer ACCEPTED or DECLINED once answered
 * @param climb the climb it started, once accepted
 */
public record SuggestionView(
    String id,
    String person,
    String ladderId,
    String skill,
    int rungs,
    String note,
    Instant suggestedAt,
    String answer,
    String climb) {

  static SuggestionView of(Suggestion s) {
    return new SuggestionView(
        s.id().toString(),
        s.person(),
        s.ladder().id().toString(),
        s.ladder().skill(),
        s.ladder().rungs().size(),
        s.note().orElse(null),
        s.createdAt(),
        s.answer().map(Enum::name).orElse(null),
        s.climb().map(Object::toString).orElse(null));
  }
}
