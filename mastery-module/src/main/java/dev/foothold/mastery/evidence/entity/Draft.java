package dev.foothold.mastery.evidence.entity;

import java.util.Map;
import java.util.UUID;

/**
 * What an entry says, before it takes its place in a person's log. Components that do not apply to
 * its kind are null.
 *
 * @param words the person's own words (debrief, recall answers, note); never null
 */
public record Draft(
    Kind kind,
    String skill,
    String lifeDomain,
    UUID ladderId,
    UUID climbId,
    UUID attemptId,
    Integer rung,
    String rungTitle,
    String outcome,
    Boolean genuine,
    Boolean registered,
    Integer effort,
    Integer ownShare,
    Integer confidenceBefore,
    Integer confidenceAfter,
    Integer activation,
    UUID checkIn,
    UUID amends,
    Attribution attribution,
    Boolean controllable,
    Map<String, String> words) {

  /** A draft of the given kind with nothing else but words. */
  public static Draft of(Kind kind, Map<String, String> words) {
    return new Draft(
        kind, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, words);
  }
}
